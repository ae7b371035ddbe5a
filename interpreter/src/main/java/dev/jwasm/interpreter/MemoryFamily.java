package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import java.lang.invoke.VarHandle;

/**
 * Memory instructions outside the main loop's memory-0 fast path: loads and stores on any
 * memory and with 64-bit addresses (immediates: memory index, index of the offset in the
 * function's longs), memory.size / grow / fill / copy / init, data.drop, and the atomics.
 */
final class MemoryFamily {
    private MemoryFamily() {}

    private static final Opcode[] OPCODES = Opcode.values();

    /** Per atomic opcode: what it does. */
    private static final int A_LOAD = 1;
    private static final int A_STORE = 2;
    private static final int A_RMW = 3;
    private static final int A_CMPXCHG = 4;
    private static final int A_WAIT32 = 5;
    private static final int A_WAIT64 = 6;
    private static final int A_NOTIFY = 7;
    private static final int A_FENCE = 8;
    private static final byte[] ATOMIC_KIND = new byte[OPCODES.length];
    private static final byte[] RMW_OP = new byte[OPCODES.length];
    /** Whether the instruction's value operands and result are i32 (else i64). */
    private static final boolean[] I32_VALUES = new boolean[OPCODES.length];

    static {
        for (Opcode op : OPCODES) {
            if (!op.isAtomic()) {
                continue;
            }
            String name = op.mnemonic();
            int o = op.ordinal();
            I32_VALUES[o] = name.startsWith("i32.");
            if (op == Opcode.ATOMIC_FENCE) {
                ATOMIC_KIND[o] = A_FENCE;
            } else if (op == Opcode.MEMORY_ATOMIC_NOTIFY) {
                ATOMIC_KIND[o] = A_NOTIFY;
            } else if (op == Opcode.MEMORY_ATOMIC_WAIT32) {
                ATOMIC_KIND[o] = A_WAIT32;
            } else if (op == Opcode.MEMORY_ATOMIC_WAIT64) {
                ATOMIC_KIND[o] = A_WAIT64;
            } else if (name.contains(".load")) {
                ATOMIC_KIND[o] = A_LOAD;
            } else if (name.contains(".store")) {
                ATOMIC_KIND[o] = A_STORE;
            } else if (name.contains("cmpxchg")) {
                ATOMIC_KIND[o] = A_CMPXCHG;
            } else {
                ATOMIC_KIND[o] = A_RMW;
                String rmw = name.substring(name.lastIndexOf('.') + 1);
                RMW_OP[o] = (byte) (rmw.startsWith("add") ? Memory.RMW_ADD : rmw.startsWith("sub") ? Memory.RMW_SUB
                        : rmw.startsWith("and") ? Memory.RMW_AND : rmw.startsWith("or") ? Memory.RMW_OR
                        : rmw.startsWith("xor") ? Memory.RMW_XOR : Memory.RMW_XCHG);
            }
        }
    }

    static int exec(int opcode, int a, int b, long[] s, int sp, InterpretedFunction f) {
        Instance inst = f.instance;
        Opcode op = OPCODES[opcode];
        if (op == Opcode.ATOMIC_FENCE) {
            VarHandle.fullFence();
            return sp;
        }
        if (op.isAtomic()) {
            return atomic(op, inst.memory(a), f.code.longs[b], s, sp);
        }
        switch (op) {
            case MEMORY_SIZE: {
                Memory m = inst.memory(a);
                s[sp] = m.pages();
                return sp + 1;
            }
            case MEMORY_GROW: {
                Memory m = inst.memory(a);
                s[sp - 1] = m.grow(address(m, s[sp - 1]));
                return sp;
            }
            case MEMORY_FILL: {
                Memory m = inst.memory(a);
                m.fill(address(m, s[sp - 3]), (int) s[sp - 2], address(m, s[sp - 1]));
                return sp - 3;
            }
            case MEMORY_COPY: {
                Memory dst = inst.memory(a);
                Memory src = inst.memory(b);
                long n = dst.is64() && src.is64() ? s[sp - 1] : s[sp - 1] & 0xFFFF_FFFFL;
                dst.copy(address(dst, s[sp - 3]), src, address(src, s[sp - 2]), n);
                return sp - 3;
            }
            case MEMORY_INIT: {
                Memory m = inst.memory(a);
                m.init(address(m, s[sp - 3]), inst.data(b), s[sp - 2] & 0xFFFF_FFFFL, s[sp - 1] & 0xFFFF_FFFFL);
                return sp - 3;
            }
            case DATA_DROP:
                inst.dropData(a);
                return sp;
            default:
                return loadStore(op, inst.memory(a), f.code.longs[b], s, sp);
        }
    }

    /** An address operand: an i32 zero-extended, or an i64 for a 64-bit memory. */
    private static long address(Memory m, long operand) {
        return m.is64() ? operand : operand & 0xFFFF_FFFFL;
    }

    private static long ea(Memory m, long operand, long offset) {
        return m.is64() ? Memory.ea64(operand, offset) : Memory.ea32((int) operand, offset);
    }

    private static int loadStore(Opcode op, Memory m, long offset, long[] s, int sp) {
        int t = sp - 1;
        switch (op) {
            case I32_LOAD:
            case F32_LOAD:
            case I64_LOAD32_S:
                s[t] = m.loadI32(ea(m, s[t], offset));
                return sp;
            case I64_LOAD:
            case F64_LOAD:
                s[t] = m.loadI64(ea(m, s[t], offset));
                return sp;
            case I32_LOAD8_S:
            case I64_LOAD8_S:
                s[t] = m.loadI8(ea(m, s[t], offset));
                return sp;
            case I32_LOAD8_U:
            case I64_LOAD8_U:
                s[t] = m.loadU8(ea(m, s[t], offset));
                return sp;
            case I32_LOAD16_S:
            case I64_LOAD16_S:
                s[t] = m.loadI16(ea(m, s[t], offset));
                return sp;
            case I32_LOAD16_U:
            case I64_LOAD16_U:
                s[t] = m.loadU16(ea(m, s[t], offset));
                return sp;
            case I64_LOAD32_U:
                s[t] = m.loadU32(ea(m, s[t], offset));
                return sp;
            case I32_STORE:
            case F32_STORE:
            case I64_STORE32:
                m.storeI32(ea(m, s[t - 1], offset), (int) s[t]);
                return t - 1;
            case I64_STORE:
            case F64_STORE:
                m.storeI64(ea(m, s[t - 1], offset), s[t]);
                return t - 1;
            case I32_STORE8:
            case I64_STORE8:
                m.storeI8(ea(m, s[t - 1], offset), (int) s[t]);
                return t - 1;
            case I32_STORE16:
            case I64_STORE16:
                m.storeI16(ea(m, s[t - 1], offset), (int) s[t]);
                return t - 1;
            default:
                throw new IllegalStateException("not a memory family instruction: " + op);
        }
    }

    private static int atomic(Opcode op, Memory m, long offset, long[] s, int sp) {
        int o = op.ordinal();
        int width = op.accessBytes();
        long valueMask = I32_VALUES[o] ? 0xFFFF_FFFFL : -1L;
        switch (ATOMIC_KIND[o]) {
            case A_FENCE:
                VarHandle.fullFence();
                return sp;
            case A_LOAD:
                s[sp - 1] = m.atomicLoad(ea(m, s[sp - 1], offset), width);
                return sp;
            case A_STORE:
                m.atomicStore(ea(m, s[sp - 2], offset), width, s[sp - 1]);
                return sp - 2;
            case A_RMW:
                s[sp - 2] = m.atomicRmw(ea(m, s[sp - 2], offset), width, RMW_OP[o], s[sp - 1] & valueMask);
                return sp - 1;
            case A_CMPXCHG:
                s[sp - 3] = m.atomicCmpxchg(ea(m, s[sp - 3], offset), width, s[sp - 2] & valueMask,
                        s[sp - 1] & valueMask);
                return sp - 2;
            case A_WAIT32:
                s[sp - 3] = m.atomicWait(ea(m, s[sp - 3], offset), 4, s[sp - 2] & 0xFFFF_FFFFL, s[sp - 1]);
                return sp - 2;
            case A_WAIT64:
                s[sp - 3] = m.atomicWait(ea(m, s[sp - 3], offset), 8, s[sp - 2], s[sp - 1]);
                return sp - 2;
            case A_NOTIFY:
                s[sp - 2] = m.atomicNotify(ea(m, s[sp - 2], offset), (int) s[sp - 1]);
                return sp - 1;
            default:
                throw new IllegalStateException("not an atomic instruction: " + op);
        }
    }
}
