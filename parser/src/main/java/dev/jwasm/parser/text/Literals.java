package dev.jwasm.parser.text;

import dev.jwasm.parser.text.NumericLiterals.LiteralException;

/** Numeric tokens turned into values, with the reference interpreter's messages on failure. */
final class Literals {
    private Literals() {
    }

    static int nat32(SExpr.Atom a) {
        return (int) unsigned(a, 32, "i32 constant out of range");
    }

    static long nat64(SExpr.Atom a) {
        return unsigned(a, 64, "i64 constant out of range");
    }

    static int nat8(SExpr.Atom a) {
        return (int) unsigned(a, 8, "i8 constant out of range");
    }

    private static long unsigned(SExpr.Atom a, int bits, String message) {
        if (a.kind() != TokenKind.NAT) {
            throw Keywords.unexpected(a);
        }
        try {
            return NumericLiterals.parseUnsigned(a.text(), bits);
        } catch (LiteralException e) {
            throw new TextSyntaxException(message, a.line(), a.column());
        }
    }

    static boolean isNumber(SExpr e) {
        return e instanceof SExpr.Atom a
                && (a.kind() == TokenKind.NAT || a.kind() == TokenKind.INT || a.kind() == TokenKind.FLOAT);
    }

    /** An integer constant of {@code bits} bits (two's complement, sign- or zero-extended). */
    static long integer(SExpr e, int bits) {
        SExpr.Atom a = number(e);
        try {
            return NumericLiterals.parseInteger(a.text(), bits);
        } catch (LiteralException ex) {
            throw outOfRange(a);
        }
    }

    static int f32(SExpr e) {
        SExpr.Atom a = number(e);
        try {
            return NumericLiterals.parseF32(a.text());
        } catch (LiteralException ex) {
            throw outOfRange(a);
        }
    }

    static long f64(SExpr e) {
        SExpr.Atom a = number(e);
        try {
            return NumericLiterals.parseF64(a.text());
        } catch (LiteralException ex) {
            throw outOfRange(a);
        }
    }

    private static SExpr.Atom number(SExpr e) {
        if (!isNumber(e)) {
            throw Keywords.unexpected(e);
        }
        return (SExpr.Atom) e;
    }

    private static TextSyntaxException outOfRange(SExpr.Atom a) {
        return new TextSyntaxException("constant out of range", a.line(), a.column());
    }
}
