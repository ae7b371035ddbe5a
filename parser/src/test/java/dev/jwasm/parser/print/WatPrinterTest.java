package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Corner cases of the printer: names, constants, immediates, placement of custom sections. */
class WatPrinterTest {

    private static WasmModule parse(String text) {
        return WatParser.parseModule(text).module();
    }

    /** Prints flat and folded, checks both read back to the same encoding, returns the flat text. */
    private static String roundTrip(WasmModule m) {
        assertNull(RoundTrip.check(m, WatPrinter.Options.FLAT));
        assertNull(RoundTrip.check(m, WatPrinter.Options.FOLDED));
        return WatPrinter.print(m);
    }

    private static String roundTrip(String text) {
        return roundTrip(parse(text));
    }

    /** A module with one function of type [] -> [] holding {@code body} (final end added). */
    private static WasmModule withBody(List<Instruction> body, NameSection names) {
        List<Instruction> code = new ArrayList<>(body);
        code.add(Opcode.END.simpleInstance());
        return new WasmModule(List.of(new RecType(List.of(SubType.plain(new FuncType(List.of(), List.of()))))),
                List.of(), List.of(0), List.of(), List.of(), List.of(), List.of(), List.of(), -1, List.of(), -1,
                List.of(new FunctionBody(List.of(), code)), List.of(), List.of(), names);
    }

    // ---- names ----

    @Test
    void namesBecomeIdentifiersAndReferencesUseThem() {
        String text = roundTrip("(module (func $f (param $x i32) (result i32) (call $f (local.get $x))))");
        assertTrue(text.contains("(func $f (type 0) (param $x i32) (result i32)"), text);
        assertTrue(text.contains("local.get $x"), text);
        assertTrue(text.contains("call $f"), text);
    }

    @Test
    void unnamedEntitiesAreReferredToByIndexNotBySyntheticNames() {
        String text = roundTrip("(module (func (call 0)) (global i32 (i32.const 0)) (func (drop (global.get 0))))");
        assertTrue(text.contains("call 0"), text);
        assertTrue(text.contains("global.get 0"), text);
        assertFalse(text.contains("$"), text);
    }

    @Test
    void namesOutsideIdentifierCharactersAreQuoted() {
        String text = roundTrip("(module (func $\"a b\" (call $\"a b\")) (func $\"é\\\"\\\\\") (global $\"x)\" i32 (i32.const 1)))");
        assertTrue(text.contains("(func $\"a b\""), text);
        assertTrue(text.contains("call $\"a b\""), text);
        assertTrue(text.contains("$\"é\\\"\\\\\""), text);
        assertTrue(text.contains("(global $\"x)\""), text);
    }

    @Test
    void duplicateFunctionNamesGetFreshIdentifiersAndKeepTheirNameInAnAnnotation() {
        Map<Integer, String> functions = Map.of(0, "f", 1, "f", 2, "");
        NameSection names = new NameSection(null, functions, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of());
        WasmModule m = threeFunctions(names);
        String text = roundTrip(m);
        assertTrue(text.contains("(func $f (type 0)"), text);
        assertTrue(text.contains("(func $f_1 (@name \"f\") (type 0)"), text);
        assertTrue(text.contains("(func $unnamed_1 (@name \"\") (type 0)"), text);
        assertFalse(text.contains("@custom"), text);
        assertEquals(functions, RoundTrip.reparse(m, WatPrinter.Options.FLAT).names().functionNames());
    }

    @Test
    void aFreshIdentifierNeverTakesAnotherEntitysName() {
        NameSection names = new NameSection(null, Map.of(0, "f", 1, "f", 2, "f_1"), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        String text = roundTrip(threeFunctions(names));
        assertTrue(text.contains("$f_2 (@name \"f\")"), text);
        assertTrue(text.contains("(func $f_1 (type 0)"), text);
    }

    @Test
    void namesIdentifiersCannotCarryKeepTheNameSectionAsRawBytes() {
        // two globals with one name: text has no @name for globals, so the section goes along as bytes
        WasmModule base = parse("(module (global i32 (i32.const 1)) (global i32 (i32.const 2)))");
        NameSection names = new NameSection("m", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(0, "g", 1, "g"), Map.of(), Map.of(), Map.of());
        WasmModule m = withNames(base, names);
        String text = roundTrip(m);
        assertTrue(text.contains("(global $g i32"), text);
        assertTrue(text.contains("(global $g_1 i32"), text);
        assertTrue(text.contains("(@custom \"name\" (after data)"), text);
        assertEquals(names, ModuleDecoder.decode(ModuleEncoder.encode(RoundTrip.reparse(m, WatPrinter.Options.FLAT)))
                .names());
    }

    @Test
    void localNamesOfImportedFunctionsSurviveThroughTheRawNameSection() {
        WasmModule base = parse("(module (import \"m\" \"f\" (func (param i32))))");
        NameSection names = new NameSection(null, Map.of(), Map.of(0, Map.of(0, "p")), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
        String text = roundTrip(withNames(base, names));
        assertTrue(text.contains("@custom \"name\""), text);
    }

    @Test
    void moduleNamesAreIdentifiersOrAnnotations() {
        assertTrue(roundTrip("(module $m)").startsWith("(module $m"));
        assertTrue(roundTrip("(module (@name \"\"))").startsWith("(module (@name \"\")"));
        assertTrue(roundTrip("(module (@name \"two words\"))").startsWith("(module $\"two words\""));
    }

    @Test
    void everyIndexSpaceIsNamed() {
        String text = roundTrip("""
                (module
                  (type $t (func))
                  (import "m" "t" (table $tab 1 funcref))
                  (memory $mem 1)
                  (global $g i32 (i32.const 0))
                  (tag $e)
                  (elem $seg func $f)
                  (data $d "x")
                  (func $f (type $t) (local $l i32)
                    (drop (table.get $tab (i32.const 0)))
                    (data.drop $d) (elem.drop $seg) (throw $e)))
                """);
        for (String s : new String[] {"(type $t", "(table $tab", "(memory $mem", "(global $g", "(tag $e", "(elem $seg",
            "(data $d", "(local $l i32)", "data.drop $d", "elem.drop $seg", "throw $e"}) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
    }

    private static WasmModule threeFunctions(NameSection names) {
        WasmModule base = parse("(module (func) (func) (func))");
        return withNames(base, names);
    }

    private static WasmModule withNames(WasmModule m, NameSection names) {
        return new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(), m.globals(),
                m.tags(), m.exports(), m.startFunction(), m.elements(), m.dataCount(), m.codes(), m.data(),
                m.customSections(), names);
    }

    // ---- constants ----

    @Test
    void floatConstantsKeepEveryBitIncludingNanPayloads() {
        int[] f32 = {0x7FC00000, 0xFFC00000, 0x7F800001, 0x7FBFFFFF, 0xFFFFFFFF, 0x7F800000, 0xFF800000, 0, 0x80000000,
            1, 0x80000001, 0x007FFFFF, 0x7F7FFFFF, 0x3F800000, 0x3DCCCCCD};
        long[] f64 = {0x7FF8000000000000L, 0xFFF8000000000000L, 0x7FF0000000000001L, 0x7FF7FFFFFFFFFFFFL, -1L,
            0x7FF0000000000000L, 0xFFF0000000000000L, 0, Long.MIN_VALUE, 1, 0x000FFFFFFFFFFFFFL, 0x7FEFFFFFFFFFFFFFL,
            0x3FB999999999999AL};
        List<Instruction> body = new ArrayList<>();
        for (int bits : f32) {
            body.add(new Instruction.F32Const(bits));
            body.add(Opcode.DROP.simpleInstance());
        }
        for (long bits : f64) {
            body.add(new Instruction.F64Const(bits));
            body.add(Opcode.DROP.simpleInstance());
        }
        WasmModule m = withBody(body, NameSection.EMPTY);
        String text = roundTrip(m);
        assertEquals(m.codes(), RoundTrip.reparse(m, WatPrinter.Options.FLAT).codes());
        assertTrue(text.contains("f32.const nan\n"), text);
        assertTrue(text.contains("f32.const -nan\n"), text);
        assertTrue(text.contains("f32.const nan:0x1\n"), text);
        assertTrue(text.contains("f32.const -nan:0x7fffff\n"), text);
        assertTrue(text.contains("f64.const nan:0x7ffffffffffff\n"), text);
        assertTrue(text.contains("f32.const -inf"), text);
        assertTrue(text.contains("f32.const -0x0.0p+0"), text);
        assertTrue(text.contains("f32.const 0x1.0p+0 (;=1;)"), text);
    }

    @Test
    void integerAndVectorConstants() {
        WasmModule m = withBody(List.of(new Instruction.I32Const(Integer.MIN_VALUE), Opcode.DROP.simpleInstance(),
                new Instruction.I64Const(Long.MIN_VALUE), Opcode.DROP.simpleInstance(),
                new Instruction.V128Const(0x0000000200000001L, 0xFFFFFFFF80000000L), Opcode.DROP.simpleInstance()),
                NameSection.EMPTY);
        String text = roundTrip(m);
        assertTrue(text.contains("i32.const -2147483648"), text);
        assertTrue(text.contains("i64.const -9223372036854775808"), text);
        assertTrue(text.contains("v128.const i32x4 0x00000001 0x00000002 0x80000000 0xffffffff"), text);
    }

    // ---- immediates ----

    @Test
    void memoryAccessesWriteAlignmentOnlyWhenItIsNotNatural() {
        String text = roundTrip("""
                (module (memory 1) (memory 1)
                  (func
                    (drop (i32.load (i32.const 0)))
                    (drop (i32.load offset=16 align=2 (i32.const 0)))
                    (drop (i64.load 1 offset=18446744073709551615 align=8 (i32.const 0)))
                    (drop (i64.load8_u align=1 (i32.const 0)))
                    (drop (v128.load8_lane 1 offset=3 align=1 7 (i32.const 0) (v128.const i64x2 0 0)))
                    (drop (v128.load16_lane 5 (i32.const 0) (v128.const i64x2 0 0)))))
                """);
        assertTrue(text.contains("i32.load\n"), text);
        assertTrue(text.contains("i32.load offset=16 align=2"), text);
        assertTrue(text.contains("i64.load 1 offset=18446744073709551615\n"), text);
        assertTrue(text.contains("i64.load8_u\n"), text);
        assertTrue(text.contains("v128.load8_lane 1 offset=3 7"), text);
        assertTrue(text.contains("v128.load16_lane 5"), text);
    }

    @Test
    void largestAlignmentExponentReadsBack() {
        WasmModule m = parse("(module (memory 1) (func (drop (i32.load (i32.const 0)))))");
        List<Instruction> body = new ArrayList<>(m.codes().get(0).instructions());
        body.set(1, new Instruction.MemoryAccess(Opcode.I32_LOAD, 0, 0, 63, -1));
        WasmModule odd = new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(),
                m.globals(), m.tags(), m.exports(), -1, m.elements(), -1,
                List.of(new FunctionBody(List.of(), body)), m.data(), m.customSections(), m.names());
        assertTrue(roundTrip(odd).contains("align=9223372036854775808"));
    }

    @Test
    void tableAndMemoryInstructionsWriteTheirIndicesInTextOrder() {
        String text = roundTrip("""
                (module (table 1 funcref) (table $t2 1 funcref) (memory 1) (memory $m2 1)
                  (elem $e func) (data $d "")
                  (type $ft (func))
                  (func
                    (table.init $t2 $e (i32.const 0) (i32.const 0) (i32.const 0))
                    (table.init $e (i32.const 0) (i32.const 0) (i32.const 0))
                    (table.copy $t2 0 (i32.const 0) (i32.const 0) (i32.const 0))
                    (memory.init $m2 $d (i32.const 0) (i32.const 0) (i32.const 0))
                    (memory.copy 0 $m2 (i32.const 0) (i32.const 0) (i32.const 0))
                    (call_indirect $t2 (type $ft) (i32.const 0))
                    (call_indirect (type $ft) (i32.const 0))
                    (drop (memory.size $m2))
                    (drop (table.size 0))))
                """);
        assertTrue(text.contains("table.init $t2 $e"), text);
        assertTrue(text.contains("table.init $e\n"), text);
        assertTrue(text.contains("table.copy $t2 0"), text);
        assertTrue(text.contains("memory.init $m2 $d"), text);
        assertTrue(text.contains("memory.copy 0 $m2"), text);
        assertTrue(text.contains("call_indirect $t2 (type $ft)"), text);
        assertTrue(text.contains("call_indirect (type $ft)"), text);
        assertTrue(text.contains("memory.size $m2"), text);
        assertTrue(text.contains("table.size\n"), text);
    }

    @Test
    void referenceInstructionsWriteTheTypeTheirOpcodeImplies() {
        String text = roundTrip("""
                (module (type $t (struct))
                  (func (param anyref) (result anyref)
                    (drop (ref.test (ref $t) (local.get 0)))
                    (drop (ref.test (ref null $t) (local.get 0)))
                    (drop (ref.cast (ref any) (local.get 0)))
                    (drop (ref.cast nullref (local.get 0)))
                    (drop (ref.null $t)) (drop (ref.null noexn))
                    (drop (br_on_cast 0 anyref (ref $t) (local.get 0)))
                    (br_on_cast_fail 0 (ref any) (ref null $t) (ref.as_non_null (local.get 0)))))
                """);
        assertTrue(text.contains("ref.test (ref $t)"), text);
        assertTrue(text.contains("ref.test (ref null $t)"), text);
        assertTrue(text.contains("ref.cast (ref any)"), text);
        assertTrue(text.contains("ref.cast (ref null none)"), text);
        assertTrue(text.contains("ref.null $t"), text);
        assertTrue(text.contains("ref.null noexn"), text);
        assertTrue(text.contains("br_on_cast 0 (ref null any) (ref $t)"), text);
        assertTrue(text.contains("br_on_cast_fail 0 (ref any) (ref null $t)"), text);
    }

    @Test
    void selectShuffleLanesAndBranchTables() {
        String text = roundTrip("""
                (module (func (param i32)
                  (drop (select (result i32) (i32.const 1) (i32.const 2) (local.get 0)))
                  (drop (select (result) (result funcref) (ref.null func) (ref.null func) (local.get 0)))
                  (drop (select (i32.const 1) (i32.const 2) (local.get 0)))
                  (drop (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31 (v128.const i64x2 0 0) (v128.const i64x2 0 0)))
                  (drop (i16x8.extract_lane_u 7 (v128.const i64x2 0 0)))
                  (block (block (br_table 0 1 0 (local.get 0))))))
                """);
        assertTrue(text.contains("select (result i32)"), text);
        assertTrue(text.contains("select (result funcref)"), text);
        assertTrue(text.contains("    select\n"), text);
        assertTrue(text.contains("i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31"), text);
        assertTrue(text.contains("i16x8.extract_lane_u 7"), text);
        assertTrue(text.contains("br_table 0 1 0"), text);
    }

    @Test
    void blockTypesAreEmptyOneResultOrATypeIndexAlone() {
        String text = roundTrip("""
                (module (type $two (func (result i32 i32))) (type $p (func (param i32) (result i32)))
                  (func (result i32)
                    (block (result i32) (i32.const 1)) drop
                    (block (type $two) (i32.const 1) (i32.const 2)) drop drop
                    (i32.const 3)
                    (loop (type $p))))
                """);
        assertTrue(text.contains("block (result i32)"), text);
        assertTrue(text.contains("block (type $two)\n"), text);
        assertTrue(text.contains("loop (type $p)\n"), text);
    }

    @Test
    void aBlockTypeIndexOfAnEmptyFunctionTypeStaysAnIndex() {
        // (type 0) is [] -> []: inline syntax would read back as the empty block type, not index 0
        WasmModule m = withBody(List.of(new Instruction.Block(Opcode.BLOCK, dev.jwasm.parser.model.BlockType.ofTypeIndex(0)),
                Opcode.END.simpleInstance()), NameSection.EMPTY);
        assertTrue(roundTrip(m).contains("block (type 0)"));
    }

    @Test
    void exceptionHandlingFlatAndFolded() {
        WasmModule m = parse("""
                (module (tag $e (param i32)) (tag $f)
                  (func (result i32)
                    (block $out (result i32)
                      (try_table (result i32) (catch $e $out) (catch_ref $f 0) (catch_all 0) (catch_all_ref 0)
                        (i32.const 1)))
                    drop
                    (try (result i32)
                      (do (throw $e (i32.const 2)))
                      (catch $e)
                      (catch $f (i32.const 3))
                      (catch_all (i32.const 4)))
                    drop
                    (try (do (nop)) (delegate 0))
                    (try (do (try (do) (catch_all (rethrow 0)))))
                    (i32.const 0)))
                """);
        String flat = roundTrip(m);
        assertTrue(flat.contains("try_table (result i32) (catch $e 0) (catch_ref $f 0) (catch_all 0) (catch_all_ref 0)"),
                flat);
        assertTrue(flat.contains("    try (result i32)\n"), flat);
        assertTrue(flat.contains("    catch $f\n"), flat);
        assertTrue(flat.contains("    catch_all\n"), flat);
        assertTrue(flat.contains("    delegate 0\n"), flat);
        String folded = WatPrinter.print(m, WatPrinter.Options.FOLDED);
        assertTrue(folded.contains("(try (result i32)\n        (do\n          (throw $e (i32.const 2)))\n        (catch $e)\n"),
                folded);
        assertTrue(folded.contains("(catch_all\n          (i32.const 4))))"), folded);
        assertTrue(folded.contains("(delegate 0))"), folded);
    }

    @Test
    void foldedFormNestsOperands() {
        WasmModule m = parse("(module (func (param i32) (result i32) local.get 0 i32.const 1 i32.add))");
        String folded = WatPrinter.print(m, WatPrinter.Options.FOLDED);
        assertTrue(folded.contains("(i32.add (local.get 0) (i32.const 1))"), folded);
        assertNull(RoundTrip.check(m, WatPrinter.Options.FOLDED));
    }

    @Test
    void foldedIfTakesItsConditionAndBranchesTheirOperands() {
        WasmModule m = parse("""
                (module (func $f (param i32) (result i32)
                  (block $b (result i32)
                    (if (result i32) (local.get 0)
                      (then (br $b (i32.const 1)))
                      (else (call $f (i32.const 2)))))))
                """);
        String folded = roundTripFolded(m);
        assertTrue(folded.contains("(if (result i32)\n        (local.get 0)\n        (then\n          (br 1 (i32.const 1)))\n"
                + "        (else\n          (call $f (i32.const 2)))))"), folded);
    }

    private static String roundTripFolded(WasmModule m) {
        assertNull(RoundTrip.check(m, WatPrinter.Options.FOLDED));
        return WatPrinter.print(m, WatPrinter.Options.FOLDED);
    }

    // ---- module fields ----

    @Test
    void typesWithRecursionSubtypingFieldsAndPackedTypes() {
        String text = roundTrip("""
                (module
                  (rec (type $a (sub (struct (field (mut i8)) (field i16) (field (ref null $b)))))
                       (type $b (sub final $a (struct (field (mut i8)) (field i16) (field (ref null $b)) (field v128)))))
                  (type $arr (array (mut i16)))
                  (type $f (sub (func (param (ref $arr) eqref) (result (ref null exn)))))
                  (rec))
                """);
        assertTrue(text.contains("(rec\n    (type $a (sub (struct (field (mut i8)) (field i16) (field (ref null $b)))))"), text);
        assertTrue(text.contains("(type $b (sub final $a (struct"), text);
        assertTrue(text.contains("(type $arr (array (mut i16)))"), text);
        assertTrue(text.contains("(type $f (sub (func (param (ref $arr) eqref) (result exnref))))"), text);
        assertTrue(text.contains("(rec)"), text);
    }

    @Test
    void importsTablesMemoriesGlobalsAndTags() {
        String text = roundTrip("""
                (module
                  (import "a" "f" (func $f (param i32)))
                  (import "a" "t" (table $t i64 1 2 (ref null func)))
                  (import "a" "m" (memory i64 1 65536 shared (pagesize 1)))
                  (import "a" "g" (global (mut f64)))
                  (import "a" "e" (tag (param i64)))
                  (table 0 10 (ref func) (ref.func $f))
                  (memory 0 0xFFFFFFFFFFFF)
                  (global (ref null extern) (ref.null extern))
                  (tag $e2 (param f32)))
                """);
        assertTrue(text.contains("(import \"a\" \"f\" (func $f (type 0) (param i32)))"), text);
        assertTrue(text.contains("(import \"a\" \"t\" (table $t i64 1 2 funcref))"), text);
        assertTrue(text.contains("(import \"a\" \"m\" (memory (;0;) i64 1 65536 shared (pagesize 1)))"), text);
        assertTrue(text.contains("(import \"a\" \"g\" (global (;0;) (mut f64)))"), text);
        assertTrue(text.contains("(import \"a\" \"e\" (tag (;0;) (type 1) (param i64)))"), text);
        assertTrue(text.contains("(table (;1;) 0 10 (ref func) (ref.func $f))"), text);
        assertTrue(text.contains("(memory (;1;) 0 281474976710655)"), text);
        assertTrue(text.contains("(global (;1;) externref (ref.null extern))"), text);
        assertTrue(text.contains("(tag $e2 (type 2) (param f32))"), text);
    }

    @Test
    void elementSegmentsInEveryMode() {
        String text = roundTrip("""
                (module (table $t 10 funcref) (table 10 externref) (func $f)
                  (elem (table $t) (offset (i32.const 0)) func $f $f)
                  (elem (table 1) (i32.const 2) externref (ref.null extern))
                  (elem func $f)
                  (elem funcref (item ref.func $f) (item (ref.null func)))
                  (elem declare func $f)
                  (elem (i32.const 3) (ref func) (ref.func $f) (ref.func 0)))
                """);
        assertTrue(text.contains("(elem (;0;) (table $t) (offset (i32.const 0)) func $f $f)"), text);
        assertTrue(text.contains("(elem (;1;) (table 1) (offset (i32.const 2)) externref (item (ref.null extern)))"), text);
        assertTrue(text.contains("(elem (;2;) func $f)"), text);
        assertTrue(text.contains("(elem (;3;) funcref\n    (item (ref.func $f))\n    (item (ref.null func)))"), text);
        assertTrue(text.contains("(elem (;4;) declare func $f)"), text);
        assertTrue(text.contains("(elem (;5;) (table $t) (offset (i32.const 3)) func $f $f)"), text);
    }

    @Test
    void dataStringsAreEscapedByteForByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        WasmModule m = parse("(module (memory 1) (data (i32.const 0) \"\"))");
        WasmModule withBytes = new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(),
                m.globals(), m.tags(), m.exports(), -1, m.elements(), -1, m.codes(),
                List.of(new dev.jwasm.parser.model.DataSegment(m.data().get(0).mode(), 0, m.data().get(0).offset(), all)),
                List.of(), NameSection.EMPTY);
        String text = roundTrip(withBytes);
        assertTrue(text.contains("\"\\00\\01\\02\\03\\04\\05\\06\\07\\08\\t\\n\\0b\\0c\\r\\0e\\0f"), text);
        assertTrue(text.contains(" !\\\"#$%&'()*+,-./0123456789:;<=>?"), text);
        assertArrayEquals(all, RoundTrip.reparse(withBytes, WatPrinter.Options.FLAT).data().get(0).bytes());
    }

    @Test
    void customSectionsKeepTheirPlace() {
        WasmModule m = parse("""
                (module
                  (@custom "first" (before first) "1")
                  (@custom "after types" (after type) "2")
                  (@custom "after code" (after code) "3")
                  (@custom "last" "4")
                  (type (func)) (func))
                """);
        String text = roundTrip(m);
        assertTrue(text.contains("(@custom \"first\" (before first) \"1\")"), text);
        assertTrue(text.contains("(@custom \"after types\" (after type) \"2\")"), text);
        assertTrue(text.contains("(@custom \"after code\" (after code) \"3\")"), text);
        assertTrue(text.contains("(@custom \"last\" (after data) \"4\")"), text);
    }

    @Test
    void customSectionsOfADecodedModuleComeBackInPlace() {
        WasmModule m = parse("(module (type (func)) (func) (memory 1))");
        List<CustomSection> customs = List.of(new CustomSection("a", new byte[] {1, 2}, 0),
                new CustomSection("b", new byte[0], 1), new CustomSection("c", new byte[] {'"'}, 10),
                new CustomSection("d", new byte[40], 5), new CustomSection("e", new byte[] {9}, 1));
        WasmModule withCustoms = new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(),
                m.globals(), m.tags(), m.exports(), -1, m.elements(), -1, m.codes(), m.data(), customs,
                NameSection.EMPTY);
        byte[] bytes = ModuleEncoder.encode(withCustoms);
        WasmModule decoded = ModuleDecoder.decode(bytes);
        roundTrip(decoded);
        assertArrayEquals(bytes, ModuleEncoder.encode(RoundTrip.reparse(decoded, WatPrinter.Options.FLAT)));
    }

    @Test
    void exportsKeepTheirOrderAndStartIsWritten() {
        String text = roundTrip("""
                (module (func $a) (func $b) (memory 1)
                  (export "z" (func $b)) (export "m" (memory 0)) (export "a" (func $a)) (start $b))
                """);
        int z = text.indexOf("(export \"z\" (func $b))");
        int mem = text.indexOf("(export \"m\" (memory 0))");
        int a = text.indexOf("(export \"a\" (func $a))");
        assertTrue(z >= 0 && z < mem && mem < a, text);
        assertTrue(text.contains("(start $b)"), text);
    }

    @Test
    void localsAreDeclaredInRunsWithNamedOnesApart() {
        WasmModule m = parse("(module (func (param $p i32) (param f32) (local i64 i64) (local $x i32) (local f32)))");
        String text = roundTrip(m);
        assertTrue(text.contains("(func (;0;) (type 0) (param $p i32) (param f32)\n    (local i64 i64)\n    (local $x i32)\n    (local f32))"),
                text);
    }

    @Test
    void manyLocalsAreWrappedOverSeveralLines() {
        WasmModule m = parse("(module (func))");
        WasmModule many = new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(),
                m.globals(), m.tags(), m.exports(), -1, m.elements(), -1,
                List.of(new FunctionBody(List.of(new Locals(40, ValType.I32)), m.codes().get(0).instructions())),
                m.data(), List.of(), NameSection.EMPTY);
        String text = roundTrip(many);
        assertEquals(3, text.split("\\(local").length - 1, text);
    }

    @Test
    void textLossesAreNamedAndWrittenAsComments() {
        WasmModule m = parse("(module (func) (memory 1) (data \"\"))");
        WasmModule lossy = new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(),
                m.globals(), m.tags(), m.exports(), -1, m.elements(), 1,
                List.of(new FunctionBody(List.of(new Locals(1, ValType.I32), new Locals(0, ValType.F32),
                        new Locals(2, ValType.I32)), m.codes().get(0).instructions())),
                m.data(), List.of(), NameSection.EMPTY);
        List<String> losses = WatPrinter.textLosses(lossy);
        assertEquals(2, losses.size(), losses.toString());
        String text = WatPrinter.print(lossy);
        assertTrue(text.startsWith(";; note: the data count section"), text);
        assertNull(RoundTrip.check(lossy, WatPrinter.Options.FLAT));
    }

    @Test
    void oneFunctionCanBePrintedAlone() {
        WasmModule m = parse("(module (import \"m\" \"f\" (func $imp)) (func $g (result i32) (i32.const 7)))");
        assertEquals("(import \"m\" \"f\" (func $imp (type 0)))\n", WatPrinter.printFunction(m, 0, WatPrinter.Options.FLAT));
        assertEquals("(func $g (type 1) (result i32)\n  i32.const 7)\n",
                WatPrinter.printFunction(m, 1, WatPrinter.Options.FLAT));
        assertThrows(IndexOutOfBoundsException.class, () -> WatPrinter.printFunction(m, 2, WatPrinter.Options.FLAT));
    }

    @Test
    void indexCommentsCanBeLeftOut() {
        String text = WatPrinter.print(parse("(module (func) (global i32 (i32.const 0)))"), new WatPrinter.Options(false, false));
        assertEquals("(module\n  (type (func))\n  (func (type 0))\n  (global i32 (i32.const 0)))\n", text);
    }
}
