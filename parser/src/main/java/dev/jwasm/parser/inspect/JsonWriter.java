package dev.jwasm.parser.inspect;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, indented two spaces. Strings are escaped per RFC 8259:
 * quote, backslash and control characters always, plus U+2028/U+2029 and unpaired surrogates,
 * so the output is valid JSON and valid JavaScript whatever the names in a module hold.
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    /** Per open container: whether it has an element yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        element();
        sb.append('{');
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        element();
        sb.append('[');
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        element();
        string(name);
        sb.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        element();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) {
        element();
        sb.append(n);
        return this;
    }

    /** A number, or null. */
    public JsonWriter value(Long n) {
        element();
        sb.append(n == null ? "null" : n.toString());
        return this;
    }

    public JsonWriter value(Integer n) {
        return value(n == null ? null : (long) n);
    }

    /** An unsigned 64-bit value: written as a JSON number with its unsigned magnitude. */
    public JsonWriter unsigned(long n) {
        element();
        sb.append(Long.toUnsignedString(n));
        return this;
    }

    public JsonWriter value(boolean b) {
        element();
        sb.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        element();
        sb.append("null");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private JsonWriter close(char c) {
        boolean[] state = open.pop();
        if (state[0]) {
            newline();
        }
        sb.append(c);
        return this;
    }

    /** Separators and indentation before an element (a value after a name needs none). */
    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] state = open.peek();
        if (state == null) {
            return;
        }
        if (state[0]) {
            sb.append(',');
        }
        state[0] = true;
        newline();
    }

    private void newline() {
        sb.append('\n');
        for (int i = 0; i < open.size(); i++) {
            sb.append("  ");
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || unpairedSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
