package dev.jwasm.cli.repl;

/**
 * Whether module text typed at the prompt is finished: its parentheses balance and no string
 * or block comment is left open. Line comments ({@code ;;}) and strings do not count their
 * parentheses. Text whose parentheses close more than they open is "finished" too, so the
 * parser can report the error instead of the REPL waiting for more lines.
 */
final class InputBalance {
    private InputBalance() {
    }

    /** Whether this input starts module text: its first non-blank character is {@code (}. */
    static boolean isModuleText(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '(';
            }
        }
        return false;
    }

    /** Whether module text needs more lines. */
    static boolean needsMore(String text) {
        int depth = 0;
        int blockComments = 0;
        boolean inString = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (blockComments > 0) {
                if (c == '(' && next == ';') {
                    blockComments++;
                    i++;
                } else if (c == ';' && next == ')') {
                    blockComments--;
                    i++;
                }
            } else if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    inString = false; // a newline ends a (malformed) string: the parser will say so
                }
            } else if (c == ';' && next == ';') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' && next == ';') {
                blockComments++;
                i++;
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth > 0 || blockComments > 0 || inString;
    }
}
