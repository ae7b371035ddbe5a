package dev.jwasm.runtime.ops;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;

/**
 * Conversions between the number types, named after the full instruction
 * ({@code i64.trunc_f32_u} is {@link #i64TruncF32U}).
 *
 * <p>Trapping truncations throw "invalid conversion to integer" for NaN and "integer overflow"
 * when the truncated value is out of the target's range; the saturating ones clamp instead
 * and map NaN to 0. Integer to float conversions round to nearest, ties to even, in one step:
 * Java's {@code (float) long} is such a conversion, whereas going through {@code double}
 * would round twice.
 */
public final class ConversionOps {
    private ConversionOps() {}

    // Range bounds, all exactly representable: a truncation is in range iff
    // lower < value < upper (exclusive bounds are one integer outside the range).
    private static final double TWO_TO_31 = 0x1p31;
    private static final double TWO_TO_32 = 0x1p32;
    private static final double TWO_TO_63 = 0x1p63;
    private static final double TWO_TO_64 = 0x1p64;

    // ---- integer width changes ----

    public static int i32WrapI64(long a) {
        return (int) a;
    }

    public static long i64ExtendI32S(int a) {
        return a;
    }

    public static long i64ExtendI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    // ---- trapping float -> integer truncation ----

    public static int i32TruncF32S(float a) {
        return i32TruncF64S(a);
    }

    public static int i32TruncF32U(float a) {
        return i32TruncF64U(a);
    }

    public static int i32TruncF64S(double a) {
        if (!(a > -TWO_TO_31 - 1 && a < TWO_TO_31)) {
            throw truncFailure(a);
        }
        return (int) a;
    }

    public static int i32TruncF64U(double a) {
        if (!(a > -1 && a < TWO_TO_32)) {
            throw truncFailure(a);
        }
        return (int) (long) a;
    }

    public static long i64TruncF32S(float a) {
        return i64TruncF64S(a);
    }

    public static long i64TruncF32U(float a) {
        return i64TruncF64U(a);
    }

    public static long i64TruncF64S(double a) {
        // -2^63 - 1 is not a double; -2^63 is the smallest double that truncates in range
        if (!(a >= -TWO_TO_63 && a < TWO_TO_63)) {
            throw truncFailure(a);
        }
        return (long) a;
    }

    public static long i64TruncF64U(double a) {
        if (!(a > -1 && a < TWO_TO_64)) {
            throw truncFailure(a);
        }
        return truncToUnsignedLong(a);
    }

    private static Trap truncFailure(double a) {
        return new Trap(a != a ? TrapMessages.INVALID_CONVERSION_TO_INTEGER : TrapMessages.INTEGER_OVERFLOW);
    }

    /** Truncates a value in (-1, 2^64) to the unsigned 64-bit integer with the same bits. */
    private static long truncToUnsignedLong(double a) {
        if (a < TWO_TO_63) {
            return (long) a;
        }
        // a >= 2^63 is an integer; subtracting 2^63 is exact
        return (long) (a - TWO_TO_63) ^ Long.MIN_VALUE;
    }

    // ---- saturating float -> integer truncation ----
    // Java's (int) and (long) casts already saturate and map NaN to 0: exactly trunc_sat_s.

    public static int i32TruncSatF32S(float a) {
        return (int) a;
    }

    public static int i32TruncSatF64S(double a) {
        return (int) a;
    }

    public static long i64TruncSatF32S(float a) {
        return (long) a;
    }

    public static long i64TruncSatF64S(double a) {
        return (long) a;
    }

    public static int i32TruncSatF32U(float a) {
        return i32TruncSatF64U(a);
    }

    public static int i32TruncSatF64U(double a) {
        if (!(a > 0)) {
            return 0; // NaN, negative, and (-1, 0) which truncates to 0 anyway
        }
        if (a >= TWO_TO_32) {
            return -1;
        }
        return (int) (long) a;
    }

    public static long i64TruncSatF32U(float a) {
        return i64TruncSatF64U(a);
    }

    public static long i64TruncSatF64U(double a) {
        if (!(a > 0)) {
            return 0;
        }
        if (a >= TWO_TO_64) {
            return -1L;
        }
        return truncToUnsignedLong(a);
    }

    // ---- integer -> float ----

    public static float f32ConvertI32S(int a) {
        return a;
    }

    /** Through long: one correctly rounded conversion of the 32-bit unsigned value. */
    public static float f32ConvertI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    public static float f32ConvertI64S(long a) {
        return a;
    }

    public static float f32ConvertI64U(long a) {
        if (a >= 0) {
            return a;
        }
        // Halve, keeping the dropped bit as a sticky bit so the rounding still sees it, then
        // double (exact). The halved value has 63 significant bits, far more than 24 + 2.
        return ((a >>> 1) | (a & 1)) * 2.0f;
    }

    public static double f64ConvertI32S(int a) {
        return a;
    }

    public static double f64ConvertI32U(int a) {
        return a & 0xFFFF_FFFFL;
    }

    public static double f64ConvertI64S(long a) {
        return a;
    }

    public static double f64ConvertI64U(long a) {
        if (a >= 0) {
            return a;
        }
        return ((a >>> 1) | (a & 1)) * 2.0; // same sticky-bit halving as f32ConvertI64U
    }

    // ---- float width changes ----

    /** Rounds to nearest; NaNs come back as quiet NaNs, which Wasm allows. */
    public static float f32DemoteF64(double a) {
        return (float) a;
    }

    /** Exact; NaNs come back as quiet NaNs, which Wasm allows. */
    public static double f64PromoteF32(float a) {
        return a;
    }

    // ---- reinterpretation (bit-exact, NaN payloads included) ----

    public static int i32ReinterpretF32(float a) {
        return Float.floatToRawIntBits(a);
    }

    public static long i64ReinterpretF64(double a) {
        return Double.doubleToRawLongBits(a);
    }

    public static float f32ReinterpretI32(int a) {
        return Float.intBitsToFloat(a);
    }

    public static double f64ReinterpretI64(long a) {
        return Double.longBitsToDouble(a);
    }
}
