package dev.jwasm.parser.print;

/**
 * The printed text, line by line. Indentation stops growing at {@link #MAX_INDENT} levels so that
 * deeply nested code (100,000 blocks) stays linear in size.
 */
final class TextOutput {
    static final int MAX_INDENT = 48;
    private static final String SPACES = " ".repeat(2 * MAX_INDENT);

    private final StringBuilder sb;

    TextOutput(StringBuilder sb) {
        this.sb = sb;
    }

    /** Starts a new line at an indentation depth with the given text. */
    void line(int depth, CharSequence text) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(SPACES, 0, 2 * Math.min(Math.max(depth, 0), MAX_INDENT));
        sb.append(text);
    }

    /** Continues the current line. */
    void append(CharSequence text) {
        sb.append(text);
    }

    void append(char c) {
        sb.append(c);
    }

    StringBuilder builder() {
        return sb;
    }
}
