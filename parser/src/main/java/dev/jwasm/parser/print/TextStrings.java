package dev.jwasm.parser.print;

import java.nio.charset.StandardCharsets;

/** String literals and identifiers of the text format, escaped so that they read back byte for byte. */
final class TextStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TextStrings() {
    }

    /**
     * A name (import, export, annotation) as a string literal. Names are UTF-8 text, so
     * characters outside ASCII stay readable; quotes, backslashes and control characters are escaped.
     */
    static String name(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 2);
        appendName(sb, name);
        return sb.toString();
    }

    static void appendName(StringBuilder sb, String name) {
        sb.append('"');
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
            boolean visible = Character.isDefined(cp) && !Character.isISOControl(cp) && !Character.isSpaceChar(cp)
                    && Character.getType(cp) != Character.FORMAT;
            if (cp >= 0x80 && !surrogate && visible) {
                sb.appendCodePoint(cp);
            } else if (cp >= 0x80) {
                // invisible or odd characters: write their UTF-8 bytes escaped so they stay visible
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    escapeByte(sb, b & 0xFF);
                }
            } else {
                asciiByte(sb, cp);
            }
        }
        sb.append('"');
    }

    /** Arbitrary bytes (data segments, custom sections) as one string literal. */
    static void appendBytes(StringBuilder sb, byte[] bytes, int from, int to) {
        sb.append('"');
        for (int i = from; i < to; i++) {
            int c = bytes[i] & 0xFF;
            if (c >= 0x80) {
                escapeByte(sb, c);
            } else {
                asciiByte(sb, c);
            }
        }
        sb.append('"');
    }

    private static void asciiByte(StringBuilder sb, int c) {
        if (c == '"' || c == '\\') {
            sb.append('\\').append((char) c);
        } else if (c < 0x20 || c == 0x7F) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> escapeByte(sb, c);
            }
        } else {
            sb.append((char) c);
        }
    }

    private static void escapeByte(StringBuilder sb, int c) {
        sb.append('\\').append(HEX[c >> 4]).append(HEX[c & 0xF]);
    }

    /** Whether {@code s} can be written as {@code $s}: non-empty and only identifier characters. */
    static boolean isPlainId(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isIdChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The identifier for a non-empty name: {@code $name}, or {@code $"name"} when it needs quoting. */
    static String id(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        if (isPlainId(name)) {
            return "$" + name;
        }
        StringBuilder sb = new StringBuilder(name.length() + 3).append('$');
        appendName(sb, name);
        return sb.toString();
    }

    static boolean isIdChar(char c) {
        if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return true;
        }
        switch (c) {
            case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
            case '-': case '.': case '/': case ':': case '<': case '=': case '>': case '?':
            case '@': case '\\': case '^': case '_': case '`': case '|': case '~':
                return true;
            default:
                return false;
        }
    }
}
