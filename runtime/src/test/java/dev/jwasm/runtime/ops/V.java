package dev.jwasm.runtime.ops;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Test-side model of a v128: the two halves plus conversions to and from lane arrays, written
 * independently of the operations under test (byte by byte, no SWAR).
 */
record V(long lo, long hi) {

    /** The vector's 16 bytes, unsigned, byte 0 first. */
    int[] bytes() {
        int[] b = new int[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (int) (lo >>> (8 * i)) & 0xFF;
            b[i + 8] = (int) (hi >>> (8 * i)) & 0xFF;
        }
        return b;
    }

    static V ofBytes(int[] b) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < 8; i++) {
            lo |= (b[i] & 0xFFL) << (8 * i);
            hi |= (b[i + 8] & 0xFFL) << (8 * i);
        }
        return new V(lo, hi);
    }

    /** The lanes of a {@code bits}-wide integer shape, sign-extended. */
    long[] lanes(int bits) {
        int[] b = bytes();
        int width = bits / 8;
        long[] lanes = new long[16 / width];
        for (int i = 0; i < lanes.length; i++) {
            long v = 0;
            for (int k = width - 1; k >= 0; k--) {
                v = (v << 8) | b[i * width + k];
            }
            lanes[i] = bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
        }
        return lanes;
    }

    /** Builds a vector from lanes of a {@code bits}-wide shape; each lane is truncated. */
    static V ofLanes(long[] lanes, int bits) {
        int width = bits / 8;
        int[] b = new int[16];
        for (int i = 0; i < lanes.length; i++) {
            for (int k = 0; k < width; k++) {
                b[i * width + k] = (int) (lanes[i] >>> (8 * k)) & 0xFF;
            }
        }
        return ofBytes(b);
    }

    /** A vector of four f32 lanes, with their bits as given (NaN payloads kept). */
    static V f32(float... lanes) {
        long[] bits = new long[4];
        for (int i = 0; i < 4; i++) {
            bits[i] = Float.floatToRawIntBits(lanes[i]);
        }
        return ofLanes(bits, 32);
    }

    /** A vector of two f64 lanes, with their bits as given (NaN payloads kept). */
    static V f64(double lane0, double lane1) {
        return new V(Double.doubleToRawLongBits(lane0), Double.doubleToRawLongBits(lane1));
    }

    /** Applies an operation on 64-bit halves (as the ops classes define them) to both halves. */
    static V halfWise(LongUnaryOperator op, V a) {
        return new V(op.applyAsLong(a.lo()), op.applyAsLong(a.hi()));
    }

    static V halfWise(LongBinaryOperator op, V a, V b) {
        return new V(op.applyAsLong(a.lo(), b.lo()), op.applyAsLong(a.hi(), b.hi()));
    }

    static long unsigned(long lane, int bits) {
        return bits == 64 ? lane : lane & ((1L << bits) - 1);
    }

    float[] f32Lanes() {
        long[] l = lanes(32);
        float[] f = new float[4];
        for (int i = 0; i < 4; i++) {
            f[i] = Float.intBitsToFloat((int) l[i]);
        }
        return f;
    }

    double[] f64Lanes() {
        return new double[] {Double.longBitsToDouble(lo), Double.longBitsToDouble(hi)};
    }

    @Override
    public String toString() {
        return String.format("V[lo=%016x, hi=%016x]", lo, hi);
    }
}
