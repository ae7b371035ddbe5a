package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.ops.F32x4Ops;
import dev.jwasm.runtime.ops.F64x2Ops;
import dev.jwasm.runtime.ops.I16x8Ops;
import dev.jwasm.runtime.ops.I32x4Ops;
import dev.jwasm.runtime.ops.I64x2Ops;
import dev.jwasm.runtime.ops.I8x16Ops;
import dev.jwasm.runtime.ops.RelaxedSimdOps;

/**
 * SIMD instructions that move lanes between the halves: each computes both result halves
 * from whole operands (the {@code opLo} / {@code opHi} pairs of the shared operations), on
 * the value stack.
 */
final class SimdCrossHalf {
    private SimdCrossHalf() {}

    /** Two v128 operands at {@code s[sp-4..sp)}; leaves the result at {@code sp-4}. */
    static void binary(Opcode op, long[] s, int sp) {
        long aLo = s[sp - 4];
        long aHi = s[sp - 3];
        long bLo = s[sp - 2];
        long bHi = s[sp - 1];
        long lo;
        long hi;
        switch (op) {
            case I8X16_SWIZZLE:
                lo = I8x16Ops.swizzle(aLo, aHi, bLo);
                hi = I8x16Ops.swizzle(aLo, aHi, bHi);
                break;
            case I8X16_RELAXED_SWIZZLE:
                lo = RelaxedSimdOps.i8x16RelaxedSwizzle(aLo, aHi, bLo);
                hi = RelaxedSimdOps.i8x16RelaxedSwizzle(aLo, aHi, bHi);
                break;
            case I8X16_NARROW_I16X8_S:
                lo = I8x16Ops.narrowI16x8SLo(aLo, aHi, bLo, bHi);
                hi = I8x16Ops.narrowI16x8SHi(aLo, aHi, bLo, bHi);
                break;
            case I8X16_NARROW_I16X8_U:
                lo = I8x16Ops.narrowI16x8ULo(aLo, aHi, bLo, bHi);
                hi = I8x16Ops.narrowI16x8UHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_NARROW_I32X4_S:
                lo = I16x8Ops.narrowI32x4SLo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.narrowI32x4SHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_NARROW_I32X4_U:
                lo = I16x8Ops.narrowI32x4ULo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.narrowI32x4UHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_EXTMUL_LOW_I8X16_S:
                lo = I16x8Ops.extmulLowI8x16SLo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.extmulLowI8x16SHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_EXTMUL_HIGH_I8X16_S:
                lo = I16x8Ops.extmulHighI8x16SLo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.extmulHighI8x16SHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_EXTMUL_LOW_I8X16_U:
                lo = I16x8Ops.extmulLowI8x16ULo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.extmulLowI8x16UHi(aLo, aHi, bLo, bHi);
                break;
            case I16X8_EXTMUL_HIGH_I8X16_U:
                lo = I16x8Ops.extmulHighI8x16ULo(aLo, aHi, bLo, bHi);
                hi = I16x8Ops.extmulHighI8x16UHi(aLo, aHi, bLo, bHi);
                break;
            case I32X4_EXTMUL_LOW_I16X8_S:
                lo = I32x4Ops.extmulLowI16x8SLo(aLo, aHi, bLo, bHi);
                hi = I32x4Ops.extmulLowI16x8SHi(aLo, aHi, bLo, bHi);
                break;
            case I32X4_EXTMUL_HIGH_I16X8_S:
                lo = I32x4Ops.extmulHighI16x8SLo(aLo, aHi, bLo, bHi);
                hi = I32x4Ops.extmulHighI16x8SHi(aLo, aHi, bLo, bHi);
                break;
            case I32X4_EXTMUL_LOW_I16X8_U:
                lo = I32x4Ops.extmulLowI16x8ULo(aLo, aHi, bLo, bHi);
                hi = I32x4Ops.extmulLowI16x8UHi(aLo, aHi, bLo, bHi);
                break;
            case I32X4_EXTMUL_HIGH_I16X8_U:
                lo = I32x4Ops.extmulHighI16x8ULo(aLo, aHi, bLo, bHi);
                hi = I32x4Ops.extmulHighI16x8UHi(aLo, aHi, bLo, bHi);
                break;
            case I64X2_EXTMUL_LOW_I32X4_S:
                lo = I64x2Ops.extmulLowI32x4SLo(aLo, aHi, bLo, bHi);
                hi = I64x2Ops.extmulLowI32x4SHi(aLo, aHi, bLo, bHi);
                break;
            case I64X2_EXTMUL_HIGH_I32X4_S:
                lo = I64x2Ops.extmulHighI32x4SLo(aLo, aHi, bLo, bHi);
                hi = I64x2Ops.extmulHighI32x4SHi(aLo, aHi, bLo, bHi);
                break;
            case I64X2_EXTMUL_LOW_I32X4_U:
                lo = I64x2Ops.extmulLowI32x4ULo(aLo, aHi, bLo, bHi);
                hi = I64x2Ops.extmulLowI32x4UHi(aLo, aHi, bLo, bHi);
                break;
            case I64X2_EXTMUL_HIGH_I32X4_U:
                lo = I64x2Ops.extmulHighI32x4ULo(aLo, aHi, bLo, bHi);
                hi = I64x2Ops.extmulHighI32x4UHi(aLo, aHi, bLo, bHi);
                break;
            default:
                throw new IllegalStateException("not a cross-half binary SIMD instruction: " + op);
        }
        s[sp - 4] = lo;
        s[sp - 3] = hi;
    }

    /** One v128 operand at {@code s[sp-2..sp)}, replaced by the result. */
    static void unary(Opcode op, long[] s, int sp) {
        long aLo = s[sp - 2];
        long aHi = s[sp - 1];
        long lo;
        long hi;
        switch (op) {
            case I16X8_EXTEND_LOW_I8X16_S:
                lo = I16x8Ops.extendLowI8x16SLo(aLo, aHi);
                hi = I16x8Ops.extendLowI8x16SHi(aLo, aHi);
                break;
            case I16X8_EXTEND_HIGH_I8X16_S:
                lo = I16x8Ops.extendHighI8x16SLo(aLo, aHi);
                hi = I16x8Ops.extendHighI8x16SHi(aLo, aHi);
                break;
            case I16X8_EXTEND_LOW_I8X16_U:
                lo = I16x8Ops.extendLowI8x16ULo(aLo, aHi);
                hi = I16x8Ops.extendLowI8x16UHi(aLo, aHi);
                break;
            case I16X8_EXTEND_HIGH_I8X16_U:
                lo = I16x8Ops.extendHighI8x16ULo(aLo, aHi);
                hi = I16x8Ops.extendHighI8x16UHi(aLo, aHi);
                break;
            case I32X4_EXTEND_LOW_I16X8_S:
                lo = I32x4Ops.extendLowI16x8SLo(aLo, aHi);
                hi = I32x4Ops.extendLowI16x8SHi(aLo, aHi);
                break;
            case I32X4_EXTEND_HIGH_I16X8_S:
                lo = I32x4Ops.extendHighI16x8SLo(aLo, aHi);
                hi = I32x4Ops.extendHighI16x8SHi(aLo, aHi);
                break;
            case I32X4_EXTEND_LOW_I16X8_U:
                lo = I32x4Ops.extendLowI16x8ULo(aLo, aHi);
                hi = I32x4Ops.extendLowI16x8UHi(aLo, aHi);
                break;
            case I32X4_EXTEND_HIGH_I16X8_U:
                lo = I32x4Ops.extendHighI16x8ULo(aLo, aHi);
                hi = I32x4Ops.extendHighI16x8UHi(aLo, aHi);
                break;
            case I64X2_EXTEND_LOW_I32X4_S:
                lo = I64x2Ops.extendLowI32x4SLo(aLo, aHi);
                hi = I64x2Ops.extendLowI32x4SHi(aLo, aHi);
                break;
            case I64X2_EXTEND_HIGH_I32X4_S:
                lo = I64x2Ops.extendHighI32x4SLo(aLo, aHi);
                hi = I64x2Ops.extendHighI32x4SHi(aLo, aHi);
                break;
            case I64X2_EXTEND_LOW_I32X4_U:
                lo = I64x2Ops.extendLowI32x4ULo(aLo, aHi);
                hi = I64x2Ops.extendLowI32x4UHi(aLo, aHi);
                break;
            case I64X2_EXTEND_HIGH_I32X4_U:
                lo = I64x2Ops.extendHighI32x4ULo(aLo, aHi);
                hi = I64x2Ops.extendHighI32x4UHi(aLo, aHi);
                break;
            case F32X4_DEMOTE_F64X2_ZERO:
                lo = F32x4Ops.demoteF64x2ZeroLo(aLo, aHi);
                hi = F32x4Ops.demoteF64x2ZeroHi(aLo, aHi);
                break;
            case F64X2_PROMOTE_LOW_F32X4:
                lo = F64x2Ops.promoteLowF32x4Lo(aLo, aHi);
                hi = F64x2Ops.promoteLowF32x4Hi(aLo, aHi);
                break;
            case I32X4_TRUNC_SAT_F64X2_S_ZERO:
                lo = I32x4Ops.truncSatF64x2SZeroLo(aLo, aHi);
                hi = I32x4Ops.truncSatF64x2SZeroHi(aLo, aHi);
                break;
            case I32X4_TRUNC_SAT_F64X2_U_ZERO:
                lo = I32x4Ops.truncSatF64x2UZeroLo(aLo, aHi);
                hi = I32x4Ops.truncSatF64x2UZeroHi(aLo, aHi);
                break;
            case F64X2_CONVERT_LOW_I32X4_S:
                lo = F64x2Ops.convertLowI32x4SLo(aLo, aHi);
                hi = F64x2Ops.convertLowI32x4SHi(aLo, aHi);
                break;
            case F64X2_CONVERT_LOW_I32X4_U:
                lo = F64x2Ops.convertLowI32x4ULo(aLo, aHi);
                hi = F64x2Ops.convertLowI32x4UHi(aLo, aHi);
                break;
            case I32X4_RELAXED_TRUNC_F64X2_S_ZERO:
                lo = RelaxedSimdOps.i32x4RelaxedTruncF64x2SZeroLo(aLo, aHi);
                hi = RelaxedSimdOps.i32x4RelaxedTruncF64x2SZeroHi(aLo, aHi);
                break;
            case I32X4_RELAXED_TRUNC_F64X2_U_ZERO:
                lo = RelaxedSimdOps.i32x4RelaxedTruncF64x2UZeroLo(aLo, aHi);
                hi = RelaxedSimdOps.i32x4RelaxedTruncF64x2UZeroHi(aLo, aHi);
                break;
            default:
                throw new IllegalStateException("not a cross-half unary SIMD instruction: " + op);
        }
        s[sp - 2] = lo;
        s[sp - 1] = hi;
    }
}
