package dev.jwasm.validator;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import org.junit.jupiter.api.Test;

/** Switching a feature off rejects what it added, never what WebAssembly 1.0 already had. */
class FeatureGatingTest extends ValidationAssertions {
    private static final Features NO_REFERENCE_TYPES = Features.wasm3().with(Feature.REFERENCE_TYPES, false);
    private static final Features NO_TYPED_REFERENCES = Features.wasm3().with(Feature.FUNCTION_REFERENCES, false)
            .with(Feature.GC, false);

    private static WasmModule wat(String text) {
        return WatParser.parseModule(text).module();
    }

    /** A 1.0 module: a funcref table filled by an active segment of function indices, used by call_indirect. */
    private static final String MVP_TABLE = "(module (type $v (func)) (func $f) (func $g)"
            + " (table 4 funcref) (elem (i32.const 1) $f $g)"
            + " (func (param i32) local.get 0 call_indirect (type $v)))";

    @Test
    void funcrefTablesAndFunctionIndexSegmentsNeedNoReferenceTypes() {
        assertValid(wat(MVP_TABLE), NO_REFERENCE_TYPES);
        assertValid(wat("(module (import \"m\" \"t\" (table 10 20 funcref)) (func $f) (elem (i32.const 0) $f))"),
                NO_REFERENCE_TYPES);
        assertValid(wat("(module (func $f) (table funcref (elem $f $f)))"), NO_REFERENCE_TYPES);
    }

    @Test
    void functionIndexSegmentsNeedNoTypedReferences() {
        // their binary form has type (ref func), which is no value type anyone can write without the feature
        assertValid(wat(MVP_TABLE), NO_TYPED_REFERENCES);
    }

    @Test
    void whatReferenceTypesAddedStaysRejected() {
        assertInvalid(wat("(module (table 1 funcref) (table 1 funcref))"), "multiple tables", NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (import \"m\" \"t\" (table 1 funcref)) (table 1 funcref))"), "multiple tables",
                NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (table 1 externref))"), "feature reference-types is not enabled",
                NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (func (param funcref)))"), "feature reference-types is not enabled",
                NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (global funcref (ref.null func)))"), "feature reference-types is not enabled",
                NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (table 1 funcref) (elem (i32.const 0) funcref (ref.null func)))"),
                "feature reference-types is not enabled", NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (table 1 funcref) (func (result funcref) i32.const 0 table.get 0))"),
                "feature reference-types is not enabled", NO_REFERENCE_TYPES);
    }

    @Test
    void functionIndexSegmentsStillCheckTheirIndices() {
        assertInvalid(wat("(module (table 1 funcref) (elem (i32.const 0) 3))"), "unknown function 3",
                NO_REFERENCE_TYPES);
        assertInvalid(wat("(module (table 1 funcref) (elem (i32.const 0) 3))"), "unknown function 3");
        assertInvalid(wat("(module (func $f) (elem (i32.const 0) $f))"), "unknown table 0", NO_REFERENCE_TYPES);
    }
}
