package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.WasmModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The few places where the text grammar depends on the features. */
class FeatureDependentSyntaxTest {
    private static final Features NO_MEMORY64 = Features.wasm3().with(Feature.MEMORY64, false);

    private static WasmModule parse(String text, Features features) {
        return WatParser.parseModule(text, features).module();
    }

    private static String error(String text, Features features) {
        return assertThrows(TextSyntaxException.class, () -> WatParser.parseModule(text, features)).reason();
    }

    @Test
    void withMemory64LimitsAreU64AndTheirRangeIsLeftToValidation() {
        assertEquals(new Limits(1L << 32, Limits.NO_MAX, false, false),
                parse("(memory 0x1_0000_0000)", Features.wasm3()).memories().get(0).limits());
        assertEquals(new Limits(0, 1L << 32, true, false),
                WatParser.parseModule("(table 0 0x1_0000_0000 funcref)").module().tables().get(0).type().limits());
    }

    @Test
    void withoutMemory64LimitsAreU32() {
        assertEquals("i32 constant out of range", error("(memory 0x1_0000_0000)", NO_MEMORY64));
        assertEquals("i32 constant out of range", error("(memory 0 0x1_0000_0000)", NO_MEMORY64));
        assertEquals("i32 constant out of range", error("(import \"m\" \"m\" (memory 0x1_0000_0000))", NO_MEMORY64));
        assertEquals("i32 constant out of range", error("(table 0x1_0000_0000 funcref)", NO_MEMORY64));
        assertEquals(new Limits(0, 0xFFFF_FFFFL, true, false),
                parse("(memory 0 0xFFFF_FFFF)", NO_MEMORY64).memories().get(0).limits());
        // the address type still reads as written, for validation to refuse without the feature
        assertEquals(new Limits(1L << 32, Limits.NO_MAX, false, true),
                parse("(memory i64 0x1_0000_0000)", NO_MEMORY64).memories().get(0).limits());
    }

    @Test
    void quotedModulesKeepTheFeatures() {
        SExpr.Node form = (SExpr.Node) SExprReader.read(
                "(module quote \"(memory 0x1_0000_0000)\")".getBytes(StandardCharsets.UTF_8)).children().get(0);
        assertEquals("i32 constant out of range",
                assertThrows(TextSyntaxException.class, () -> WatParser.parseModule(form, NO_MEMORY64)).reason());
        assertEquals(1L << 32, WatParser.parseModule(form).module().memories().get(0).limits().min());
    }
}
