package dev.jwasm.parser.text;

import java.util.List;

/**
 * Reads the children of one list from left to right. Errors name the offending child, or the
 * list itself when its end came too soon.
 */
final class Cursor {
    private final SExpr.Node node;
    private final List<SExpr> items;
    private int next;

    Cursor(SExpr.Node node) {
        this(node, 0);
    }

    Cursor(SExpr.Node node, int start) {
        this.node = node;
        this.items = node.children();
        this.next = start;
    }

    boolean atEnd() {
        return next >= items.size();
    }

    int position() {
        return next;
    }

    /** The next child, or null at the end. */
    SExpr peek() {
        return next < items.size() ? items.get(next) : null;
    }

    SExpr peek(int ahead) {
        int i = next + ahead;
        return i < items.size() ? items.get(i) : null;
    }

    SExpr next() {
        if (atEnd()) {
            throw endTooSoon();
        }
        return items.get(next++);
    }

    void skip() {
        next++;
    }

    /** Whether the next child is an atom of this kind. */
    boolean peekIs(TokenKind kind) {
        return peek() instanceof SExpr.Atom a && a.kind() == kind;
    }

    boolean peekKeyword(String keyword) {
        return peek() instanceof SExpr.Atom a && a.isKeyword(keyword);
    }

    /** Whether the next child is a list starting with this keyword, as {@code (param ...)}. */
    boolean peekList(String keyword) {
        return peek() instanceof SExpr.Node n && !n.isAnnotation() && n.startsWith(keyword);
    }

    boolean peekList(String keyword, int ahead) {
        return peek(ahead) instanceof SExpr.Node n && n.startsWith(keyword);
    }

    SExpr.Atom atom() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a) {
            return a;
        }
        throw Keywords.unexpected(e);
    }

    SExpr.Atom atom(TokenKind kind) {
        SExpr e = next();
        if (e instanceof SExpr.Atom a && a.kind() == kind) {
            return a;
        }
        throw Keywords.unexpected(e);
    }

    void keyword(String keyword) {
        SExpr e = next();
        if (!(e instanceof SExpr.Atom a && a.isKeyword(keyword))) {
            throw Keywords.unexpected(e);
        }
    }

    SExpr.Node list() {
        SExpr e = next();
        if (e instanceof SExpr.Node n) {
            return n;
        }
        throw Keywords.unexpected(e);
    }

    /** An optional identifier: its name, or null. */
    String optionalId() {
        if (peekIs(TokenKind.ID)) {
            return ((SExpr.Atom) next()).text();
        }
        return null;
    }

    /** Fails unless every child has been read. */
    void expectEnd() {
        if (!atEnd()) {
            throw Keywords.unexpected(peek());
        }
    }

    TextSyntaxException endTooSoon() {
        return new TextSyntaxException("unexpected token", node.line(), node.column());
    }
}
