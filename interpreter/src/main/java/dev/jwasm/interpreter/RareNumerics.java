package dev.jwasm.interpreter;

import dev.jwasm.runtime.ops.F32Ops;
import dev.jwasm.runtime.ops.I32Ops;
import dev.jwasm.runtime.ops.I64Ops;

/**
 * Register-form numeric instructions that are rare in compiled code (f32 arithmetic, bit
 * counts, rotations right, 64-bit division): the main loop sends them all to one call here,
 * which keeps {@link Interpreter#run} small enough for HotSpot to compile it whole.
 */
final class RareNumerics {
    private RareNumerics() {}

    /** {@code op(x, y)} of a binary register op; numbers as slot bits. */
    static long binary(int op, long x, long y) {
        switch (op) {
            case Op.I32_ROTR:
                return I32Ops.rotr((int) x, (int) y);
            case Op.I64_ROTL:
                return I64Ops.rotl(x, y);
            case Op.I64_ROTR:
                return I64Ops.rotr(x, y);
            case Op.I64_DIV_S:
                return I64Ops.divS(x, y);
            case Op.I64_DIV_U:
                return I64Ops.divU(x, y);
            case Op.I64_REM_S:
                return I64Ops.remS(x, y);
            case Op.I64_REM_U:
                return I64Ops.remU(x, y);
            case Op.F32_ADD:
                return f32Bits(F32Ops.add(f32(x), f32(y)));
            case Op.F32_SUB:
                return f32Bits(F32Ops.sub(f32(x), f32(y)));
            case Op.F32_MUL:
                return f32Bits(F32Ops.mul(f32(x), f32(y)));
            case Op.F32_DIV:
                return f32Bits(F32Ops.div(f32(x), f32(y)));
            case Op.F32_EQ:
                return F32Ops.eq(f32(x), f32(y));
            case Op.F32_NE:
                return F32Ops.ne(f32(x), f32(y));
            case Op.F32_LT:
                return F32Ops.lt(f32(x), f32(y));
            case Op.F32_GT:
                return F32Ops.gt(f32(x), f32(y));
            case Op.F32_LE:
                return F32Ops.le(f32(x), f32(y));
            case Op.F32_GE:
                return F32Ops.ge(f32(x), f32(y));
            default:
                throw new IllegalStateException("not a rare binary op: " + op);
        }
    }

    /** {@code op(x)} of a unary register op. */
    static long unary(int op, long x) {
        switch (op) {
            case Op.I32_CLZ:
                return I32Ops.clz((int) x);
            case Op.I32_CTZ:
                return I32Ops.ctz((int) x);
            case Op.I32_POPCNT:
                return I32Ops.popcnt((int) x);
            case Op.I32_EXTEND8_S:
                return I32Ops.extend8S((int) x);
            case Op.I32_EXTEND16_S:
                return I32Ops.extend16S((int) x);
            case Op.I64_CLZ:
                return I64Ops.clz(x);
            case Op.I64_CTZ:
                return I64Ops.ctz(x);
            case Op.I64_POPCNT:
                return I64Ops.popcnt(x);
            case Op.I64_EXTEND8_S:
                return I64Ops.extend8S(x);
            case Op.I64_EXTEND16_S:
                return I64Ops.extend16S(x);
            case Op.F64_CONVERT_I64_S:
                return Double.doubleToRawLongBits(x);
            case Op.F64_PROMOTE_F32:
                return Double.doubleToRawLongBits(f32(x));
            case Op.F32_DEMOTE_F64:
                return f32Bits((float) Double.longBitsToDouble(x));
            default:
                throw new IllegalStateException("not a rare unary op: " + op);
        }
    }

    private static float f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static long f32Bits(float f) {
        return Float.floatToRawIntBits(f);
    }
}
