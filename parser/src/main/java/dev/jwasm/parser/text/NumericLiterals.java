package dev.jwasm.parser.text;

import java.math.BigInteger;

/**
 * Values of numeric literals, exactly as the spec defines them (spec "Text Format of Values"):
 * integers in signed or unsigned range, floats rounded to nearest, ties to even, by exact
 * rational arithmetic (no double rounding, subnormals included), NaN payloads.
 *
 * <p>Every method validates the whole text itself, so any string is safe input; a text that
 * is not a literal of the wanted kind, or whose value does not fit, throws
 * {@link LiteralException}. Callers turn that into the message their context needs
 * ("constant out of range", "i32 constant out of range", ...).
 */
public final class NumericLiterals {
    private NumericLiterals() {
    }

    /** The text is not a literal of the wanted kind, or its value is out of range. */
    public static final class LiteralException extends Exception {
        private static final long serialVersionUID = 1L;

        LiteralException() {
            super(null, null, false, false);
        }
    }

    private static final LiteralException FAILED = new LiteralException();

    // ---- integers ----

    /**
     * An unsigned literal (no sign) of {@code bits} bits ({@code u8}, {@code u32}, {@code u64}):
     * the value as an unsigned long.
     */
    public static long parseUnsigned(String text, int bits) throws LiteralException {
        if (text.isEmpty() || text.charAt(0) == '+' || text.charAt(0) == '-') {
            throw FAILED;
        }
        long magnitude = magnitude(text);
        if (bits < 64 && Long.compareUnsigned(magnitude, 1L << bits) >= 0) {
            throw FAILED;
        }
        return magnitude;
    }

    /**
     * An integer literal of {@code bits} bits ({@code i8} ... {@code i64}): unsigned without a sign,
     * signed with one. The result is the two's complement bit pattern, sign-extended to 64 bits
     * for a signed literal and zero-extended for an unsigned one.
     */
    public static long parseInteger(String text, int bits) throws LiteralException {
        if (text.isEmpty()) {
            throw FAILED;
        }
        char first = text.charAt(0);
        if (first != '+' && first != '-') {
            return parseUnsigned(text, bits);
        }
        String rest = text.substring(1);
        if (rest.isEmpty() || rest.charAt(0) == '+' || rest.charAt(0) == '-') {
            throw FAILED;
        }
        long magnitude = magnitude(rest);
        // -2^(N-1) <= value < 2^(N-1)
        long limit = 1L << (bits - 1); // for 64 bits this is Long.MIN_VALUE, i.e. 2^63 unsigned
        if (first == '+') {
            if (Long.compareUnsigned(magnitude, limit) >= 0) {
                throw FAILED;
            }
            return magnitude;
        }
        if (Long.compareUnsigned(magnitude, limit) > 0) {
            throw FAILED;
        }
        return -magnitude;
    }

    /** Unsigned value of {@code num} or {@code 0x hexnum}, failing above 2^64 - 1. */
    private static long magnitude(String s) throws LiteralException {
        boolean hex = s.startsWith("0x");
        int start = hex ? 2 : 0;
        int end = hex ? NumberSyntax.hexnum(s, 2) : NumberSyntax.num(s, 0);
        if (end != s.length()) {
            throw FAILED;
        }
        long value = 0;
        for (int i = start; i < s.length(); i++) {
            int d = NumberSyntax.digitValue(s.charAt(i), hex);
            if (d < 0) {
                continue; // underscore
            }
            if (hex) {
                if ((value >>> 60) != 0) {
                    throw FAILED;
                }
                value = (value << 4) | d;
            } else {
                // value * 10 + d must stay below 2^64
                if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
                    throw FAILED;
                }
                long times10 = value * 10;
                long sum = times10 + d;
                if (Long.compareUnsigned(sum, times10) < 0) {
                    throw FAILED;
                }
                value = sum;
            }
        }
        return value;
    }

    // ---- floats ----

    /** Binary interchange formats: significand precision (with hidden bit) and exponent range. */
    private enum Format {
        F32(24, 8), F64(53, 11);

        final int precision;
        final int exponentBits;
        final int maxExponent;
        final int minExponent;

        Format(int precision, int exponentBits) {
            this.precision = precision;
            this.exponentBits = exponentBits;
            this.maxExponent = (1 << (exponentBits - 1)) - 1;
            this.minExponent = 1 - maxExponent;
        }

        int fractionBits() {
            return precision - 1;
        }
    }

    /** The bits of an {@code f32} literal. */
    public static int parseF32(String text) throws LiteralException {
        return (int) parseFloat(text, Format.F32);
    }

    /** The bits of an {@code f64} literal. */
    public static long parseF64(String text) throws LiteralException {
        return parseFloat(text, Format.F64);
    }

    /** Float literals include integer literals: {@code (f32.const 1)} is fine. */
    private static long parseFloat(String text, Format format) throws LiteralException {
        if (!NumberSyntax.isFloat(text) && !NumberSyntax.isNat(text) && !NumberSyntax.isInt(text)) {
            throw FAILED;
        }
        boolean negative = text.charAt(0) == '-';
        String magnitudeText = text.charAt(0) == '+' || negative ? text.substring(1) : text;
        long bits = parseMagnitude(magnitudeText, format);
        long signBit = 1L << (format.precision + format.exponentBits - 1);
        return negative ? bits | signBit : bits;
    }

    private static long parseMagnitude(String s, Format format) throws LiteralException {
        long infinity = ((1L << format.exponentBits) - 1) << format.fractionBits();
        if (s.equals("inf")) {
            return infinity;
        }
        if (s.equals("nan")) {
            return infinity | (1L << (format.fractionBits() - 1));
        }
        if (s.startsWith("nan:")) {
            long payload;
            payload = magnitude(s.substring(4));
            if (payload == 0 || Long.compareUnsigned(payload, 1L << format.fractionBits()) >= 0) {
                throw FAILED;
            }
            return infinity | payload;
        }
        String digits = s.replace("_", "");
        return digits.startsWith("0x") ? hexFloat(digits.substring(2), format) : decimalFloat(digits, format);
    }

    /** {@code hexmant ([pP] sign? num)?} without underscores and without the {@code 0x}. */
    private static long hexFloat(String s, Format format) throws LiteralException {
        int p = indexOfAny(s, 'p', 'P');
        String mantissa = p < 0 ? s : s.substring(0, p);
        long exponent = p < 0 ? 0 : clampedExponent(s.substring(p + 1));
        int dot = mantissa.indexOf('.');
        String integerPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fractionPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        BigInteger significand = new BigInteger(integerPart + fractionPart, 16);
        return round(significand, BigInteger.ONE, exponent - 4L * fractionPart.length(), format);
    }

    /** {@code mant ([eE] sign? num)?} without underscores. */
    private static long decimalFloat(String s, Format format) throws LiteralException {
        int e = indexOfAny(s, 'e', 'E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        long exponent = e < 0 ? 0 : clampedExponent(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String integerPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fractionPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String all = stripLeadingZeros(integerPart + fractionPart);
        if (all.isEmpty()) {
            return 0;
        }
        // value = all * 10^scale, and 10^(scale + digits - 1) <= value < 10^(scale + digits)
        long scale = exponent - fractionPart.length();
        long topDecade = scale + all.length();
        if (topDecade - 1 > 400) {
            throw FAILED; // at least 1e400: beyond every finite f64
        }
        if (topDecade < -400) {
            return 0; // below 1e-400: less than half the smallest f64 subnormal
        }
        BigInteger significand = new BigInteger(all);
        if (scale >= 0) {
            return round(significand.multiply(BigInteger.TEN.pow((int) scale)), BigInteger.ONE, 0, format);
        }
        return round(significand, BigInteger.TEN.pow((int) -scale), 0, format);
    }

    /**
     * Rounds {@code numerator / denominator * 2^exponent2} (positive) to the nearest value of the
     * format, ties to even; fails when that is infinite. Returns the bits without sign.
     */
    private static long round(BigInteger numerator, BigInteger denominator, long exponent2, Format format)
            throws LiteralException {
        if (numerator.signum() == 0) {
            return 0;
        }
        // Find e with 2^e <= value < 2^(e+1).
        long e = (long) numerator.bitLength() - denominator.bitLength() + exponent2;
        long shiftForCompare = (long) numerator.bitLength() - denominator.bitLength();
        if (compareScaled(numerator, denominator, shiftForCompare) < 0) {
            e--;
        }
        if (e > format.maxExponent) {
            throw FAILED;
        }
        int p = format.precision;
        if (e < format.minExponent - p - 1) {
            return 0; // below half the smallest subnormal
        }
        // The unit in the last place of the result.
        long ulpExponent = Math.max(e, format.minExponent) - (p - 1);
        long shift = ulpExponent - exponent2; // value / 2^ulpExponent = numerator / (denominator * 2^shift)
        BigInteger num = numerator;
        BigInteger den = denominator;
        if (shift >= 0) {
            den = den.shiftLeft((int) shift);
        } else {
            num = num.shiftLeft((int) -shift);
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        int cmp = qr[1].shiftLeft(1).compareTo(den);
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        long significand = q.longValueExact();
        if (significand == 1L << p) {
            significand >>= 1;
            ulpExponent++;
        }
        if (significand < 1L << (p - 1)) {
            return significand; // subnormal (or zero): biased exponent 0
        }
        long biased = ulpExponent + (p - 1) + format.maxExponent;
        if (biased >= (1L << format.exponentBits) - 1) {
            throw FAILED;
        }
        return (biased << format.fractionBits()) | (significand - (1L << (p - 1)));
    }

    /** Sign of {@code numerator - denominator * 2^shift}. */
    private static int compareScaled(BigInteger numerator, BigInteger denominator, long shift) {
        if (shift >= 0) {
            return numerator.compareTo(denominator.shiftLeft((int) shift));
        }
        return numerator.shiftLeft((int) -shift).compareTo(denominator);
    }

    /** A decimal exponent with optional sign, saturated far beyond any float's range. */
    private static long clampedExponent(String s) {
        boolean negative = s.startsWith("-");
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        long value = 0;
        for (int i = 0; i < digits.length() && value < 1_000_000_000L; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        return i >= 0 ? i : s.indexOf(b);
    }

    private static String stripLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
