package dev.jwasm.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits command arguments: words are separated by blanks, except inside double quotes
 * ({@code "a name"}, with {@code \"} and {@code \\} escapes; the quotes are removed) and inside
 * square brackets ({@code i32x4[1 2 3 4]} stays one word), and, where commas separate, at commas
 * outside both.
 */
final class Words {
    private Words() {
    }

    /** Blank-separated words. */
    static List<String> split(String text) throws ReplException {
        return split(text, false);
    }

    /** Comma-separated items, each trimmed (call arguments); an empty text has none. */
    static List<String> splitCommas(String text) throws ReplException {
        if (text.isBlank()) {
            return List.of();
        }
        return split(text, true);
    }

    private static List<String> split(String text, boolean commas) throws ReplException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int brackets = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = closingQuote(text, i);
                word.append(unquote(text.substring(i + 1, end)));
                inWord = true;
                i = end;
            } else if (c == '[') {
                brackets++;
                word.append(c);
                inWord = true;
            } else if (c == ']') {
                if (--brackets < 0) {
                    throw new ReplException("unbalanced ']'");
                }
                word.append(c);
            } else if (brackets == 0 && (commas ? c == ',' : Character.isWhitespace(c))) {
                if (commas) {
                    String item = word.toString().trim();
                    if (item.isEmpty()) {
                        throw new ReplException("missing argument before ','");
                    }
                    words.add(item);
                    word.setLength(0);
                } else if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (brackets > 0) {
            throw new ReplException("unclosed '['");
        }
        if (commas) {
            String item = word.toString().trim();
            if (item.isEmpty()) {
                throw new ReplException("missing argument after ','");
            }
            words.add(item);
        } else if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The index of the quote closing the string that opens at {@code open}. */
    static int closingQuote(String text, int open) throws ReplException {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new ReplException("unclosed '\"'");
    }

    private static String unquote(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A name as the user would type it back: quoted when it holds blanks, quotes, commas or parentheses. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = !Character.isWhitespace(c) && c != '"' && c != '\\' && c != ',' && c != '(' && c != ')'
                    && c != '[' && c != ']' && !(i == 0 && (c == ':' || c == ';' || c == '#'));
        }
        if (plain) {
            return name;
        }
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
