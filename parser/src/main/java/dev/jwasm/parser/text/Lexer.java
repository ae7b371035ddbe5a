package dev.jwasm.parser.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits WebAssembly text into tokens (spec "Lexical Format"). The input is bytes, not chars:
 * strings may denote arbitrary bytes, and malformed UTF-8 must be reported as such.
 *
 * <p>Tokens are the longest runs of identifier characters and string literals; a run is then
 * classified as number, keyword, identifier, string or reserved token. White space, line and
 * block comments are skipped. Annotations are returned as {@link TokenKind#ANNOTATION_START}
 * tokens; inside them the caller passes {@code inAnnotation = true}, which only changes how
 * stray characters and the end of input are reported. Error messages follow the reference
 * interpreter's lexer.
 */
public final class Lexer {
    private final byte[] src;
    private int pos;
    private int line = 1;
    private int lineStart;

    public Lexer(byte[] source) {
        this.src = source;
    }

    public Lexer(String source) {
        this(source.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the next token, or an {@link TokenKind#EOF} token at the end of the input. */
    public Token next(boolean inAnnotation) {
        skipSpace();
        int tokenLine = line;
        int tokenColumn = column(pos);
        if (pos >= src.length) {
            return new Token(TokenKind.EOF, "", null, tokenLine, tokenColumn);
        }
        int b = src[pos] & 0xff;
        if (b == '(') {
            if (peek(1) == '@') {
                Token annotation = annotationStart(inAnnotation, tokenLine, tokenColumn);
                if (annotation != null) {
                    return annotation;
                }
            }
            pos++;
            return new Token(TokenKind.LPAREN, "(", null, tokenLine, tokenColumn);
        }
        if (b == ')') {
            pos++;
            return new Token(TokenKind.RPAREN, ")", null, tokenLine, tokenColumn);
        }
        return run(inAnnotation, tokenLine, tokenColumn);
    }

    // ---- white space and comments ----

    private void skipSpace() {
        while (pos < src.length) {
            int b = src[pos] & 0xff;
            if (b == ' ' || b == '\t') {
                pos++;
            } else if (b == '\n' || b == '\r') {
                skipNewline();
            } else if (b == ';' && peek(1) == ';') {
                lineComment();
            } else if (b == '(' && peek(1) == ';') {
                blockComment();
            } else {
                break;
            }
        }
    }

    private void skipNewline() {
        if (src[pos] == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void lineComment() {
        pos += 2;
        while (pos < src.length && src[pos] != '\n' && src[pos] != '\r') {
            pos += utf8LengthOrFail(pos);
        }
    }

    private void blockComment() {
        int startLine = line;
        int startColumn = column(pos);
        pos += 2;
        int depth = 1;
        while (depth > 0) {
            if (pos >= src.length) {
                throw new TextSyntaxException("unclosed comment", startLine, startColumn);
            }
            int b = src[pos] & 0xff;
            if (b == '(' && peek(1) == ';') {
                pos += 2;
                depth++;
            } else if (b == ';' && peek(1) == ')') {
                pos += 2;
                depth--;
            } else if (b == '\n' || b == '\r') {
                skipNewline();
            } else {
                pos += utf8LengthOrFail(pos);
            }
        }
    }

    private int utf8LengthOrFail(int at) {
        int length = utf8Length(src, at);
        if (length < 0) {
            throw new TextSyntaxException("malformed UTF-8 encoding", line, column(at));
        }
        return length;
    }

    // ---- annotations ----

    /** At "(@": the annotation start token, or null when inside an annotation without an id. */
    private Token annotationStart(boolean inAnnotation, int tokenLine, int tokenColumn) {
        int p = pos + 2;
        if (p < src.length && isIdChar(src[p] & 0xff)) {
            int end = p;
            while (end < src.length && isIdChar(src[end] & 0xff)) {
                end++;
            }
            pos = end;
            return new Token(TokenKind.ANNOTATION_START, ascii(p, end), null, tokenLine, tokenColumn);
        }
        if (p < src.length && src[p] == '"') {
            StringScan s = scanString(p);
            if (s.error == null) {
                if (s.bytes.length == 0) {
                    throw new TextSyntaxException("empty annotation id", tokenLine, tokenColumn);
                }
                String name = decodeUtf8(s.bytes);
                if (name == null) {
                    throw new TextSyntaxException("malformed UTF-8 encoding", tokenLine, tokenColumn);
                }
                pos = s.end;
                return new Token(TokenKind.ANNOTATION_START, name, null, tokenLine, tokenColumn);
            }
        }
        if (inAnnotation) {
            return null;
        }
        throw new TextSyntaxException("empty annotation id", tokenLine, tokenColumn);
    }

    // ---- runs of identifier characters and strings ----

    private Token run(boolean inAnnotation, int tokenLine, int tokenColumn) {
        int start = pos;
        int stringCount = 0;
        int firstStringStart = -1;
        int firstStringEnd = -1;
        byte[] firstStringBytes = null;
        while (pos < src.length) {
            int c = src[pos] & 0xff;
            if (isIdChar(c)) {
                pos++;
            } else if (c == '"') {
                StringScan s = scanString(pos);
                if (s.error != null) {
                    if (pos == start) {
                        throw new TextSyntaxException(s.error, s.errorLine, s.errorColumn);
                    }
                    break; // the run ends here; the broken string is reported as the next token
                }
                if (stringCount++ == 0) {
                    firstStringStart = pos;
                    firstStringEnd = s.end;
                    firstStringBytes = s.bytes;
                }
                pos = s.end;
            } else {
                break;
            }
        }
        if (pos == start) {
            int c = src[pos] & 0xff;
            if (c == ',' || c == ';' || c == '[' || c == ']' || c == '{' || c == '}') {
                pos++;
                return new Token(TokenKind.RESERVED, String.valueOf((char) c), null, tokenLine, tokenColumn);
            }
            throw illegalCharacter(inAnnotation, c, tokenLine, tokenColumn);
        }
        if (stringCount == 0) {
            return classifyPlain(ascii(start, pos), tokenLine, tokenColumn);
        }
        if (stringCount == 1 && firstStringEnd == pos) {
            if (firstStringStart == start) {
                return new Token(TokenKind.STRING, sourceText(start, pos), firstStringBytes, tokenLine, tokenColumn);
            }
            if (firstStringStart == start + 1 && src[start] == '$') {
                return quotedIdentifier(firstStringBytes, tokenLine, tokenColumn);
            }
        }
        return new Token(TokenKind.RESERVED, sourceText(start, pos), null, tokenLine, tokenColumn);
    }

    private static Token classifyPlain(String text, int tokenLine, int tokenColumn) {
        TokenKind kind;
        String value = text;
        if (text.charAt(0) == '$') {
            if (text.length() == 1) {
                throw new TextSyntaxException("empty identifier", tokenLine, tokenColumn);
            }
            kind = TokenKind.ID;
            value = text.substring(1);
        } else if (NumberSyntax.isNat(text)) {
            kind = TokenKind.NAT;
        } else if (NumberSyntax.isInt(text)) {
            kind = TokenKind.INT;
        } else if (NumberSyntax.isFloat(text)) {
            kind = TokenKind.FLOAT;
        } else if (text.charAt(0) >= 'a' && text.charAt(0) <= 'z') {
            kind = TokenKind.KEYWORD;
        } else {
            kind = TokenKind.RESERVED;
        }
        return new Token(kind, value, null, tokenLine, tokenColumn);
    }

    private static Token quotedIdentifier(byte[] bytes, int tokenLine, int tokenColumn) {
        if (bytes.length == 0) {
            throw new TextSyntaxException("empty identifier", tokenLine, tokenColumn);
        }
        String name = decodeUtf8(bytes);
        if (name == null) {
            throw new TextSyntaxException("malformed UTF-8 encoding", tokenLine, tokenColumn);
        }
        return new Token(TokenKind.ID, name, null, tokenLine, tokenColumn);
    }

    private TextSyntaxException illegalCharacter(boolean inAnnotation, int c, int tokenLine, int tokenColumn) {
        boolean validUtf8 = utf8Length(src, pos) > 0;
        String message;
        if (!validUtf8 || c == 0x7f && !inAnnotation) {
            // The reference lexer has no rule for DEL outside annotations and strings.
            message = "malformed UTF-8 encoding";
        } else if (inAnnotation) {
            message = "illegal character";
        } else if (c < 0x20) {
            message = "misplaced control character";
        } else {
            message = "misplaced unicode character";
        }
        return new TextSyntaxException(message, tokenLine, tokenColumn);
    }

    // ---- string literals ----

    /** Outcome of scanning a string literal: either its end and bytes, or an error. */
    private static final class StringScan {
        int end;
        byte[] bytes;
        String error;
        int errorLine;
        int errorColumn;
    }

    private StringScan scanString(int start) {
        StringScan result = new StringScan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int q = start + 1;
        while (true) {
            if (q >= src.length) {
                return stringError(result, "unclosed string literal", start);
            }
            int c = src[q] & 0xff;
            if (c == '"') {
                result.end = q + 1;
                result.bytes = out.toByteArray();
                return result;
            } else if (c == '\n' || c == '\r') {
                return stringError(result, "unclosed string literal", start);
            } else if (c == '\\') {
                int next = escape(q, out);
                if (next < 0) {
                    return stringError(result, q + 1 >= src.length ? "unclosed string literal" : "illegal escape", q);
                }
                q = next;
            } else if (c < 0x20) {
                return stringError(result, "illegal control character in string literal", q);
            } else if (c == 0x7f) {
                return stringError(result, "malformed UTF-8 encoding", q);
            } else {
                int length = utf8Length(src, q);
                if (length < 0) {
                    return stringError(result, "malformed UTF-8 encoding", q);
                }
                out.write(src, q, length);
                q += length;
            }
        }
    }

    private StringScan stringError(StringScan result, String message, int at) {
        result.error = message;
        result.errorLine = line;
        result.errorColumn = column(at);
        return result;
    }

    /** Decodes the escape at {@code q} (a backslash) into {@code out}; the next index, or -1. */
    private int escape(int q, ByteArrayOutputStream out) {
        if (q + 1 >= src.length) {
            return -1;
        }
        char e = (char) (src[q + 1] & 0xff);
        switch (e) {
            case 'n': out.write('\n'); return q + 2;
            case 'r': out.write('\r'); return q + 2;
            case 't': out.write('\t'); return q + 2;
            case '\\': out.write('\\'); return q + 2;
            case '\'': out.write('\''); return q + 2;
            case '"': out.write('"'); return q + 2;
            case 'u': return unicodeEscape(q, out);
            default:
                break;
        }
        int high = NumberSyntax.digitValue(e, true);
        int low = q + 2 < src.length ? NumberSyntax.digitValue((char) (src[q + 2] & 0xff), true) : -1;
        if (high < 0 || low < 0) {
            return -1;
        }
        out.write(high * 16 + low);
        return q + 3;
    }

    /** A backslash-u escape with a hexnum in braces: a Unicode scalar value, written as UTF-8. */
    private int unicodeEscape(int q, ByteArrayOutputStream out) {
        int p = q + 2;
        if (p >= src.length || src[p] != '{') {
            return -1;
        }
        p++;
        int close = p;
        while (close < src.length && src[close] != '}' && src[close] != '"' && src[close] != '\n') {
            close++;
        }
        if (close >= src.length || src[close] != '}') {
            return -1;
        }
        String digits = ascii(p, close);
        if (NumberSyntax.hexnum(digits, 0) != digits.length()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = NumberSyntax.digitValue(digits.charAt(i), true);
            if (d >= 0) {
                value = value * 16 + d;
                if (value > 0x10FFFF) {
                    return -1;
                }
            }
        }
        if (value >= 0xD800 && value < 0xE000) {
            return -1;
        }
        byte[] encoded = new String(Character.toChars((int) value)).getBytes(StandardCharsets.UTF_8);
        out.write(encoded, 0, encoded.length);
        return close + 1;
    }

    // ---- helpers ----

    private int peek(int ahead) {
        int p = pos + ahead;
        return p < src.length ? src[p] & 0xff : -1;
    }

    private int column(int offset) {
        return offset - lineStart + 1;
    }

    private String ascii(int from, int to) {
        return new String(src, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private String sourceText(int from, int to) {
        return new String(src, from, to - from, StandardCharsets.UTF_8);
    }

    static boolean isIdChar(int c) {
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

    /**
     * Length of the well-formed UTF-8 sequence at {@code at} (1 for ASCII), or -1 when the bytes
     * there are not well-formed (overlong forms, surrogates and values above U+10FFFF included).
     */
    static int utf8Length(byte[] bytes, int at) {
        int b0 = bytes[at] & 0xff;
        if (b0 < 0x80) {
            return 1;
        }
        int length;
        int min2 = 0x80;
        int max2 = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            length = 2;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            length = 3;
            if (b0 == 0xe0) {
                min2 = 0xa0;
            } else if (b0 == 0xed) {
                max2 = 0x9f;
            }
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            length = 4;
            if (b0 == 0xf0) {
                min2 = 0x90;
            } else if (b0 == 0xf4) {
                max2 = 0x8f;
            }
        } else {
            return -1;
        }
        if (at + length > bytes.length) {
            return -1;
        }
        int b1 = bytes[at + 1] & 0xff;
        if (b1 < min2 || b1 > max2) {
            return -1;
        }
        for (int i = 2; i < length; i++) {
            int b = bytes[at + i] & 0xff;
            if (b < 0x80 || b > 0xbf) {
                return -1;
            }
        }
        return length;
    }

    /** The bytes as a string if they are well-formed UTF-8, else null. */
    static String decodeUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; ) {
            int length = utf8Length(bytes, i);
            if (length < 0) {
                return null;
            }
            i += length;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
