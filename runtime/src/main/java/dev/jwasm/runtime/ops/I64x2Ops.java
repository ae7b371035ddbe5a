package dev.jwasm.runtime.ops;

/**
 * The i64x2 instructions. A half is one 64-bit lane: {@code lo} is lane 0, {@code hi} lane 1.
 * Calling convention: {@link V128Ops}. Shift counts are taken modulo 64.
 */
public final class I64x2Ops {
    private I64x2Ops() {}

    private static long mask(boolean b) {
        return b ? -1L : 0L;
    }

    // ---- splat and lanes ----

    /** Both halves of the result. */
    public static long splat(long value) {
        return value;
    }

    public static long extractLane(long lo, long hi, int lane) {
        return lane == 0 ? lo : hi;
    }

    public static long replaceLaneLo(long lo, long hi, int lane, long value) {
        return lane == 0 ? value : lo;
    }

    public static long replaceLaneHi(long lo, long hi, int lane, long value) {
        return lane == 0 ? hi : value;
    }

    // ---- comparisons (half-wise; signed only, as in the instruction set) ----

    public static long eq(long a, long b) {
        return mask(a == b);
    }

    public static long ne(long a, long b) {
        return mask(a != b);
    }

    public static long ltS(long a, long b) {
        return mask(a < b);
    }

    public static long gtS(long a, long b) {
        return mask(a > b);
    }

    public static long leS(long a, long b) {
        return mask(a <= b);
    }

    public static long geS(long a, long b) {
        return mask(a >= b);
    }

    // ---- unary (half-wise) ----

    /** abs(MIN_VALUE) is MIN_VALUE, as two's complement wraps. */
    public static long abs(long a) {
        return Math.abs(a);
    }

    public static long neg(long a) {
        return -a;
    }

    // ---- to scalar ----

    public static int allTrue(long lo, long hi) {
        return lo != 0 && hi != 0 ? 1 : 0;
    }

    public static int bitmask(long lo, long hi) {
        return (int) ((lo >>> 63) | ((hi >>> 63) << 1));
    }

    // ---- extend (cross-half): low takes i32 lanes 0, 1 (a.lo), high lanes 2, 3 (a.hi) ----

    public static long extendLowI32x4SLo(long aLo, long aHi) {
        return (int) aLo;
    }

    public static long extendLowI32x4SHi(long aLo, long aHi) {
        return aLo >> 32;
    }

    public static long extendHighI32x4SLo(long aLo, long aHi) {
        return (int) aHi;
    }

    public static long extendHighI32x4SHi(long aLo, long aHi) {
        return aHi >> 32;
    }

    public static long extendLowI32x4ULo(long aLo, long aHi) {
        return aLo & 0xFFFF_FFFFL;
    }

    public static long extendLowI32x4UHi(long aLo, long aHi) {
        return aLo >>> 32;
    }

    public static long extendHighI32x4ULo(long aLo, long aHi) {
        return aHi & 0xFFFF_FFFFL;
    }

    public static long extendHighI32x4UHi(long aLo, long aHi) {
        return aHi >>> 32;
    }

    // ---- extmul (cross-half) ----

    public static long extmulLowI32x4SLo(long aLo, long aHi, long bLo, long bHi) {
        return (long) (int) aLo * (int) bLo;
    }

    public static long extmulLowI32x4SHi(long aLo, long aHi, long bLo, long bHi) {
        return (aLo >> 32) * (bLo >> 32);
    }

    public static long extmulHighI32x4SLo(long aLo, long aHi, long bLo, long bHi) {
        return (long) (int) aHi * (int) bHi;
    }

    public static long extmulHighI32x4SHi(long aLo, long aHi, long bLo, long bHi) {
        return (aHi >> 32) * (bHi >> 32);
    }

    /** Unsigned 32 x 32 products fit 64 bits; the long multiply keeps their bits. */
    public static long extmulLowI32x4ULo(long aLo, long aHi, long bLo, long bHi) {
        return (aLo & 0xFFFF_FFFFL) * (bLo & 0xFFFF_FFFFL);
    }

    public static long extmulLowI32x4UHi(long aLo, long aHi, long bLo, long bHi) {
        return (aLo >>> 32) * (bLo >>> 32);
    }

    public static long extmulHighI32x4ULo(long aLo, long aHi, long bLo, long bHi) {
        return (aHi & 0xFFFF_FFFFL) * (bHi & 0xFFFF_FFFFL);
    }

    public static long extmulHighI32x4UHi(long aLo, long aHi, long bLo, long bHi) {
        return (aHi >>> 32) * (bHi >>> 32);
    }

    // ---- shifts and arithmetic (half-wise) ----

    public static long shl(long a, int count) {
        return a << (count & 63);
    }

    public static long shrS(long a, int count) {
        return a >> (count & 63);
    }

    public static long shrU(long a, int count) {
        return a >>> (count & 63);
    }

    public static long add(long a, long b) {
        return a + b;
    }

    public static long sub(long a, long b) {
        return a - b;
    }

    public static long mul(long a, long b) {
        return a * b;
    }
}
