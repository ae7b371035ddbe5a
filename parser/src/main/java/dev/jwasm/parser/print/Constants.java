package dev.jwasm.parser.print;

/**
 * Constants written exactly: floats in hexadecimal (every finite value has an exact hex form, so
 * no rounding is involved when the text is read back), NaNs with their payload, v128 as four
 * hex i32 lanes.
 */
final class Constants {
    private static final int F32_CANONICAL_PAYLOAD = 0x40_0000;
    private static final long F64_CANONICAL_PAYLOAD = 0x8_0000_0000_0000L;

    private Constants() {
    }

    static String f32(int bits) {
        float value = Float.intBitsToFloat(bits);
        String sign = bits < 0 ? "-" : "";
        if (Float.isNaN(value)) {
            int payload = bits & 0x7F_FFFF;
            return sign + (payload == F32_CANONICAL_PAYLOAD ? "nan" : "nan:0x" + Integer.toHexString(payload));
        }
        if (Float.isInfinite(value)) {
            return sign + "inf";
        }
        return hexFloat(Float.toHexString(value));
    }

    static String f64(long bits) {
        double value = Double.longBitsToDouble(bits);
        String sign = bits < 0 ? "-" : "";
        if (Double.isNaN(value)) {
            long payload = bits & 0xF_FFFF_FFFF_FFFFL;
            return sign + (payload == F64_CANONICAL_PAYLOAD ? "nan" : "nan:0x" + Long.toHexString(payload));
        }
        if (Double.isInfinite(value)) {
            return sign + "inf";
        }
        return hexFloat(Double.toHexString(value));
    }

    /** Java's hex form ({@code 0x1.8p1}) is valid text syntax; only the exponent sign is made explicit. */
    private static String hexFloat(String javaHex) {
        int p = javaHex.indexOf('p');
        if (javaHex.charAt(p + 1) != '-') {
            return javaHex.substring(0, p + 1) + "+" + javaHex.substring(p + 1);
        }
        return javaHex;
    }

    /** A short decimal rendering of a finite float, for a comment next to the exact form; null otherwise. */
    static String f32Decimal(int bits) {
        float v = Float.intBitsToFloat(bits);
        return Float.isFinite(v) ? decimal(Float.toString(v)) : null;
    }

    static String f64Decimal(long bits) {
        double v = Double.longBitsToDouble(bits);
        return Double.isFinite(v) ? decimal(Double.toString(v)) : null;
    }

    private static String decimal(String javaDecimal) {
        return javaDecimal.endsWith(".0") ? javaDecimal.substring(0, javaDecimal.length() - 2) : javaDecimal;
    }

    /** {@code i32x4} and four lanes, lane 0 first (bytes 0..3 of the little-endian vector). */
    static String v128(long low, long high) {
        return "i32x4 " + lane((int) low) + " " + lane((int) (low >>> 32)) + " " + lane((int) high) + " "
                + lane((int) (high >>> 32));
    }

    private static String lane(int v) {
        String hex = Integer.toHexString(v);
        return "0x" + "00000000".substring(hex.length()) + hex;
    }
}
