package dev.jwasm.runtime.ops;

/**
 * The f32 instructions on Java {@code float}s.
 *
 * <p>Java's {@code Math.min/max/abs/copySign} are not Wasm's: min and max must turn every NaN
 * operand into an arithmetic NaN, and abs, neg and copysign act on the sign bit alone, keeping
 * a NaN's payload. Those are written on the bits here. Where Wasm allows any canonical or
 * arithmetic NaN (add, sqrt, ...) the hardware's result is returned; the rounding operations
 * and min/max return the canonical NaN {@code 0x7fc00000} for a NaN operand.
 * Which operand's payload survives a two-NaN {@code add} or {@code mul} is not fixed: the
 * JIT may commute the operands, so interpreted and compiled code can differ there, as Wasm
 * allows (the result is always an arithmetic NaN, canonical if both operands are).
 *
 * <p>{@code absBits}, {@code negBits} and {@code copysignBits} do the same on raw bit patterns
 * for callers that keep f32 values as {@code int} bits.
 */
public final class F32Ops {
    private F32Ops() {}

    static final int SIGN_BIT = 0x8000_0000;
    static final float CANONICAL_NAN = Float.intBitsToFloat(0x7fc0_0000);

    public static float add(float a, float b) {
        return a + b;
    }

    public static float sub(float a, float b) {
        return a - b;
    }

    public static float mul(float a, float b) {
        return a * b;
    }

    public static float div(float a, float b) {
        return a / b;
    }

    /** Rounding the double square root to float is exact: 53 >= 2 * 24 + 2 bits. */
    public static float sqrt(float a) {
        return (float) Math.sqrt(a);
    }

    /** NaN if either operand is NaN; -0 is less than +0. */
    public static float min(float a, float b) {
        if (a != a || b != b) {
            return CANONICAL_NAN;
        }
        if (a == b) {
            // equal values differ only for zeros: the result is -0 if either is -0
            return Float.intBitsToFloat(Float.floatToRawIntBits(a) | Float.floatToRawIntBits(b));
        }
        return a < b ? a : b;
    }

    /** NaN if either operand is NaN; +0 is greater than -0. */
    public static float max(float a, float b) {
        if (a != a || b != b) {
            return CANONICAL_NAN;
        }
        if (a == b) {
            // equal values differ only for zeros: the result is +0 unless both are -0
            return Float.intBitsToFloat(Float.floatToRawIntBits(a) & Float.floatToRawIntBits(b));
        }
        return a > b ? a : b;
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(absBits(Float.floatToRawIntBits(a)));
    }

    public static float neg(float a) {
        return Float.intBitsToFloat(negBits(Float.floatToRawIntBits(a)));
    }

    /** The magnitude of {@code a} with the sign of {@code b}. */
    public static float copysign(float a, float b) {
        return Float.intBitsToFloat(copysignBits(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
    }

    public static int absBits(int a) {
        return a & ~SIGN_BIT;
    }

    public static int negBits(int a) {
        return a ^ SIGN_BIT;
    }

    public static int copysignBits(int a, int b) {
        return (a & ~SIGN_BIT) | (b & SIGN_BIT);
    }

    // The rounding operations go through double: every float is exactly a double, and the
    // integral result is again exactly a float. Math.ceil/floor/rint keep the sign of zero.

    public static float ceil(float a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return (float) Math.ceil(a);
    }

    public static float floor(float a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return (float) Math.floor(a);
    }

    /** Rounds toward zero; -0.5 gives -0. */
    public static float trunc(float a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return (float) (a < 0 ? Math.ceil(a) : Math.floor(a));
    }

    /** Rounds to the nearest integer, ties to even; -0.5 gives -0. */
    public static float nearest(float a) {
        if (a != a) {
            return CANONICAL_NAN;
        }
        return (float) Math.rint(a);
    }

    public static int eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(float a, float b) {
        return a >= b ? 1 : 0;
    }
}
