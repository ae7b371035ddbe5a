package dev.jwasm.runtime.ops;

/**
 * The i32x4 instructions. A half holds two 32-bit lanes: lane 0 in the low 32 bits, lane 1 in
 * the high 32 bits. Calling convention: {@link V128Ops}. Shift counts are taken modulo 32.
 */
public final class I32x4Ops {
    private I32x4Ops() {}

    static int lane0(long half) {
        return (int) half;
    }

    static int lane1(long half) {
        return (int) (half >>> 32);
    }

    static long pack(int lane0, int lane1) {
        return (lane0 & 0xFFFF_FFFFL) | ((long) lane1 << 32);
    }

    private static long mask(boolean lane0, boolean lane1) {
        return (lane0 ? 0xFFFF_FFFFL : 0) | (lane1 ? 0xFFFF_FFFF_0000_0000L : 0);
    }

    // ---- splat and lanes ----

    /** Both halves of the result. */
    public static long splat(int value) {
        return pack(value, value);
    }

    public static int extractLane(long lo, long hi, int lane) {
        long half = lane < 2 ? lo : hi;
        return (lane & 1) == 0 ? lane0(half) : lane1(half);
    }

    public static long replaceLaneLo(long lo, long hi, int lane, int value) {
        return lane < 2 ? insert(lo, lane, value) : lo;
    }

    public static long replaceLaneHi(long lo, long hi, int lane, int value) {
        return lane < 2 ? hi : insert(hi, lane & 1, value);
    }

    private static long insert(long half, int i, int value) {
        return i == 0 ? pack(value, lane1(half)) : pack(lane0(half), value);
    }

    // ---- comparisons (half-wise) ----

    public static long eq(long a, long b) {
        return mask(lane0(a) == lane0(b), lane1(a) == lane1(b));
    }

    public static long ne(long a, long b) {
        return ~eq(a, b);
    }

    public static long ltS(long a, long b) {
        return mask(lane0(a) < lane0(b), lane1(a) < lane1(b));
    }

    public static long ltU(long a, long b) {
        return mask(Integer.compareUnsigned(lane0(a), lane0(b)) < 0,
                Integer.compareUnsigned(lane1(a), lane1(b)) < 0);
    }

    public static long gtS(long a, long b) {
        return ltS(b, a);
    }

    public static long gtU(long a, long b) {
        return ltU(b, a);
    }

    public static long leS(long a, long b) {
        return ~ltS(b, a);
    }

    public static long leU(long a, long b) {
        return ~ltU(b, a);
    }

    public static long geS(long a, long b) {
        return ~ltS(a, b);
    }

    public static long geU(long a, long b) {
        return ~ltU(a, b);
    }

    // ---- unary (half-wise) ----

    /** abs(MIN_VALUE) is MIN_VALUE, as two's complement wraps. */
    public static long abs(long a) {
        return pack(Math.abs(lane0(a)), Math.abs(lane1(a)));
    }

    public static long neg(long a) {
        return pack(-lane0(a), -lane1(a));
    }

    // ---- to scalar ----

    public static int allTrue(long lo, long hi) {
        return lane0(lo) != 0 && lane1(lo) != 0 && lane0(hi) != 0 && lane1(hi) != 0 ? 1 : 0;
    }

    /** Bit i of the result is the sign bit of lane i. */
    public static int bitmask(long lo, long hi) {
        return (int) ((lo >>> 31) & 1 | (lo >>> 62) & 2 | (hi >>> 29) & 4 | (hi >>> 60) & 8);
    }

    // ---- extend (cross-half): low takes i16 lanes 0..3 (a.lo), high lanes 4..7 (a.hi) ----

    public static long extendLowI16x8SLo(long aLo, long aHi) {
        return pack(I16x8Ops.lane(aLo, 0), I16x8Ops.lane(aLo, 1));
    }

    public static long extendLowI16x8SHi(long aLo, long aHi) {
        return pack(I16x8Ops.lane(aLo, 2), I16x8Ops.lane(aLo, 3));
    }

    public static long extendHighI16x8SLo(long aLo, long aHi) {
        return pack(I16x8Ops.lane(aHi, 0), I16x8Ops.lane(aHi, 1));
    }

    public static long extendHighI16x8SHi(long aLo, long aHi) {
        return pack(I16x8Ops.lane(aHi, 2), I16x8Ops.lane(aHi, 3));
    }

    public static long extendLowI16x8ULo(long aLo, long aHi) {
        return pack(I16x8Ops.laneU(aLo, 0), I16x8Ops.laneU(aLo, 1));
    }

    public static long extendLowI16x8UHi(long aLo, long aHi) {
        return pack(I16x8Ops.laneU(aLo, 2), I16x8Ops.laneU(aLo, 3));
    }

    public static long extendHighI16x8ULo(long aLo, long aHi) {
        return pack(I16x8Ops.laneU(aHi, 0), I16x8Ops.laneU(aHi, 1));
    }

    public static long extendHighI16x8UHi(long aLo, long aHi) {
        return pack(I16x8Ops.laneU(aHi, 2), I16x8Ops.laneU(aHi, 3));
    }

    // ---- extmul (cross-half): products of extended i16 lanes; low 0..3, high 4..7 ----

    public static long extmulLowI16x8SLo(long aLo, long aHi, long bLo, long bHi) {
        return mulS(aLo, bLo, 0);
    }

    public static long extmulLowI16x8SHi(long aLo, long aHi, long bLo, long bHi) {
        return mulS(aLo, bLo, 2);
    }

    public static long extmulHighI16x8SLo(long aLo, long aHi, long bLo, long bHi) {
        return mulS(aHi, bHi, 0);
    }

    public static long extmulHighI16x8SHi(long aLo, long aHi, long bLo, long bHi) {
        return mulS(aHi, bHi, 2);
    }

    public static long extmulLowI16x8ULo(long aLo, long aHi, long bLo, long bHi) {
        return mulU(aLo, bLo, 0);
    }

    public static long extmulLowI16x8UHi(long aLo, long aHi, long bLo, long bHi) {
        return mulU(aLo, bLo, 2);
    }

    public static long extmulHighI16x8ULo(long aLo, long aHi, long bLo, long bHi) {
        return mulU(aHi, bHi, 0);
    }

    public static long extmulHighI16x8UHi(long aLo, long aHi, long bLo, long bHi) {
        return mulU(aHi, bHi, 2);
    }

    /** i16 lanes first and first+1 of the halves a and b, multiplied pairwise. */
    private static long mulS(long a, long b, int first) {
        return pack(I16x8Ops.lane(a, first) * I16x8Ops.lane(b, first),
                I16x8Ops.lane(a, first + 1) * I16x8Ops.lane(b, first + 1));
    }

    /** Unsigned products up to 0xFFFE0001 wrap into the i32 lane's bits, as they should. */
    private static long mulU(long a, long b, int first) {
        return pack(I16x8Ops.laneU(a, first) * I16x8Ops.laneU(b, first),
                I16x8Ops.laneU(a, first + 1) * I16x8Ops.laneU(b, first + 1));
    }

    // ---- pairwise (half-wise) ----

    public static long extaddPairwiseI16x8S(long a) {
        return pack(I16x8Ops.lane(a, 0) + I16x8Ops.lane(a, 1), I16x8Ops.lane(a, 2) + I16x8Ops.lane(a, 3));
    }

    public static long extaddPairwiseI16x8U(long a) {
        return pack(I16x8Ops.laneU(a, 0) + I16x8Ops.laneU(a, 1), I16x8Ops.laneU(a, 2) + I16x8Ops.laneU(a, 3));
    }

    /** Lane i is a[2i]*b[2i] + a[2i+1]*b[2i+1] on signed i16 lanes; wraps (-2^15 squared twice). */
    public static long dotI16x8S(long a, long b) {
        return pack(
                I16x8Ops.lane(a, 0) * I16x8Ops.lane(b, 0) + I16x8Ops.lane(a, 1) * I16x8Ops.lane(b, 1),
                I16x8Ops.lane(a, 2) * I16x8Ops.lane(b, 2) + I16x8Ops.lane(a, 3) * I16x8Ops.lane(b, 3));
    }

    // ---- shifts (half-wise) ----

    public static long shl(long a, int count) {
        int c = count & 31;
        return pack(lane0(a) << c, lane1(a) << c);
    }

    public static long shrS(long a, int count) {
        int c = count & 31;
        return pack(lane0(a) >> c, lane1(a) >> c);
    }

    public static long shrU(long a, int count) {
        int c = count & 31;
        return pack(lane0(a) >>> c, lane1(a) >>> c);
    }

    // ---- arithmetic (half-wise) ----

    public static long add(long a, long b) {
        return pack(lane0(a) + lane0(b), lane1(a) + lane1(b));
    }

    public static long sub(long a, long b) {
        return pack(lane0(a) - lane0(b), lane1(a) - lane1(b));
    }

    public static long mul(long a, long b) {
        return pack(lane0(a) * lane0(b), lane1(a) * lane1(b));
    }

    public static long minS(long a, long b) {
        return pack(Math.min(lane0(a), lane0(b)), Math.min(lane1(a), lane1(b)));
    }

    public static long minU(long a, long b) {
        return V128Ops.bitselect(a, b, ltU(a, b));
    }

    public static long maxS(long a, long b) {
        return pack(Math.max(lane0(a), lane0(b)), Math.max(lane1(a), lane1(b)));
    }

    public static long maxU(long a, long b) {
        return V128Ops.bitselect(a, b, ltU(b, a));
    }

    // ---- float -> int (half-wise for f32x4; cross-half for f64x2, upper lanes zero) ----

    public static long truncSatF32x4S(long a) {
        return pack(ConversionOps.i32TruncSatF32S(F32x4Ops.lane0(a)), ConversionOps.i32TruncSatF32S(F32x4Ops.lane1(a)));
    }

    public static long truncSatF32x4U(long a) {
        return pack(ConversionOps.i32TruncSatF32U(F32x4Ops.lane0(a)), ConversionOps.i32TruncSatF32U(F32x4Ops.lane1(a)));
    }

    public static long truncSatF64x2SZeroLo(long aLo, long aHi) {
        return pack(ConversionOps.i32TruncSatF64S(Double.longBitsToDouble(aLo)),
                ConversionOps.i32TruncSatF64S(Double.longBitsToDouble(aHi)));
    }

    public static long truncSatF64x2SZeroHi(long aLo, long aHi) {
        return 0;
    }

    public static long truncSatF64x2UZeroLo(long aLo, long aHi) {
        return pack(ConversionOps.i32TruncSatF64U(Double.longBitsToDouble(aLo)),
                ConversionOps.i32TruncSatF64U(Double.longBitsToDouble(aHi)));
    }

    public static long truncSatF64x2UZeroHi(long aLo, long aHi) {
        return 0;
    }
}
