package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.text.NumericLiterals;
import dev.jwasm.parser.text.NumericLiterals.LiteralException;
import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.runtime.gc.I31;
import java.util.List;
import java.util.Locale;

/**
 * Values as typed at the prompt and as shown back. Numbers use the text format's literal
 * syntax ({@code -1}, {@code 0xff}, {@code 1_000}, {@code 2.5}, {@code 0x1p-3}, {@code inf},
 * {@code nan:0x200000}); a v128 is {@code SHAPE[lanes]} ({@code i32x4[1 2 3 4]}) or one hex
 * number of up to 32 digits; references are {@code null}, an exported function's name (for
 * function references), {@code extern:N} (a host reference to the number N) or {@code i31:N}.
 * Results are shown the same way, after their type: {@code i32 42}.
 */
final class ValueText {
    /** What a reference argument can name, and how a reference result is described. */
    interface References {
        /** The function exported (or named {@code $name}) under this name, or null. */
        WasmFunction function(String name);

        /** Whether a module type index is a function type. */
        boolean isFunctionType(int typeIndex);

        /** A short name for a referenced object (an export's name), or null. */
        String describe(Object ref);
    }

    /** A host object passed as an {@code externref}: the number the user typed. */
    record HostReference(long number) {
        @Override
        public String toString() {
            return "extern:" + number;
        }
    }

    private static final List<String> SHAPES = List.of("i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2");

    private ValueText() {
    }

    // ---------------------------------------------------------------- parsing

    static Value parse(String text, ValType type, References refs) throws ReplException {
        String t = text.strip();
        try {
            switch (type.kind()) {
                case I32:
                    return Value.i32((int) NumericLiterals.parseInteger(t, 32));
                case I64:
                    return Value.i64(NumericLiterals.parseInteger(t, 64));
                case F32:
                    return Value.f32Bits(NumericLiterals.parseF32(t));
                case F64:
                    return Value.f64Bits(NumericLiterals.parseF64(t));
                case V128:
                    return parseV128(t);
                default:
                    return parseReference(t, type, refs);
            }
        } catch (LiteralException e) {
            throw new ReplException("'" + t + "' is not " + article(type) + " " + type + " value" + rangeHint(type));
        }
    }

    private static String rangeHint(ValType type) {
        return switch (type.kind()) {
            case I32 -> " (-2147483648 to 4294967295)";
            case I64 -> " (-2^63 to 2^64-1)";
            default -> "";
        };
    }

    private static String article(ValType type) {
        return switch (type.kind()) {
            case I32, I64, F32, F64 -> "an"; // "an eye", "an ef"
            default -> "a";
        };
    }

    private static Value parseV128(String t) throws LiteralException, ReplException {
        int open = t.indexOf('[');
        if (open < 0) {
            // one number of 128 bits, written most significant digit first
            if (!t.startsWith("0x") || t.length() < 3 || t.length() > 34) {
                throw new ReplException("'" + t + "' is not a v128 value: write SHAPE[lanes] such as i32x4[1 2 3 4],"
                        + " or 0x followed by up to 32 hex digits");
            }
            String digits = "0".repeat(34 - t.length()) + t.substring(2);
            try {
                long high = Long.parseUnsignedLong(digits.substring(0, 16), 16);
                long low = Long.parseUnsignedLong(digits.substring(16), 16);
                return Value.v128(low, high);
            } catch (NumberFormatException e) {
                throw new ReplException("'" + t + "' is not a v128 value: bad hex digits");
            }
        }
        String shape = t.substring(0, open).strip();
        if (!SHAPES.contains(shape) || !t.endsWith("]")) {
            throw new ReplException("'" + t + "' is not a v128 value: shapes are " + String.join(", ", SHAPES));
        }
        List<String> lanes = Words.split(t.substring(open + 1, t.length() - 1).replace(',', ' '));
        int laneBits = Integer.parseInt(shape.substring(1, shape.indexOf('x')));
        int count = 128 / laneBits;
        if (lanes.size() != count) {
            throw new ReplException(shape + " has " + count + " lanes, got " + lanes.size());
        }
        long[] halves = new long[2];
        for (int i = 0; i < count; i++) {
            String lane = lanes.get(i);
            long bits;
            if (shape.startsWith("f32")) {
                bits = NumericLiterals.parseF32(lane) & 0xFFFF_FFFFL;
            } else if (shape.startsWith("f64")) {
                bits = NumericLiterals.parseF64(lane);
            } else {
                bits = NumericLiterals.parseInteger(lane, laneBits);
            }
            int bitOffset = i * laneBits;
            long mask = laneBits == 64 ? -1L : (1L << laneBits) - 1;
            halves[bitOffset / 64] |= (bits & mask) << (bitOffset % 64);
        }
        return Value.v128(halves[0], halves[1]);
    }

    private static Value parseReference(String t, ValType type, References refs) throws ReplException {
        if (t.equals("null") || t.equals("ref.null")) {
            if (!type.nullable()) {
                throw new ReplException("null is not a " + type + " (not nullable)");
            }
            return Value.ref(type, null);
        }
        HeapType heap = type.heapType();
        boolean functions = heap.isConcrete() ? refs.isFunctionType(heap.typeIndex())
                : heap.abstractType() == HeapType.Abstract.FUNC;
        if (functions) {
            WasmFunction f = refs.function(t);
            if (f == null) {
                throw new ReplException("no function named '" + t + "' to pass as " + type);
            }
            return Value.ref(type, f);
        }
        if (!heap.isConcrete() && heap.abstractType() == HeapType.Abstract.EXTERN && t.startsWith("extern:")) {
            try {
                return Value.ref(type, new HostReference(NumericLiterals.parseInteger(t.substring(7), 64)));
            } catch (LiteralException e) {
                throw new ReplException("'" + t + "' is not extern:N with a 64-bit number N");
            }
        }
        if (!heap.isConcrete() && (heap.abstractType() == HeapType.Abstract.ANY
                || heap.abstractType() == HeapType.Abstract.EQ || heap.abstractType() == HeapType.Abstract.I31)
                && t.startsWith("i31:")) {
            try {
                return Value.ref(type, I31.of((int) NumericLiterals.parseInteger(t.substring(4), 31)));
            } catch (LiteralException e) {
                throw new ReplException("'" + t + "' is not i31:N with a 31-bit number N");
            }
        }
        throw new ReplException("'" + t + "' is not a " + type + " value (" + referenceSyntax(type, functions) + ")");
    }

    private static String referenceSyntax(ValType type, boolean functions) {
        if (functions) {
            return "write null or a function's name";
        }
        HeapType heap = type.heapType();
        if (!heap.isConcrete() && heap.abstractType() == HeapType.Abstract.EXTERN) {
            return "write null or extern:N";
        }
        if (!heap.isConcrete() && (heap.abstractType() == HeapType.Abstract.ANY
                || heap.abstractType() == HeapType.Abstract.EQ || heap.abstractType() == HeapType.Abstract.I31)) {
            return "write null or i31:N";
        }
        return "only null can be written";
    }

    // ---------------------------------------------------------------- showing

    /** A value after its type, {@code i32 42}, with style when the output has colour. */
    static String show(Value v, References refs, Output out) {
        return out.paint(Style.TYPE, typeName(v.type())) + " " + out.paint(Style.VALUE, body(v, refs));
    }

    /** The value alone, as it could be typed back. */
    static String body(Value v, References refs) {
        switch (v.type().kind()) {
            case I32: {
                int x = v.asInt();
                return x < 0 ? x + " (0x" + Integer.toHexString(x) + ")" : Integer.toString(x);
            }
            case I64: {
                long x = v.asLong();
                return x < 0 ? x + " (0x" + Long.toHexString(x) + ")" : Long.toString(x);
            }
            case F32:
                return f32((int) v.bits());
            case F64:
                return f64(v.bits());
            case V128:
                return v128(v.bits(), v.high());
            default:
                return reference(v.ref(), refs);
        }
    }

    static String typeName(ValType type) {
        return type.toString();
    }

    static String f32(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) {
            int payload = bits & 0x7F_FFFF;
            return (bits < 0 ? "-" : "") + (payload == 0x40_0000 ? "nan" : "nan:0x" + Integer.toHexString(payload));
        }
        return decimal(Float.toString(f));
    }

    static String f64(long bits) {
        double d = Double.longBitsToDouble(bits);
        if (Double.isNaN(d)) {
            long payload = bits & 0xF_FFFF_FFFF_FFFFL;
            return (bits < 0 ? "-" : "") + (payload == 0x8_0000_0000_0000L ? "nan" : "nan:0x" + Long.toHexString(payload));
        }
        return decimal(Double.toString(d));
    }

    /** Java's shortest round-trip decimal in the text format's spelling. */
    private static String decimal(String java) {
        return switch (java) {
            case "Infinity" -> "inf";
            case "-Infinity" -> "-inf";
            default -> java.replace("E", "e").toLowerCase(Locale.ROOT);
        };
    }

    /** As i32x4 lanes, the shape most v128 values are easiest to read in. */
    static String v128(long low, long high) {
        return "i32x4[" + (int) low + " " + (int) (low >>> 32) + " " + (int) high + " " + (int) (high >>> 32) + "]";
    }

    static String reference(Object ref, References refs) {
        if (ref == null) {
            return "null";
        }
        String name = refs.describe(ref);
        if (name != null) {
            return name;
        }
        if (ref instanceof WasmFunction f) {
            return "function " + f.type();
        }
        if (ref instanceof ExceptionReference e) {
            return e.toString();
        }
        return ref.toString();
    }
}
