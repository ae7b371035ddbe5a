package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String text) {
        return tokens(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Token> tokens(byte[] text) {
        Lexer lexer = new Lexer(text);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(false); t.kind() != TokenKind.EOF; t = lexer.next(false)) {
            out.add(t);
        }
        return out;
    }

    private static List<TokenKind> kinds(String text) {
        return tokens(text).stream().map(Token::kind).toList();
    }

    private static String error(String text) {
        return assertThrows(TextSyntaxException.class, () -> tokens(text)).reason();
    }

    private static String error(byte[] text) {
        return assertThrows(TextSyntaxException.class, () -> tokens(text)).reason();
    }

    @Test
    void classifiesTokens() {
        assertEquals(List.of(TokenKind.LPAREN, TokenKind.KEYWORD, TokenKind.ID, TokenKind.NAT, TokenKind.INT,
                TokenKind.FLOAT, TokenKind.STRING, TokenKind.RPAREN),
                kinds("(func $f 0x1F -7 1.5e3 \"s\")"));
        assertEquals(List.of(TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.KEYWORD),
                kinds("inf -nan nan:0x12 0x1p3 nan:canonical"));
        assertEquals(List.of(TokenKind.KEYWORD, TokenKind.KEYWORD, TokenKind.KEYWORD),
                kinds("i32.load offset=0x10 align=4"));
    }

    @Test
    void reservedTokensAreRunsThatFitNoOtherClass() {
        for (String text : new String[] {"0$x", "\"a\"\"b\"", "$x\"a\"", "_100", "1x", "0x", "1_", "@a", "A",
                ".0", "+_1", "$\"a\"b"}) {
            List<Token> ts = tokens(text);
            assertEquals(1, ts.size(), text);
            assertEquals(TokenKind.RESERVED, ts.get(0).kind(), text);
        }
        assertEquals(List.of(TokenKind.RESERVED, TokenKind.RESERVED, TokenKind.RESERVED), kinds(", [ }"));
    }

    @Test
    void identifiers() {
        assertEquals("x", tokens("$x").get(0).text());
        assertEquals("a b", tokens("$\"a b\"").get(0).text());
        assertEquals("é", tokens("$\"\\u{e9}\"").get(0).text());
        assertEquals("!#$%&'*+-./:<=>?@\\^_`|~", tokens("$!#$%&'*+-./:<=>?@\\^_`|~").get(0).text());
        assertEquals("empty identifier", error("$"));
        assertEquals("empty identifier", error("$ x"));
        assertEquals("empty identifier", error("$\"\""));
        assertEquals("empty identifier", error("$\"a\nb\""));
        assertEquals("malformed UTF-8 encoding", error("$\"\\ef\""));
    }

    @Test
    void stringEscapesGiveBytes() {
        Token t = tokens("\"\\t\\n\\r\\\"\\'\\\\\\00\\ff\\u{41}\\u{1F600}\\u{1_0000}é\"").get(0);
        assertEquals(TokenKind.STRING, t.kind());
        byte[] expected = {9, 10, 13, '"', '\'', '\\', 0, (byte) 0xff, 'A',
            (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80,
            (byte) 0xf0, (byte) 0x90, (byte) 0x80, (byte) 0x80,
            (byte) 0xc3, (byte) 0xa9};
        assertArrayEquals(expected, t.bytes());
    }

    @Test
    void stringErrors() {
        assertEquals("unclosed string literal", error("\"abc"));
        assertEquals("unclosed string literal", error("\"abc\ndef\""));
        assertEquals("illegal control character in string literal", error("\"a\tb\""));
        assertEquals("illegal control character in string literal", error("\"a\u0001b\""));
        assertEquals("illegal escape", error("\"\\q\""));
        assertEquals("illegal escape", error("\"\\0g\""));
        assertEquals("illegal escape", error("\"\\u{110000}\""));
        assertEquals("illegal escape", error("\"\\u{d800}\""));
        assertEquals("illegal escape", error("\"\\u{}\""));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {'"', (byte) 0xc0, (byte) 0x80, '"'}));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {'"', (byte) 0xff, '"'}));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals(List.of(TokenKind.LPAREN, TokenKind.RPAREN),
                kinds("(;c;) ( ;; line\n (; nested (; deeper ;) still ;) ) ;; end"));
        assertEquals(List.of(TokenKind.KEYWORD), kinds("(;\u0001\u0007 control chars are fine;)a"));
        assertEquals(List.of(TokenKind.KEYWORD), kinds("(;(;;);) x"));
        assertEquals(List.of(TokenKind.KEYWORD), kinds("(;;) (; ;;) x"));
        assertEquals("unclosed comment", error("(; (; ;)"));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {';', ';', (byte) 0x80}));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {'(', ';', (byte) 0xfe, ';', ')'}));
    }

    @Test
    void strayCharacters() {
        assertEquals("misplaced control character", error("\u0001"));
        assertEquals("misplaced unicode character", error("é"));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {(byte) 0x80}));
    }

    @Test
    void positionsAreLineAndByteColumn() {
        List<Token> ts = tokens("(module\n  (func)\r\n\t$x \"é\" y)");
        assertEquals(1, ts.get(0).line());
        assertEquals(1, ts.get(0).column());
        Token func = ts.get(3);
        assertEquals("func", func.text());
        assertEquals(2, func.line());
        assertEquals(4, func.column());
        Token x = ts.get(5);
        assertEquals(3, x.line());
        assertEquals(2, x.column());
        Token y = ts.get(7);
        assertEquals(3, y.line());
        assertEquals(10, y.column()); // "é" is two bytes
    }

    @Test
    void annotationStarts() {
        Lexer lexer = new Lexer("(@custom \"x\") (@\"a b\" ) (@");
        Token t = lexer.next(false);
        assertEquals(TokenKind.ANNOTATION_START, t.kind());
        assertEquals("custom", t.text());
        assertEquals(TokenKind.STRING, lexer.next(true).kind());
        assertEquals(TokenKind.RPAREN, lexer.next(true).kind());
        Token quoted = lexer.next(false);
        assertEquals(TokenKind.ANNOTATION_START, quoted.kind());
        assertEquals("a b", quoted.text());
        assertEquals(TokenKind.RPAREN, lexer.next(true).kind());
        assertEquals("empty annotation id",
                assertThrows(TextSyntaxException.class, () -> lexer.next(false)).reason());
        assertEquals("empty annotation id", error("(@ x)"));
        assertEquals("empty annotation id", error("(@\"\")"));
        assertTrue(error("(@\"\\ef\")").startsWith("malformed UTF-8"));
    }
}
