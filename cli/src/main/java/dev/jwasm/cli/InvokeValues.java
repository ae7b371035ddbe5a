package dev.jwasm.cli;

import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Value;
import java.math.BigInteger;

/** {@code jwasm run --invoke}: arguments parsed from the command line by parameter type, results printed. */
final class InvokeValues {
    private InvokeValues() {}

    /** Parses one argument; a number that does not fit or parse is an {@link IllegalArgumentException}. */
    static Value parse(ValType type, String text) {
        return switch (type.kind()) {
            case I32 -> Value.i32((int) integer(text, 32));
            case I64 -> Value.i64(integer(text, 64));
            case F32 -> Value.f32(Float.parseFloat(floatText(text)));
            case F64 -> Value.f64(Double.parseDouble(floatText(text)));
            default -> throw new IllegalArgumentException("cannot pass a " + type + " from the command line");
        };
    }

    /** A decimal or 0x-hexadecimal integer, signed or unsigned, that fits in {@code bits}. */
    private static long integer(String text, int bits) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        String digits = negative || t.startsWith("+") ? t.substring(1) : t;
        BigInteger v;
        try {
            v = digits.startsWith("0x") || digits.startsWith("0X") ? new BigInteger(digits.substring(2), 16)
                    : new BigInteger(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer: '" + text + "'");
        }
        if (negative) {
            v = v.negate();
        }
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger maxUnsigned = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(maxUnsigned) > 0) {
            throw new IllegalArgumentException("out of range for i" + bits + ": '" + text + "'");
        }
        return v.longValue();
    }

    private static String floatText(String text) {
        return switch (text) {
            case "inf", "+inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            case "nan", "+nan", "-nan" -> "NaN";
            default -> text;
        };
    }

    /** A result as Wasmtime prints it: integers in signed decimal, floats in shortest decimal form. */
    static String print(Value v) {
        return switch (v.type().kind()) {
            case I32 -> Integer.toString(v.asInt());
            case I64 -> Long.toString(v.asLong());
            case F32 -> floatString(v.asFloat());
            case F64 -> floatString(v.asDouble());
            case V128 -> String.format("0x%016x%016x", v.high(), v.bits());
            default -> v.ref() == null ? "null" : "<" + v.type() + ">";
        };
    }

    private static String floatString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (d == 0 && 1 / d < 0 ? "-" : "") + Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String floatString(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == Math.rint(f) && Math.abs(f) < 1e16) {
            return floatString((double) f);
        }
        return Float.toString(f);
    }
}
