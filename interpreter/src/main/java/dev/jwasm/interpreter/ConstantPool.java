package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants a function's loops use, each given a frame slot that function entry fills:
 * inside a loop, {@code i32.const 0x9E3779B1; i32.mul} is then one instruction reading the
 * constant like a local, instead of a constant instruction per iteration. Values are keyed by
 * their bits (an i32 or f32 zero-extended). At most {@link #LIMIT} per function, the most
 * used first, so that entry stays cheap.
 */
final class ConstantPool {
    static final int LIMIT = 32;

    private final long[] values;
    private final Map<Long, Integer> index = new HashMap<>();
    private int base = -1;

    private ConstantPool(long[] values) {
        this.values = values;
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
    }

    /** Collects the constants that occur inside loops (zero has its own slot and is left out). */
    static ConstantPool scan(List<Instruction> code) {
        Map<Long, Integer> uses = new HashMap<>();
        List<Boolean> open = new ArrayList<>();
        int loops = 0;
        for (Instruction insn : code) {
            Opcode op = insn.opcode();
            switch (op) {
                case BLOCK, IF, TRY, TRY_TABLE -> open.add(false);
                case LOOP -> {
                    open.add(true);
                    loops++;
                }
                case END, DELEGATE -> {
                    if (!open.isEmpty() && open.remove(open.size() - 1)) {
                        loops--;
                    }
                }
                case I32_CONST, I64_CONST, F32_CONST, F64_CONST -> {
                    long bits = bits(insn);
                    if (loops > 0 && bits != 0) {
                        uses.merge(bits, 1, Integer::sum);
                    }
                }
                default -> { }
            }
        }
        long[] chosen = uses.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : Long.compare(a.getKey(), b.getKey()))
                .limit(LIMIT).mapToLong(Map.Entry::getKey).toArray();
        return new ConstantPool(chosen);
    }

    private static long bits(Instruction insn) {
        if (insn instanceof Instruction.I32Const c) {
            return c.value() & 0xFFFF_FFFFL;
        }
        if (insn instanceof Instruction.F32Const c) {
            return c.bits() & 0xFFFF_FFFFL;
        }
        if (insn instanceof Instruction.I64Const c) {
            return c.value();
        }
        return ((Instruction.F64Const) insn).bits();
    }

    int size() {
        return values.length;
    }

    /** Puts the constants at frame slot {@code base} on. */
    void place(int at) {
        base = at;
    }

    /** The slot holding these bits, or -1. */
    int slotOf(long bits) {
        Integer i = index.get(bits);
        return i == null ? -1 : base + i;
    }

    long[] values() {
        return values.clone();
    }
}
