package dev.jwasm.parser.text;

import dev.jwasm.parser.model.Opcode;
import java.util.HashSet;
import java.util.Set;

/**
 * The keywords of the text and script formats. A keyword-shaped token outside this set is an
 * "unknown operator" wherever it appears, as in the reference interpreter, whose lexer rejects
 * it before the grammar is consulted.
 */
final class Keywords {
    private Keywords() {
    }

    private static final Set<String> KNOWN = new HashSet<>();

    static {
        for (Opcode op : Opcode.values()) {
            KNOWN.add(op.mnemonic());
        }
        String[] grammar = {
            // types
            "i8", "i16", "i32", "i64", "f32", "f64", "v128", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
            "any", "anyref", "none", "nullref", "eq", "eqref", "i31", "i31ref", "structref", "arrayref", "nofunc",
            "funcref", "nullfuncref", "exn", "noexn", "exnref", "nullexnref", "extern", "noextern", "externref",
            "nullexternref", "ref", "null", "array", "struct", "field", "mut", "sub", "final", "rec",
            // structured instructions and clauses
            "then", "else", "end", "catch", "catch_ref", "catch_all", "catch_all_ref", "do", "delegate",
            // modules
            "type", "tag", "global", "memory", "table", "func", "param", "result", "local", "data", "elem",
            "declare", "offset", "item", "start", "import", "export", "shared", "pagesize",
            // scripts
            "module", "binary", "quote", "definition", "instance", "script", "register", "invoke", "get",
            "assert_malformed", "assert_invalid", "assert_malformed_custom", "assert_invalid_custom",
            "assert_unlinkable", "assert_return", "assert_trap", "assert_exception", "assert_exhaustion",
            "nan:canonical", "nan:arithmetic", "either", "input", "output",
            "ref.extern", "ref.host", "ref.struct", "ref.array", "ref.exn",
        };
        KNOWN.addAll(Set.of(grammar));
    }

    /** Whether a keyword token is one the text or script grammar knows. */
    static boolean isKnown(String keyword) {
        if (KNOWN.contains(keyword)) {
            return true;
        }
        if (keyword.startsWith("offset=")) {
            return NumberSyntax.isNat(keyword.substring(7));
        }
        if (keyword.startsWith("align=")) {
            return NumberSyntax.isNat(keyword.substring(6));
        }
        return false;
    }

    /**
     * Rejects the first reserved token or unknown keyword of a tree, in text order, as the
     * reference interpreter's lexer would before its parser sees anything after it. Annotations are
     * not looked at.
     */
    static void rejectUnknownTokens(SExpr root) {
        java.util.Deque<java.util.Iterator<SExpr>> stack = new java.util.ArrayDeque<>();
        if (!(root instanceof SExpr.Node n)) {
            checkAtom(root);
            return;
        }
        stack.push(n.children().iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<SExpr> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            SExpr e = it.next();
            if (e instanceof SExpr.Node child) {
                stack.push(child.children().iterator());
            } else {
                checkAtom(e);
            }
        }
    }

    private static void checkAtom(SExpr e) {
        if (e instanceof SExpr.Atom a && (a.kind() == TokenKind.RESERVED
                || a.kind() == TokenKind.KEYWORD && !isKnown(a.text()))) {
            throw unexpected(a);
        }
    }

    /**
     * The error for a token that does not fit where it stands: reserved tokens and unknown keywords
     * are an "unknown operator", anything else an "unexpected token".
     */
    static TextSyntaxException unexpected(SExpr at) {
        if (at instanceof SExpr.Atom atom) {
            Token t = atom.token();
            if (t.kind() == TokenKind.RESERVED || t.kind() == TokenKind.KEYWORD && !isKnown(t.text())) {
                return new TextSyntaxException("unknown operator " + t.text(), t.line(), t.column());
            }
        }
        return new TextSyntaxException("unexpected token", at.line(), at.column());
    }
}
