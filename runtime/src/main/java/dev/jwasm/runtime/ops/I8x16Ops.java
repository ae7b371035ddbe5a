package dev.jwasm.runtime.ops;

/**
 * The i8x16 instructions (and {@code i8x16.shuffle}, {@code i8x16.swizzle}). A half holds
 * eight byte lanes, lane 0 in the low byte. Calling convention: {@link V128Ops}.
 * Shift counts are taken modulo 8.
 */
public final class I8x16Ops {
    private I8x16Ops() {}

    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long LOW_BITS = ~HIGH_BITS;

    /** Signed lane {@code i} (0..7) of a half. */
    private static int lane(long half, int i) {
        return (byte) (half >>> (i << 3));
    }

    /** Unsigned lane {@code i} (0..7) of a half. */
    private static int laneU(long half, int i) {
        return (int) (half >>> (i << 3)) & 0xFF;
    }

    private static long put(int value, int i) {
        return (value & 0xFFL) << (i << 3);
    }

    private static int saturateS(int v) {
        return v < Byte.MIN_VALUE ? Byte.MIN_VALUE : Math.min(v, Byte.MAX_VALUE);
    }

    // ---- splat, lanes, shuffles ----

    /** Both halves of the result. */
    public static long splat(int value) {
        return (value & 0xFFL) * ONES;
    }

    public static int extractLaneS(long lo, long hi, int lane) {
        return lane((lane < 8) ? lo : hi, lane & 7);
    }

    public static int extractLaneU(long lo, long hi, int lane) {
        return laneU((lane < 8) ? lo : hi, lane & 7);
    }

    public static long replaceLaneLo(long lo, long hi, int lane, int value) {
        return lane < 8 ? insert(lo, lane, value) : lo;
    }

    public static long replaceLaneHi(long lo, long hi, int lane, int value) {
        return lane < 8 ? hi : insert(hi, lane & 7, value);
    }

    private static long insert(long half, int i, int value) {
        return (half & ~(0xFFL << (i << 3))) | put(value, i);
    }

    /**
     * One half of {@code i8x16.shuffle}: {@code selectors} packs that half's eight lane
     * immediates (0..31, validated), little-endian; index 0..15 picks from a, 16..31 from b.
     * {@code lo = shuffle(aLo, aHi, bLo, bHi, immLo); hi = shuffle(aLo, aHi, bLo, bHi, immHi)}.
     */
    public static long shuffle(long aLo, long aHi, long bLo, long bHi, long selectors) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int index = laneU(selectors, i) & 31;
            long source = index < 16 ? (index < 8 ? aLo : aHi) : (index < 24 ? bLo : bHi);
            r |= put(laneU(source, index & 7), i);
        }
        return r;
    }

    /**
     * One half of {@code i8x16.swizzle}: each byte of {@code selectors} (the same half of the
     * second operand) picks lane 0..15 of a; larger indices give 0.
     * {@code lo = swizzle(aLo, aHi, sLo); hi = swizzle(aLo, aHi, sHi)}.
     */
    public static long swizzle(long aLo, long aHi, long selectors) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int index = laneU(selectors, i);
            if (index < 16) {
                r |= put(laneU(index < 8 ? aLo : aHi, index & 7), i);
            }
        }
        return r;
    }

    // ---- comparisons (half-wise): lanes become all ones or all zeros ----

    public static long eq(long a, long b) {
        long x = a ^ b;
        // high bit of each byte set iff that byte of x is nonzero; no carry crosses a byte
        long nonzero = ((x & LOW_BITS) + LOW_BITS) | x;
        return ((~nonzero & HIGH_BITS) >>> 7) * 0xFF;
    }

    public static long ne(long a, long b) {
        return ~eq(a, b);
    }

    public static long ltS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if (lane(a, i) < lane(b, i)) {
                r |= put(-1, i);
            }
        }
        return r;
    }

    public static long ltU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if (laneU(a, i) < laneU(b, i)) {
                r |= put(-1, i);
            }
        }
        return r;
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

    /** abs(-128) is -128, as two's complement wraps. */
    public static long abs(long a) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(Math.abs(lane(a, i)), i);
        }
        return r;
    }

    public static long neg(long a) {
        return sub(0, a);
    }

    public static long popcnt(long a) {
        long x = a - ((a >>> 1) & 0x5555_5555_5555_5555L);
        x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
        return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
    }

    // ---- to scalar ----

    /** A half has a zero byte iff this is nonzero (classic test; exact for "any"). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGH_BITS;
    }

    public static int allTrue(long lo, long hi) {
        return (zeroBytes(lo) | zeroBytes(hi)) == 0 ? 1 : 0;
    }

    /** Bit i of the result is the sign bit of lane i. */
    public static int bitmask(long lo, long hi) {
        return signBits(lo) | (signBits(hi) << 8);
    }

    private static int signBits(long half) {
        int r = 0;
        for (int i = 0; i < 8; i++) {
            r |= (int) (half >>> (i * 8 + 7) & 1) << i;
        }
        return r;
    }

    // ---- narrow (cross-half): a's lanes then b's lanes, saturated ----

    public static long narrowI16x8SLo(long aLo, long aHi, long bLo, long bHi) {
        return narrowS(aLo, aHi);
    }

    public static long narrowI16x8SHi(long aLo, long aHi, long bLo, long bHi) {
        return narrowS(bLo, bHi);
    }

    public static long narrowI16x8ULo(long aLo, long aHi, long bLo, long bHi) {
        return narrowU(aLo, aHi);
    }

    public static long narrowI16x8UHi(long aLo, long aHi, long bLo, long bHi) {
        return narrowU(bLo, bHi);
    }

    /** The eight i16 lanes of (lo, hi), each saturated to a signed byte. */
    private static long narrowS(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(saturateS((short) (lo >>> (i << 4))), i);
            r |= put(saturateS((short) (hi >>> (i << 4))), i + 4);
        }
        return r;
    }

    /** The eight signed i16 lanes of (lo, hi), each saturated to an unsigned byte. */
    private static long narrowU(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(saturateU((short) (lo >>> (i << 4))), i);
            r |= put(saturateU((short) (hi >>> (i << 4))), i + 4);
        }
        return r;
    }

    private static int saturateU(int v) {
        return v < 0 ? 0 : Math.min(v, 0xFF);
    }

    // ---- shifts (half-wise) ----

    public static long shl(long a, int count) {
        int c = count & 7;
        return (a << c) & (((0xFF << c) & 0xFF) * ONES);
    }

    public static long shrU(long a, int count) {
        int c = count & 7;
        return (a >>> c) & ((0xFF >>> c) * ONES);
    }

    public static long shrS(long a, int count) {
        int c = count & 7;
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(lane(a, i) >> c, i);
        }
        return r;
    }

    // ---- arithmetic (half-wise) ----

    public static long add(long a, long b) {
        // add the low seven bits of every byte, then fix each top bit without carrying out
        return ((a & LOW_BITS) + (b & LOW_BITS)) ^ ((a ^ b) & HIGH_BITS);
    }

    public static long sub(long a, long b) {
        // borrow from a top bit forced to 1, then fix each top bit
        return ((a | HIGH_BITS) - (b & LOW_BITS)) ^ ((a ^ ~b) & HIGH_BITS);
    }

    public static long addSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(saturateS(lane(a, i) + lane(b, i)), i);
        }
        return r;
    }

    public static long addSatU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(Math.min(laneU(a, i) + laneU(b, i), 0xFF), i);
        }
        return r;
    }

    public static long subSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(saturateS(lane(a, i) - lane(b, i)), i);
        }
        return r;
    }

    public static long subSatU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r |= put(Math.max(laneU(a, i) - laneU(b, i), 0), i);
        }
        return r;
    }

    public static long minS(long a, long b) {
        return V128Ops.bitselect(a, b, ltS(a, b));
    }

    public static long minU(long a, long b) {
        return V128Ops.bitselect(a, b, ltU(a, b));
    }

    public static long maxS(long a, long b) {
        return V128Ops.bitselect(a, b, ltS(b, a));
    }

    public static long maxU(long a, long b) {
        return V128Ops.bitselect(a, b, ltU(b, a));
    }

    /** (a + b + 1) / 2 on unsigned lanes, without overflow: (a | b) - ((a ^ b) >> 1). */
    public static long avgrU(long a, long b) {
        return (a | b) - (((a ^ b) >>> 1) & 0x7F7F_7F7F_7F7F_7F7FL);
    }
}
