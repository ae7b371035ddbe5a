package dev.jwasm.runtime.ops;

/**
 * The relaxed SIMD instructions, with the spec's deterministic-profile choice for each: the
 * first of the allowed results ({@code relaxed(R)[A0, ...] = A0}). This makes every relaxed
 * instruction equal to a fixed one, the same on every platform and in both tiers:
 * <ul>
 * <li>{@code relaxed_swizzle} = {@code swizzle} (indices 16..255 give 0);</li>
 * <li>{@code relaxed_trunc} = {@code trunc_sat} (NaN gives 0, out of range saturates);</li>
 * <li>{@code relaxed_madd} / {@code relaxed_nmadd} = unfused: round the product, then round
 *     the sum ({@code nmadd} negates the first factor);</li>
 * <li>{@code relaxed_laneselect} = {@code v128.bitselect} (every mask bit counts);</li>
 * <li>{@code relaxed_min} / {@code relaxed_max} = {@code min} / {@code max};</li>
 * <li>{@code relaxed_q15mulr_s} = {@code q15mulr_sat_s} (-1 * -1 saturates to 0x7fff);</li>
 * <li>{@code relaxed_dot_i8x16_i7x16} reads both operands as signed bytes; the i16 pair sums
 *     saturate, and {@code ..._add_s} then adds pairs of them and the accumulator, wrapping.</li>
 * </ul>
 * Calling convention: {@link V128Ops}; names keep the shape prefix since shapes share a class.
 */
public final class RelaxedSimdOps {
    private RelaxedSimdOps() {}

    /** One result half, as {@link I8x16Ops#swizzle}. */
    public static long i8x16RelaxedSwizzle(long aLo, long aHi, long selectors) {
        return I8x16Ops.swizzle(aLo, aHi, selectors);
    }

    public static long i32x4RelaxedTruncF32x4S(long a) {
        return I32x4Ops.truncSatF32x4S(a);
    }

    public static long i32x4RelaxedTruncF32x4U(long a) {
        return I32x4Ops.truncSatF32x4U(a);
    }

    public static long i32x4RelaxedTruncF64x2SZeroLo(long aLo, long aHi) {
        return I32x4Ops.truncSatF64x2SZeroLo(aLo, aHi);
    }

    public static long i32x4RelaxedTruncF64x2SZeroHi(long aLo, long aHi) {
        return I32x4Ops.truncSatF64x2SZeroHi(aLo, aHi);
    }

    public static long i32x4RelaxedTruncF64x2UZeroLo(long aLo, long aHi) {
        return I32x4Ops.truncSatF64x2UZeroLo(aLo, aHi);
    }

    public static long i32x4RelaxedTruncF64x2UZeroHi(long aLo, long aHi) {
        return I32x4Ops.truncSatF64x2UZeroHi(aLo, aHi);
    }

    /** a * b + c per lane, unfused (Java float arithmetic rounds each step to f32). */
    public static long f32x4RelaxedMadd(long a, long b, long c) {
        return F32x4Ops.pack(
                F32x4Ops.lane0(a) * F32x4Ops.lane0(b) + F32x4Ops.lane0(c),
                F32x4Ops.lane1(a) * F32x4Ops.lane1(b) + F32x4Ops.lane1(c));
    }

    /** -a * b + c per lane, unfused. */
    public static long f32x4RelaxedNmadd(long a, long b, long c) {
        return f32x4RelaxedMadd(F32x4Ops.neg(a), b, c);
    }

    public static long f64x2RelaxedMadd(long a, long b, long c) {
        return Double.doubleToRawLongBits(
                Double.longBitsToDouble(a) * Double.longBitsToDouble(b) + Double.longBitsToDouble(c));
    }

    public static long f64x2RelaxedNmadd(long a, long b, long c) {
        return f64x2RelaxedMadd(F64Ops.negBits(a), b, c);
    }

    public static long i8x16RelaxedLaneselect(long a, long b, long mask) {
        return V128Ops.bitselect(a, b, mask);
    }

    public static long i16x8RelaxedLaneselect(long a, long b, long mask) {
        return V128Ops.bitselect(a, b, mask);
    }

    public static long i32x4RelaxedLaneselect(long a, long b, long mask) {
        return V128Ops.bitselect(a, b, mask);
    }

    public static long i64x2RelaxedLaneselect(long a, long b, long mask) {
        return V128Ops.bitselect(a, b, mask);
    }

    public static long f32x4RelaxedMin(long a, long b) {
        return F32x4Ops.min(a, b);
    }

    public static long f32x4RelaxedMax(long a, long b) {
        return F32x4Ops.max(a, b);
    }

    public static long f64x2RelaxedMin(long a, long b) {
        return F64x2Ops.min(a, b);
    }

    public static long f64x2RelaxedMax(long a, long b) {
        return F64x2Ops.max(a, b);
    }

    public static long i16x8RelaxedQ15mulrS(long a, long b) {
        return I16x8Ops.q15mulrSatS(a, b);
    }

    /** Half-wise: i16 lane i is sat(a[2i] * b[2i] + a[2i+1] * b[2i+1]) on signed bytes. */
    public static long i16x8RelaxedDotI8x16I7x16S(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= I16x8Ops.put(dotPair(a, b, 2 * i), i);
        }
        return r;
    }

    /** Half-wise: i32 lane j is the sum of i16 dot lanes 2j, 2j+1 and c's lane j, wrapping. */
    public static long i32x4RelaxedDotI8x16I7x16AddS(long a, long b, long c) {
        return I32x4Ops.pack(
                dotPair(a, b, 0) + dotPair(a, b, 2) + I32x4Ops.lane0(c),
                dotPair(a, b, 4) + dotPair(a, b, 6) + I32x4Ops.lane1(c));
    }

    /** sat16(a[k] * b[k] + a[k+1] * b[k+1]) on signed byte lanes k, k+1 of a half. */
    private static int dotPair(long a, long b, int k) {
        return I16x8Ops.saturateS(byteS(a, k) * byteS(b, k) + byteS(a, k + 1) * byteS(b, k + 1));
    }

    private static int byteS(long half, int i) {
        return (byte) (half >>> (i << 3));
    }
}
