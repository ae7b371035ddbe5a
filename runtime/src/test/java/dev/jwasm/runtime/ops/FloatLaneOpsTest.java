package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.V.halfWise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * f32x4 and f64x2 operations agree lane by lane with the scalar operations of
 * {@link F32Ops}, {@link F64Ops} and {@link ConversionOps}, bit for bit.
 */
class FloatLaneOpsTest {

    private interface FloatBinary {
        float apply(float a, float b);
    }

    private interface FloatUnary {
        float apply(float a);
    }

    private interface FloatTest {
        boolean apply(float a, float b);
    }

    private interface DoubleTest {
        boolean apply(double a, double b);
    }

    private static final Map<String, LongBinaryOperator> F32_BINARY = new LinkedHashMap<>();
    private static final Map<String, FloatBinary> F32_BINARY_REF = new LinkedHashMap<>();
    private static final Map<String, LongBinaryOperator> F64_BINARY = new LinkedHashMap<>();
    private static final Map<String, DoubleBinaryOperator> F64_BINARY_REF = new LinkedHashMap<>();

    private static void f32(String name, LongBinaryOperator op, FloatBinary ref) {
        F32_BINARY.put(name, op);
        F32_BINARY_REF.put(name, ref);
    }

    private static void f64(String name, LongBinaryOperator op, DoubleBinaryOperator ref) {
        F64_BINARY.put(name, op);
        F64_BINARY_REF.put(name, ref);
    }

    static {
        f32("add", F32x4Ops::add, F32Ops::add);
        f32("sub", F32x4Ops::sub, F32Ops::sub);
        f32("mul", F32x4Ops::mul, F32Ops::mul);
        f32("div", F32x4Ops::div, F32Ops::div);
        f32("min", F32x4Ops::min, F32Ops::min);
        f32("max", F32x4Ops::max, F32Ops::max);
        f32("relaxed_min", RelaxedSimdOps::f32x4RelaxedMin, F32Ops::min);
        f32("relaxed_max", RelaxedSimdOps::f32x4RelaxedMax, F32Ops::max);
        f64("add", F64x2Ops::add, F64Ops::add);
        f64("sub", F64x2Ops::sub, F64Ops::sub);
        f64("mul", F64x2Ops::mul, F64Ops::mul);
        f64("div", F64x2Ops::div, F64Ops::div);
        f64("min", F64x2Ops::min, F64Ops::min);
        f64("max", F64x2Ops::max, F64Ops::max);
        f64("relaxed_min", RelaxedSimdOps::f64x2RelaxedMin, F64Ops::min);
        f64("relaxed_max", RelaxedSimdOps::f64x2RelaxedMax, F64Ops::max);
    }

    @Provide
    Arbitrary<V> f32Vectors() {
        return Values.f32Vectors();
    }

    @Provide
    Arbitrary<V> f64Vectors() {
        return Values.f64Vectors();
    }

    private static V f32Map(V a, FloatUnary f) {
        float[] x = a.f32Lanes();
        float[] r = new float[4];
        for (int i = 0; i < 4; i++) {
            r[i] = f.apply(x[i]);
        }
        return V.f32(r);
    }

    private static V f64Map(V a, DoubleUnaryOperator f) {
        double[] x = a.f64Lanes();
        return V.f64(f.applyAsDouble(x[0]), f.applyAsDouble(x[1]));
    }

    private static V f32Mask(V a, V b, FloatTest t) {
        float[] x = a.f32Lanes();
        float[] y = b.f32Lanes();
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            r[i] = t.apply(x[i], y[i]) ? -1 : 0;
        }
        return V.ofLanes(r, 32);
    }

    private static V f64Mask(V a, V b, DoubleTest t) {
        double[] x = a.f64Lanes();
        double[] y = b.f64Lanes();
        return new V(t.apply(x[0], y[0]) ? -1 : 0, t.apply(x[1], y[1]) ? -1 : 0);
    }

    /**
     * Bit-equal, except that where the result is NaN only Wasm's rule is checked: the JIT may
     * commute a + b, so which NaN operand's payload survives is not fixed, and Wasm allows any
     * arithmetic NaN (canonical if every NaN operand is canonical).
     */
    private static void assertSameF32(float expected, float actual, float x, float y, String what) {
        if (!Float.isNaN(expected)) {
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), what);
            return;
        }
        int bits = Float.floatToRawIntBits(actual);
        assertTrue(Float.isNaN(actual) && (bits & 0x0040_0000) != 0, what + ": not an arithmetic NaN");
        if (isCanonicalOrNumber(x) && isCanonicalOrNumber(y)) {
            assertEquals(0x7fc0_0000, bits & 0x7fff_ffff, what + ": not a canonical NaN");
        }
    }

    private static boolean isCanonicalOrNumber(float f) {
        return !Float.isNaN(f) || (Float.floatToRawIntBits(f) & 0x7fff_ffff) == 0x7fc0_0000;
    }

    private static void assertSameF64(double expected, double actual, double x, double y, String what) {
        if (!Double.isNaN(expected)) {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what);
            return;
        }
        long bits = Double.doubleToRawLongBits(actual);
        assertTrue(Double.isNaN(actual) && (bits & 0x0008_0000_0000_0000L) != 0, what + ": not an arithmetic NaN");
        if (isCanonicalOrNumber(x) && isCanonicalOrNumber(y)) {
            assertEquals(0x7ff8_0000_0000_0000L, bits & Long.MAX_VALUE, what + ": not a canonical NaN");
        }
    }

    private static boolean isCanonicalOrNumber(double d) {
        return !Double.isNaN(d) || (Double.doubleToRawLongBits(d) & Long.MAX_VALUE) == 0x7ff8_0000_0000_0000L;
    }

    @Property(tries = 2000)
    void f32x4BinaryOperationsAgreeWithScalarOnes(@ForAll("f32Vectors") V a, @ForAll("f32Vectors") V b) {
        for (String name : F32_BINARY.keySet()) {
            float[] x = a.f32Lanes();
            float[] y = b.f32Lanes();
            float[] actual = halfWise(F32_BINARY.get(name), a, b).f32Lanes();
            for (int i = 0; i < 4; i++) {
                float expected = F32_BINARY_REF.get(name).apply(x[i], y[i]);
                assertSameF32(expected, actual[i], x[i], y[i], name + " lane " + i);
            }
        }
        float[] x = a.f32Lanes();
        float[] y = b.f32Lanes();
        long[] pmin = new long[4];
        long[] pmax = new long[4];
        long[] xl = a.lanes(32);
        long[] yl = b.lanes(32);
        for (int i = 0; i < 4; i++) {
            pmin[i] = y[i] < x[i] ? yl[i] : xl[i];
            pmax[i] = x[i] < y[i] ? yl[i] : xl[i];
        }
        assertEquals(V.ofLanes(pmin, 32), halfWise(F32x4Ops::pmin, a, b), "pmin");
        assertEquals(V.ofLanes(pmax, 32), halfWise(F32x4Ops::pmax, a, b), "pmax");
        assertEquals(f32Mask(a, b, (p, q) -> p == q), halfWise(F32x4Ops::eq, a, b), "eq");
        assertEquals(f32Mask(a, b, (p, q) -> p != q), halfWise(F32x4Ops::ne, a, b), "ne");
        assertEquals(f32Mask(a, b, (p, q) -> p < q), halfWise(F32x4Ops::lt, a, b), "lt");
        assertEquals(f32Mask(a, b, (p, q) -> p > q), halfWise(F32x4Ops::gt, a, b), "gt");
        assertEquals(f32Mask(a, b, (p, q) -> p <= q), halfWise(F32x4Ops::le, a, b), "le");
        assertEquals(f32Mask(a, b, (p, q) -> p >= q), halfWise(F32x4Ops::ge, a, b), "ge");
    }

    @Property(tries = 2000)
    void f64x2BinaryOperationsAgreeWithScalarOnes(@ForAll("f64Vectors") V a, @ForAll("f64Vectors") V b) {
        for (String name : F64_BINARY.keySet()) {
            double[] x = a.f64Lanes();
            double[] y = b.f64Lanes();
            double[] actual = halfWise(F64_BINARY.get(name), a, b).f64Lanes();
            for (int i = 0; i < 2; i++) {
                double expected = F64_BINARY_REF.get(name).applyAsDouble(x[i], y[i]);
                assertSameF64(expected, actual[i], x[i], y[i], name + " lane " + i);
            }
        }
        double[] x = a.f64Lanes();
        double[] y = b.f64Lanes();
        assertEquals(new V(y[0] < x[0] ? b.lo() : a.lo(), y[1] < x[1] ? b.hi() : a.hi()),
                halfWise(F64x2Ops::pmin, a, b), "pmin");
        assertEquals(new V(x[0] < y[0] ? b.lo() : a.lo(), x[1] < y[1] ? b.hi() : a.hi()),
                halfWise(F64x2Ops::pmax, a, b), "pmax");
        assertEquals(f64Mask(a, b, (p, q) -> p == q), halfWise(F64x2Ops::eq, a, b), "eq");
        assertEquals(f64Mask(a, b, (p, q) -> p != q), halfWise(F64x2Ops::ne, a, b), "ne");
        assertEquals(f64Mask(a, b, (p, q) -> p < q), halfWise(F64x2Ops::lt, a, b), "lt");
        assertEquals(f64Mask(a, b, (p, q) -> p > q), halfWise(F64x2Ops::gt, a, b), "gt");
        assertEquals(f64Mask(a, b, (p, q) -> p <= q), halfWise(F64x2Ops::le, a, b), "le");
        assertEquals(f64Mask(a, b, (p, q) -> p >= q), halfWise(F64x2Ops::ge, a, b), "ge");
    }

    @Property(tries = 2000)
    void unaryOperationsAgreeWithScalarOnes(@ForAll("f32Vectors") V a, @ForAll("f64Vectors") V d) {
        assertEquals(f32Map(a, F32Ops::sqrt), halfWise(F32x4Ops::sqrt, a), "f32x4.sqrt");
        assertEquals(f32Map(a, F32Ops::ceil), halfWise(F32x4Ops::ceil, a), "f32x4.ceil");
        assertEquals(f32Map(a, F32Ops::floor), halfWise(F32x4Ops::floor, a), "f32x4.floor");
        assertEquals(f32Map(a, F32Ops::trunc), halfWise(F32x4Ops::trunc, a), "f32x4.trunc");
        assertEquals(f32Map(a, F32Ops::nearest), halfWise(F32x4Ops::nearest, a), "f32x4.nearest");
        assertEquals(new V(a.lo() & 0x7fff_ffff_7fff_ffffL, a.hi() & 0x7fff_ffff_7fff_ffffL),
                halfWise(F32x4Ops::abs, a), "f32x4.abs");
        assertEquals(new V(a.lo() ^ 0x8000_0000_8000_0000L, a.hi() ^ 0x8000_0000_8000_0000L),
                halfWise(F32x4Ops::neg, a), "f32x4.neg");
        assertEquals(f64Map(d, F64Ops::sqrt), halfWise(F64x2Ops::sqrt, d), "f64x2.sqrt");
        assertEquals(f64Map(d, F64Ops::ceil), halfWise(F64x2Ops::ceil, d), "f64x2.ceil");
        assertEquals(f64Map(d, F64Ops::floor), halfWise(F64x2Ops::floor, d), "f64x2.floor");
        assertEquals(f64Map(d, F64Ops::trunc), halfWise(F64x2Ops::trunc, d), "f64x2.trunc");
        assertEquals(f64Map(d, F64Ops::nearest), halfWise(F64x2Ops::nearest, d), "f64x2.nearest");
        assertEquals(new V(d.lo() & Long.MAX_VALUE, d.hi() & Long.MAX_VALUE), halfWise(F64x2Ops::abs, d), "f64x2.abs");
        assertEquals(new V(d.lo() ^ Long.MIN_VALUE, d.hi() ^ Long.MIN_VALUE), halfWise(F64x2Ops::neg, d), "f64x2.neg");
    }

    @Property(tries = 2000)
    void conversionsAgreeWithScalarOnes(@ForAll("f32Vectors") V f, @ForAll("f64Vectors") V d) {
        float[] x = f.f32Lanes();
        long[] ints = f.lanes(32); // the same bits read as i32 lanes
        long[] s = new long[4];
        long[] u = new long[4];
        float[] cs = new float[4];
        float[] cu = new float[4];
        for (int i = 0; i < 4; i++) {
            s[i] = ConversionOps.i32TruncSatF32S(x[i]);
            u[i] = ConversionOps.i32TruncSatF32U(x[i]);
            cs[i] = ConversionOps.f32ConvertI32S((int) ints[i]);
            cu[i] = ConversionOps.f32ConvertI32U((int) ints[i]);
        }
        assertEquals(V.ofLanes(s, 32), halfWise(I32x4Ops::truncSatF32x4S, f), "trunc_sat_f32x4_s");
        assertEquals(V.ofLanes(u, 32), halfWise(I32x4Ops::truncSatF32x4U, f), "trunc_sat_f32x4_u");
        assertEquals(V.ofLanes(s, 32), halfWise(RelaxedSimdOps::i32x4RelaxedTruncF32x4S, f), "relaxed_trunc_s");
        assertEquals(V.ofLanes(u, 32), halfWise(RelaxedSimdOps::i32x4RelaxedTruncF32x4U, f), "relaxed_trunc_u");
        assertEquals(V.f32(cs), halfWise(F32x4Ops::convertI32x4S, f), "convert_i32x4_s");
        assertEquals(V.f32(cu), halfWise(F32x4Ops::convertI32x4U, f), "convert_i32x4_u");

        double[] y = d.f64Lanes();
        assertEquals(V.ofLanes(new long[] {ConversionOps.i32TruncSatF64S(y[0]), ConversionOps.i32TruncSatF64S(y[1]), 0, 0}, 32),
                new V(I32x4Ops.truncSatF64x2SZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2SZeroHi(d.lo(), d.hi())));
        assertEquals(V.ofLanes(new long[] {ConversionOps.i32TruncSatF64U(y[0]), ConversionOps.i32TruncSatF64U(y[1]), 0, 0}, 32),
                new V(I32x4Ops.truncSatF64x2UZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2UZeroHi(d.lo(), d.hi())));
        assertEquals(new V(RelaxedSimdOps.i32x4RelaxedTruncF64x2SZeroLo(d.lo(), d.hi()),
                        RelaxedSimdOps.i32x4RelaxedTruncF64x2SZeroHi(d.lo(), d.hi())),
                new V(I32x4Ops.truncSatF64x2SZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2SZeroHi(d.lo(), d.hi())));
        assertEquals(new V(RelaxedSimdOps.i32x4RelaxedTruncF64x2UZeroLo(d.lo(), d.hi()),
                        RelaxedSimdOps.i32x4RelaxedTruncF64x2UZeroHi(d.lo(), d.hi())),
                new V(I32x4Ops.truncSatF64x2UZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2UZeroHi(d.lo(), d.hi())));
        assertEquals(V.f32(ConversionOps.f32DemoteF64(y[0]), ConversionOps.f32DemoteF64(y[1]), 0, 0),
                new V(F32x4Ops.demoteF64x2ZeroLo(d.lo(), d.hi()), F32x4Ops.demoteF64x2ZeroHi(d.lo(), d.hi())));
        assertEquals(V.f64(ConversionOps.f64PromoteF32(x[0]), ConversionOps.f64PromoteF32(x[1])),
                new V(F64x2Ops.promoteLowF32x4Lo(f.lo(), f.hi()), F64x2Ops.promoteLowF32x4Hi(f.lo(), f.hi())));
        assertEquals(V.f64(ints[0], ints[1]),
                new V(F64x2Ops.convertLowI32x4SLo(f.lo(), f.hi()), F64x2Ops.convertLowI32x4SHi(f.lo(), f.hi())));
        assertEquals(V.f64(V.unsigned(ints[0], 32), V.unsigned(ints[1], 32)),
                new V(F64x2Ops.convertLowI32x4ULo(f.lo(), f.hi()), F64x2Ops.convertLowI32x4UHi(f.lo(), f.hi())));
    }

    @Property
    void lanesSplatExtractAndReplaceKeepBits(@ForAll("f32Vectors") V f, @ForAll("f64Vectors") V d,
            @ForAll int bits, @ForAll long wide, @ForAll @IntRange(min = 0, max = 3) int lane) {
        float value = Float.intBitsToFloat(bits);
        assertEquals(V.f32(value, value, value, value), new V(F32x4Ops.splat(value), F32x4Ops.splat(value)));
        long[] lanes = f.lanes(32);
        assertEquals((int) lanes[lane], Float.floatToRawIntBits(F32x4Ops.extractLane(f.lo(), f.hi(), lane)));
        lanes[lane] = bits;
        assertEquals(V.ofLanes(lanes, 32), new V(F32x4Ops.replaceLaneLo(f.lo(), f.hi(), lane, value),
                F32x4Ops.replaceLaneHi(f.lo(), f.hi(), lane, value)));

        double dv = Double.longBitsToDouble(wide);
        int l = lane & 1;
        assertEquals(wide, F64x2Ops.splat(dv));
        assertEquals(l == 0 ? d.lo() : d.hi(), Double.doubleToRawLongBits(F64x2Ops.extractLane(d.lo(), d.hi(), l)));
        assertEquals(l == 0 ? new V(wide, d.hi()) : new V(d.lo(), wide),
                new V(F64x2Ops.replaceLaneLo(d.lo(), d.hi(), l, dv), F64x2Ops.replaceLaneHi(d.lo(), d.hi(), l, dv)));
    }
}
