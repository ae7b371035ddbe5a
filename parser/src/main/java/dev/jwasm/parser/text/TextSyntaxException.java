package dev.jwasm.parser.text;

import dev.jwasm.parser.MalformedModuleException;

/**
 * A syntax error in WebAssembly text: the message uses the reference interpreter's wording
 * (for example "unknown operator", "unexpected token", "constant out of range"), and the
 * position says where (1-based line, 1-based byte column; 0 when unknown).
 */
public class TextSyntaxException extends MalformedModuleException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;
    private final int column;

    public TextSyntaxException(String reason, int line, int column) {
        // The reason comes first so that prefix matching against the testsuite's texts works.
        super(line > 0 ? reason + " (at " + line + ":" + column + ")" : reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** The message without the position prefix, as the testsuite's assertions spell it. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
