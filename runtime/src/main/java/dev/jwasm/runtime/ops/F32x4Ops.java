package dev.jwasm.runtime.ops;

/**
 * The f32x4 instructions. A half holds two f32 lanes as raw bits: lane 0 in the low 32 bits.
 * Calling convention: {@link V128Ops}. Each lane follows {@link F32Ops}; abs and neg flip the
 * sign bits directly, and pmin/pmax return one operand's bits unchanged, NaN included.
 */
public final class F32x4Ops {
    private F32x4Ops() {}

    private static final long SIGN_BITS = 0x8000_0000_8000_0000L;

    static float lane0(long half) {
        return Float.intBitsToFloat((int) half);
    }

    static float lane1(long half) {
        return Float.intBitsToFloat((int) (half >>> 32));
    }

    static long pack(float lane0, float lane1) {
        return I32x4Ops.pack(Float.floatToRawIntBits(lane0), Float.floatToRawIntBits(lane1));
    }

    private static long mask(boolean lane0, boolean lane1) {
        return (lane0 ? 0xFFFF_FFFFL : 0) | (lane1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    // ---- splat and lanes ----

    /** Both halves of the result. */
    public static long splat(float value) {
        int bits = Float.floatToRawIntBits(value);
        return I32x4Ops.pack(bits, bits);
    }

    public static float extractLane(long lo, long hi, int lane) {
        return Float.intBitsToFloat(I32x4Ops.extractLane(lo, hi, lane));
    }

    public static long replaceLaneLo(long lo, long hi, int lane, float value) {
        return I32x4Ops.replaceLaneLo(lo, hi, lane, Float.floatToRawIntBits(value));
    }

    public static long replaceLaneHi(long lo, long hi, int lane, float value) {
        return I32x4Ops.replaceLaneHi(lo, hi, lane, Float.floatToRawIntBits(value));
    }

    // ---- comparisons (half-wise) ----

    public static long eq(long a, long b) {
        return mask(lane0(a) == lane0(b), lane1(a) == lane1(b));
    }

    public static long ne(long a, long b) {
        return mask(lane0(a) != lane0(b), lane1(a) != lane1(b));
    }

    public static long lt(long a, long b) {
        return mask(lane0(a) < lane0(b), lane1(a) < lane1(b));
    }

    public static long gt(long a, long b) {
        return mask(lane0(a) > lane0(b), lane1(a) > lane1(b));
    }

    public static long le(long a, long b) {
        return mask(lane0(a) <= lane0(b), lane1(a) <= lane1(b));
    }

    public static long ge(long a, long b) {
        return mask(lane0(a) >= lane0(b), lane1(a) >= lane1(b));
    }

    // ---- unary (half-wise) ----

    public static long abs(long a) {
        return a & ~SIGN_BITS;
    }

    public static long neg(long a) {
        return a ^ SIGN_BITS;
    }

    public static long sqrt(long a) {
        return pack(F32Ops.sqrt(lane0(a)), F32Ops.sqrt(lane1(a)));
    }

    public static long ceil(long a) {
        return pack(F32Ops.ceil(lane0(a)), F32Ops.ceil(lane1(a)));
    }

    public static long floor(long a) {
        return pack(F32Ops.floor(lane0(a)), F32Ops.floor(lane1(a)));
    }

    public static long trunc(long a) {
        return pack(F32Ops.trunc(lane0(a)), F32Ops.trunc(lane1(a)));
    }

    public static long nearest(long a) {
        return pack(F32Ops.nearest(lane0(a)), F32Ops.nearest(lane1(a)));
    }

    // ---- binary (half-wise) ----

    public static long add(long a, long b) {
        return pack(lane0(a) + lane0(b), lane1(a) + lane1(b));
    }

    public static long sub(long a, long b) {
        return pack(lane0(a) - lane0(b), lane1(a) - lane1(b));
    }

    public static long mul(long a, long b) {
        return pack(lane0(a) * lane0(b), lane1(a) * lane1(b));
    }

    public static long div(long a, long b) {
        return pack(lane0(a) / lane0(b), lane1(a) / lane1(b));
    }

    public static long min(long a, long b) {
        return pack(F32Ops.min(lane0(a), lane0(b)), F32Ops.min(lane1(a), lane1(b)));
    }

    public static long max(long a, long b) {
        return pack(F32Ops.max(lane0(a), lane0(b)), F32Ops.max(lane1(a), lane1(b)));
    }

    /** Pseudo-minimum: {@code b < a ? b : a}, the chosen lane's bits unchanged. */
    public static long pmin(long a, long b) {
        return V128Ops.bitselect(b, a, lt(b, a));
    }

    /** Pseudo-maximum: {@code a < b ? b : a}, the chosen lane's bits unchanged. */
    public static long pmax(long a, long b) {
        return V128Ops.bitselect(b, a, lt(a, b));
    }

    // ---- conversions ----

    /** Half-wise: each i32 lane rounded to nearest f32. */
    public static long convertI32x4S(long a) {
        return pack(ConversionOps.f32ConvertI32S(I32x4Ops.lane0(a)), ConversionOps.f32ConvertI32S(I32x4Ops.lane1(a)));
    }

    /** Half-wise: each lane as an unsigned i32, rounded to nearest f32. */
    public static long convertI32x4U(long a) {
        return pack(ConversionOps.f32ConvertI32U(I32x4Ops.lane0(a)), ConversionOps.f32ConvertI32U(I32x4Ops.lane1(a)));
    }

    /** Cross-half: the two f64 lanes rounded to f32 lanes 0 and 1. */
    public static long demoteF64x2ZeroLo(long aLo, long aHi) {
        return pack(ConversionOps.f32DemoteF64(Double.longBitsToDouble(aLo)),
                ConversionOps.f32DemoteF64(Double.longBitsToDouble(aHi)));
    }

    /** Cross-half: lanes 2 and 3 are zero. */
    public static long demoteF64x2ZeroHi(long aLo, long aHi) {
        return 0;
    }
}
