package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.text.NumericLiterals.LiteralException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumericLiteralsTest {

    // ---- integers ----

    @Test
    void integersAcceptUnsignedAndSignedRanges() throws Exception {
        assertEquals(0xffffffffL, NumericLiterals.parseInteger("0xffffffff", 32));
        assertEquals(4294967295L, NumericLiterals.parseInteger("4294967295", 32));
        assertEquals(-2147483648L, NumericLiterals.parseInteger("-2147483648", 32));
        assertEquals(-0x80000000L, NumericLiterals.parseInteger("-0x8000_0000", 32));
        assertEquals(2147483647L, NumericLiterals.parseInteger("+2147483647", 32));
        assertEquals(-1L, NumericLiterals.parseInteger("0xffff_ffff_ffff_ffff", 64));
        assertEquals(-1L, NumericLiterals.parseInteger("18446744073709551615", 64));
        assertEquals(Long.MIN_VALUE, NumericLiterals.parseInteger("-9223372036854775808", 64));
        assertEquals(Long.MIN_VALUE, NumericLiterals.parseInteger("-0x8000000000000000", 64));
        assertEquals(Long.MAX_VALUE, NumericLiterals.parseInteger("+0x7fffffffffffffff", 64));
        assertEquals(1_000_000L, NumericLiterals.parseInteger("1_000_000", 32));
        assertEquals(0L, NumericLiterals.parseInteger("-0", 32));
        assertEquals(255L, NumericLiterals.parseInteger("255", 8));
        assertEquals(-128L, NumericLiterals.parseInteger("-128", 8));
        assertEquals(0xffffL, NumericLiterals.parseInteger("0xffff", 16));
        assertEquals(-32768L, NumericLiterals.parseInteger("-32768", 16));
    }

    @Test
    void integersOutOfRangeFail() {
        for (String text : new String[] {"0x100000000", "4294967296", "-2147483649", "-0x80000001", "+2147483648",
                "+0xffffffff"}) {
            assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger(text, 32), text);
        }
        for (String text : new String[] {"0x10000000000000000", "18446744073709551616", "-9223372036854775809",
                "-0x8000000000000001", "+9223372036854775808", "99999999999999999999999"}) {
            assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger(text, 64), text);
        }
        assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger("256", 8));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger("-129", 8));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger("65536", 16));
    }

    @Test
    void integersRejectMalformedText() {
        for (String text : new String[] {"", "+", "-", "0x", "1_", "_1", "1__0", "0x_1", "1.0", "1e3", "--1", "+-1",
                "0X1", "nan", "inf", "12a"}) {
            assertThrows(LiteralException.class, () -> NumericLiterals.parseInteger(text, 32), text);
        }
    }

    @Test
    void unsignedRejectsSigns() throws Exception {
        assertEquals(4294967295L, NumericLiterals.parseUnsigned("4294967295", 32));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseUnsigned("+1", 32));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseUnsigned("-1", 32));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseUnsigned("256", 8));
        assertEquals(-1L, NumericLiterals.parseUnsigned("0xffffffffffffffff", 64));
    }

    // ---- floats: special values ----

    @Test
    void specialFloats() throws Exception {
        assertEquals(0x7f800000, NumericLiterals.parseF32("inf"));
        assertEquals(0xff800000, NumericLiterals.parseF32("-inf"));
        assertEquals(0x7f800000, NumericLiterals.parseF32("+inf"));
        assertEquals(0x7fc00000, NumericLiterals.parseF32("nan"));
        assertEquals(0xffc00000, NumericLiterals.parseF32("-nan"));
        assertEquals(0x7f800001, NumericLiterals.parseF32("nan:0x1"));
        assertEquals(0x7fffffff, NumericLiterals.parseF32("nan:0x7f_ffff"));
        assertEquals(0xff800001, NumericLiterals.parseF32("-nan:0x1"));
        assertEquals(0x7ff0000000000000L, NumericLiterals.parseF64("inf"));
        assertEquals(0x7ff8000000000000L, NumericLiterals.parseF64("nan"));
        assertEquals(0xfff8000000000000L, NumericLiterals.parseF64("-nan"));
        assertEquals(0x7ff4000000000000L, NumericLiterals.parseF64("nan:0x4000000000000"));
        assertEquals(0x7fffffffffffffffL, NumericLiterals.parseF64("nan:0xfffffffffffff"));
        assertEquals(0x80000000, NumericLiterals.parseF32("-0.0"));
        assertEquals(0, NumericLiterals.parseF32("+0x0p+0"));
        assertEquals(0x8000000000000000L, NumericLiterals.parseF64("-0"));
    }

    @Test
    void nanPayloadMustBeNonZeroAndFitTheSignificand() {
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("nan:0x0"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("nan:0x80_0000"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF64("nan:0x10_0000_0000_0000"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF64("nan:0x0"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("nan:1"));
    }

    @Test
    void malformedFloatsFail() {
        for (String text : new String[] {"", ".0", ".0e0", "0e", "0e+", "0.0e", "0.0e-", "0x", "1x", "0xg", "0x.",
                "0x0.g", "0x0p", "0x0p+", "0x0p-", "0x0.0p", "0x0pA", "nan:", "infinity", "1__0.0", "1_.0", "1._0"}) {
            assertThrows(LiteralException.class, () -> NumericLiterals.parseF32(text), text);
            assertThrows(LiteralException.class, () -> NumericLiterals.parseF64(text), text);
        }
    }

    // ---- floats: rounding ----

    @Test
    void f32Boundaries() throws Exception {
        assertEquals(0x7f7fffff, NumericLiterals.parseF32("0x1.fffffep127"));
        assertEquals(0x7f7fffff, NumericLiterals.parseF32("0x1.fffffefffffff8000000p127")); // just below the tie
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("0x1.ffffffp127")); // tie rounds up to inf
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("0x1p128"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("-0x1p128"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("1e39"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("340282356779733661637539395458142568448"));
        assertEquals(0x7f7fffff, NumericLiterals.parseF32("340282356779733661637539395458142568447"));
        assertEquals(0x7f7fffff, NumericLiterals.parseF32("3.4028234e38"));
        assertEquals(1, NumericLiterals.parseF32("0x1p-149"));
        assertEquals(0, NumericLiterals.parseF32("0x1p-150")); // tie to even: 0
        assertEquals(1, NumericLiterals.parseF32("0x1.000001p-150")); // above the tie
        assertEquals(2, NumericLiterals.parseF32("0x1.8p-149")); // 1.5 ulp -> 2 (even)
        assertEquals(2, NumericLiterals.parseF32("0x1.4p-148")); // 2.5 ulp -> 2 (even)
        assertEquals(3, NumericLiterals.parseF32("0x1.8p-148")); // exactly 3 ulp
        assertEquals(0x00800000, NumericLiterals.parseF32("0x1p-126"));
        assertEquals(0x007fffff, NumericLiterals.parseF32("0x0.fffffep-126"));
        assertEquals(0x00800000, NumericLiterals.parseF32("0x0.ffffffp-126")); // rounds up into the normals
        assertEquals(1, NumericLiterals.parseF32("1.4e-45"));
        assertEquals(0, NumericLiterals.parseF32("0.7e-45"));
        assertEquals(0, NumericLiterals.parseF32("1e-1000000000000"));
        assertEquals(0, NumericLiterals.parseF32("0x1p-1000000000000"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF32("1e1000000000000"));
        assertEquals(0, NumericLiterals.parseF32("0e1000000000000"));
    }

    @Test
    void f32TiesRoundToEven() throws Exception {
        // 1 + 2^-24 is halfway between 1 and the next float: stays at 1 (even)
        assertEquals(0x3f800000, NumericLiterals.parseF32("0x1.000001p0"));
        // 1 + 3 * 2^-24 is halfway between 1+2^-23 (odd) and 1+2^-22 (even)
        assertEquals(0x3f800002, NumericLiterals.parseF32("0x1.000003p0"));
        // the same in decimal, plus or minus a tiny bit
        assertEquals(0x3f800000, NumericLiterals.parseF32("1.000000059604644775390625"));
        assertEquals(0x3f800001, NumericLiterals.parseF32("1.000000059604644775390625000000000001"));
        assertEquals(0x3f800000, NumericLiterals.parseF32("1.000000059604644775390624999999999999"));
        // a value that rounds to a double tie first would round wrongly through double
        assertEquals(0x3f800001, NumericLiterals.parseF32("0x1.00000100000000001p0"));
        assertEquals(0x3f800001, NumericLiterals.parseF32("1.00000005960464477550"));
    }

    @Test
    void f64Boundaries() throws Exception {
        assertEquals(0x7fefffffffffffffL, NumericLiterals.parseF64("0x1.fffffffffffffp1023"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF64("0x1.fffffffffffff8p1023"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF64("0x1p1024"));
        assertThrows(LiteralException.class, () -> NumericLiterals.parseF64("1e309"));
        assertEquals(0x7fefffffffffffffL, NumericLiterals.parseF64("1.7976931348623157e308"));
        assertEquals(1L, NumericLiterals.parseF64("0x1p-1074"));
        assertEquals(1L, NumericLiterals.parseF64("4.9406564584124654e-324"));
        assertEquals(0L, NumericLiterals.parseF64("2.4703282292062327e-324")); // just below the tie
        assertEquals(1L, NumericLiterals.parseF64("2.4703282292062328e-324")); // just above the tie
        assertEquals(0x0010000000000000L, NumericLiterals.parseF64("0x1p-1022"));
        assertEquals(0x000fffffffffffffL, NumericLiterals.parseF64("0x0.fffffffffffffp-1022"));
        assertEquals(0x3ff0000000000000L, NumericLiterals.parseF64("1"));
        assertEquals(0x3ff0000000000000L, NumericLiterals.parseF64("0x1"));
        assertEquals(0x4059000000000000L, NumericLiterals.parseF64("1_0_0"));
        assertEquals(0x3fb999999999999aL, NumericLiterals.parseF64("0.1"));
        assertEquals(0x3fb999999999999aL, NumericLiterals.parseF64("0.1_0"));
        assertEquals(0x4024000000000000L, NumericLiterals.parseF64("1.e1"));
        assertEquals(0x3ff8000000000000L, NumericLiterals.parseF64("0x1.8"));
        assertEquals(0x3ff8000000000000L, NumericLiterals.parseF64("0x1.P0") | 0x0008000000000000L);
        assertEquals(0x3ff8000000000000L, NumericLiterals.parseF64("0X1.8p0".replace('X', 'x')));
    }

    @Property(tries = 3000)
    void hexF64RoundTrips(@ForAll double d) throws Exception {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        assertEquals(Double.doubleToRawLongBits(d), NumericLiterals.parseF64(Double.toHexString(d)));
    }

    @Property(tries = 3000)
    void decimalF64RoundTrips(@ForAll double d) throws Exception {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        assertEquals(Double.doubleToRawLongBits(d), NumericLiterals.parseF64(Double.toString(d)));
        String exactDecimal = (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + new BigDecimal(Math.abs(d)).toString()
                .replace("E+", "e").replace("E", "e");
        assertEquals(Double.doubleToRawLongBits(d), NumericLiterals.parseF64(exactDecimal));
    }

    /** Java's double-to-float conversion rounds correctly: an independent oracle for f32 rounding. */
    @Property(tries = 5000)
    void f32RoundingOfAnyDoubleMatchesTheNarrowingCast(@ForAll long bits) throws Exception {
        double d = Double.longBitsToDouble(bits);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        float expected = (float) d;
        if (Float.isInfinite(expected)) {
            assertThrows(LiteralException.class, () -> NumericLiterals.parseF32(Double.toHexString(d)));
            return;
        }
        assertEquals(Float.floatToRawIntBits(expected), NumericLiterals.parseF32(Double.toHexString(d)));
        String exactDecimal = (bits < 0 ? "-" : "") + new BigDecimal(Math.abs(d)).toString()
                .replace("E+", "e").replace("E", "e");
        assertEquals(Float.floatToRawIntBits(expected), NumericLiterals.parseF32(exactDecimal));
    }

    /** Doubles near float ties and subnormals, where double rounding would go wrong. */
    @Property(tries = 5000)
    void f32RoundingNearTiesAndSubnormals(@ForAll int floatBits, @ForAll byte nudge) throws Exception {
        float f = Float.intBitsToFloat(floatBits & 0x7fffffff);
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return;
        }
        // the midpoint between f and its successor, nudged by a few double ulps
        double mid = ((double) f + (double) Math.nextUp(f)) / 2;
        double d = mid + nudge * Math.ulp(mid) / 4;
        f32RoundingOfAnyDoubleMatchesTheNarrowingCast(Double.doubleToRawLongBits(d));
    }
}
