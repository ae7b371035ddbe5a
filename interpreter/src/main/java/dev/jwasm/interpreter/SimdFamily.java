package dev.jwasm.interpreter;

import dev.jwasm.parser.model.ImmediateKind;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.ops.I16x8Ops;
import dev.jwasm.runtime.ops.I32x4Ops;
import dev.jwasm.runtime.ops.I64x2Ops;
import dev.jwasm.runtime.ops.I8x16Ops;
import dev.jwasm.runtime.ops.V128Ops;

/**
 * The SIMD family. Each instruction's shape (from the opcode table's signature) picks the
 * handler: half-wise instructions run {@link SimdHalfwise} once per half, cross-half ones
 * {@link SimdCrossHalf}; constants, shuffles, splats, lanes, reductions to a scalar and
 * memory accesses are here. Immediates: {@code a} a lane or memory index, {@code b} an index
 * into the function's longs (a constant's or shuffle mask's two halves; a memory offset
 * followed by the lane).
 */
final class SimdFamily {
    private SimdFamily() {}

    private static final Opcode[] OPCODES = Opcode.values();

    private static final byte BINARY = 1;
    private static final byte UNARY = 2;
    private static final byte TERNARY = 3;
    private static final byte SHIFT = 4;
    private static final byte CROSS_BINARY = 5;
    private static final byte CROSS_UNARY = 6;
    private static final byte OTHER = 7;
    private static final byte[] SHAPE = new byte[OPCODES.length];

    static {
        for (Opcode op : OPCODES) {
            if (op.prefix() != Opcode.SIMD) {
                continue;
            }
            String name = op.mnemonic();
            String sig = op.signature();
            byte shape;
            if (op.immediates() != ImmediateKind.NONE || name.endsWith("splat") || sig.endsWith(":i")) {
                shape = OTHER;
            } else if (name.contains("swizzle") || name.contains("narrow") || name.contains("extmul")) {
                shape = CROSS_BINARY;
            } else if (name.contains("extend_") || name.contains("demote") || name.contains("promote")
                    || name.contains("f64x2_s_zero") || name.contains("f64x2_u_zero") || name.contains("convert_low")) {
                shape = CROSS_UNARY;
            } else if (sig.equals("vi:v")) {
                shape = SHIFT;
            } else if (sig.equals("vvv:v")) {
                shape = TERNARY;
            } else if (sig.equals("vv:v")) {
                shape = BINARY;
            } else {
                shape = UNARY;
            }
            SHAPE[op.ordinal()] = shape;
        }
    }

    static int exec(int opcode, int a, int b, long[] s, int sp, InterpretedFunction f) {
        Opcode op = OPCODES[opcode];
        switch (SHAPE[opcode]) {
            case BINARY:
                s[sp - 4] = SimdHalfwise.binary(op, s[sp - 4], s[sp - 2]);
                s[sp - 3] = SimdHalfwise.binary(op, s[sp - 3], s[sp - 1]);
                return sp - 2;
            case UNARY:
                s[sp - 2] = SimdHalfwise.unary(op, s[sp - 2]);
                s[sp - 1] = SimdHalfwise.unary(op, s[sp - 1]);
                return sp;
            case TERNARY:
                s[sp - 6] = SimdHalfwise.ternary(op, s[sp - 6], s[sp - 4], s[sp - 2]);
                s[sp - 5] = SimdHalfwise.ternary(op, s[sp - 5], s[sp - 3], s[sp - 1]);
                return sp - 4;
            case SHIFT: {
                int count = (int) s[sp - 1];
                s[sp - 3] = SimdHalfwise.shift(op, s[sp - 3], count);
                s[sp - 2] = SimdHalfwise.shift(op, s[sp - 2], count);
                return sp - 1;
            }
            case CROSS_BINARY:
                SimdCrossHalf.binary(op, s, sp);
                return sp - 2;
            case CROSS_UNARY:
                SimdCrossHalf.unary(op, s, sp);
                return sp;
            default:
                if (op.immediates() == ImmediateKind.MEMARG || op.immediates() == ImmediateKind.MEMARG_LANE) {
                    return SimdMemory.exec(op, f.instance.memory(a), f.code.longs, b, s, sp);
                }
                return other(op, a, b, s, sp, f.code.longs);
        }
    }

    private static int other(Opcode op, int lane, int b, long[] s, int sp, long[] longs) {
        int t = sp - 1;
        switch (op) {
            case V128_CONST:
                s[sp] = longs[b];
                s[sp + 1] = longs[b + 1];
                return sp + 2;
            case I8X16_SHUFFLE: {
                long aLo = s[sp - 4];
                long aHi = s[sp - 3];
                long bLo = s[sp - 2];
                long bHi = s[sp - 1];
                s[sp - 4] = I8x16Ops.shuffle(aLo, aHi, bLo, bHi, longs[b]);
                s[sp - 3] = I8x16Ops.shuffle(aLo, aHi, bLo, bHi, longs[b + 1]);
                return sp - 2;
            }
            case I8X16_SPLAT:
                return splat(s, t, I8x16Ops.splat((int) s[t]));
            case I16X8_SPLAT:
                return splat(s, t, I16x8Ops.splat((int) s[t]));
            case I32X4_SPLAT:
            case F32X4_SPLAT:
                return splat(s, t, I32x4Ops.splat((int) s[t]));
            case I64X2_SPLAT:
            case F64X2_SPLAT:
                return splat(s, t, I64x2Ops.splat(s[t]));
            case V128_ANY_TRUE:
                s[sp - 2] = V128Ops.anyTrue(s[sp - 2], s[sp - 1]);
                return t;
            case I8X16_ALL_TRUE:
                s[sp - 2] = I8x16Ops.allTrue(s[sp - 2], s[sp - 1]);
                return t;
            case I16X8_ALL_TRUE:
                s[sp - 2] = I16x8Ops.allTrue(s[sp - 2], s[sp - 1]);
                return t;
            case I32X4_ALL_TRUE:
                s[sp - 2] = I32x4Ops.allTrue(s[sp - 2], s[sp - 1]);
                return t;
            case I64X2_ALL_TRUE:
                s[sp - 2] = I64x2Ops.allTrue(s[sp - 2], s[sp - 1]);
                return t;
            case I8X16_BITMASK:
                s[sp - 2] = I8x16Ops.bitmask(s[sp - 2], s[sp - 1]);
                return t;
            case I16X8_BITMASK:
                s[sp - 2] = I16x8Ops.bitmask(s[sp - 2], s[sp - 1]);
                return t;
            case I32X4_BITMASK:
                s[sp - 2] = I32x4Ops.bitmask(s[sp - 2], s[sp - 1]);
                return t;
            case I64X2_BITMASK:
                s[sp - 2] = I64x2Ops.bitmask(s[sp - 2], s[sp - 1]);
                return t;
            default:
                return lane(op, lane, s, sp);
        }
    }

    private static int splat(long[] s, int t, long half) {
        s[t] = half;
        s[t + 1] = half;
        return t + 2;
    }

    /** extract_lane / replace_lane; float lanes move as their bits, so NaN payloads survive. */
    private static int lane(Opcode op, int lane, long[] s, int sp) {
        switch (op) {
            case I8X16_EXTRACT_LANE_S:
                s[sp - 2] = I8x16Ops.extractLaneS(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            case I8X16_EXTRACT_LANE_U:
                s[sp - 2] = I8x16Ops.extractLaneU(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            case I16X8_EXTRACT_LANE_S:
                s[sp - 2] = I16x8Ops.extractLaneS(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            case I16X8_EXTRACT_LANE_U:
                s[sp - 2] = I16x8Ops.extractLaneU(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            case I32X4_EXTRACT_LANE:
            case F32X4_EXTRACT_LANE:
                s[sp - 2] = I32x4Ops.extractLane(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            case I64X2_EXTRACT_LANE:
            case F64X2_EXTRACT_LANE:
                s[sp - 2] = I64x2Ops.extractLane(s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            default:
                break;
        }
        long lo = s[sp - 3];
        long hi = s[sp - 2];
        long v = s[sp - 1];
        switch (op) {
            case I8X16_REPLACE_LANE:
                s[sp - 3] = I8x16Ops.replaceLaneLo(lo, hi, lane, (int) v);
                s[sp - 2] = I8x16Ops.replaceLaneHi(lo, hi, lane, (int) v);
                break;
            case I16X8_REPLACE_LANE:
                s[sp - 3] = I16x8Ops.replaceLaneLo(lo, hi, lane, (int) v);
                s[sp - 2] = I16x8Ops.replaceLaneHi(lo, hi, lane, (int) v);
                break;
            case I32X4_REPLACE_LANE:
            case F32X4_REPLACE_LANE:
                s[sp - 3] = I32x4Ops.replaceLaneLo(lo, hi, lane, (int) v);
                s[sp - 2] = I32x4Ops.replaceLaneHi(lo, hi, lane, (int) v);
                break;
            case I64X2_REPLACE_LANE:
            case F64X2_REPLACE_LANE:
                s[sp - 3] = I64x2Ops.replaceLaneLo(lo, hi, lane, v);
                s[sp - 2] = I64x2Ops.replaceLaneHi(lo, hi, lane, v);
                break;
            default:
                throw new IllegalStateException("not a SIMD lane instruction: " + op);
        }
        return sp - 1;
    }

    /** The effective address of an address operand of memory {@code m}. */
    static long ea(Memory m, long operand, long offset) {
        return m.is64() ? Memory.ea64(operand, offset) : Memory.ea32((int) operand, offset);
    }
}
