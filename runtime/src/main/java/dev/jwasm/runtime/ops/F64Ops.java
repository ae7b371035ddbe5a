package dev.jwasm.runtime.ops;

/**
 * The f64 instructions on Java {@code double}s.
 *
 * <p>Java's {@code Math.min/max/abs/copySign} are not Wasm's: min and max must turn every NaN
 * operand into an arithmetic NaN, and abs, neg and copysign act on the sign bit alone, keeping
 * a NaN's payload. Those are written on the bits here. Where Wasm allows any canonical or
 * arithmetic NaN (add, sqrt, ...) the hardware's result is returned; the rounding operations
 * and min/max return the canonical NaN {@code 0x7ff8000000000000} for a NaN operand.
 * Which operand's payload survives a two-NaN {@code add} or {@code mul} is not fixed: the
 * JIT may commute the operands, so interpreted and compiled code can differ there, as Wasm
 * allows (the result is always an arithmetic NaN, canonical if both operands are).
 *
 * <p>{@code absBits}, {@code negBits} and {@code copysignBits} do the same on raw bit patterns
 * for callers that keep f64 values as {@code long} bits.
 */
public final class F64Ops {
    private F64Ops() {}

    static final long SIGN_BIT = 0x8000_0000_0000_0000L;
    static final double CANONICAL_NAN = Double.longBitsToDouble(0x7ff8_0000_0000_0000L);

    public static double add(double a, double b) {
        return a + b;
    }

    public static double sub(double a, double b) {
        return a - b;
    }

    public static double mul(double a, double b) {
        return a * b;
    }

    public static double div(double a, double b) {
        return a / b;
    }

    public static double sqrt(double a) {
        return Math.sqrt(a);
    }

    /** NaN if either operand is NaN; -0 is less than +0. */
    public static double min(double a, double b) {
        if (a != a || b != b) {
            return CANONICAL_NAN;
        }
        if (a == b) {
            // equal values differ only for zeros: the result is -0 if either is -0
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | Double.doubleToRawLongBits(b));
        }
        return a < b ? a : b;
    }

    /** NaN if either operand is NaN; +0 is greater than -0. */
    public static double max(double a, double b) {
        if (a != a || b != b) {
            return CANONICAL_NAN;
        }
        if (a == b) {
            // equal values differ only for zeros: the result is +0 unless both are -0
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Double.doubleToRawLongBits(b));
        }
        return a > b ? a : b;
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(absBits(Double.doubleToRawLongBits(a)));
    }

    public static double neg(double a) {
        return Double.longBitsToDouble(negBits(Double.doubleToRawLongBits(a)));
    }

    /** The magnitude of {@code a} with the sign of {@code b}. */
    public static double copysign(double a, double b) {
        return Double.longBitsToDouble(copysignBits(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)));
    }

    public static long absBits(long a) {
        return a & ~SIGN_BIT;
    }

    public static long negBits(long a) {
        return a ^ SIGN_BIT;
    }

    public static long copysignBits(long a, long b) {
        return (a & ~SIGN_BIT) | (b & SIGN_BIT);
    }

    // Math.ceil/floor/rint keep the sign of zero (ceil(-0.5) is -0), as Wasm requires, but may
    // hand a signalling NaN back unchanged, so NaN is answered first.

    public static double ceil(double a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return Math.ceil(a);
    }

    public static double floor(double a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return Math.floor(a);
    }

    /** Rounds toward zero; -0.5 gives -0. */
    public static double trunc(double a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return a < 0 ? Math.ceil(a) : Math.floor(a);
    }

    /** Rounds to the nearest integer, ties to even; -0.5 gives -0. */
    public static double nearest(double a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return Math.rint(a);
    }

    public static int eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(double a, double b) {
        return a >= b ? 1 : 0;
    }
}
