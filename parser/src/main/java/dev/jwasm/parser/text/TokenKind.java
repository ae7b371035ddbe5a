package dev.jwasm.parser.text;

/** The lexical classes of the WebAssembly text format. */
public enum TokenKind {
    LPAREN,
    RPAREN,
    /** {@code (@id} or {@code (@"id"}: opens an annotation; {@link Token#text()} is the id. */
    ANNOTATION_START,
    /** Unsigned integer literal: decimal or {@code 0x} hexadecimal, underscores between digits. */
    NAT,
    /** Signed integer literal ({@code +} or {@code -} followed by a {@link #NAT}). */
    INT,
    /** Float literal: decimal, hexadecimal, {@code inf}, {@code nan}, {@code nan:0x...}, optionally signed. */
    FLOAT,
    /** String literal; {@link Token#bytes()} holds the decoded bytes. */
    STRING,
    /** Identifier {@code $name} or {@code $"name"}; {@link Token#text()} is the name without {@code $}. */
    ID,
    /** A token that starts with a lower-case letter: keywords and instruction names. */
    KEYWORD,
    /** Any other token; never valid in a module outside annotations. */
    RESERVED,
    EOF
}
