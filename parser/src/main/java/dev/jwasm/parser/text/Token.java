package dev.jwasm.parser.text;

import java.util.Arrays;

/**
 * One token of WebAssembly text.
 *
 * @param kind    its lexical class
 * @param text    the source text for numbers, keywords and reserved tokens; the decoded name for
 *                identifiers and annotation ids; the source text (with quotes) for strings
 * @param bytes   the decoded bytes of a string literal, else {@code null}
 * @param line    1-based line of its first character
 * @param column  1-based byte column of its first character
 */
public record Token(TokenKind kind, String text, byte[] bytes, int line, int column) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isKeyword(String keyword) {
        return kind == TokenKind.KEYWORD && text.equals(keyword);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.kind == kind && t.text.equals(text)
                && Arrays.equals(t.bytes, bytes) && t.line == line && t.column == column;
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + text.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return kind == TokenKind.ID ? "$" + text : text;
    }
}
