package dev.jwasm.parser.wast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.TextSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WastParserTest {

    private static List<WastCommand> commands(String script) {
        return WastParser.parse(script).commands();
    }

    private static WastCommand only(String script) {
        List<WastCommand> commands = commands(script);
        assertEquals(1, commands.size(), () -> "commands: " + commands);
        return commands.get(0);
    }

    private static ResultPattern onlyResult(String script) {
        WastCommand.AssertReturn r = assertInstanceOf(WastCommand.AssertReturn.class, only(script));
        assertEquals(1, r.results().size());
        return r.results().get(0);
    }

    @Test
    void everyCommandRecordsTheLineOfItsOpeningParenthesis() {
        List<WastCommand> commands = commands("""
                ;; comment
                (module $M (func))

                (assert_return
                  (invoke "f"))
                  (register "m" $M)
                """);
        assertEquals(List.of(2, 4, 6), commands.stream().map(WastCommand::line).toList());
        assertEquals(List.of("module", "assert_return", "register"),
                commands.stream().map(WastCommand::keyword).toList());
    }

    @Test
    void textModuleKeepsItsNameAndItsSExpression() {
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class, only("(module $M (func $f))"));
        assertEquals("M", m.id());
        assertFalse(m.definition());
        SExpr.Node node = assertInstanceOf(ModuleSource.Text.class, m.source()).module();
        assertEquals("(module $M (func $f))", node.toString());
    }

    @Test
    void moduleDefinitionDropsTheDefinitionKeywordAndKeepsAnnotationPlaces() {
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class,
                only("(module definition $D (@custom \"a\" \"b\") (memory 1))"));
        assertTrue(m.definition());
        assertEquals("D", m.id());
        SExpr.Node node = ((ModuleSource.Text) m.source()).module();
        assertEquals("(module $D (memory 1))", node.toString());
        assertEquals(1, node.annotations().size());
        assertEquals(2, node.annotations().get(0).position(), "annotation stays before (memory 1)");
    }

    @Test
    void binaryModuleConcatenatesItsStrings() {
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class,
                only("(module $B binary \"\\00asm\" \"\\01\\00\\00\\00\")"));
        assertEquals("B", m.id());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0},
                assertInstanceOf(ModuleSource.Binary.class, m.source()).bytes());
    }

    @Test
    void quotedModuleIsKeptAsBytesEvenWhenNotUtf8() {
        WastCommand.AssertMalformed a = assertInstanceOf(WastCommand.AssertMalformed.class,
                only("(assert_malformed (module quote \"(func\" \" \\80)\") \"malformed UTF-8 encoding\")"));
        byte[] text = assertInstanceOf(ModuleSource.Quote.class, a.module()).text();
        assertArrayEquals(new byte[] {'(', 'f', 'u', 'n', 'c', ' ', (byte) 0x80, ')'}, text);
        assertEquals("malformed UTF-8 encoding", a.message());
        assertFalse(a.custom());
    }

    @Test
    void moduleInstanceWithOneOrTwoNames() {
        List<WastCommand> commands = commands("(module instance $I $M) (module instance $M) (module instance)");
        assertEquals(new WastCommand.ModuleInstance(1, "I", "M"), commands.get(0));
        assertEquals(new WastCommand.ModuleInstance(1, null, "M"), commands.get(1));
        assertEquals(new WastCommand.ModuleInstance(1, null, null), commands.get(2));
    }

    @Test
    void registerAndActions() {
        List<WastCommand> commands = commands("""
                (register "spectest")
                (register "M" $M)
                (invoke "f" (i32.const -1) (i64.const 0xFFFF_FFFF_FFFF_FFFF))
                (get $M "g")
                """);
        assertEquals(new WastCommand.Register(1, "spectest", null), commands.get(0));
        assertEquals(new WastCommand.Register(2, "M", "M"), commands.get(1));
        WastCommand.Perform invoke = assertInstanceOf(WastCommand.Perform.class, commands.get(2));
        assertEquals("invoke", invoke.keyword());
        assertEquals(new Action.Invoke(null, "f", List.of(
                new WastValue.Num(ValType.Kind.I32, 0xFFFF_FFFFL),
                new WastValue.Num(ValType.Kind.I64, -1L))), invoke.action());
        WastCommand.Perform get = assertInstanceOf(WastCommand.Perform.class, commands.get(3));
        assertEquals("get", get.keyword());
        assertEquals(new Action.Get("M", "g"), get.action());
    }

    @Test
    void floatArgumentsKeepTheirBitsAndNanPayloads() {
        WastCommand.Perform p = assertInstanceOf(WastCommand.Perform.class, only(
                "(invoke \"f\" (f32.const nan:0x200000) (f64.const -0x1p-1074) (f32.const -inf) (f64.const 1))"));
        List<WastValue> args = ((Action.Invoke) p.action()).args();
        assertEquals(new WastValue.Num(ValType.Kind.F32, 0x7FA0_0000L), args.get(0));
        assertEquals(new WastValue.Num(ValType.Kind.F64, 0x8000_0000_0000_0001L), args.get(1));
        assertEquals(new WastValue.Num(ValType.Kind.F32, 0xFF80_0000L), args.get(2));
        assertEquals(new WastValue.Num(ValType.Kind.F64, Double.doubleToRawLongBits(1.0)), args.get(3));
    }

    @Test
    void vectorArgumentsArePackedLittleEndianInEveryShape() {
        List<WastValue> args = ((Action.Invoke) ((WastCommand.Perform) only("""
                (invoke "v"
                  (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 -1)
                  (v128.const i16x8 1 0 0 0 0 0 0 0xFFFF)
                  (v128.const i32x4 1 2 3 -1)
                  (v128.const i64x2 1 -1)
                  (v128.const f32x4 1 0 0 -0)
                  (v128.const f64x2 0 1))
                """)).action()).args();
        assertEquals(new WastValue.V128(0x0807060504030201L, 0xFF0F0E0D0C0B0A09L), args.get(0));
        assertEquals(new WastValue.V128(1L, 0xFFFF_0000_0000_0000L), args.get(1));
        assertEquals(new WastValue.V128(0x0000_0002_0000_0001L, 0xFFFF_FFFF_0000_0003L), args.get(2));
        assertEquals(new WastValue.V128(1L, -1L), args.get(3));
        assertEquals(new WastValue.V128(0x3F80_0000L, 0x8000_0000_0000_0000L), args.get(4));
        assertEquals(new WastValue.V128(0L, Double.doubleToRawLongBits(1.0)), args.get(5));
    }

    @Test
    void referenceArguments() {
        List<WastValue> args = ((Action.Invoke) ((WastCommand.Perform) only(
                "(invoke \"r\" (ref.null extern) (ref.null func) (ref.extern 7) (ref.host 3))")).action()).args();
        assertEquals(List.of(new WastValue.RefNull(HeapType.Abstract.EXTERN),
                new WastValue.RefNull(HeapType.Abstract.FUNC),
                new WastValue.RefExtern(7), new WastValue.RefHost(3)), args);
    }

    @Test
    void numberAndNanResults() {
        assertEquals(new ResultPattern.Num(ValType.Kind.I32, 0x8000_0000L),
                onlyResult("(assert_return (invoke \"f\") (i32.const 0x8000_0000))"));
        assertEquals(new ResultPattern.Nan(ValType.Kind.F32, ResultPattern.NanKind.CANONICAL),
                onlyResult("(assert_return (invoke \"f\") (f32.const nan:canonical))"));
        assertEquals(new ResultPattern.Nan(ValType.Kind.F64, ResultPattern.NanKind.ARITHMETIC),
                onlyResult("(assert_return (invoke \"f\") (f64.const nan:arithmetic))"));
        assertEquals(new ResultPattern.Num(ValType.Kind.F64, 0x7FF0_0000_0000_0001L),
                onlyResult("(assert_return (invoke \"f\") (f64.const nan:0x1))"));
    }

    @Test
    void vectorResultsWithPerLaneNanPatterns() {
        ResultPattern.V128 v = assertInstanceOf(ResultPattern.V128.class, onlyResult(
                "(assert_return (invoke \"f\") (v128.const f32x4 nan:canonical 1.0 nan:arithmetic -0))"));
        assertEquals(ResultPattern.LaneShape.F32X4, v.shape());
        assertEquals(List.of(new ResultPattern.LaneNan(ResultPattern.NanKind.CANONICAL),
                new ResultPattern.LaneBits(0x3F80_0000L),
                new ResultPattern.LaneNan(ResultPattern.NanKind.ARITHMETIC),
                new ResultPattern.LaneBits(0x8000_0000L)), v.lanes());
        ResultPattern.V128 ints = assertInstanceOf(ResultPattern.V128.class, onlyResult(
                "(assert_return (invoke \"f\") (v128.const i16x8 -1 0 1 2 3 4 5 0x7fff))"));
        assertEquals(new ResultPattern.LaneBits(0xFFFF), ints.lanes().get(0));
        assertEquals(new ResultPattern.LaneBits(0x7FFF), ints.lanes().get(7));
    }

    @Test
    void vectorWithWrongLaneCountIsABadCommand() {
        WastCommand.BadCommand bad = assertInstanceOf(WastCommand.BadCommand.class,
                only("(assert_return (invoke \"f\") (v128.const i32x4 1 2 3))"));
        assertEquals("assert_return", bad.keyword());
        assertEquals(1, bad.line());
    }

    @Test
    void referenceResultPatterns() {
        WastCommand.AssertReturn r = assertInstanceOf(WastCommand.AssertReturn.class, only("""
                (assert_return (invoke "f")
                  (ref.null) (ref.null func) (ref.null $t) (ref.extern 1) (ref.extern) (ref.host 2)
                  (ref.func) (ref.struct) (ref.array) (ref.eq) (ref.i31) (ref.any) (ref.exn))
                """));
        assertEquals(List.of(
                new ResultPattern.RefNull(null),
                new ResultPattern.RefNull("func"),
                new ResultPattern.RefNull("$t"),
                new ResultPattern.RefExtern(1),
                new ResultPattern.RefOfType(HeapType.Abstract.EXTERN),
                new ResultPattern.RefHost(2),
                new ResultPattern.RefOfType(HeapType.Abstract.FUNC),
                new ResultPattern.RefOfType(HeapType.Abstract.STRUCT),
                new ResultPattern.RefOfType(HeapType.Abstract.ARRAY),
                new ResultPattern.RefOfType(HeapType.Abstract.EQ),
                new ResultPattern.RefOfType(HeapType.Abstract.I31),
                new ResultPattern.RefOfType(HeapType.Abstract.ANY),
                new ResultPattern.RefOfType(HeapType.Abstract.EXN)), r.results());
        assertEquals(HeapType.Abstract.FUNC, ((ResultPattern.RefNull) r.results().get(1)).abstractHeapType());
        assertNull(((ResultPattern.RefNull) r.results().get(2)).abstractHeapType());
    }

    @Test
    void eitherCollectsAlternatives() {
        ResultPattern.Either e = assertInstanceOf(ResultPattern.Either.class, onlyResult(
                "(assert_return (invoke \"f\") (either (i32.const 1) (v128.const i64x2 0 1) (f32.const nan:canonical)))"));
        assertEquals(3, e.alternatives().size());
        assertInstanceOf(ResultPattern.V128.class, e.alternatives().get(1));
    }

    @Test
    void trapOnActionAndOnModule() {
        List<WastCommand> commands = commands("""
                (assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
                (assert_trap (module (func unreachable) (start 0)) "unreachable")
                (assert_trap (module instance $I $M) "out of bounds")
                (assert_uninstantiable (module (start 0) (func unreachable)) "unreachable")
                """);
        WastCommand.AssertTrap trap = assertInstanceOf(WastCommand.AssertTrap.class, commands.get(0));
        assertEquals("integer divide by zero", trap.message());
        WastCommand.AssertUninstantiable moduleTrap =
                assertInstanceOf(WastCommand.AssertUninstantiable.class, commands.get(1));
        assertEquals("assert_trap", moduleTrap.keyword());
        assertInstanceOf(WastCommand.Module.class, moduleTrap.module());
        WastCommand.AssertUninstantiable instanceTrap =
                assertInstanceOf(WastCommand.AssertUninstantiable.class, commands.get(2));
        assertEquals(new WastCommand.ModuleInstance(3, "I", "M"), instanceTrap.module());
        assertEquals("assert_uninstantiable", commands.get(3).keyword());
    }

    @Test
    void otherAssertions() {
        List<WastCommand> commands = commands("""
                (assert_exhaustion (invoke "loop") "call stack exhausted")
                (assert_exception (invoke "throw"))
                (assert_invalid (module (func (result i32))) "type mismatch")
                (assert_unlinkable (module (import "m" "f" (func))) "unknown import")
                (assert_malformed_custom (module quote "(@custom)") "@custom annotation: missing section name")
                (assert_invalid_custom (module (func)) "@metadata.code.branch_hint annotation: invalid target")
                """);
        assertInstanceOf(WastCommand.AssertExhaustion.class, commands.get(0));
        assertInstanceOf(WastCommand.AssertException.class, commands.get(1));
        WastCommand.AssertInvalid invalid = assertInstanceOf(WastCommand.AssertInvalid.class, commands.get(2));
        assertEquals("type mismatch", invalid.message());
        assertInstanceOf(ModuleSource.Text.class, invalid.module());
        assertInstanceOf(WastCommand.AssertUnlinkable.class, commands.get(3));
        WastCommand.AssertMalformed custom = assertInstanceOf(WastCommand.AssertMalformed.class, commands.get(4));
        assertTrue(custom.custom());
        assertEquals("assert_malformed_custom", custom.keyword());
        WastCommand.AssertInvalid invalidCustom = assertInstanceOf(WastCommand.AssertInvalid.class, commands.get(5));
        assertTrue(invalidCustom.custom());
        assertEquals("assert_invalid_custom", invalidCustom.keyword());
    }

    @Test
    void misplacedModuleDefinitionInAssertUnlinkable() {
        WastCommand.BadCommand bad = assertInstanceOf(WastCommand.BadCommand.class,
                only("(assert_unlinkable (module definition (func)) \"x\")"));
        assertEquals("misplaced module definition", bad.error());
    }

    @Test
    void threadsAndWait() {
        List<WastCommand> commands = commands("""
                (module $Mem (memory 1 1 shared))
                (thread $T1 (shared (module $Mem))
                  (register "mem" $Mem)
                  (module (memory (import "mem" "shared") 1 1 shared))
                  (assert_return (invoke "run") (i32.const 0)))
                (wait $T1)
                """);
        WastCommand.Thread thread = assertInstanceOf(WastCommand.Thread.class, commands.get(1));
        assertEquals("T1", thread.id());
        assertEquals(List.of("Mem"), thread.sharedModules());
        assertEquals(List.of("register", "module", "assert_return"),
                thread.commands().stream().map(WastCommand::keyword).toList());
        assertEquals(List.of(3, 4, 5), thread.commands().stream().map(WastCommand::line).toList());
        assertEquals(new WastCommand.Wait(6, "T1"), commands.get(2));
    }

    @Test
    void annotationsBeforeTheModuleKeywordAreIgnored() {
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class,
                only("((@a) module (@a) $m (@a) (@a) ((@a) func (@a) $f))"));
        assertEquals("m", m.id());
    }

    @Test
    void aFileOfBareFieldsIsOneModule() {
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class,
                only("\n(func) (memory 0) (func (export \"f\"))\n"));
        assertEquals(2, m.line());
        assertNull(m.id());
        SExpr.Node node = ((ModuleSource.Text) m.source()).module();
        assertEquals("(module (func) (memory 0) (func (export \"f\")))", node.toString());
    }

    @Test
    void rawControlBytesInsideCommentsAreSkipped() {
        byte[] script = ";; line \u0007 comment\n(; block \u0001\u0002 comment ;)\n(module)\n"
                .getBytes(StandardCharsets.UTF_8);
        WastCommand.Module m = assertInstanceOf(WastCommand.Module.class, WastParser.parse(script).commands().get(0));
        assertEquals(3, m.line());
    }

    @Test
    void quotedIdentifiersAreDecoded() {
        List<WastCommand> commands = commands("(module $\"a b\" (func)) (register \"r\" $\"a b\") (get $\"\\41\" \"g\")");
        assertEquals("a b", ((WastCommand.Module) commands.get(0)).id());
        assertEquals("a b", ((WastCommand.Register) commands.get(1)).instanceId());
        assertEquals("A", ((WastCommand.Perform) commands.get(2)).action().instanceId());
    }

    @Test
    void namesAreUtf8() {
        WastCommand.Perform p = assertInstanceOf(WastCommand.Perform.class, only("(invoke \"\\u{1F600}x\")"));
        assertEquals("\uD83D\uDE00x", p.action().exportName());
    }

    @Test
    void unknownCommandsAndStrayAtomsBecomeBadCommandsWithoutHidingTheRest() {
        List<WastCommand> commands = commands("(frobnicate 1)\nfoo\n(module)");
        WastCommand.BadCommand bad = assertInstanceOf(WastCommand.BadCommand.class, commands.get(0));
        assertEquals("frobnicate", bad.keyword());
        assertEquals(2, commands.get(1).line());
        assertInstanceOf(WastCommand.Module.class, commands.get(2));
    }

    @Test
    void deeplyNestedEitherIsRejectedWithoutStackOverflow() {
        String nested = "(either ".repeat(100_000) + "(i32.const 1)" + ")".repeat(100_000);
        assertInstanceOf(WastCommand.BadCommand.class, only("(assert_return (invoke \"f\") " + nested + ")"));
    }

    @Test
    void deeplyNestedThreadsAreRejectedWithoutStackOverflow() {
        String nested = "(thread ".repeat(100_000) + ")".repeat(100_000);
        WastCommand command = only(nested);
        int depth = 0;
        while (command instanceof WastCommand.Thread t) {
            command = t.commands().get(0);
            depth++;
        }
        assertInstanceOf(WastCommand.BadCommand.class, command);
        assertEquals(100, depth);
    }

    @Test
    void anUnclosedStringFailsTheWholeFile() {
        assertThrows(TextSyntaxException.class, () -> WastParser.parse("(module)\n(register \"x)"));
    }

    @Test
    void constantsOutOfRangeAreBadCommands() {
        assertInstanceOf(WastCommand.BadCommand.class, only("(invoke \"f\" (i32.const 0x1_0000_0000))"));
        assertInstanceOf(WastCommand.BadCommand.class, only("(invoke \"f\" (v128.const i8x16 256 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))"));
    }
}
