package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.V.halfWise;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Integer SIMD operations that move lanes between halves, combine lanes, or produce scalars,
 * checked against whole-vector references built from {@link V#lanes}.
 */
class IntegerCrossLaneOpsTest {

    /** A cross-half binary operation as its Lo/Hi pair. */
    private interface Quad {
        long apply(long aLo, long aHi, long bLo, long bHi);
    }

    private interface Pair {
        long apply(long aLo, long aHi);
    }

    private static V cross(Quad lo, Quad hi, V a, V b) {
        return new V(lo.apply(a.lo(), a.hi(), b.lo(), b.hi()), hi.apply(a.lo(), a.hi(), b.lo(), b.hi()));
    }

    private static V cross(Pair lo, Pair hi, V a) {
        return new V(lo.apply(a.lo(), a.hi()), hi.apply(a.lo(), a.hi()));
    }

    @Provide
    Arbitrary<V> vectors() {
        return Values.vectors();
    }

    // ---- narrow ----

    private static V narrowReference(V a, V b, int fromBits, boolean signed) {
        int toBits = fromBits / 2;
        long min = signed ? -(1L << (toBits - 1)) : 0;
        long max = signed ? (1L << (toBits - 1)) - 1 : (1L << toBits) - 1;
        long[] x = a.lanes(fromBits);
        long[] y = b.lanes(fromBits);
        long[] r = new long[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            r[i] = Math.max(min, Math.min(max, x[i]));
            r[i + x.length] = Math.max(min, Math.min(max, y[i]));
        }
        return V.ofLanes(r, toBits);
    }

    @Property
    void narrowSaturatesEachLane(@ForAll("vectors") V a, @ForAll("vectors") V b) {
        assertEquals(narrowReference(a, b, 16, true), cross(I8x16Ops::narrowI16x8SLo, I8x16Ops::narrowI16x8SHi, a, b));
        assertEquals(narrowReference(a, b, 16, false), cross(I8x16Ops::narrowI16x8ULo, I8x16Ops::narrowI16x8UHi, a, b));
        assertEquals(narrowReference(a, b, 32, true), cross(I16x8Ops::narrowI32x4SLo, I16x8Ops::narrowI32x4SHi, a, b));
        assertEquals(narrowReference(a, b, 32, false), cross(I16x8Ops::narrowI32x4ULo, I16x8Ops::narrowI32x4UHi, a, b));
    }

    // ---- extend and extmul ----

    /** Lanes first..first+n/2-1 of a's fromBits shape, extended. */
    private static long[] half(V a, int fromBits, boolean high, boolean signed) {
        long[] x = a.lanes(fromBits);
        long[] r = new long[x.length / 2];
        for (int i = 0; i < r.length; i++) {
            long lane = x[i + (high ? r.length : 0)];
            r[i] = signed ? lane : V.unsigned(lane, fromBits);
        }
        return r;
    }

    private static V extendReference(V a, int fromBits, boolean high, boolean signed) {
        return V.ofLanes(half(a, fromBits, high, signed), fromBits * 2);
    }

    private static V extmulReference(V a, V b, int fromBits, boolean high, boolean signed) {
        long[] x = half(a, fromBits, high, signed);
        long[] y = half(b, fromBits, high, signed);
        long[] r = new long[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = x[i] * y[i];
        }
        return V.ofLanes(r, fromBits * 2);
    }

    @Property
    void extendWidensTheChosenHalf(@ForAll("vectors") V a) {
        assertEquals(extendReference(a, 8, false, true), cross(I16x8Ops::extendLowI8x16SLo, I16x8Ops::extendLowI8x16SHi, a));
        assertEquals(extendReference(a, 8, true, true), cross(I16x8Ops::extendHighI8x16SLo, I16x8Ops::extendHighI8x16SHi, a));
        assertEquals(extendReference(a, 8, false, false), cross(I16x8Ops::extendLowI8x16ULo, I16x8Ops::extendLowI8x16UHi, a));
        assertEquals(extendReference(a, 8, true, false), cross(I16x8Ops::extendHighI8x16ULo, I16x8Ops::extendHighI8x16UHi, a));
        assertEquals(extendReference(a, 16, false, true), cross(I32x4Ops::extendLowI16x8SLo, I32x4Ops::extendLowI16x8SHi, a));
        assertEquals(extendReference(a, 16, true, true), cross(I32x4Ops::extendHighI16x8SLo, I32x4Ops::extendHighI16x8SHi, a));
        assertEquals(extendReference(a, 16, false, false), cross(I32x4Ops::extendLowI16x8ULo, I32x4Ops::extendLowI16x8UHi, a));
        assertEquals(extendReference(a, 16, true, false), cross(I32x4Ops::extendHighI16x8ULo, I32x4Ops::extendHighI16x8UHi, a));
        assertEquals(extendReference(a, 32, false, true), cross(I64x2Ops::extendLowI32x4SLo, I64x2Ops::extendLowI32x4SHi, a));
        assertEquals(extendReference(a, 32, true, true), cross(I64x2Ops::extendHighI32x4SLo, I64x2Ops::extendHighI32x4SHi, a));
        assertEquals(extendReference(a, 32, false, false), cross(I64x2Ops::extendLowI32x4ULo, I64x2Ops::extendLowI32x4UHi, a));
        assertEquals(extendReference(a, 32, true, false), cross(I64x2Ops::extendHighI32x4ULo, I64x2Ops::extendHighI32x4UHi, a));
    }

    @Property
    void extmulMultipliesTheWidenedHalves(@ForAll("vectors") V a, @ForAll("vectors") V b) {
        assertEquals(extmulReference(a, b, 8, false, true), cross(I16x8Ops::extmulLowI8x16SLo, I16x8Ops::extmulLowI8x16SHi, a, b));
        assertEquals(extmulReference(a, b, 8, true, true), cross(I16x8Ops::extmulHighI8x16SLo, I16x8Ops::extmulHighI8x16SHi, a, b));
        assertEquals(extmulReference(a, b, 8, false, false), cross(I16x8Ops::extmulLowI8x16ULo, I16x8Ops::extmulLowI8x16UHi, a, b));
        assertEquals(extmulReference(a, b, 8, true, false), cross(I16x8Ops::extmulHighI8x16ULo, I16x8Ops::extmulHighI8x16UHi, a, b));
        assertEquals(extmulReference(a, b, 16, false, true), cross(I32x4Ops::extmulLowI16x8SLo, I32x4Ops::extmulLowI16x8SHi, a, b));
        assertEquals(extmulReference(a, b, 16, true, true), cross(I32x4Ops::extmulHighI16x8SLo, I32x4Ops::extmulHighI16x8SHi, a, b));
        assertEquals(extmulReference(a, b, 16, false, false), cross(I32x4Ops::extmulLowI16x8ULo, I32x4Ops::extmulLowI16x8UHi, a, b));
        assertEquals(extmulReference(a, b, 16, true, false), cross(I32x4Ops::extmulHighI16x8ULo, I32x4Ops::extmulHighI16x8UHi, a, b));
        assertEquals(extmulReference(a, b, 32, false, true), cross(I64x2Ops::extmulLowI32x4SLo, I64x2Ops::extmulLowI32x4SHi, a, b));
        assertEquals(extmulReference(a, b, 32, true, true), cross(I64x2Ops::extmulHighI32x4SLo, I64x2Ops::extmulHighI32x4SHi, a, b));
        assertEquals(extmulReference(a, b, 32, false, false), cross(I64x2Ops::extmulLowI32x4ULo, I64x2Ops::extmulLowI32x4UHi, a, b));
        assertEquals(extmulReference(a, b, 32, true, false), cross(I64x2Ops::extmulHighI32x4ULo, I64x2Ops::extmulHighI32x4UHi, a, b));
    }

    // ---- pairwise ----

    private static V pairwiseReference(V a, V b, int fromBits, boolean signed, boolean multiply) {
        long[] x = a.lanes(fromBits);
        long[] y = b.lanes(fromBits);
        long[] r = new long[x.length / 2];
        for (int i = 0; i < r.length; i++) {
            long p = signed ? x[2 * i] : V.unsigned(x[2 * i], fromBits);
            long q = signed ? x[2 * i + 1] : V.unsigned(x[2 * i + 1], fromBits);
            r[i] = multiply ? p * y[2 * i] + q * y[2 * i + 1] : p + q;
        }
        return V.ofLanes(r, fromBits * 2);
    }

    @Property
    void pairwiseOperationsCombineNeighbouringLanes(@ForAll("vectors") V a, @ForAll("vectors") V b) {
        assertEquals(pairwiseReference(a, b, 8, true, false), halfWise(I16x8Ops::extaddPairwiseI8x16S, a));
        assertEquals(pairwiseReference(a, b, 8, false, false), halfWise(I16x8Ops::extaddPairwiseI8x16U, a));
        assertEquals(pairwiseReference(a, b, 16, true, false), halfWise(I32x4Ops::extaddPairwiseI16x8S, a));
        assertEquals(pairwiseReference(a, b, 16, false, false), halfWise(I32x4Ops::extaddPairwiseI16x8U, a));
        assertEquals(pairwiseReference(a, b, 16, true, true), halfWise(I32x4Ops::dotI16x8S, a, b));
    }

    // ---- to scalar ----

    @Property
    void bitmaskCollectsSignBits(@ForAll("vectors") V a) {
        int[] widths = {8, 16, 32, 64};
        int[] actual = {
            I8x16Ops.bitmask(a.lo(), a.hi()), I16x8Ops.bitmask(a.lo(), a.hi()),
            I32x4Ops.bitmask(a.lo(), a.hi()), I64x2Ops.bitmask(a.lo(), a.hi())
        };
        for (int w = 0; w < 4; w++) {
            long[] lanes = a.lanes(widths[w]);
            int expected = 0;
            for (int i = 0; i < lanes.length; i++) {
                expected |= (lanes[i] < 0 ? 1 : 0) << i;
            }
            assertEquals(expected, actual[w], "i" + widths[w]);
        }
    }

    @Property
    void allTrueAndAnyTrue(@ForAll("vectors") V a, @ForAll @IntRange(min = 0, max = 15) int zeroByte) {
        // clear one byte so that zero lanes of every width are common
        int[] bytes = a.bytes();
        bytes[zeroByte] = 0;
        for (V v : new V[] {a, V.ofBytes(bytes)}) {
            int[] widths = {8, 16, 32, 64};
            int[] actual = {
                I8x16Ops.allTrue(v.lo(), v.hi()), I16x8Ops.allTrue(v.lo(), v.hi()),
                I32x4Ops.allTrue(v.lo(), v.hi()), I64x2Ops.allTrue(v.lo(), v.hi())
            };
            for (int w = 0; w < 4; w++) {
                boolean all = true;
                for (long lane : v.lanes(widths[w])) {
                    all &= lane != 0;
                }
                assertEquals(all ? 1 : 0, actual[w], "i" + widths[w] + " " + v);
            }
            assertEquals(v.lo() != 0 || v.hi() != 0 ? 1 : 0, V128Ops.anyTrue(v.lo(), v.hi()));
        }
    }

    // ---- shuffle, swizzle, lanes ----

    @Property
    void shufflePicksFromTheConcatenation(@ForAll("vectors") V a, @ForAll("vectors") V b, @ForAll("vectors") V s) {
        int[] selectors = s.bytes();
        for (int i = 0; i < 16; i++) {
            selectors[i] &= 31; // validation guarantees lane indices below 32
        }
        V immediates = V.ofBytes(selectors);
        int[] x = a.bytes();
        int[] y = b.bytes();
        int[] r = new int[16];
        for (int i = 0; i < 16; i++) {
            r[i] = selectors[i] < 16 ? x[selectors[i]] : y[selectors[i] - 16];
        }
        V actual = new V(I8x16Ops.shuffle(a.lo(), a.hi(), b.lo(), b.hi(), immediates.lo()),
                I8x16Ops.shuffle(a.lo(), a.hi(), b.lo(), b.hi(), immediates.hi()));
        assertEquals(V.ofBytes(r), actual);
    }

    @Property
    void swizzleGivesZeroForIndicesPast15(@ForAll("vectors") V a, @ForAll("vectors") V s) {
        int[] x = a.bytes();
        int[] selectors = s.bytes();
        int[] r = new int[16];
        for (int i = 0; i < 16; i++) {
            r[i] = selectors[i] < 16 ? x[selectors[i]] : 0;
        }
        V actual = new V(I8x16Ops.swizzle(a.lo(), a.hi(), s.lo()), I8x16Ops.swizzle(a.lo(), a.hi(), s.hi()));
        assertEquals(V.ofBytes(r), actual);
        V relaxed = new V(RelaxedSimdOps.i8x16RelaxedSwizzle(a.lo(), a.hi(), s.lo()),
                RelaxedSimdOps.i8x16RelaxedSwizzle(a.lo(), a.hi(), s.hi()));
        assertEquals(actual, relaxed);
    }

    @Property
    void extractAndReplaceEveryLane(@ForAll("vectors") V a, @ForAll long value, @ForAll @IntRange(min = 0, max = 15) int lane) {
        long lo = a.lo();
        long hi = a.hi();
        long[] b = a.lanes(8);
        assertEquals((int) b[lane], I8x16Ops.extractLaneS(lo, hi, lane));
        assertEquals((int) V.unsigned(b[lane], 8), I8x16Ops.extractLaneU(lo, hi, lane));
        b[lane] = value;
        assertEquals(V.ofLanes(b, 8), new V(I8x16Ops.replaceLaneLo(lo, hi, lane, (int) value),
                I8x16Ops.replaceLaneHi(lo, hi, lane, (int) value)));

        int l16 = lane & 7;
        long[] s = a.lanes(16);
        assertEquals((int) s[l16], I16x8Ops.extractLaneS(lo, hi, l16));
        assertEquals((int) V.unsigned(s[l16], 16), I16x8Ops.extractLaneU(lo, hi, l16));
        s[l16] = value;
        assertEquals(V.ofLanes(s, 16), new V(I16x8Ops.replaceLaneLo(lo, hi, l16, (int) value),
                I16x8Ops.replaceLaneHi(lo, hi, l16, (int) value)));

        int l32 = lane & 3;
        long[] w = a.lanes(32);
        assertEquals((int) w[l32], I32x4Ops.extractLane(lo, hi, l32));
        w[l32] = value;
        assertEquals(V.ofLanes(w, 32), new V(I32x4Ops.replaceLaneLo(lo, hi, l32, (int) value),
                I32x4Ops.replaceLaneHi(lo, hi, l32, (int) value)));

        int l64 = lane & 1;
        long[] d = a.lanes(64);
        assertEquals(d[l64], I64x2Ops.extractLane(lo, hi, l64));
        d[l64] = value;
        assertEquals(V.ofLanes(d, 64), new V(I64x2Ops.replaceLaneLo(lo, hi, l64, value),
                I64x2Ops.replaceLaneHi(lo, hi, l64, value)));
    }

    @Property
    void splatFillsEveryLane(@ForAll long value) {
        int[] widths = {8, 16, 32, 64};
        long[] halves = {
            I8x16Ops.splat((int) value), I16x8Ops.splat((int) value), I32x4Ops.splat((int) value), I64x2Ops.splat(value)
        };
        for (int w = 0; w < 4; w++) {
            long[] lanes = new long[128 / widths[w]];
            java.util.Arrays.fill(lanes, value);
            assertEquals(V.ofLanes(lanes, widths[w]), new V(halves[w], halves[w]), "i" + widths[w]);
        }
    }
}
