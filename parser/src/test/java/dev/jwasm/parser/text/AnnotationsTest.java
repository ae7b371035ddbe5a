package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

    private static String customError(String text) {
        return assertThrows(CustomAnnotationException.class, () -> WatParser.parseModule(text)).reason();
    }

    @Test
    void customSectionsWithPlacement() {
        WasmModule m = WatParser.parseModule("(module (type (func))"
                + " (@custom \"a\" \"x\" \"y\")"
                + " (@custom \"b\" (before global) \"1\")"
                + " (@custom \"c\" (after func))"
                + " (@custom \"d\" (before first))"
                + " (@custom \"e\" (after last))"
                + " (@custom \"f\" (before tag))"
                + " (func) (@some other annotation) (global i32 (i32.const 0)))").module();
        List<CustomSection> cs = m.customSections();
        // stably sorted by placement: d (first), c (after func), f (before tag), b (before global), a and e (last)
        assertEquals(List.of("d", "c", "f", "b", "a", "e"), cs.stream().map(CustomSection::name).toList());
        assertEquals(0, cs.get(0).afterSection());
        assertEquals(3, cs.get(1).afterSection());
        assertEquals(5, cs.get(2).afterSection()); // before tag = after memory
        assertEquals(13, cs.get(3).afterSection()); // before global = after tag
        assertEquals(11, cs.get(4).afterSection()); // default: last, after data
        assertArrayEquals("xy".getBytes(StandardCharsets.UTF_8), cs.get(4).content());
        assertEquals(11, cs.get(5).afterSection());
        assertEquals(1, WatParser.parseModule("(@custom \"x\")").module().customSections().size());
    }

    @Test
    void customAnnotationErrors() {
        assertEquals("@custom annotation: missing section name", customError("(@custom)"));
        assertEquals("@custom annotation: missing section name", customError("(@custom 4)"));
        assertEquals("@custom annotation: malformed UTF-8 encoding", customError("(@custom \"\\df\")"));
        assertEquals("@custom annotation: unexpected token", customError("(@custom \"bla\" here)"));
        assertEquals("@custom annotation: malformed section kind", customError("(@custom \"bla\" (after))"));
        assertEquals("@custom annotation: malformed placement", customError("(@custom \"bla\" (type))"));
        assertEquals("@custom annotation: malformed section kind", customError("(@custom \"bla\" (before types))"));
        assertEquals("misplaced @custom annotation", customError("(func (block (@custom \"bla\")))"));
        assertEquals("misplaced @custom annotation", customError("(type (@custom \"bla\") $t (func))"));
    }

    @Test
    void nameAnnotations() {
        WasmModule m = WatParser.parseModule("(module $m (@name \"Modül\") (type $t (func))"
                + " (func (@name \"λ\") (type $t)) (func $f (@name \"g\")) (tag $e (@name \"θ\")))").module();
        assertEquals("Modül", m.names().moduleName());
        assertEquals("λ", m.names().functionNames().get(0));
        assertEquals("g", m.names().functionNames().get(1));
        assertEquals("θ", m.names().tagNames().get(0));
        assertEquals("@name annotation: multiple module names",
                customError("(module (@name \"M1\") (@name \"M2\"))"));
        assertEquals("misplaced @name annotation", customError("(module (func) (@name \"M\"))"));
        assertEquals("misplaced @name annotation", customError("(module (start $f (@name \"M\")) (func $f))"));
        assertEquals("misplaced @name annotation", customError("(module (func (nop) (@name \"M\")))"));
    }
}
