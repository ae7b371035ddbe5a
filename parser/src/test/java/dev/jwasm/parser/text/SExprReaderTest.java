package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SExprReaderTest {

    private static String error(String text) {
        return assertThrows(TextSyntaxException.class, () -> SExprReader.read(text)).reason();
    }

    private static String error(byte[] text) {
        return assertThrows(TextSyntaxException.class, () -> SExprReader.read(text)).reason();
    }

    @Test
    void readsNestedLists() {
        SExpr.Node root = SExprReader.read("(module (func $f (param i32)) (memory 1)) (assert_return)");
        assertEquals(2, root.size());
        SExpr.Node module = (SExpr.Node) root.get(0);
        assertTrue(module.startsWith("module"));
        assertEquals("(module (func $f (param i32)) (memory 1))", module.toString());
        assertEquals(1, module.line());
        assertEquals(1, module.column());
    }

    @Test
    void annotationsAreKeptAsideWithTheirPosition() {
        SExpr.Node root = SExprReader.read("(@a 1) (module (@name \"m\") (func (@x (@y z) ($q)) nop))");
        assertEquals(1, root.size());
        assertEquals(1, root.annotations().size());
        assertEquals(0, root.annotations().get(0).position());
        assertEquals("a", root.annotations().get(0).node().annotationId());
        SExpr.Node module = (SExpr.Node) root.get(0);
        assertEquals(2, module.size());
        assertEquals(1, module.annotations().get(0).position());
        assertEquals("name", module.annotations().get(0).node().annotationId());
        SExpr.Node func = (SExpr.Node) module.get(1);
        assertEquals("(func nop)", func.toString());
        SExpr.Node x = func.annotations().get(0).node();
        assertEquals("(@x (@y z) ($q))", x.toString());
        assertTrue(((SExpr.Node) x.get(0)).isAnnotation());
        assertFalse(((SExpr.Node) x.get(1)).isAnnotation());
    }

    @Test
    void annotationContentErrors() {
        assertEquals("illegal character", error("(@a \u0000)"));
        assertEquals("illegal character", error("(@a \u007f)"));
        assertEquals("illegal character", error("(@a Heiße)"));
        assertEquals("malformed UTF-8 encoding", error(new byte[] {'(', '@', 'a', ' ', (byte) 0xff, ')'}));
        assertEquals("unclosed annotation", error("(@x "));
        assertEquals("unclosed annotation", error("(@x (y (z))"));
        assertEquals("unclosed annotation", error("(@x (@y )"));
        assertEquals("unexpected token", error("(@x (y (z))))"));
        assertEquals("unclosed string literal", error("(@x \")"));
        assertEquals("empty annotation id", error("(@(@a)x)"));
        assertEquals("empty identifier", error("(func $(@a))"));
        // tabs, newlines and carriage returns are white space in annotations too
        SExprReader.read("(@a \t\n\r)");
        // inside an annotation, "(@" without an id is a plain parenthesis
        assertEquals("(@a (@ b))", SExprReader.read("(@a (@ b))").annotations().get(0).node().toString());
    }

    @Test
    void unbalancedParentheses() {
        assertEquals("unexpected token", error(")"));
        assertEquals("unexpected end of input", error("(module"));
        assertEquals("unexpected token", error("(module))"));
    }

    @Test
    void deepNestingNeedsNoRecursion() {
        int depth = 100_000;
        StringBuilder text = new StringBuilder();
        text.append("(block ".repeat(depth)).append("nop").append(")".repeat(depth));
        SExpr.Node root = SExprReader.read(text.toString().getBytes(StandardCharsets.UTF_8));
        SExpr node = root.get(0);
        int seen = 0;
        while (node instanceof SExpr.Node n) {
            seen++;
            node = n.get(n.size() - 1);
        }
        assertEquals(depth, seen);
        assertTrue(root.get(0).toString().startsWith("(block (block"));
    }
}
