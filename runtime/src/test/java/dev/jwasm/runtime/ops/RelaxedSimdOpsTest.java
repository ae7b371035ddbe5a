package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.V.f32;
import static dev.jwasm.runtime.ops.V.f64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The relaxed instructions give the deterministic profile's result, which is one of the
 * alternatives each {@code either} of the relaxed-simd testsuite lists.
 */
class RelaxedSimdOpsTest {

    private interface Ternary {
        long apply(long a, long b, long c);
    }

    private static V both(Ternary op, V a, V b, V c) {
        return new V(op.apply(a.lo(), b.lo(), c.lo()), op.apply(a.hi(), b.hi(), c.hi()));
    }

    private static void assertOneOf(List<V> allowed, V actual, V chosen) {
        assertEquals(chosen, actual);
        assertTrue(allowed.contains(actual), () -> actual + " not among " + allowed);
    }

    @Test
    void maddIsUnfused() {
        float max = Float.MAX_VALUE;
        V r = both(RelaxedSimdOps::f32x4RelaxedMadd, f32(max, max, max, max), f32(2, 2, 2, 2), f32(-max, -max, -max, -max));
        float inf = Float.POSITIVE_INFINITY;
        assertOneOf(List.of(f32(max, max, max, max), f32(inf, inf, inf, inf)), r, f32(inf, inf, inf, inf));

        float x = 0x1.000004p+0f;
        float y = 0x1.0002p+0f;
        float z = -0x1.000204p+0f;
        V fused = f32(0x1p-37f, 0x1p-37f, 0x1p-37f, 0x1p-37f);
        V unfused = f32(0, 0, 0, 0);
        assertOneOf(List.of(fused, unfused),
                both(RelaxedSimdOps::f32x4RelaxedMadd, f32(x, x, x, x), f32(y, y, y, y), f32(z, z, z, z)), unfused);
        assertOneOf(List.of(fused, unfused),
                both(RelaxedSimdOps::f32x4RelaxedNmadd, f32(-x, -x, -x, -x), f32(y, y, y, y), f32(z, z, z, z)), unfused);

        double dx = 0x1.00000004p+0;
        double dy = 0x1.000002p+0;
        double dz = -0x1.00000204p+0;
        assertOneOf(List.of(f64(0x1p-53, 0x1p-53), f64(0, 0)),
                both(RelaxedSimdOps::f64x2RelaxedMadd, f64(dx, dx), f64(dy, dy), f64(dz, dz)), f64(0, 0));
        assertOneOf(List.of(f64(0x1p-53, 0x1p-53), f64(0, 0)),
                both(RelaxedSimdOps::f64x2RelaxedNmadd, f64(dx, dx), f64(-dy, -dy), f64(dz, dz)), f64(0, 0));
        double dmax = Double.MAX_VALUE;
        double dinf = Double.POSITIVE_INFINITY;
        assertOneOf(List.of(f64(dmax, dmax), f64(dinf, dinf)),
                both(RelaxedSimdOps::f64x2RelaxedMadd, f64(dmax, dmax), f64(2, 2), f64(-dmax, -dmax)), f64(dinf, dinf));
    }

    @Test
    void dotProductReadsSecondOperandSigned() {
        V a = V.ofLanes(new long[] {-128, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        V b = V.ofLanes(new long[] {-127, -127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        V dot = new V(RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.lo(), b.lo()),
                RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.hi(), b.hi()));
        assertOneOf(List.of(V.ofLanes(new long[] {-32768, 0, 0, 0, 0, 0, 0, 0}, 16),
                        V.ofLanes(new long[] {32512, 0, 0, 0, 0, 0, 0, 0}, 16),
                        V.ofLanes(new long[] {33024, 0, 0, 0, 0, 0, 0, 0}, 16)),
                dot, V.ofLanes(new long[] {32512, 0, 0, 0, 0, 0, 0, 0}, 16));

        V a4 = V.ofLanes(new long[] {-128, -128, -128, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        V b4 = V.ofLanes(new long[] {-127, -127, -127, -127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        V c = V.ofLanes(new long[] {1, 2, 3, 4}, 32);
        V r = both(RelaxedSimdOps::i32x4RelaxedDotI8x16I7x16AddS, a4, b4, c);
        assertOneOf(List.of(V.ofLanes(new long[] {-66047, 2, 3, 4}, 32), V.ofLanes(new long[] {-65535, 2, 3, 4}, 32),
                        V.ofLanes(new long[] {65025, 2, 3, 4}, 32), V.ofLanes(new long[] {66049, 2, 3, 4}, 32)),
                r, V.ofLanes(new long[] {65025, 2, 3, 4}, 32));
    }

    @Test
    void dotProductPairSumsSaturateToI16() {
        // (-128 * -128) * 2 = 32768 does not fit an i16 lane: the pair sum saturates
        V a = V.ofLanes(new long[] {-128, -128, -128, -128, 0, 0, 0, 0, -128, -128, 127, 127, 0, 0, 0, 0}, 8);
        V b = V.ofLanes(new long[] {-128, -128, 127, 127, 0, 0, 0, 0, -128, -128, -128, -128, 0, 0, 0, 0}, 8);
        assertEquals(V.ofLanes(new long[] {32767, -32512, 0, 0, 32767, -32512, 0, 0}, 16),
                new V(RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.lo(), b.lo()),
                        RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.hi(), b.hi())));
        assertEquals(V.ofLanes(new long[] {32767 - 32512 + 1, 0, 32767 - 32512, 0}, 32),
                both(RelaxedSimdOps::i32x4RelaxedDotI8x16I7x16AddS, a, b, V.ofLanes(new long[] {1, 0, 0, 0}, 32)));
    }

    @Test
    void dotProductOfTheTestsuitesPlainCases() {
        V a = V.ofLanes(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 8);
        assertEquals(V.ofLanes(new long[] {1, 13, 41, 85, 145, 221, 313, 421}, 16),
                new V(RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.lo(), a.lo()),
                        RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.hi(), a.hi())));
        assertEquals(V.ofLanes(new long[] {14, 127, 368, 737}, 32),
                both(RelaxedSimdOps::i32x4RelaxedDotI8x16I7x16AddS, a, a, V.ofLanes(new long[] {0, 1, 2, 3}, 32)));
        V m = V.ofLanes(new long[] {-128, -128, -128, -128, 127, 127, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        V s = V.ofLanes(new long[] {127, 127, 127, 127, 127, 127, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0}, 8);
        assertEquals(V.ofLanes(new long[] {-65023, 64518, 3, 4}, 32),
                both(RelaxedSimdOps::i32x4RelaxedDotI8x16I7x16AddS, m, s, V.ofLanes(new long[] {1, 2, 3, 4}, 32)));
    }

    @Test
    void minAndMaxAreTheStrictOnes() {
        float nan = Float.NaN;
        float negNan = Float.intBitsToFloat(0xffc0_0000);
        V a = f32(negNan, nan, 0, 0);
        V b = f32(0, 0, negNan, nan);
        V r = new V(RelaxedSimdOps.f32x4RelaxedMin(a.lo(), b.lo()), RelaxedSimdOps.f32x4RelaxedMin(a.hi(), b.hi()));
        for (float lane : r.f32Lanes()) {
            assertEquals(0x7fc0_0000, Float.floatToRawIntBits(lane) & 0x7fff_ffff); // nan:canonical
        }
        V zeros = new V(RelaxedSimdOps.f32x4RelaxedMax(f32(0.0f, -0.0f, 0.0f, -0.0f).lo(), f32(-0.0f, 0.0f, 0.0f, -0.0f).lo()),
                RelaxedSimdOps.f32x4RelaxedMax(f32(0.0f, -0.0f, 0.0f, -0.0f).hi(), f32(-0.0f, 0.0f, 0.0f, -0.0f).hi()));
        assertEquals(f32(0.0f, 0.0f, 0.0f, -0.0f), zeros);
    }

    @Test
    void truncSaturatesAndSwizzleZeroesLargeIndices() {
        V f = f32(Float.NaN, -1.0f, 4294967296.0f, 2147483648.0f);
        assertEquals(V.ofLanes(new long[] {0, -1, Integer.MAX_VALUE, Integer.MAX_VALUE}, 32),
                new V(RelaxedSimdOps.i32x4RelaxedTruncF32x4S(f.lo()), RelaxedSimdOps.i32x4RelaxedTruncF32x4S(f.hi())));
        assertEquals(V.ofLanes(new long[] {0, 0, -1, 0x8000_0000L}, 32),
                new V(RelaxedSimdOps.i32x4RelaxedTruncF32x4U(f.lo()), RelaxedSimdOps.i32x4RelaxedTruncF32x4U(f.hi())));
        V data = V.ofLanes(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 8);
        V big = V.ofLanes(new long[] {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}, 8);
        assertEquals(new V(0, 0), new V(RelaxedSimdOps.i8x16RelaxedSwizzle(data.lo(), data.hi(), big.lo()),
                RelaxedSimdOps.i8x16RelaxedSwizzle(data.lo(), data.hi(), big.hi())));
    }

    @Provide
    Arbitrary<V> vectors() {
        return Values.vectors();
    }

    @Property
    void laneselectIsBitselectForEveryShape(@ForAll("vectors") V a, @ForAll("vectors") V b, @ForAll("vectors") V m) {
        V expected = both(V128Ops::bitselect, a, b, m);
        assertEquals(expected, both(RelaxedSimdOps::i8x16RelaxedLaneselect, a, b, m));
        assertEquals(expected, both(RelaxedSimdOps::i16x8RelaxedLaneselect, a, b, m));
        assertEquals(expected, both(RelaxedSimdOps::i32x4RelaxedLaneselect, a, b, m));
        assertEquals(expected, both(RelaxedSimdOps::i64x2RelaxedLaneselect, a, b, m));
    }

    @Property
    void dotAddIsDotThenPairwiseAddThenAdd(@ForAll("vectors") V a, @ForAll("vectors") V b, @ForAll("vectors") V c) {
        V dot = new V(RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.lo(), b.lo()),
                RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a.hi(), b.hi()));
        long[] x = a.lanes(8);
        long[] y = b.lanes(8);
        long[] expectedDot = new long[8];
        for (int i = 0; i < 8; i++) {
            expectedDot[i] = Math.max(-32768, Math.min(32767, x[2 * i] * y[2 * i] + x[2 * i + 1] * y[2 * i + 1]));
        }
        assertEquals(V.ofLanes(expectedDot, 16), dot);
        long[] acc = c.lanes(32);
        long[] expected = new long[4];
        for (int j = 0; j < 4; j++) {
            expected[j] = expectedDot[2 * j] + expectedDot[2 * j + 1] + acc[j];
        }
        assertEquals(V.ofLanes(expected, 32), both(RelaxedSimdOps::i32x4RelaxedDotI8x16I7x16AddS, a, b, c));
    }

    @Property
    void maddRoundsTwice(@ForAll("vectors") V a, @ForAll("vectors") V b, @ForAll("vectors") V c) {
        float[] x = a.f32Lanes();
        float[] y = b.f32Lanes();
        float[] z = c.f32Lanes();
        float[] actual = both(RelaxedSimdOps::f32x4RelaxedMadd, a, b, c).f32Lanes();
        for (int i = 0; i < 4; i++) {
            float expected = (float) ((double) (x[i] * y[i]) + z[i]); // exact sum of two floats, rounded once
            if (Float.isNaN(expected)) {
                assertTrue(Float.isNaN(actual[i]));
            } else {
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual[i]));
            }
        }
    }
}
