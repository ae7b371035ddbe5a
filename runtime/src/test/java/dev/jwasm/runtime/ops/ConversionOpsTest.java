package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.TrapAssertions.assertTrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleToLongFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConversionOpsTest {
    private static final String OVERFLOW = "integer overflow";
    private static final String INVALID = "invalid conversion to integer";

    @Provide
    Arbitrary<Float> floats() {
        return Values.floats();
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Values.doubles();
    }

    // ---- trapping truncation: the testsuite's boundaries ----

    @Test
    void truncF32ToI32AtItsBoundaries() {
        assertEquals(2147483520, ConversionOps.i32TruncF32S(2147483520.0f));
        assertEquals(Integer.MIN_VALUE, ConversionOps.i32TruncF32S(-2147483648.0f));
        assertEquals(-1, ConversionOps.i32TruncF32S(-1.9f));
        assertEquals(0, ConversionOps.i32TruncF32S(-0.9f));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF32S(2147483648.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF32S(-2147483904.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF32S(Float.POSITIVE_INFINITY));
        assertTrap(INVALID, () -> ConversionOps.i32TruncF32S(Float.NaN));
        assertTrap(INVALID, () -> ConversionOps.i32TruncF32S(Float.intBitsToFloat(0xff80_0001)));

        assertEquals(-256, ConversionOps.i32TruncF32U(4294967040.0f));
        assertEquals(0, ConversionOps.i32TruncF32U(-0.99999994f));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF32U(4294967296.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF32U(-1.0f));
        assertTrap(INVALID, () -> ConversionOps.i32TruncF32U(Float.NaN));
    }

    @Test
    void truncF64ToI32AtItsBoundaries() {
        assertEquals(Integer.MAX_VALUE, ConversionOps.i32TruncF64S(2147483647.9));
        assertEquals(Integer.MIN_VALUE, ConversionOps.i32TruncF64S(-2147483648.9));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF64S(2147483648.0));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF64S(-2147483649.0));
        assertEquals(-1, ConversionOps.i32TruncF64U(4294967295.9));
        assertEquals(0, ConversionOps.i32TruncF64U(-0.9999999999999999));
        assertEquals(100000000, ConversionOps.i32TruncF64U(1e8));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF64U(4294967296.0));
        assertTrap(OVERFLOW, () -> ConversionOps.i32TruncF64U(-1.0));
        assertTrap(INVALID, () -> ConversionOps.i32TruncF64U(Double.NaN));
    }

    @Test
    void truncToI64AtItsBoundaries() {
        assertEquals(9223371487098961920L, ConversionOps.i64TruncF32S(9223371487098961920.0f));
        assertEquals(Long.MIN_VALUE, ConversionOps.i64TruncF32S(-9223372036854775808.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF32S(9223372036854775808.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF32S(-9223373136366403584.0f));
        assertEquals(9223372036854774784L, ConversionOps.i64TruncF64S(9223372036854774784.0));
        assertEquals(Long.MIN_VALUE, ConversionOps.i64TruncF64S(-9223372036854775808.0));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF64S(9223372036854775808.0));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF64S(-9223372036854777856.0));
        assertTrap(INVALID, () -> ConversionOps.i64TruncF64S(Double.NaN));

        assertEquals(-1099511627776L, ConversionOps.i64TruncF32U(18446742974197923840.0f));
        assertEquals(-2048L, ConversionOps.i64TruncF64U(18446744073709549568.0));
        assertEquals(Long.MIN_VALUE, ConversionOps.i64TruncF64U(9223372036854775808.0));
        assertEquals(0, ConversionOps.i64TruncF64U(-0.9999999999999999));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF32U(18446744073709551616.0f));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF64U(18446744073709551616.0));
        assertTrap(OVERFLOW, () -> ConversionOps.i64TruncF64U(-1.0));
        assertTrap(INVALID, () -> ConversionOps.i64TruncF32U(Float.NaN));
    }

    @Test
    void saturatingTruncationClampsAndMapsNanToZero() {
        assertEquals(Integer.MAX_VALUE, ConversionOps.i32TruncSatF32S(2147483648.0f));
        assertEquals(Integer.MIN_VALUE, ConversionOps.i32TruncSatF32S(Float.NEGATIVE_INFINITY));
        assertEquals(0, ConversionOps.i32TruncSatF32S(Float.NaN));
        assertEquals(-1, ConversionOps.i32TruncSatF32U(Float.POSITIVE_INFINITY));
        assertEquals(0, ConversionOps.i32TruncSatF32U(-1.0f));
        assertEquals(0, ConversionOps.i32TruncSatF64U(Double.NaN));
        assertEquals(-1, ConversionOps.i32TruncSatF64U(4294967296.0));
        assertEquals(Long.MAX_VALUE, ConversionOps.i64TruncSatF64S(9223372036854775808.0));
        assertEquals(Long.MIN_VALUE, ConversionOps.i64TruncSatF32S(-9223373136366403584.0f));
        assertEquals(-1L, ConversionOps.i64TruncSatF64U(18446744073709551616.0));
        assertEquals(-2048L, ConversionOps.i64TruncSatF64U(18446744073709549568.0));
        assertEquals(0, ConversionOps.i64TruncSatF32U(Float.NEGATIVE_INFINITY));
        assertEquals(0, ConversionOps.i64TruncSatF32U(Float.intBitsToFloat(0xffc0_0000)));
    }

    // ---- integer -> float: correct rounding where double rounding fails ----

    @Test
    void int64ToF32RoundsOnce() {
        // via double these round to 2^53 first and then lose the sticky low bit
        assertEquals(0x1.000002p+53f, ConversionOps.f32ConvertI64S(0x0020_0000_2000_0001L));
        assertEquals(-0x1.000002p+53f, ConversionOps.f32ConvertI64S(0xffdf_ffff_dfff_ffffL));
        assertEquals(0x1.fffffep+62f, ConversionOps.f32ConvertI64S(0x7fff_ff40_0000_0001L));
        assertEquals(0x1.000002p+53f, ConversionOps.f32ConvertI64U(0x0020_0000_2000_0001L));
        assertEquals(0x1.fffffep+62f, ConversionOps.f32ConvertI64U(0x7fff_ffbf_ffff_ffffL));
        assertEquals(0x1.000002p+63f, ConversionOps.f32ConvertI64U(0x8000_0080_0000_0001L));
        assertEquals(0x1.fffffep+63f, ConversionOps.f32ConvertI64U(0xffff_fe80_0000_0001L));
        assertEquals(0x1p64f, ConversionOps.f32ConvertI64U(-1L));
        assertEquals(0x1p63f, ConversionOps.f32ConvertI64U(Long.MIN_VALUE));
    }

    @Test
    void unsignedToFloatConversions() {
        assertEquals(4294967296.0f, ConversionOps.f32ConvertI32U(-1));
        assertEquals(2147483648.0f, ConversionOps.f32ConvertI32U(Integer.MIN_VALUE));
        assertEquals(0x1.000002p+31f, ConversionOps.f32ConvertI32U(0x8000_0081));
        assertEquals(4294967295.0, ConversionOps.f64ConvertI32U(-1));
        assertEquals(18446744073709551616.0, ConversionOps.f64ConvertI64U(-1L));
        assertEquals(0x1.0000000000001p+63, ConversionOps.f64ConvertI64U(0x8000_0000_0000_0401L));
        assertEquals(0x1p63, ConversionOps.f64ConvertI64U(0x8000_0000_0000_0400L)); // tie to even
        assertEquals(9007199254740992.0, ConversionOps.f64ConvertI64S(9007199254740993L));
        assertEquals(9007199254740996.0, ConversionOps.f64ConvertI64S(9007199254740995L));
    }

    @Test
    void widthChangesAndReinterpretation() {
        assertEquals(0x9abc_def0, ConversionOps.i32WrapI64(0x1234_5678_9abc_def0L));
        assertEquals(-1L, ConversionOps.i64ExtendI32S(-1));
        assertEquals(0xFFFF_FFFFL, ConversionOps.i64ExtendI32U(-1));
        assertEquals(Float.POSITIVE_INFINITY, ConversionOps.f32DemoteF64(0x1.fffffffp+127));
        assertEquals(Float.MIN_VALUE, ConversionOps.f32DemoteF64(0x1.0000000000001p-149));
        assertEquals(0.0f, ConversionOps.f32DemoteF64(0x1p-150)); // tie to even: zero
        assertEquals(0x7fa0_0001, ConversionOps.i32ReinterpretF32(ConversionOps.f32ReinterpretI32(0x7fa0_0001)));
        assertEquals(0x7ff4_0000_0000_0001L,
                ConversionOps.i64ReinterpretF64(ConversionOps.f64ReinterpretI64(0x7ff4_0000_0000_0001L)));
        assertTrue(Double.isNaN(ConversionOps.f64PromoteF32(Float.intBitsToFloat(0x7fa0_0000))));
        long promotedNan = Double.doubleToRawLongBits(ConversionOps.f64PromoteF32(Float.NaN));
        assertEquals(0x7ff8_0000_0000_0000L, promotedNan); // canonical stays canonical
        int demotedNan = Float.floatToRawIntBits(ConversionOps.f32DemoteF64(Double.NaN));
        assertEquals(0x7fc0_0000, demotedNan);
    }

    // ---- properties against exact references ----

    @Property
    void integerToFloatConversionsAreCorrectlyRounded(@ForAll long a) {
        // Float.parseFloat / Double.parseDouble round the exact decimal once, to nearest even
        assertEquals(Float.parseFloat(Long.toString(a)), ConversionOps.f32ConvertI64S(a));
        assertEquals(Float.parseFloat(Long.toUnsignedString(a)), ConversionOps.f32ConvertI64U(a));
        assertEquals(Double.parseDouble(Long.toString(a)), ConversionOps.f64ConvertI64S(a));
        assertEquals(Double.parseDouble(Long.toUnsignedString(a)), ConversionOps.f64ConvertI64U(a));
        int i = (int) a;
        assertEquals(Float.parseFloat(Integer.toString(i)), ConversionOps.f32ConvertI32S(i));
        assertEquals(Float.parseFloat(Integer.toUnsignedString(i)), ConversionOps.f32ConvertI32U(i));
        assertEquals(Double.parseDouble(Integer.toUnsignedString(i)), ConversionOps.f64ConvertI32U(i));
    }

    @Property
    void integerToFloatConversionsAreCorrectlyRoundedNearRoundingBoundaries(@ForAll int shift, @ForAll long noise) {
        // a 25-bit or 54-bit head with a tail of 0..0 / 10..0 / 10..01 patterns, all shifts
        long head = (noise >>> 39) | (1L << 24);
        int s = Math.floorMod(shift, 40);
        long tail = (noise & 1) == 0 ? 0 : (noise & 2) == 0 ? 1 : ((1L << Math.max(s - 1, 0)) - 1);
        long a = (head << s) | (s == 0 ? 0 : tail & ((1L << s) - 1));
        assertEquals(Float.parseFloat(Long.toUnsignedString(a)), ConversionOps.f32ConvertI64U(a));
        assertEquals(Float.parseFloat(Long.toString(a)), ConversionOps.f32ConvertI64S(a));
        assertEquals(Float.parseFloat(Long.toString(-a)), ConversionOps.f32ConvertI64S(-a));
        assertEquals(Float.parseFloat(Long.toUnsignedString(-a)), ConversionOps.f32ConvertI64U(-a));
    }

    @Property
    void trappingTruncationMatchesExactReference(@ForAll("doubles") double a) {
        checkTrunc(a, 32, true, ConversionOps::i32TruncF64S);
        checkTrunc(a, 32, false, x -> Integer.toUnsignedLong(ConversionOps.i32TruncF64U(x)));
        checkTrunc(a, 64, true, ConversionOps::i64TruncF64S);
        checkTrunc(a, 64, false, ConversionOps::i64TruncF64U);
    }

    @Property
    void trappingTruncationFromF32MatchesExactReference(@ForAll("floats") float a) {
        checkTrunc(a, 32, true, x -> ConversionOps.i32TruncF32S((float) x));
        checkTrunc(a, 32, false, x -> Integer.toUnsignedLong(ConversionOps.i32TruncF32U((float) x)));
        checkTrunc(a, 64, true, x -> ConversionOps.i64TruncF32S((float) x));
        checkTrunc(a, 64, false, x -> ConversionOps.i64TruncF32U((float) x));
    }

    /** Exact truncation of a, or null for NaN; the range check is then exact too. */
    private static BigInteger exactTrunc(double a) {
        if (Double.isNaN(a)) {
            return null;
        }
        if (Double.isInfinite(a)) {
            return a > 0 ? BigInteger.ONE.shiftLeft(200) : BigInteger.ONE.shiftLeft(200).negate();
        }
        return new BigDecimal(a).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }

    private static BigInteger min(int bits, boolean signed) {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    private static BigInteger max(int bits, boolean signed) {
        return BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
    }

    private static void checkTrunc(double a, int bits, boolean signed, DoubleToLongFunction op) {
        BigInteger t = exactTrunc(a);
        if (t == null) {
            assertTrap(INVALID, () -> op.applyAsLong(a));
        } else if (t.compareTo(min(bits, signed)) < 0 || t.compareTo(max(bits, signed)) > 0) {
            assertTrap(OVERFLOW, () -> op.applyAsLong(a));
        } else {
            // compare as 64-bit patterns: unsigned 64-bit results do not fit a signed long
            assertEquals(t.longValue(), op.applyAsLong(a), () -> "trunc of " + a);
        }
    }

    @Property
    void saturatingTruncationMatchesClampedReference(@ForAll("doubles") double a) {
        checkTruncSat(a, 32, true, ConversionOps.i32TruncSatF64S(a));
        checkTruncSat(a, 32, false, Integer.toUnsignedLong(ConversionOps.i32TruncSatF64U(a)));
        checkTruncSat(a, 64, true, ConversionOps.i64TruncSatF64S(a));
        checkTruncSat(a, 64, false, ConversionOps.i64TruncSatF64U(a));
        float f = (float) a;
        checkTruncSat(f, 32, true, ConversionOps.i32TruncSatF32S(f));
        checkTruncSat(f, 32, false, Integer.toUnsignedLong(ConversionOps.i32TruncSatF32U(f)));
        checkTruncSat(f, 64, true, ConversionOps.i64TruncSatF32S(f));
        checkTruncSat(f, 64, false, ConversionOps.i64TruncSatF32U(f));
    }

    private static void checkTruncSat(double a, int bits, boolean signed, long actual) {
        BigInteger t = exactTrunc(a);
        BigInteger expected = t == null ? BigInteger.ZERO : t.max(min(bits, signed)).min(max(bits, signed));
        assertEquals(expected.longValue(), actual, () -> "trunc_sat of " + a);
    }

    @Property
    void saturatingTruncationIsMonotone(@ForAll("doubles") double a, @ForAll("doubles") double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return;
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertTrue(ConversionOps.i32TruncSatF64S(lo) <= ConversionOps.i32TruncSatF64S(hi));
        assertTrue(Integer.compareUnsigned(ConversionOps.i32TruncSatF64U(lo), ConversionOps.i32TruncSatF64U(hi)) <= 0);
        assertTrue(ConversionOps.i64TruncSatF64S(lo) <= ConversionOps.i64TruncSatF64S(hi));
        assertTrue(Long.compareUnsigned(ConversionOps.i64TruncSatF64U(lo), ConversionOps.i64TruncSatF64U(hi)) <= 0);
    }

    @Property
    void demotionRoundsToNearest(@ForAll("doubles") double a) {
        float r = ConversionOps.f32DemoteF64(a);
        if (Double.isNaN(a)) {
            assertTrue(Float.isNaN(r) && (Float.floatToRawIntBits(r) & 0x0040_0000) != 0);
            return;
        }
        // the exact decimal of a, parsed as a float, is the correctly rounded value
        float expected = Double.isInfinite(a) ? (float) a : Float.parseFloat(new BigDecimal(a).toString());
        if (expected == 0) {
            expected = Math.copySign(0.0f, (float) Math.copySign(1.0, a));
        }
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(r), () -> "demote " + a);
    }
}
