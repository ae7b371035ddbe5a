package dev.jwasm.runtime.ops;

/**
 * The f64x2 instructions. A half is one f64 lane as raw bits: {@code lo} is lane 0,
 * {@code hi} lane 1. Calling convention: {@link V128Ops}. Each lane follows {@link F64Ops};
 * abs and neg flip the sign bit directly, and pmin/pmax return one operand's bits unchanged,
 * NaN included.
 */
public final class F64x2Ops {
    private F64x2Ops() {}

    private static double f(long half) {
        return Double.longBitsToDouble(half);
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    private static long mask(boolean b) {
        return b ? -1L : 0L;
    }

    // ---- splat and lanes ----

    /** Both halves of the result. */
    public static long splat(double value) {
        return bits(value);
    }

    public static double extractLane(long lo, long hi, int lane) {
        return f(lane == 0 ? lo : hi);
    }

    public static long replaceLaneLo(long lo, long hi, int lane, double value) {
        return lane == 0 ? bits(value) : lo;
    }

    public static long replaceLaneHi(long lo, long hi, int lane, double value) {
        return lane == 0 ? hi : bits(value);
    }

    // ---- comparisons (half-wise) ----

    public static long eq(long a, long b) {
        return mask(f(a) == f(b));
    }

    public static long ne(long a, long b) {
        return mask(f(a) != f(b));
    }

    public static long lt(long a, long b) {
        return mask(f(a) < f(b));
    }

    public static long gt(long a, long b) {
        return mask(f(a) > f(b));
    }

    public static long le(long a, long b) {
        return mask(f(a) <= f(b));
    }

    public static long ge(long a, long b) {
        return mask(f(a) >= f(b));
    }

    // ---- unary (half-wise) ----

    public static long abs(long a) {
        return F64Ops.absBits(a);
    }

    public static long neg(long a) {
        return F64Ops.negBits(a);
    }

    public static long sqrt(long a) {
        return bits(F64Ops.sqrt(f(a)));
    }

    public static long ceil(long a) {
        return bits(F64Ops.ceil(f(a)));
    }

    public static long floor(long a) {
        return bits(F64Ops.floor(f(a)));
    }

    public static long trunc(long a) {
        return bits(F64Ops.trunc(f(a)));
    }

    public static long nearest(long a) {
        return bits(F64Ops.nearest(f(a)));
    }

    // ---- binary (half-wise) ----

    public static long add(long a, long b) {
        return bits(f(a) + f(b));
    }

    public static long sub(long a, long b) {
        return bits(f(a) - f(b));
    }

    public static long mul(long a, long b) {
        return bits(f(a) * f(b));
    }

    public static long div(long a, long b) {
        return bits(f(a) / f(b));
    }

    public static long min(long a, long b) {
        return bits(F64Ops.min(f(a), f(b)));
    }

    public static long max(long a, long b) {
        return bits(F64Ops.max(f(a), f(b)));
    }

    /** Pseudo-minimum: {@code b < a ? b : a}, the chosen lane's bits unchanged. */
    public static long pmin(long a, long b) {
        return f(b) < f(a) ? b : a;
    }

    /** Pseudo-maximum: {@code a < b ? b : a}, the chosen lane's bits unchanged. */
    public static long pmax(long a, long b) {
        return f(a) < f(b) ? b : a;
    }

    // ---- conversions (cross-half: the result lanes come from lanes 0 and 1 of a) ----

    public static long promoteLowF32x4Lo(long aLo, long aHi) {
        return bits(ConversionOps.f64PromoteF32(F32x4Ops.lane0(aLo)));
    }

    public static long promoteLowF32x4Hi(long aLo, long aHi) {
        return bits(ConversionOps.f64PromoteF32(F32x4Ops.lane1(aLo)));
    }

    public static long convertLowI32x4SLo(long aLo, long aHi) {
        return bits(ConversionOps.f64ConvertI32S(I32x4Ops.lane0(aLo)));
    }

    public static long convertLowI32x4SHi(long aLo, long aHi) {
        return bits(ConversionOps.f64ConvertI32S(I32x4Ops.lane1(aLo)));
    }

    public static long convertLowI32x4ULo(long aLo, long aHi) {
        return bits(ConversionOps.f64ConvertI32U(I32x4Ops.lane0(aLo)));
    }

    public static long convertLowI32x4UHi(long aLo, long aHi) {
        return bits(ConversionOps.f64ConvertI32U(I32x4Ops.lane1(aLo)));
    }
}
