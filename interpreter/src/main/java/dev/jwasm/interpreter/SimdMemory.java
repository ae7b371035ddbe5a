package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.ops.I16x8Ops;
import dev.jwasm.runtime.ops.I32x4Ops;
import dev.jwasm.runtime.ops.I64x2Ops;
import dev.jwasm.runtime.ops.I8x16Ops;

/** SIMD loads and stores: whole vectors, extending loads, splats, zero-filling and lane accesses. */
final class SimdMemory {
    private SimdMemory() {}

    /** {@code longs[b]} is the static offset, {@code longs[b + 1]} the lane of a lane access. */
    static int exec(Opcode op, Memory m, long[] longs, int b, long[] s, int sp) {
        long offset = longs[b];
        switch (op) {
            case V128_LOAD: {
                long ea = SimdFamily.ea(m, s[sp - 1], offset);
                long lo = m.loadV128Low(ea);
                s[sp - 1] = lo;
                s[sp] = m.loadI64(ea + 8);
                return sp + 1;
            }
            case V128_STORE:
                m.storeV128(SimdFamily.ea(m, s[sp - 3], offset), s[sp - 2], s[sp - 1]);
                return sp - 3;
            case V128_LOAD32_ZERO:
                return push(s, sp - 1, m.loadU32(SimdFamily.ea(m, s[sp - 1], offset)), 0);
            case V128_LOAD64_ZERO:
                return push(s, sp - 1, m.loadI64(SimdFamily.ea(m, s[sp - 1], offset)), 0);
            case V128_LOAD8_SPLAT: {
                long half = I8x16Ops.splat(m.loadU8(SimdFamily.ea(m, s[sp - 1], offset)));
                return push(s, sp - 1, half, half);
            }
            case V128_LOAD16_SPLAT: {
                long half = I16x8Ops.splat(m.loadU16(SimdFamily.ea(m, s[sp - 1], offset)));
                return push(s, sp - 1, half, half);
            }
            case V128_LOAD32_SPLAT: {
                long half = I32x4Ops.splat(m.loadI32(SimdFamily.ea(m, s[sp - 1], offset)));
                return push(s, sp - 1, half, half);
            }
            case V128_LOAD64_SPLAT: {
                long half = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, half, half);
            }
            case V128_LOAD8X8_S: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I16x8Ops.extendLowI8x16SLo(v, 0), I16x8Ops.extendLowI8x16SHi(v, 0));
            }
            case V128_LOAD8X8_U: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I16x8Ops.extendLowI8x16ULo(v, 0), I16x8Ops.extendLowI8x16UHi(v, 0));
            }
            case V128_LOAD16X4_S: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I32x4Ops.extendLowI16x8SLo(v, 0), I32x4Ops.extendLowI16x8SHi(v, 0));
            }
            case V128_LOAD16X4_U: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I32x4Ops.extendLowI16x8ULo(v, 0), I32x4Ops.extendLowI16x8UHi(v, 0));
            }
            case V128_LOAD32X2_S: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I64x2Ops.extendLowI32x4SLo(v, 0), I64x2Ops.extendLowI32x4SHi(v, 0));
            }
            case V128_LOAD32X2_U: {
                long v = m.loadI64(SimdFamily.ea(m, s[sp - 1], offset));
                return push(s, sp - 1, I64x2Ops.extendLowI32x4ULo(v, 0), I64x2Ops.extendLowI32x4UHi(v, 0));
            }
            default:
                return lane(op, m, offset, (int) longs[b + 1], s, sp);
        }
    }

    private static int push(long[] s, int at, long lo, long hi) {
        s[at] = lo;
        s[at + 1] = hi;
        return at + 2;
    }

    /** Lane loads and stores: address at {@code sp-3}, the vector at {@code sp-2..sp}. */
    private static int lane(Opcode op, Memory m, long offset, int lane, long[] s, int sp) {
        long ea = SimdFamily.ea(m, s[sp - 3], offset);
        long lo = s[sp - 2];
        long hi = s[sp - 1];
        switch (op) {
            case V128_LOAD8_LANE: {
                int v = m.loadU8(ea);
                return push(s, sp - 3, I8x16Ops.replaceLaneLo(lo, hi, lane, v), I8x16Ops.replaceLaneHi(lo, hi, lane, v));
            }
            case V128_LOAD16_LANE: {
                int v = m.loadU16(ea);
                return push(s, sp - 3, I16x8Ops.replaceLaneLo(lo, hi, lane, v), I16x8Ops.replaceLaneHi(lo, hi, lane, v));
            }
            case V128_LOAD32_LANE: {
                int v = m.loadI32(ea);
                return push(s, sp - 3, I32x4Ops.replaceLaneLo(lo, hi, lane, v), I32x4Ops.replaceLaneHi(lo, hi, lane, v));
            }
            case V128_LOAD64_LANE: {
                long v = m.loadI64(ea);
                return push(s, sp - 3, I64x2Ops.replaceLaneLo(lo, hi, lane, v), I64x2Ops.replaceLaneHi(lo, hi, lane, v));
            }
            case V128_STORE8_LANE:
                m.storeI8(ea, I8x16Ops.extractLaneU(lo, hi, lane));
                return sp - 3;
            case V128_STORE16_LANE:
                m.storeI16(ea, I16x8Ops.extractLaneU(lo, hi, lane));
                return sp - 3;
            case V128_STORE32_LANE:
                m.storeI32(ea, I32x4Ops.extractLane(lo, hi, lane));
                return sp - 3;
            case V128_STORE64_LANE:
                m.storeI64(ea, I64x2Ops.extractLane(lo, hi, lane));
                return sp - 3;
            default:
                throw new IllegalStateException("not a SIMD memory instruction: " + op);
        }
    }
}
