package dev.jwasm.parser.wast;

import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.text.NumericLiterals;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.TokenKind;

/** Constants of script arguments and results, as raw bits, with the text parser's literal rules. */
final class Literals {

    private Literals() {
    }

    /** The bits of an i32/i64/f32/f64 literal (32-bit values zero-extended). */
    static long number(ValType.Kind type, SExpr.Atom atom) {
        String text = numberText(atom);
        try {
            return switch (type) {
                case I32 -> NumericLiterals.parseInteger(text, 32) & 0xFFFF_FFFFL;
                case I64 -> NumericLiterals.parseInteger(text, 64);
                case F32 -> NumericLiterals.parseF32(text) & 0xFFFF_FFFFL;
                case F64 -> NumericLiterals.parseF64(text);
                default -> throw new ScriptSyntaxException("not a number type: " + type);
            };
        } catch (NumericLiterals.LiteralException e) {
            throw new ScriptSyntaxException("constant out of range: " + text);
        }
    }

    /** A lane of a v128 literal: its bits, zero-extended from the lane width. */
    static long lane(ResultPattern.LaneShape shape, SExpr.Atom atom) {
        String text = numberText(atom);
        try {
            return switch (shape) {
                case I8X16 -> NumericLiterals.parseInteger(text, 8) & 0xFFL;
                case I16X8 -> NumericLiterals.parseInteger(text, 16) & 0xFFFFL;
                case I32X4 -> NumericLiterals.parseInteger(text, 32) & 0xFFFF_FFFFL;
                case I64X2 -> NumericLiterals.parseInteger(text, 64);
                case F32X4 -> NumericLiterals.parseF32(text) & 0xFFFF_FFFFL;
                case F64X2 -> NumericLiterals.parseF64(text);
            };
        } catch (NumericLiterals.LiteralException e) {
            throw new ScriptSyntaxException("constant out of range: " + text);
        }
    }

    /** Lane values packed little-endian into {low, high}. */
    static long[] pack(ResultPattern.LaneShape shape, long[] lanes) {
        long[] out = new long[2];
        int bits = shape.laneBits();
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < lanes.length; i++) {
            int offset = i * bits;
            out[offset / 64] |= (lanes[i] & mask) << (offset % 64);
        }
        return out;
    }

    static ResultPattern.LaneShape shape(SExpr.Atom atom) {
        ResultPattern.LaneShape shape = atom.kind() == TokenKind.KEYWORD
                ? ResultPattern.LaneShape.byText(atom.text()) : null;
        if (shape == null) {
            throw new ScriptSyntaxException("unknown vector shape " + atom.text());
        }
        return shape;
    }

    /** The NaN pattern an atom spells, or null when it is an ordinary literal. */
    static ResultPattern.NanKind nanKind(SExpr.Atom atom) {
        if (atom.kind() != TokenKind.KEYWORD) {
            return null;
        }
        return switch (atom.text()) {
            case "nan:canonical" -> ResultPattern.NanKind.CANONICAL;
            case "nan:arithmetic" -> ResultPattern.NanKind.ARITHMETIC;
            default -> null;
        };
    }

    /** A natural number below 2^32 (host reference values). */
    static long nat32(SExpr.Atom atom) {
        if (atom.kind() != TokenKind.NAT) {
            throw new ScriptSyntaxException("expected a natural number");
        }
        try {
            return NumericLiterals.parseUnsigned(atom.text(), 32);
        } catch (NumericLiterals.LiteralException e) {
            throw new ScriptSyntaxException("constant out of range: " + atom.text());
        }
    }

    private static String numberText(SExpr.Atom atom) {
        TokenKind kind = atom.kind();
        if (kind != TokenKind.NAT && kind != TokenKind.INT && kind != TokenKind.FLOAT) {
            throw new ScriptSyntaxException("expected a number, found " + atom.text());
        }
        return atom.text();
    }
}
