package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.ModuleFacts.REF;
import static dev.jwasm.interpreter.ModuleFacts.V128;

import java.util.Arrays;

/**
 * The {@link Predecoder}'s model of the operand stack: per value its kind, its canonical
 * slot (the frame slot its stack height gives it) and where it is now. A value is
 * <em>materialized</em> when it sits in its canonical slot; {@code local.get} pushes a value
 * that still lives in the local's slot, and a constant one that is not in any slot yet. Such
 * values cost no instruction until something needs them in place: control flow (every block
 * boundary and branch sees all values materialized), calls and stack-form instructions, or a
 * write to the local they alias.
 */
final class OperandStack {
    /** {@link #where} of a constant that no slot holds yet. */
    private static final int CONSTANT = -1;

    private final CodeBuffer out;
    private byte[] kinds = new byte[64];
    private int[] canonical = new int[64];
    private int[] where = new int[64];
    private long[] constants = new long[64];
    private boolean[] wide = new boolean[64];
    /** A frame slot always holding a constant's value, or -1. */
    private int[] homes = new int[64];
    private int top;
    private int height;
    /** Entries living in a local's slot: while there are none, local writes need no scan. */
    private int aliases;

    OperandStack(CodeBuffer out) {
        this.out = out;
    }

    /** Empties the stack; the operand area starts at frame slot {@code base}. */
    void reset(int base) {
        top = 0;
        height = base;
        aliases = 0;
    }

    /** Drops values down to {@code size} entries, whose top ends at slot {@code newHeight}. */
    void truncate(int size, int newHeight) {
        while (top > size) {
            pop();
        }
        height = newHeight;
    }

    private boolean isAlias(int i) {
        return where[i] >= 0 && where[i] != canonical[i];
    }

    int size() {
        return top;
    }

    /** The slot above the top value: where the next value's canonical slot starts. */
    int height() {
        return height;
    }

    /** Entry {@code i} counted from the bottom; {@code index(0)} is the top. */
    int index(int depth) {
        return top - 1 - depth;
    }

    byte kind(int i) {
        return kinds[i];
    }

    int canonical(int i) {
        return canonical[i];
    }

    boolean isConstant(int i) {
        return where[i] == CONSTANT;
    }

    long constant(int i) {
        return constants[i];
    }

    boolean isMaterialized(int i) {
        return where[i] == canonical[i];
    }

    // ---------------------------------------------------------------- pushing and popping

    private int grow(byte kind) {
        if (top == kinds.length) {
            int n = top * 2;
            kinds = Arrays.copyOf(kinds, n);
            canonical = Arrays.copyOf(canonical, n);
            where = Arrays.copyOf(where, n);
            constants = Arrays.copyOf(constants, n);
            wide = Arrays.copyOf(wide, n);
            homes = Arrays.copyOf(homes, n);
        }
        int i = top++;
        kinds[i] = kind;
        canonical[i] = height;
        height += kind == V128 ? 2 : 1;
        return i;
    }

    /** Pushes a value an instruction writes to its canonical slot; returns that slot. */
    int push(byte kind) {
        int i = grow(kind);
        where[i] = canonical[i];
        return canonical[i];
    }

    /** Pushes the value of the local in {@code slot}, left where it is. */
    void pushLocal(byte kind, int slot) {
        where[grow(kind)] = slot;
        aliases++;
    }

    /**
     * Pushes a number constant (an i64 or f64 when {@code isWide}, else its low 32 bits);
     * {@code home} is a frame slot that always holds it, or -1.
     */
    void pushConstant(long value, boolean isWide, int home) {
        int i = grow(ModuleFacts.NUM);
        where[i] = CONSTANT;
        constants[i] = value;
        wide[i] = isWide;
        homes[i] = home;
    }

    byte pop() {
        if (isAlias(top - 1)) {
            aliases--;
        }
        byte k = kinds[--top];
        height -= k == V128 ? 2 : 1;
        return k;
    }

    void pop(int n) {
        for (int j = 0; j < n; j++) {
            pop();
        }
    }

    // ---------------------------------------------------------------- operands

    /** The slot to read entry {@code i} from: a constant's home, or its canonical slot after materializing it. */
    int slot(int i) {
        if (where[i] == CONSTANT) {
            if (homes[i] >= 0) {
                return homes[i];
            }
            materialize(i);
        }
        return where[i];
    }

    /** Moves entry {@code i} to its canonical slot. */
    void materialize(int i) {
        int w = where[i];
        int c = canonical[i];
        if (w == c) {
            return;
        }
        if (w == CONSTANT) {
            writeConstant(i, c);
        } else {
            byte k = kinds[i];
            out.instr(Op.word(k == V128 ? Op.MOV_V128 : k == REF ? Op.MOV_REF : Op.MOV, c, w, 0));
            aliases--;
        }
        where[i] = c;
    }

    /** Stores constant entry {@code i} into {@code slot} (a local). */
    void writeConstant(int i, int slot) {
        if (wide[i]) {
            out.instr(Op.word(Op.CONST64, slot, 0, 0));
            out.extra(constants[i]);
        } else {
            out.instr(Op.wordImm32(Op.CONST32, slot, (int) constants[i]));
        }
    }

    /** Materializes the top {@code n} entries. */
    void materializeTop(int n) {
        for (int i = top - n; i < top; i++) {
            materialize(i);
        }
    }

    void materializeAll() {
        materializeTop(top);
    }

    /**
     * Before a local's slot is overwritten: every value still living there moves to its
     * canonical slot, except entry {@code except} (-1: none).
     */
    void beforeLocalWrite(int slot, int except) {
        for (int i = 0; i < top && aliases > 0; i++) {
            if (where[i] == slot && i != except) {
                materialize(i);
            }
        }
    }

    /** Records that entry {@code i} now lives in {@code slot} (a local written with its value). */
    void moveTo(int i, int slot) {
        if (isAlias(i)) {
            aliases--;
        }
        where[i] = slot;
        if (isAlias(i)) {
            aliases++;
        }
    }
}
