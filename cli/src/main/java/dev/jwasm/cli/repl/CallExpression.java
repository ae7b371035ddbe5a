package dev.jwasm.cli.repl;

import java.util.List;

/**
 * A call typed at the prompt, {@code name(1, 2.5)}: the function's name (quoted when it holds
 * blanks or parentheses, {@code "my func"(1)}) and its arguments as written.
 */
record CallExpression(String name, List<String> arguments) {

    /** Whether the input looks like a call: a name, then an opening parenthesis. */
    static boolean looksLikeCall(String input) {
        String s = input.strip();
        if (s.startsWith("\"")) {
            try {
                int end = Words.closingQuote(s, 0);
                return s.substring(end + 1).stripLeading().startsWith("(");
            } catch (ReplException e) {
                return false;
            }
        }
        int paren = s.indexOf('(');
        return paren > 0;
    }

    static CallExpression parse(String input) throws ReplException {
        String s = input.strip();
        String name;
        String rest;
        if (s.startsWith("\"")) {
            int end = Words.closingQuote(s, 0);
            name = Words.split(s.substring(0, end + 1)).get(0);
            rest = s.substring(end + 1).strip();
        } else {
            int paren = s.indexOf('(');
            if (paren <= 0) {
                throw new ReplException("expected a call such as name(1, 2)");
            }
            name = s.substring(0, paren).strip();
            rest = s.substring(paren);
        }
        if (!rest.startsWith("(")) {
            throw new ReplException("expected '(' after the function name");
        }
        if (!rest.endsWith(")")) {
            throw new ReplException("expected ')' at the end of the call");
        }
        return new CallExpression(name, Words.splitCommas(rest.substring(1, rest.length() - 1)));
    }
}
