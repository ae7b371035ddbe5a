package dev.jwasm.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class F64OpsTest {
    private static final long CANONICAL_NAN = 0x7ff8_0000_0000_0000L;
    private static final double NEG_ZERO = -0.0;

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static void assertSameDouble(double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), () -> "expected NaN, got " + actual);
        } else {
            assertEquals(bits(expected), bits(actual), () -> "expected " + expected + ", got " + actual);
        }
    }

    private static boolean isArithmeticNan(double d) {
        return Double.isNaN(d) && (bits(d) & 0x0008_0000_0000_0000L) != 0;
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Values.doubles();
    }

    @Test
    void minAndMaxOrderSignedZeros() {
        assertEquals(bits(NEG_ZERO), bits(F64Ops.min(0.0, NEG_ZERO)));
        assertEquals(bits(NEG_ZERO), bits(F64Ops.min(NEG_ZERO, 0.0)));
        assertEquals(bits(0.0), bits(F64Ops.max(NEG_ZERO, 0.0)));
        assertEquals(bits(0.0), bits(F64Ops.max(0.0, NEG_ZERO)));
        assertEquals(Double.NEGATIVE_INFINITY, F64Ops.min(Double.NEGATIVE_INFINITY, Double.MAX_VALUE));
    }

    @Test
    void minAndMaxQuietEveryNan() {
        assertEquals(CANONICAL_NAN, bits(F64Ops.min(d(0x7ff4_0000_0000_0000L), 1.0)));
        assertEquals(CANONICAL_NAN, bits(F64Ops.max(1.0, d(0xfff0_0000_0000_0001L))));
        assertEquals(CANONICAL_NAN, bits(F64Ops.max(Double.NaN, Double.NaN)));
    }

    @Test
    void signOperationsKeepNanPayloads() {
        long payload = 0x7ff4_0000_0000_0001L;
        assertEquals(payload | Long.MIN_VALUE, bits(F64Ops.neg(d(payload))));
        assertEquals(payload, bits(F64Ops.abs(d(payload | Long.MIN_VALUE))));
        assertEquals(payload | Long.MIN_VALUE, bits(F64Ops.copysign(d(payload), -0.0)));
        assertEquals(bits(-1.0), bits(F64Ops.copysign(1.0, d(0xfff8_0000_0000_0000L))));
    }

    @Test
    void roundingToIntegers() {
        assertSameDouble(0.0, F64Ops.nearest(0.5));
        assertSameDouble(2.0, F64Ops.nearest(2.5));
        assertSameDouble(4.0, F64Ops.nearest(3.5));
        assertSameDouble(NEG_ZERO, F64Ops.nearest(-0.5));
        assertSameDouble(NEG_ZERO, F64Ops.nearest(-0.0));
        assertSameDouble(4503599627370497.0, F64Ops.nearest(4503599627370497.0));
        assertSameDouble(NEG_ZERO, F64Ops.ceil(-0.5));
        assertSameDouble(-1.0, F64Ops.floor(-Double.MIN_VALUE));
        assertSameDouble(1.0, F64Ops.ceil(Double.MIN_VALUE));
        assertSameDouble(NEG_ZERO, F64Ops.trunc(-0.9));
        assertEquals(CANONICAL_NAN, bits(F64Ops.ceil(d(0x7ff0_0000_0000_0001L))));
        assertEquals(CANONICAL_NAN, bits(F64Ops.floor(d(0x7ff0_0000_0000_0001L))));
        assertEquals(CANONICAL_NAN, bits(F64Ops.trunc(d(0x7ff0_0000_0000_0001L))));
        assertEquals(CANONICAL_NAN, bits(F64Ops.nearest(d(0x7ff0_0000_0000_0001L))));
    }

    @Test
    void comparisonsWithNan() {
        assertEquals(0, F64Ops.eq(Double.NaN, Double.NaN));
        assertEquals(1, F64Ops.ne(Double.NaN, 0));
        assertEquals(0, F64Ops.gt(Double.NaN, 0));
        assertEquals(0, F64Ops.le(Double.NaN, 0));
        assertEquals(1, F64Ops.ge(NEG_ZERO, 0.0));
    }

    @Property
    void signOperationsTouchOnlyTheSignBit(@ForAll long a, @ForAll long b) {
        assertEquals(a & Long.MAX_VALUE, bits(F64Ops.abs(d(a))));
        assertEquals(a ^ Long.MIN_VALUE, bits(F64Ops.neg(d(a))));
        assertEquals((a & Long.MAX_VALUE) | (b & Long.MIN_VALUE), bits(F64Ops.copysign(d(a), d(b))));
        assertEquals(F64Ops.negBits(a), bits(F64Ops.neg(d(a))));
    }

    @Property
    void minAndMaxAreOrderedAndCommutative(@ForAll("doubles") double a, @ForAll("doubles") double b) {
        double min = F64Ops.min(a, b);
        double max = F64Ops.max(a, b);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            assertTrue(isArithmeticNan(min) && isArithmeticNan(max));
            return;
        }
        assertEquals(bits(min), bits(F64Ops.min(b, a)));
        assertEquals(bits(Double.compare(a, b) <= 0 ? a : b), bits(min));
        assertEquals(bits(Double.compare(a, b) >= 0 ? a : b), bits(max));
    }

    @Property
    void roundingMatchesBigDecimal(@ForAll("doubles") double a) {
        if (Double.isNaN(a)) {
            assertTrue(isArithmeticNan(F64Ops.nearest(a)) && isArithmeticNan(F64Ops.ceil(a))
                    && isArithmeticNan(F64Ops.floor(a)) && isArithmeticNan(F64Ops.trunc(a)));
            return;
        }
        if (Double.isInfinite(a)) {
            assertSameDouble(a, F64Ops.nearest(a));
            assertSameDouble(a, F64Ops.floor(a));
            return;
        }
        assertRounded(a, RoundingMode.HALF_EVEN, F64Ops.nearest(a));
        assertRounded(a, RoundingMode.CEILING, F64Ops.ceil(a));
        assertRounded(a, RoundingMode.FLOOR, F64Ops.floor(a));
        assertRounded(a, RoundingMode.DOWN, F64Ops.trunc(a));
    }

    private static void assertRounded(double a, RoundingMode mode, double actual) {
        double expected = new BigDecimal(a).setScale(0, mode).doubleValue();
        if (expected == 0) {
            expected = Math.copySign(0.0, a);
        }
        assertSameDouble(expected, actual);
    }
}
