package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WatParserTest {

    private static WasmModule parse(String text) {
        return WatParser.parseModule(text).module();
    }

    private static String error(String text) {
        TextSyntaxException e = assertThrows(TextSyntaxException.class, () -> WatParser.parseModule(text));
        return e.reason();
    }

    private static List<Instruction> body(String text) {
        return parse(text).codes().get(0).instructions();
    }

    private static final Instruction END = Opcode.END.simpleInstance();

    private static Instruction simple(Opcode op) {
        return op.simpleInstance();
    }

    private static Instruction index(Opcode op, int i) {
        return new Instruction.Index(op, i);
    }

    private static FuncType func(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    // ---- module wrapper and ids ----

    @Test
    void moduleIdAndInlineModule() {
        WatParser.ParsedModule m = WatParser.parseModule("(@a) (module $m (func))");
        assertEquals("m", m.id());
        assertEquals("m", m.module().names().moduleName());
        assertEquals(1, m.module().functions().size());
        WatParser.ParsedModule inline = WatParser.parseModule("(func) (memory 1)");
        assertNull(inline.id());
        assertEquals(1, inline.module().memories().size());
        assertTrue(WatParser.parseModule("(module definition $d)").definition());
        assertEquals(0, parse("").functions().size());
        WasmModule quoted = WatParser.parseModule(
                (SExpr.Node) SExprReader.read("(module quote \"(func\" \" (nop))\")").get(0)).module();
        assertEquals(List.of(simple(Opcode.NOP), END), quoted.codes().get(0).instructions());
    }

    // ---- types ----

    @Test
    void typeDefinitionsRecGroupsAndFieldNames() {
        WasmModule m = parse("(module"
                + " (type $f (func (param i32)))"
                + " (rec (type $a (sub (struct (field $x i32) (field (mut i8) i16)))) (type $b (sub final $a (struct))))"
                + " (type $arr (array (mut (ref null $a))))"
                + " (func (param (ref $b)) (result i32) (struct.get $a $x (local.get 0)))"
                + " (func (param (ref $a)) (result i32) (struct.get_s $a 1 (local.get 0))))");
        assertEquals(5, m.recTypes().size()); // three explicit groups, then the two function types
        assertEquals(2, m.recTypes().get(1).subTypes().size());
        List<SubType> types = m.types();
        assertEquals(SubType.plain(func(List.of(ValType.I32), List.of())), types.get(0));
        assertEquals(new SubType(false, List.of(), new StructType(List.of(
                new FieldType(ValType.I32, false), new FieldType(PackedType.I8, true),
                new FieldType(PackedType.I16, false)))), types.get(1));
        assertEquals(new SubType(true, List.of(1), new StructType(List.of())), types.get(2));
        assertEquals(SubType.plain(new ArrayType(new FieldType(ValType.ref(true, HeapType.concrete(1)), true))),
                types.get(3));
        // the functions' types are added at the end, in order of appearance
        assertEquals(func(List.of(ValType.ref(false, HeapType.concrete(2))), List.of(ValType.I32)),
                types.get(4).composite());
        assertEquals(List.of(4, 5), m.functions());
        assertEquals(List.of(index(Opcode.LOCAL_GET, 0), new Instruction.TwoIndices(Opcode.STRUCT_GET, 1, 0), END),
                m.codes().get(0).instructions());
        assertEquals(new Instruction.TwoIndices(Opcode.STRUCT_GET_S, 1, 1), m.codes().get(1).instructions().get(1));
        assertEquals("a", m.names().typeNames().get(1));
    }

    @Test
    void implicitTypesReuseExistingSingularFinalFunctionTypes() {
        WasmModule m = parse("(module"
                + " (func (param i32))" // added as type 2 (after the two explicit ones)
                + " (type (func (result i32)))"
                + " (rec (type (func (param i32))))" // type 1: in a rec group of one, so it is reused
                + " (func (result i32))" // reuses type 0
                + " (func (param f32))" // added: type 2
                + " (func (param f32) (block (param i32) (result i32 i32) unreachable)))"); // reuses 2, adds 3
        assertEquals(List.of(1, 0, 2, 2), m.functions());
        assertEquals(4, m.types().size());
        assertEquals(func(List.of(ValType.I32), List.of(ValType.I32, ValType.I32)), m.types().get(3).composite());
        WasmModule sub = parse("(module (type (sub (func))) (func))");
        assertEquals(List.of(1), sub.functions()); // a non-final type is not reused
    }

    @Test
    void explicitTypeUseMustMatchInlineDeclarations() {
        WasmModule m = parse("(module (type $t (func (param i32) (result i32)))"
                + " (func (type $t) (param $p i32) (result i32) (local.get $p))"
                + " (func (type $t) (local $l i64) (local.get $l) drop (local.get 0)))");
        assertEquals(List.of(0, 0), m.functions());
        assertEquals(1, m.types().size());
        assertEquals(index(Opcode.LOCAL_GET, 1), m.codes().get(1).instructions().get(0));
        assertTrue(error("(module (type $t (func (param i32))) (func (type $t) (param i64)))")
                .startsWith("inline function type"));
        assertTrue(error("(module (type (func)) (func (type 0) (result i32) (i32.const 0)))")
                .startsWith("inline function type"));
        assertEquals("unexpected token", error("(module (func (result i32) (param i32)))"));
    }

    // ---- imports, exports, index spaces ----

    @Test
    void importsOfEveryKindComeFirstInTheirIndexSpaces() {
        WasmModule m = parse("(module"
                + " (import \"m\" \"f\" (func $f (param i32)))"
                + " (import \"m\" \"t\" (table $t 1 2 funcref))"
                + " (import \"m\" \"mem\" (memory $mem i64 1 shared))"
                + " (import \"m\" \"g\" (global $g (mut i32)))"
                + " (import \"m\" \"e\" (tag $e (param i64)))"
                + " (func $g2 (import \"m\" \"f2\") (result i32))"
                + " (func $h (export \"h\") (export \"h2\") (call $f (i32.const 1)) (call $g2) drop)"
                + " (export \"tag\" (tag $e)) (export \"mem\" (memory $mem)) (export \"g\" (global $g)))");
        assertEquals(6, m.imports().size());
        assertEquals(new Import("m", "f", new ExternType.Func(0)), m.imports().get(0));
        assertEquals(new Import("m", "t", new TableType(ValType.FUNCREF, new Limits(1, 2, false))), m.imports().get(1));
        assertEquals(new Import("m", "mem", new MemoryType(new Limits(1, Limits.NO_MAX, true), true, 16)),
                m.imports().get(2));
        assertEquals(new Import("m", "g", new GlobalType(ValType.I32, true)), m.imports().get(3));
        assertEquals(new Import("m", "e", new TagType(1)), m.imports().get(4));
        assertEquals(new Import("m", "f2", new ExternType.Func(2)), m.imports().get(5));
        assertEquals(List.of(new Export("h", ExternKind.FUNC, 2), new Export("h2", ExternKind.FUNC, 2),
                new Export("tag", ExternKind.TAG, 0), new Export("mem", ExternKind.MEMORY, 0),
                new Export("g", ExternKind.GLOBAL, 0)), m.exports());
        assertEquals(List.of(new Instruction.I32Const(1), index(Opcode.CALL, 0), index(Opcode.CALL, 1),
                simple(Opcode.DROP), END), m.codes().get(0).instructions());
        assertEquals("h", m.names().functionNames().get(2));
    }

    @Test
    void importAfterDefinitionIsMalformed() {
        assertEquals("import after function definition",
                error("(module (func) (import \"\" \"\" (func)))"));
        assertEquals("import after global definition",
                error("(module (global i32 (i32.const 0)) (import \"\" \"\" (memory 1)))"));
        assertEquals("import after memory definition",
                error("(module (memory 0) (memory (import \"\" \"\") 1))"));
        assertEquals("import after table definition",
                error("(module (table 0 funcref) (global (import \"\" \"\") i32))"));
        assertEquals("multiple start sections", error("(module (func) (start 0) (start 0))"));
    }

    @Test
    void identifierErrors() {
        assertEquals("duplicate function $f", error("(module (func $f) (func $f))"));
        assertEquals("duplicate local $x", error("(module (func (param $x i32) (local $x i32)))"));
        assertEquals("duplicate global $g", error("(module (import \"\" \"\" (global $g i32)) (global $g i32 (i32.const 0)))"));
        assertEquals("duplicate memory $m", error("(module (memory $m 1) (memory $m 1))"));
        assertEquals("duplicate table $t", error("(module (table $t 1 funcref) (table $t 1 funcref))"));
        assertEquals("duplicate field $x", error("(module (type (struct (field $x i32) (field $x i64))))"));
        assertEquals("unknown function $nope", error("(module (func call $nope))"));
        assertEquals("unknown local $y", error("(module (func (local $x i32) local.get $y drop))"));
        assertEquals("unknown type $t", error("(module (func (type $t)))"));
        assertEquals("unknown label $l", error("(module (func br $l))"));
        assertEquals("unknown global $g", error("(module (func global.get $g drop))"));
        assertEquals("unknown data segment $d", error("(module (func data.drop $d))"));
        assertEquals("unknown elem segment $e", error("(module (func elem.drop $e))"));
        assertEquals("unknown tag $e", error("(module (func throw $e))"));
        assertEquals("unknown field $z", error("(module (type $s (struct (field $x i32))) (func (param (ref $s)) (result i32) (struct.get $s $z (local.get 0))))"));
        assertEquals("i32 constant out of range", error("(module (func local.get 4294967296 drop))"));
    }

    // ---- instructions ----

    @Test
    void foldedInstructionsUnfoldOperandsFirst() {
        assertEquals(List.of(new Instruction.I32Const(1), new Instruction.I32Const(2), simple(Opcode.I32_ADD),
                new Instruction.I32Const(3), simple(Opcode.I32_MUL), simple(Opcode.DROP), END),
                body("(module (func (drop (i32.mul (i32.add (i32.const 1) (i32.const 2)) (i32.const 3)))))"));
    }

    @Test
    void blocksLabelsAndBlockTypes() {
        List<Instruction> code = body("(module (func $f (param i32) (result i32)"
                + " (block $outer (result i32)"
                + "   (loop $outer"  // shadows the block's label
                + "     (br_if $outer (local.get 0)) (br 1) (br 2))"
                + "   (i32.const 7))"
                + " block $b i32.const 1 br_if $b end $b"
                + " block (param i32) (result i32 i64) unreachable end drop drop))");
        assertEquals(List.of(
                new Instruction.Block(Opcode.BLOCK, BlockType.of(ValType.I32)),
                new Instruction.Block(Opcode.LOOP, BlockType.EMPTY),
                index(Opcode.LOCAL_GET, 0), index(Opcode.BR_IF, 0), index(Opcode.BR, 1), index(Opcode.BR, 2),
                END,
                new Instruction.I32Const(7),
                END,
                new Instruction.Block(Opcode.BLOCK, BlockType.EMPTY),
                new Instruction.I32Const(1), index(Opcode.BR_IF, 0),
                END,
                new Instruction.Block(Opcode.BLOCK, BlockType.ofTypeIndex(1)),
                simple(Opcode.UNREACHABLE), END, simple(Opcode.DROP), simple(Opcode.DROP), END), code);
        assertEquals("mismatching label", error("(module (func block $a end $b))"));
        assertEquals("mismatching label", error("(module (func block end $b))"));
        assertEquals("mismatching label", error("(module (func (result i32) i32.const 0 if $a (result i32) i32.const 1 else $b i32.const 2 end))"));
        assertEquals("unexpected token", error("(module (func block))"));
        assertEquals("unexpected token", error("(module (func end))"));
        assertEquals("unexpected token", error("(module (func (block end)))"));
    }

    @Test
    void foldedIfEvaluatesConditionsOutsideTheBlock() {
        List<Instruction> code = body("(module (func $f (param i32) (result i32)"
                + " (if $l (result i32) (local.get 0) (then (br $l (i32.const 1))) (else (i32.const 2)))))");
        assertEquals(List.of(index(Opcode.LOCAL_GET, 0), new Instruction.Block(Opcode.IF, BlockType.of(ValType.I32)),
                new Instruction.I32Const(1), index(Opcode.BR, 0), simple(Opcode.ELSE), new Instruction.I32Const(2),
                END, END), code);
        assertEquals(List.of(new Instruction.I32Const(0), new Instruction.Block(Opcode.IF, BlockType.EMPTY),
                END, END), body("(module (func (if (i32.const 0) (then))))"));
        assertEquals("unexpected token", error("(module (func (if (i32.const 0))))"));
        assertEquals("unexpected token", error("(module (func (if (i32.const 0) (else) (then))))"));
    }

    @Test
    void tryTableAndLegacyTry() {
        List<Instruction> code = body("(module (tag $e (param i32)) (func (result i32)"
                + " (block $h (result i32) (try_table $t (result i32) (catch $e $h) (catch_all_ref 1)"
                + "   (br $t (i32.const 1))))))");
        assertEquals(new Instruction.TryTable(Opcode.TRY_TABLE, BlockType.of(ValType.I32),
                List.of(new Catch(Catch.Kind.CATCH, 0, 0), new Catch(Catch.Kind.CATCH_ALL_REF, -1, 1))), code.get(1));
        assertEquals(index(Opcode.BR, 0), code.get(3));
        List<Instruction> legacy = body("(module (tag $e) (func"
                + " (try $t (do (throw $e)) (catch $e (rethrow $t)) (catch_all nop))"
                + " (try (do) (delegate 0))"
                + " block $b (try (do) (delegate $b)) end))");
        assertEquals(List.of(
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), index(Opcode.THROW, 0),
                index(Opcode.CATCH, 0), index(Opcode.RETHROW, 0), simple(Opcode.CATCH_ALL), simple(Opcode.NOP), END,
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), index(Opcode.DELEGATE, 0),
                new Instruction.Block(Opcode.BLOCK, BlockType.EMPTY),
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), index(Opcode.DELEGATE, 0), END,
                END), legacy);
        List<Instruction> flat = body("(module (tag $e) (func try $l nop catch $e catch_all end $l try delegate 0))");
        assertEquals(List.of(new Instruction.Block(Opcode.TRY, BlockType.EMPTY), simple(Opcode.NOP),
                index(Opcode.CATCH, 0), simple(Opcode.CATCH_ALL), END,
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), index(Opcode.DELEGATE, 0), END), flat);
    }

    @Test
    void memoryInstructions() {
        List<Instruction> code = body("(module (memory 1) (memory $m i64 1) (func"
                + " (drop (i32.load offset=0x10 align=2 (i32.const 0)))"
                + " (drop (i64.load16_s $m (i64.const 0)))"
                + " (drop (v128.load8_lane 1 offset=3 15 (i64.const 0) (v128.const i64x2 0 0)))"
                + " (drop (v128.load8_lane 7 (i32.const 0) (v128.const i64x2 0 0)))"
                + " (memory.copy $m 0 (i32.const 0) (i32.const 0) (i32.const 0))"
                + " (drop (memory.size)) (drop (memory.grow 1 (i64.const 0)))"
                + " (memory.init $m $d (i64.const 0) (i32.const 0) (i32.const 0)) (data.drop $d))"
                + " (data $d \"\"))");
        assertEquals(new Instruction.MemoryAccess(Opcode.I32_LOAD, 0, 16, 1, -1), code.get(1));
        assertEquals(new Instruction.MemoryAccess(Opcode.I64_LOAD16_S, 1, 0, 1, -1), code.get(4));
        assertEquals(new Instruction.MemoryAccess(Opcode.V128_LOAD8_LANE, 1, 3, 0, 15), code.get(8));
        assertEquals(new Instruction.MemoryAccess(Opcode.V128_LOAD8_LANE, 0, 0, 0, 7), code.get(12));
        assertEquals(new Instruction.TwoIndices(Opcode.MEMORY_COPY, 1, 0), code.get(17));
        assertEquals(index(Opcode.MEMORY_SIZE, 0), code.get(18));
        assertEquals(index(Opcode.MEMORY_GROW, 1), code.get(21));
        assertEquals(new Instruction.TwoIndices(Opcode.MEMORY_INIT, 0, 1), code.get(26));
        assertEquals(1, parse("(module (memory 1) (func (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 0))) (data \"\"))")
                .dataCount());
        assertEquals("alignment must be a power of two", error("(module (memory 1) (func (drop (i32.load align=3 (i32.const 0)))))"));
        assertEquals("unknown operator offset=a", error("(module (memory 1) (func (drop (i32.load offset=a (i32.const 0)))))"));
        assertEquals("i64 constant out of range", error("(module (memory 1) (func (drop (i32.load offset=18446744073709551616 (i32.const 0)))))"));
    }

    @Test
    void tableAndGcInstructions() {
        List<Instruction> code = body("(module (type $f (func)) (type $s (struct)) (table $t 1 funcref) (table $u 1 funcref)"
                + " (elem $e func) (func"
                + " (table.init $u $e (i32.const 0) (i32.const 0) (i32.const 0))"
                + " (table.init $e (i32.const 0) (i32.const 0) (i32.const 0))"
                + " (table.copy $t $u (i32.const 0) (i32.const 0) (i32.const 0))"
                + " (call_indirect $u (type $f) (i32.const 0))"
                + " (call_indirect (param i64) (i64.const 0) (i32.const 0))"
                + " (drop (ref.test (ref null $s) (ref.null none)))"
                + " (drop (ref.cast i31ref (ref.null any)))"
                + " (drop (block (result anyref) (br_on_cast 0 anyref (ref $s) (ref.null any))))"
                + " (drop (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)))"
                + " (drop (select (i32.const 1) (i32.const 2) (i32.const 0)))"
                + " (br_table 0 0 0 (i32.const 0))))");
        assertEquals(new Instruction.TwoIndices(Opcode.TABLE_INIT, 0, 1), code.get(3));
        assertEquals(new Instruction.TwoIndices(Opcode.TABLE_INIT, 0, 0), code.get(7));
        assertEquals(new Instruction.TwoIndices(Opcode.TABLE_COPY, 0, 1), code.get(11));
        assertEquals(new Instruction.TwoIndices(Opcode.CALL_INDIRECT, 0, 1), code.get(13));
        // (param i64) is a new type 2: the function's own type () reused type 0
        assertEquals(new Instruction.TwoIndices(Opcode.CALL_INDIRECT, 2, 0), code.get(16));
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.NONE), code.get(17));
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_TEST_NULL, HeapType.concrete(1)), code.get(18));
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_CAST_NULL, HeapType.I31), code.get(21));
        assertEquals(new Instruction.BrOnCast(Opcode.BR_ON_CAST, 0, ValType.ANYREF,
                ValType.ref(false, HeapType.concrete(1))), code.get(25));
        assertEquals(new Instruction.SelectTyped(Opcode.SELECT_TYPED, List.of(ValType.I32)), code.get(31));
        assertEquals(simple(Opcode.SELECT), code.get(36));
        assertEquals(new Instruction.BrTable(Opcode.BR_TABLE, new int[] {0, 0}, 0), code.get(39));
    }

    @Test
    void numericAndVectorConstants() {
        List<Instruction> code = body("(module (func"
                + " i32.const 0xffffffff i32.const -0x80000000 i64.const -1 f32.const -nan:0x1 f64.const 0x1p-1074"
                + " v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 -1"
                + " v128.const i16x8 0 0 0 0 0 0 0 0xffff"
                + " v128.const f32x4 1 0 0 -0"
                + " v128.const f64x2 1.0 inf"
                + " v128.const i64x2 -2 0x8000000000000000"
                + " i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31))");
        assertEquals(new Instruction.I32Const(-1), code.get(0));
        assertEquals(new Instruction.I32Const(Integer.MIN_VALUE), code.get(1));
        assertEquals(new Instruction.I64Const(-1), code.get(2));
        assertEquals(new Instruction.F32Const(0xff800001), code.get(3));
        assertEquals(new Instruction.F64Const(1), code.get(4));
        assertEquals(new Instruction.V128Const(0x0807060504030201L, 0xff0f0e0d0c0b0a09L), code.get(5));
        assertEquals(new Instruction.V128Const(0, 0xffff000000000000L), code.get(6));
        assertEquals(new Instruction.V128Const(0x3f800000L, 0x8000000000000000L), code.get(7));
        assertEquals(new Instruction.V128Const(0x3ff0000000000000L, 0x7ff0000000000000L), code.get(8));
        assertEquals(new Instruction.V128Const(-2L, Long.MIN_VALUE), code.get(9));
        byte[] lanes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31};
        assertArrayEquals(lanes, ((Instruction.Shuffle) code.get(10)).lanes());
        assertEquals("constant out of range", error("(module (func i32.const 0x100000000 drop))"));
        assertEquals("constant out of range", error("(module (func i32.const 1.5 drop))"));
        assertEquals("constant out of range", error("(module (func v128.const i8x16 256 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 drop))"));
        assertEquals("wrong number of lane literals", error("(module (func v128.const i32x4 0 0 0 drop))"));
        assertEquals("invalid lane length", error("(module (func i8x16.shuffle 0 1 2 drop))"));
        assertEquals("i8 constant out of range", error("(module (func (i8x16.extract_lane_s 256 (v128.const i64x2 0 0)) drop))"));
        assertEquals("unknown operator 0x", error("(module (func i32.const 0x drop))"));
        assertEquals("unknown operator get_local", error("(module (func get_local 0 drop))"));
        assertEquals("unexpected token", error("(module (func i32.const))"));
    }

    // ---- tables, memories, globals, segments ----

    @Test
    void tablesMemoriesAndGlobals() {
        WasmModule m = parse("(module"
                + " (table $t i64 1 10 (ref null func))"
                + " (table 2 (ref func) (ref.func $f))"
                + " (table $inline funcref (elem $f $f))"
                + " (memory 1 2 shared) (memory i64 0 (pagesize 1))"
                + " (memory $d (data \"ab\" \"c\"))"
                + " (global $g (mut i64) (i64.const 5))"
                + " (func $f))");
        assertEquals(new TableType(ValType.FUNCREF, new Limits(1, 10, true)), m.tables().get(0).type());
        assertNull(m.tables().get(0).init());
        assertEquals(List.of(index(Opcode.REF_FUNC, 0), END), m.tables().get(1).init().instructions());
        assertEquals(new TableType(ValType.FUNCREF, new Limits(2, 2, false)), m.tables().get(2).type());
        ElementSegment inline = m.elements().get(0);
        assertEquals(SegmentMode.ACTIVE, inline.mode());
        assertEquals(2, inline.tableIndex());
        assertEquals(ValType.FUNCREF, inline.type());
        assertEquals(List.of(new Instruction.I32Const(0), END), inline.offset().instructions());
        assertEquals(new MemoryType(new Limits(1, 2, false), true, 16), m.memories().get(0));
        assertEquals(new MemoryType(new Limits(0, Limits.NO_MAX, true), false, 0), m.memories().get(1));
        assertEquals(new MemoryType(new Limits(1, 1, false), false, 16), m.memories().get(2));
        DataSegment d = m.data().get(0);
        assertEquals(2, d.memoryIndex());
        assertArrayEquals("abc".getBytes(), d.bytes());
        assertEquals(new GlobalType(ValType.I64, true), m.globals().get(0).type());
        assertEquals(List.of(new Instruction.I64Const(5), END), m.globals().get(0).init().instructions());
        assertEquals("invalid custom page size", error("(module (memory 1 (pagesize 3)))"));
        assertEquals("i64 constant out of range", error("(module (memory 0x1_0000_0000_0000_0000))"));
    }

    @Test
    void elementSegmentsInEveryMode() {
        WasmModule m = parse("(module (table $t 1 funcref) (table $u 1 externref) (func $f)"
                + " (elem (i32.const 0) $f 0)"
                + " (elem (table $u) (offset (i32.const 1)) externref (ref.null extern) (item (ref.null extern)))"
                + " (elem $p func $f)"
                + " (elem declare func 0)"
                + " (elem (ref null func) (ref.func $f))"
                + " (elem (table 0) (i32.const 0) func)"
                + " (func (elem.drop $p)))");
        List<ElementSegment> e = m.elements();
        ConstExpr refFunc = new ConstExpr(List.of(index(Opcode.REF_FUNC, 0), END));
        assertEquals(new ElementSegment(SegmentMode.ACTIVE, 0, new ConstExpr(List.of(new Instruction.I32Const(0), END)),
                ValType.ref(false, HeapType.FUNC), List.of(refFunc, refFunc)), e.get(0));
        assertEquals(SegmentMode.ACTIVE, e.get(1).mode());
        assertEquals(1, e.get(1).tableIndex());
        assertEquals(ValType.EXTERNREF, e.get(1).type());
        assertEquals(2, e.get(1).items().size());
        assertEquals(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.ref(false, HeapType.FUNC),
                List.of(refFunc)), e.get(2));
        assertEquals(SegmentMode.DECLARATIVE, e.get(3).mode());
        assertEquals(ValType.FUNCREF, e.get(4).type());
        assertEquals(0, e.get(5).items().size());
        assertEquals(index(Opcode.ELEM_DROP, 2), m.codes().get(1).instructions().get(0));
    }

    @Test
    void dataSegments() {
        WasmModule m = parse("(module (memory $a 1) (memory $b 1)"
                + " (data (i32.const 8) \"x\") (data (memory $b) (offset (i32.const 1)) \"\\00\\ff\")"
                + " (data $p \"passive\") (data (memory 0) (i32.const 0)))");
        assertEquals(SegmentMode.ACTIVE, m.data().get(0).mode());
        assertEquals(List.of(new Instruction.I32Const(8), END), m.data().get(0).offset().instructions());
        assertEquals(1, m.data().get(1).memoryIndex());
        assertArrayEquals(new byte[] {0, (byte) 0xff}, m.data().get(1).bytes());
        assertEquals(SegmentMode.PASSIVE, m.data().get(2).mode());
        assertEquals(-1, m.dataCount());
    }

    @Test
    void localsAreGroupedInRuns() {
        WasmModule m = parse("(module (func (param $a i32) (local $x i32) (local i32 i64) (local $y i64) (local f32)"
                + " (local.get $y) drop))");
        assertEquals(List.of(new Locals(2, ValType.I32), new Locals(2, ValType.I64), new Locals(1, ValType.F32)),
                m.codes().get(0).locals());
        assertEquals(index(Opcode.LOCAL_GET, 4), m.codes().get(0).instructions().get(0));
        assertEquals("x", m.names().localNames().get(0).get(1));
    }

    @Test
    void namesMustBeUtf8() {
        assertEquals("malformed UTF-8 encoding", error("(module (func (export \"\\ff\")))"));
        assertEquals("malformed UTF-8 encoding", error("(module (import \"\\c0\\80\" \"\" (func)))"));
    }

    @Test
    void errorsAreMalformedModuleExceptionsWithPositions() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> WatParser.parseModule("(module\n  (func (i32.add\n   (foo))))"));
        assertTrue(e.getMessage().startsWith("unknown operator foo"), e.getMessage());
        assertEquals(3, ((TextSyntaxException) e).line());
        assertEquals(5, ((TextSyntaxException) e).column());
    }

    /** 100,000 nested folded blocks, parsed on a thread with a small stack: nothing may recurse. */
    @Test
    void deepNestingNeedsNoRecursion() throws Exception {
        int depth = 100_000;
        String text = "(module (func " + "(block ".repeat(depth) + "(nop)" + ")".repeat(depth) + " "
                + "block ".repeat(depth) + "end ".repeat(depth) + "))";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(WatParser.parseModule(text).module());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (result.get() instanceof Throwable e) {
            throw new AssertionError(e);
        }
        WasmModule m = (WasmModule) result.get();
        assertEquals(4 * depth + 2, m.codes().get(0).instructions().size());
    }
}
