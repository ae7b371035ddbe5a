package dev.jwasm.runtime.ops;

/**
 * The i16x8 instructions. A half holds four 16-bit lanes, lane 0 in the low bits.
 * Calling convention: {@link V128Ops}. Shift counts are taken modulo 16.
 */
public final class I16x8Ops {
    private I16x8Ops() {}

    private static final long ONES = 0x0001_0001_0001_0001L;
    private static final long HIGH_BITS = 0x8000_8000_8000_8000L;
    private static final long LOW_BITS = ~HIGH_BITS;

    /** Signed lane {@code i} (0..3) of a half. */
    static int lane(long half, int i) {
        return (short) (half >>> (i << 4));
    }

    /** Unsigned lane {@code i} (0..3) of a half. */
    static int laneU(long half, int i) {
        return (int) (half >>> (i << 4)) & 0xFFFF;
    }

    static long put(int value, int i) {
        return (value & 0xFFFFL) << (i << 4);
    }

    static int saturateS(int v) {
        return v < Short.MIN_VALUE ? Short.MIN_VALUE : Math.min(v, Short.MAX_VALUE);
    }

    // ---- splat and lanes ----

    /** Both halves of the result. */
    public static long splat(int value) {
        return (value & 0xFFFFL) * ONES;
    }

    public static int extractLaneS(long lo, long hi, int lane) {
        return lane(lane < 4 ? lo : hi, lane & 3);
    }

    public static int extractLaneU(long lo, long hi, int lane) {
        return laneU(lane < 4 ? lo : hi, lane & 3);
    }

    public static long replaceLaneLo(long lo, long hi, int lane, int value) {
        return lane < 4 ? insert(lo, lane, value) : lo;
    }

    public static long replaceLaneHi(long lo, long hi, int lane, int value) {
        return lane < 4 ? hi : insert(hi, lane & 3, value);
    }

    private static long insert(long half, int i, int value) {
        return (half & ~(0xFFFFL << (i << 4))) | put(value, i);
    }

    // ---- comparisons (half-wise) ----

    public static long eq(long a, long b) {
        long x = a ^ b;
        // high bit of each lane set iff that lane of x is nonzero; no carry crosses a lane
        long nonzero = ((x & LOW_BITS) + LOW_BITS) | x;
        return ((~nonzero & HIGH_BITS) >>> 15) * 0xFFFF;
    }

    public static long ne(long a, long b) {
        return ~eq(a, b);
    }

    public static long ltS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            if (lane(a, i) < lane(b, i)) {
                r |= put(-1, i);
            }
        }
        return r;
    }

    public static long ltU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
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

    /** abs(-32768) is -32768, as two's complement wraps. */
    public static long abs(long a) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(Math.abs(lane(a, i)), i);
        }
        return r;
    }

    public static long neg(long a) {
        return sub(0, a);
    }

    // ---- to scalar ----

    public static int allTrue(long lo, long hi) {
        return (zeroLanes(lo) | zeroLanes(hi)) == 0 ? 1 : 0;
    }

    /** Nonzero iff some lane of the half is zero. */
    private static long zeroLanes(long x) {
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** Bit i of the result is the sign bit of lane i. */
    public static int bitmask(long lo, long hi) {
        int r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (int) (lo >>> (i * 16 + 15) & 1) << i;
            r |= (int) (hi >>> (i * 16 + 15) & 1) << (i + 4);
        }
        return r;
    }

    // ---- narrow (cross-half): a's lanes then b's lanes, saturated ----

    public static long narrowI32x4SLo(long aLo, long aHi, long bLo, long bHi) {
        return narrowS(aLo, aHi);
    }

    public static long narrowI32x4SHi(long aLo, long aHi, long bLo, long bHi) {
        return narrowS(bLo, bHi);
    }

    public static long narrowI32x4ULo(long aLo, long aHi, long bLo, long bHi) {
        return narrowU(aLo, aHi);
    }

    public static long narrowI32x4UHi(long aLo, long aHi, long bLo, long bHi) {
        return narrowU(bLo, bHi);
    }

    private static long narrowS(long lo, long hi) {
        return put(saturateS((int) lo), 0) | put(saturateS((int) (lo >>> 32)), 1)
                | put(saturateS((int) hi), 2) | put(saturateS((int) (hi >>> 32)), 3);
    }

    private static long narrowU(long lo, long hi) {
        return put(saturateU((int) lo), 0) | put(saturateU((int) (lo >>> 32)), 1)
                | put(saturateU((int) hi), 2) | put(saturateU((int) (hi >>> 32)), 3);
    }

    private static int saturateU(int v) {
        return v < 0 ? 0 : Math.min(v, 0xFFFF);
    }

    // ---- extend (cross-half): low takes bytes 0..7 of a, high bytes 8..15 ----

    public static long extendLowI8x16SLo(long aLo, long aHi) {
        return extendS(aLo, 0);
    }

    public static long extendLowI8x16SHi(long aLo, long aHi) {
        return extendS(aLo, 4);
    }

    public static long extendHighI8x16SLo(long aLo, long aHi) {
        return extendS(aHi, 0);
    }

    public static long extendHighI8x16SHi(long aLo, long aHi) {
        return extendS(aHi, 4);
    }

    public static long extendLowI8x16ULo(long aLo, long aHi) {
        return extendU(aLo, 0);
    }

    public static long extendLowI8x16UHi(long aLo, long aHi) {
        return extendU(aLo, 4);
    }

    public static long extendHighI8x16ULo(long aLo, long aHi) {
        return extendU(aHi, 0);
    }

    public static long extendHighI8x16UHi(long aLo, long aHi) {
        return extendU(aHi, 4);
    }

    /** Bytes first..first+3 of a half, sign-extended to four i16 lanes. */
    private static long extendS(long half, int first) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteS(half, first + i), i);
        }
        return r;
    }

    private static long extendU(long half, int first) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteU(half, first + i), i);
        }
        return r;
    }

    private static int byteS(long half, int i) {
        return (byte) (half >>> (i << 3));
    }

    private static int byteU(long half, int i) {
        return (int) (half >>> (i << 3)) & 0xFF;
    }

    // ---- extmul (cross-half): products of extended bytes; low 0..7, high 8..15 ----

    public static long extmulLowI8x16SLo(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesS(aLo, bLo, 0);
    }

    public static long extmulLowI8x16SHi(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesS(aLo, bLo, 4);
    }

    public static long extmulHighI8x16SLo(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesS(aHi, bHi, 0);
    }

    public static long extmulHighI8x16SHi(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesS(aHi, bHi, 4);
    }

    public static long extmulLowI8x16ULo(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesU(aLo, bLo, 0);
    }

    public static long extmulLowI8x16UHi(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesU(aLo, bLo, 4);
    }

    public static long extmulHighI8x16ULo(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesU(aHi, bHi, 0);
    }

    public static long extmulHighI8x16UHi(long aLo, long aHi, long bLo, long bHi) {
        return mulBytesU(aHi, bHi, 4);
    }

    private static long mulBytesS(long a, long b, int first) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteS(a, first + i) * byteS(b, first + i), i);
        }
        return r;
    }

    private static long mulBytesU(long a, long b, int first) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteU(a, first + i) * byteU(b, first + i), i);
        }
        return r;
    }

    // ---- extadd_pairwise (half-wise): lane i is byte 2i + byte 2i+1 ----

    public static long extaddPairwiseI8x16S(long a) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteS(a, 2 * i) + byteS(a, 2 * i + 1), i);
        }
        return r;
    }

    public static long extaddPairwiseI8x16U(long a) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(byteU(a, 2 * i) + byteU(a, 2 * i + 1), i);
        }
        return r;
    }

    // ---- shifts (half-wise) ----

    public static long shl(long a, int count) {
        int c = count & 15;
        return (a << c) & (((0xFFFF << c) & 0xFFFF) * ONES);
    }

    public static long shrU(long a, int count) {
        int c = count & 15;
        return (a >>> c) & ((0xFFFF >>> c) * ONES);
    }

    public static long shrS(long a, int count) {
        int c = count & 15;
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(lane(a, i) >> c, i);
        }
        return r;
    }

    // ---- arithmetic (half-wise) ----

    public static long add(long a, long b) {
        return ((a & LOW_BITS) + (b & LOW_BITS)) ^ ((a ^ b) & HIGH_BITS);
    }

    public static long sub(long a, long b) {
        return ((a | HIGH_BITS) - (b & LOW_BITS)) ^ ((a ^ ~b) & HIGH_BITS);
    }

    public static long mul(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(laneU(a, i) * laneU(b, i), i);
        }
        return r;
    }

    public static long addSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(saturateS(lane(a, i) + lane(b, i)), i);
        }
        return r;
    }

    public static long addSatU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(Math.min(laneU(a, i) + laneU(b, i), 0xFFFF), i);
        }
        return r;
    }

    public static long subSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(saturateS(lane(a, i) - lane(b, i)), i);
        }
        return r;
    }

    public static long subSatU(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
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
        return (a | b) - (((a ^ b) >>> 1) & 0x7FFF_7FFF_7FFF_7FFFL);
    }

    /** Q15 fixed-point multiply, rounded: (a * b + 2^14) >> 15, saturated (only -1 * -1 is). */
    public static long q15mulrSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            r |= put(saturateS((lane(a, i) * lane(b, i) + 0x4000) >> 15), i);
        }
        return r;
    }
}
