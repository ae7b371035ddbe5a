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

class F32OpsTest {
    private static final int CANONICAL_NAN = 0x7fc0_0000;
    private static final float NEG_ZERO = -0.0f;

    private static int bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    private static float f(int bits) {
        return Float.intBitsToFloat(bits);
    }

    /** Same value, and the same sign for zeros; any NaN matches any NaN. */
    private static void assertSameFloat(float expected, float actual) {
        if (Float.isNaN(expected)) {
            assertTrue(Float.isNaN(actual), () -> "expected NaN, got " + actual);
        } else {
            assertEquals(bits(expected), bits(actual), () -> "expected " + expected + ", got " + actual);
        }
    }

    private static boolean isArithmeticNan(float f) {
        return Float.isNaN(f) && (bits(f) & 0x0040_0000) != 0;
    }

    @Provide
    Arbitrary<Float> floats() {
        return Values.floats();
    }

    @Test
    void minAndMaxOrderSignedZeros() {
        assertEquals(bits(NEG_ZERO), bits(F32Ops.min(0.0f, NEG_ZERO)));
        assertEquals(bits(NEG_ZERO), bits(F32Ops.min(NEG_ZERO, 0.0f)));
        assertEquals(bits(0.0f), bits(F32Ops.max(NEG_ZERO, 0.0f)));
        assertEquals(bits(0.0f), bits(F32Ops.max(0.0f, NEG_ZERO)));
        assertEquals(bits(NEG_ZERO), bits(F32Ops.max(NEG_ZERO, NEG_ZERO)));
        assertEquals(-1.0f, F32Ops.min(-1.0f, Float.POSITIVE_INFINITY));
        assertEquals(Float.NEGATIVE_INFINITY, F32Ops.min(Float.NEGATIVE_INFINITY, 3.0f));
    }

    @Test
    void minAndMaxQuietEveryNan() {
        int signalling = 0x7fa0_0000;
        assertEquals(CANONICAL_NAN, bits(F32Ops.min(f(signalling), 1.0f)));
        assertEquals(CANONICAL_NAN, bits(F32Ops.max(1.0f, f(signalling))));
        assertEquals(CANONICAL_NAN, bits(F32Ops.min(f(0xffc0_0000), Float.NEGATIVE_INFINITY)));
        assertEquals(CANONICAL_NAN, bits(F32Ops.max(Float.POSITIVE_INFINITY, Float.NaN)));
    }

    @Test
    void signOperationsKeepNanPayloads() {
        int payload = 0x7fa0_0001;
        assertEquals(0xffa0_0001, bits(F32Ops.neg(f(payload))));
        assertEquals(payload, bits(F32Ops.abs(f(0xffa0_0001))));
        assertEquals(0xffa0_0001, bits(F32Ops.copysign(f(payload), -1.0f)));
        assertEquals(bits(2.0f), bits(F32Ops.copysign(-2.0f, f(0x7fc0_0000))));
        assertEquals(bits(-2.0f), bits(F32Ops.copysign(2.0f, f(0xffc0_0000))));
        assertEquals(bits(NEG_ZERO), bits(F32Ops.neg(0.0f)));
    }

    @Test
    void roundingToIntegers() {
        assertSameFloat(0.0f, F32Ops.nearest(0.5f));
        assertSameFloat(2.0f, F32Ops.nearest(1.5f));
        assertSameFloat(2.0f, F32Ops.nearest(2.5f));
        assertSameFloat(NEG_ZERO, F32Ops.nearest(-0.5f));
        assertSameFloat(-4.0f, F32Ops.nearest(-3.5f));
        assertSameFloat(8388609.0f, F32Ops.nearest(8388609.0f));
        assertSameFloat(NEG_ZERO, F32Ops.ceil(-0.5f));
        assertSameFloat(-1.0f, F32Ops.floor(-0.5f));
        assertSameFloat(NEG_ZERO, F32Ops.floor(NEG_ZERO));
        assertSameFloat(NEG_ZERO, F32Ops.trunc(-0.9f));
        assertSameFloat(1.0f, F32Ops.trunc(1.9f));
        assertSameFloat(Float.NEGATIVE_INFINITY, F32Ops.ceil(Float.NEGATIVE_INFINITY));
        assertEquals(CANONICAL_NAN, bits(F32Ops.nearest(f(0x7fa0_0000))));
    }

    @Test
    void comparisonsWithNan() {
        assertEquals(0, F32Ops.eq(Float.NaN, Float.NaN));
        assertEquals(1, F32Ops.ne(Float.NaN, Float.NaN));
        assertEquals(0, F32Ops.lt(Float.NaN, 1));
        assertEquals(0, F32Ops.ge(Float.NaN, 1));
        assertEquals(1, F32Ops.eq(0.0f, NEG_ZERO));
        assertEquals(1, F32Ops.le(NEG_ZERO, 0.0f));
    }

    @Test
    void arithmeticFollowsIeee() {
        assertEquals(0x3fb5_04f3, bits(F32Ops.sqrt(2.0f)));
        assertSameFloat(3.0f, F32Ops.sqrt(9.0f));
        assertTrue(Float.isNaN(F32Ops.sqrt(-1.0f)));
        assertSameFloat(NEG_ZERO, F32Ops.sqrt(NEG_ZERO));
        assertSameFloat(Float.POSITIVE_INFINITY, F32Ops.div(1.0f, 0.0f));
        assertSameFloat(Float.NEGATIVE_INFINITY, F32Ops.div(1.0f, NEG_ZERO));
        assertTrue(Float.isNaN(F32Ops.sub(Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY)));
    }

    @Property
    void signOperationsTouchOnlyTheSignBit(@ForAll int a, @ForAll int b) {
        assertEquals(a & 0x7fff_ffff, bits(F32Ops.abs(f(a))));
        assertEquals(a ^ 0x8000_0000, bits(F32Ops.neg(f(a))));
        assertEquals((a & 0x7fff_ffff) | (b & 0x8000_0000), bits(F32Ops.copysign(f(a), f(b))));
        assertEquals(F32Ops.absBits(a), bits(F32Ops.abs(f(a))));
        assertEquals(F32Ops.copysignBits(a, b), bits(F32Ops.copysign(f(a), f(b))));
    }

    @Property
    void minAndMaxAreOrderedAndCommutative(@ForAll("floats") float a, @ForAll("floats") float b) {
        float min = F32Ops.min(a, b);
        float max = F32Ops.max(a, b);
        if (Float.isNaN(a) || Float.isNaN(b)) {
            assertTrue(isArithmeticNan(min) && isArithmeticNan(max));
            return;
        }
        assertEquals(bits(min), bits(F32Ops.min(b, a)));
        assertEquals(bits(max), bits(F32Ops.max(b, a)));
        // Float.compare orders -0 below +0, as Wasm does
        assertEquals(bits(Float.compare(a, b) <= 0 ? a : b), bits(min));
        assertEquals(bits(Float.compare(a, b) >= 0 ? a : b), bits(max));
    }

    @Property
    void roundingMatchesBigDecimal(@ForAll("floats") float a) {
        if (Float.isNaN(a)) {
            assertTrue(isArithmeticNan(F32Ops.nearest(a)) && isArithmeticNan(F32Ops.ceil(a))
                    && isArithmeticNan(F32Ops.floor(a)) && isArithmeticNan(F32Ops.trunc(a)));
            return;
        }
        if (Float.isInfinite(a)) {
            assertSameFloat(a, F32Ops.nearest(a));
            assertSameFloat(a, F32Ops.trunc(a));
            return;
        }
        assertRounded(a, RoundingMode.HALF_EVEN, F32Ops.nearest(a));
        assertRounded(a, RoundingMode.CEILING, F32Ops.ceil(a));
        assertRounded(a, RoundingMode.FLOOR, F32Ops.floor(a));
        assertRounded(a, RoundingMode.DOWN, F32Ops.trunc(a));
    }

    /** A zero result takes the operand's sign (e.g. nearest(-0.4) = -0). */
    private static void assertRounded(float a, RoundingMode mode, float actual) {
        float expected = new BigDecimal(a).setScale(0, mode).floatValue();
        if (expected == 0) {
            expected = Math.copySign(0.0f, a);
        }
        assertSameFloat(expected, actual);
    }

    @Property
    void sqrtIsCorrectlyRounded(@ForAll("floats") float a) {
        if (!(a > 0) || Float.isInfinite(a)) {
            return;
        }
        float r = F32Ops.sqrt(a);
        // r is the nearest float to sqrt(a): its neighbours' squares bracket a from the right sides
        BigDecimal x = new BigDecimal(a);
        BigDecimal lowMid = new BigDecimal(r).add(new BigDecimal(Math.nextDown(r))).divide(BigDecimal.valueOf(2));
        BigDecimal highMid = new BigDecimal(r).add(new BigDecimal(Math.nextUp(r))).divide(BigDecimal.valueOf(2));
        assertTrue(lowMid.multiply(lowMid).compareTo(x) <= 0, "too large: " + r);
        assertTrue(highMid.multiply(highMid).compareTo(x) >= 0, "too small: " + r);
    }
}
