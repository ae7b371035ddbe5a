package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.refNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleValidationTest extends ValidationAssertions {

    @Test
    void constantExpressionsAllowOnlyConstantInstructions() {
        ModuleBuilder b = new ModuleBuilder();
        b.global(I32, false, i32(1), i32(2), op(Opcode.I32_ADD), i32(3), op(Opcode.I32_MUL));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.global(I32, false, i32(1), op(Opcode.I32_EQZ));
        assertInvalid(c.build(), "constant expression required");
        ModuleBuilder d = new ModuleBuilder();
        d.global(I32, false, op(Opcode.NOP), i32(1));
        assertInvalid(d.build(), "constant expression required");
        ModuleBuilder e = new ModuleBuilder();
        e.global(I32, false, i32(1), i32(2), op(Opcode.I32_ADD));
        assertInvalid(e.build(), "constant expression required",
                Features.wasm3().with(Feature.EXTENDED_CONST, false));
    }

    @Test
    void constantExpressionMustProduceTheType() {
        ModuleBuilder b = new ModuleBuilder();
        b.global(I32, false, i64(1));
        assertInvalid(b.build(), "type mismatch");
        ModuleBuilder c = new ModuleBuilder();
        c.global(I32, false);
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.global(I32, false, i32(1), i32(2));
        assertInvalid(d.build(), "type mismatch");
    }

    @Test
    void globalsSeeImportedAndEarlierImmutableGlobals() {
        ModuleBuilder b = new ModuleBuilder();
        b.importGlobal(I32, false);
        b.global(I32, false, idx(Opcode.GLOBAL_GET, 0));
        b.global(I32, false, idx(Opcode.GLOBAL_GET, 1));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.global(I32, false, idx(Opcode.GLOBAL_GET, 1));
        c.global(I32, false, i32(0));
        assertInvalid(c.build(), "unknown global 1");
        ModuleBuilder d = new ModuleBuilder();
        d.importGlobal(I32, true);
        d.global(I32, false, idx(Opcode.GLOBAL_GET, 0));
        assertInvalid(d.build(), "constant expression required");
        ModuleBuilder e = new ModuleBuilder();
        e.global(I32, false, idx(Opcode.GLOBAL_GET, 0));
        assertInvalid(e.build(), "unknown global 0");
    }

    @Test
    void gcAllocationsAreConstant() {
        ModuleBuilder b = new ModuleBuilder();
        int s = b.type(new StructType(List.of(new FieldType(I32, false))));
        int a = b.type(new ArrayType(new FieldType(I32, false)));
        b.global(ValType.ref(false, HeapType.concrete(s)), false, i32(1), idx(Opcode.STRUCT_NEW, s));
        b.global(ValType.ref(false, HeapType.concrete(a)), false, i32(1), i32(2),
                new dev.jwasm.parser.model.Instruction.TwoIndices(Opcode.ARRAY_NEW_FIXED, a, 2));
        b.global(ValType.ANYREF, false, i32(1), op(Opcode.REF_I31));
        b.global(EXTERNREF, false, refNull(HeapType.ANY), op(Opcode.EXTERN_CONVERT_ANY));
        assertValid(b.build());
    }

    @Test
    void tablesWithNonNullableElementsNeedAnInitializer() {
        ValType nonNull = ValType.ref(false, HeapType.FUNC);
        ModuleBuilder b = new ModuleBuilder();
        b.table(new TableType(nonNull, new Limits(1, Limits.NO_MAX, false)), null);
        assertInvalid(b.build(), "type mismatch");
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(), List.of());
        c.table(new TableType(nonNull, new Limits(1, Limits.NO_MAX, false)),
                ModuleBuilder.expr(idx(Opcode.REF_FUNC, 0)));
        assertValid(c.build());
    }

    @Test
    void tableInitializersSeeOnlyImportedGlobals() {
        ModuleBuilder b = new ModuleBuilder();
        b.global(FUNCREF, false, refNull(HeapType.FUNC));
        b.table(new TableType(FUNCREF, new Limits(1, Limits.NO_MAX, false)),
                ModuleBuilder.expr(idx(Opcode.GLOBAL_GET, 0)));
        assertInvalid(b.build(), "unknown global 0");
    }

    @Test
    void elementSegments() {
        ModuleBuilder b = new ModuleBuilder();
        b.table(FUNCREF, 1, Limits.NO_MAX);
        b.func(List.of(), List.of(), List.of());
        b.element(new ElementSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i32(0)), FUNCREF,
                List.of(ModuleBuilder.expr(idx(Opcode.REF_FUNC, 0)))));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.table(FUNCREF, 1, Limits.NO_MAX);
        c.element(new ElementSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i32(0)), EXTERNREF, List.of()));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.element(new ElementSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i32(0)), FUNCREF, List.of()));
        assertInvalid(d.build(), "unknown table 0");
        ModuleBuilder e = new ModuleBuilder();
        e.table(FUNCREF, 1, Limits.NO_MAX);
        e.element(new ElementSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i64(0)), FUNCREF, List.of()));
        assertInvalid(e.build(), "type mismatch");
        ModuleBuilder f = new ModuleBuilder();
        f.element(new ElementSegment(SegmentMode.PASSIVE, -1, null, FUNCREF,
                List.of(ModuleBuilder.expr(idx(Opcode.REF_FUNC, 3)))));
        assertInvalid(f.build(), "unknown function 3");
    }

    @Test
    void dataSegments() {
        ModuleBuilder b = new ModuleBuilder();
        b.memory64(1, Limits.NO_MAX);
        b.data(new DataSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i64(8)), new byte[] {1}));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.memory64(1, Limits.NO_MAX);
        c.data(new DataSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i32(8)), new byte[] {1}));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.data(new DataSegment(SegmentMode.ACTIVE, 0, ModuleBuilder.expr(i32(8)), new byte[] {1}));
        assertInvalid(d.build(), "unknown memory 0");
    }

    @Test
    void startFunctionTakesAndReturnsNothing() {
        ModuleBuilder b = new ModuleBuilder();
        int f = b.func(List.of(), List.of(), List.of());
        b.start(f);
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int g = c.func(List.of(I32), List.of(), List.of());
        c.start(g);
        assertInvalid(c.build(), "start function");
        ModuleBuilder d = new ModuleBuilder();
        d.start(3);
        assertInvalid(d.build(), "unknown function 3");
    }

    @Test
    void exportsAreUniqueAndExist() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of());
        b.export("a", ExternKind.FUNC, 0);
        b.export("a", ExternKind.FUNC, 0);
        InvalidModuleException e = assertInvalid(b.build(), "duplicate export name");
        assertEquals("duplicate export name \"a\"", e.getMessage());
        ModuleBuilder c = new ModuleBuilder();
        c.export("m", ExternKind.MEMORY, 0);
        assertInvalid(c.build(), "unknown memory 0");
        ModuleBuilder d = new ModuleBuilder();
        d.export("t", ExternKind.TAG, 0);
        assertInvalid(d.build(), "unknown tag 0");
    }

    @Test
    void importsAreTypeChecked() {
        ModuleBuilder b = new ModuleBuilder();
        b.importFunc(0);
        assertInvalid(b.build(), "unknown type 0");
        ModuleBuilder c = new ModuleBuilder();
        int s = c.type(new StructType(List.of()));
        c.importFunc(s);
        assertInvalid(c.build(), "non-function type 0");
        ModuleBuilder d = new ModuleBuilder();
        d.importTable(new TableType(FUNCREF, new Limits(2, 1, false)));
        assertInvalid(d.build(), "size minimum must not be greater than maximum");
    }

    @Test
    void functionsMustHaveFunctionTypes() {
        ModuleBuilder b = new ModuleBuilder();
        int s = b.type(new StructType(List.of()));
        b.funcOfType(s, List.of());
        assertInvalid(b.build(), "non-function type 0");
    }

    @Test
    void disabledFeaturesRejectTheirTypes() {
        Features mvp = Features.wasm3().with(Feature.GC, false).with(Feature.FUNCTION_REFERENCES, false)
                .with(Feature.SIMD, false);
        ModuleBuilder b = new ModuleBuilder();
        b.type(new StructType(List.of()));
        assertInvalid(b.build(), "feature gc is not enabled", mvp);
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(ValType.V128), List.of(), List.of());
        assertInvalid(c.build(), "feature simd is not enabled", mvp);
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(ValType.ANYREF), List.of(), List.of());
        assertInvalid(d.build(), "feature gc is not enabled", mvp);
        ModuleBuilder e = new ModuleBuilder();
        e.func(List.of(ValType.ref(false, HeapType.FUNC)), List.of(), List.of());
        assertInvalid(e.build(), "feature function-references is not enabled", mvp);
        ModuleBuilder f = new ModuleBuilder();
        f.func(List.of(), List.of(I32, I64), List.of(), i32(0), i64(0));
        assertInvalid(f.build(), "invalid result arity", Features.wasm3().with(Feature.MULTI_VALUE, false));
    }
}
