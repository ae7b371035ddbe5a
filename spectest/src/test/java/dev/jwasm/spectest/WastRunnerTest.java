package dev.jwasm.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.wast.WastCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WastRunnerTest {

    private final FakePipeline pipeline = new FakePipeline();
    private final WastRunner runner = new WastRunner(pipeline);

    private FileResult run(String script) {
        return runner.run("t.wast", script.getBytes(StandardCharsets.UTF_8), Features.wasm3());
    }

    private CommandOutcome only(String script) {
        FileResult result = run(script);
        assertEquals(1, result.outcomes().size(), () -> "outcomes: " + result.outcomes());
        return result.outcomes().get(0);
    }

    @Test
    void aValidModulePasses() {
        CommandOutcome o = only("(module $M (func))");
        assertEquals(CommandOutcome.passed(1, "module"), o);
        assertEquals(1, pipeline.validations);
    }

    @Test
    void anInvalidModuleFailsWithTheValidatorsMessage() {
        CommandOutcome o = only("(module invalid \"type mismatch\")");
        assertEquals(CommandOutcome.failed(1, "module", "a valid module", "invalid: type mismatch"), o);
    }

    @Test
    void binaryModulesAreDecodedAndValidated() {
        FileResult r = run("""
                (module binary "\\00asm" "V")
                (module binary "\\00asm" "Iunknown type")
                (module binary "\\00asx")
                """);
        assertEquals(CommandOutcome.Status.PASSED, r.outcomes().get(0).status());
        assertEquals("invalid: unknown type", r.outcomes().get(1).actual());
        assertEquals("malformed: magic header not detected", r.outcomes().get(2).actual());
    }

    @Test
    void assertMalformedNeedsAMalformedErrorContainingTheText() {
        FileResult r = run("""
                (assert_malformed (module quote "(module malformed \\"unknown operator x\\")") "unknown operator")
                (assert_malformed (module quote "malformed \\"unexpected token\\"") "unknown operator")
                (assert_malformed (module binary "\\00asx") "magic header not detected")
                (assert_malformed (module quote "(module)") "unknown operator")
                (assert_malformed (module quote "(module invalid \\"type mismatch\\")") "type mismatch")
                """);
        List<CommandOutcome> o = r.outcomes();
        assertEquals(CommandOutcome.Status.PASSED, o.get(0).status());
        assertEquals(CommandOutcome.failed(2, "assert_malformed", "malformed: unknown operator",
                "malformed: unexpected token"), o.get(1));
        assertEquals(CommandOutcome.Status.PASSED, o.get(2).status());
        assertEquals("well-formed and valid", o.get(3).actual());
        assertEquals("well-formed, but invalid: type mismatch", o.get(4).actual());
    }

    @Test
    void assertInvalidNeedsAnInvalidErrorAfterAWellFormedModule() {
        FileResult r = run("""
                (assert_invalid (module invalid "type mismatch in block") "type mismatch")
                (assert_invalid (module invalid "unknown local") "type mismatch")
                (assert_invalid (module malformed "unknown operator") "unknown operator")
                (assert_invalid (module) "type mismatch")
                (assert_invalid (module binary "\\00asm" "Iunknown type") "unknown type")
                """);
        List<CommandOutcome> o = r.outcomes();
        assertEquals(CommandOutcome.Status.PASSED, o.get(0).status());
        assertEquals("invalid: unknown local", o.get(1).actual());
        assertEquals(CommandOutcome.failed(3, "assert_invalid", "invalid: unknown operator",
                "malformed: unknown operator"), o.get(2));
        assertEquals("valid", o.get(3).actual());
        assertEquals(CommandOutcome.Status.PASSED, o.get(4).status());
    }

    @Test
    void customAssertionsAcceptEitherErrorKind() {
        FileResult r = run("""
                (assert_malformed_custom (module quote "malformed \\"@custom annotation: missing section name\\"")
                  "@custom annotation: missing section name")
                (assert_invalid_custom (module malformed "@metadata.code.branch_hint annotation: invalid target")
                  "@metadata.code.branch_hint annotation: invalid target")
                (assert_invalid_custom (module invalid "@metadata.code.branch_hint annotation: invalid target")
                  "@metadata.code.branch_hint annotation: invalid target")
                """);
        assertEquals(3, r.passed(), () -> r.outcomes().toString());
    }

    @Test
    void executionCommandsAreSkippedWithTheReason() {
        FileResult r = run("""
                (module $M (func))
                (module instance $I $M)
                (register "m" $M)
                (invoke "f")
                (get "g")
                (assert_return (invoke "f") (i32.const 1))
                (assert_trap (invoke "f") "unreachable")
                (assert_exhaustion (invoke "f") "call stack exhausted")
                (assert_exception (invoke "f"))
                (assert_unlinkable (module (func)) "unknown import")
                (assert_trap (module (func)) "out of bounds")
                (thread $T (invoke "f"))
                (wait $T)
                """);
        assertEquals(1, r.passed());
        assertEquals(12, r.skipped());
        for (CommandOutcome skip : r.skips()) {
            assertEquals(WastRunner.NO_EXECUTION, skip.reason());
        }
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                r.skips().stream().map(CommandOutcome::line).toList());
    }

    @Test
    void instantiationAssertionsStillRequireAValidModule() {
        CommandOutcome o = only("(assert_unlinkable (module invalid \"type mismatch\") \"unknown import\")");
        assertEquals(CommandOutcome.failed(1, "assert_unlinkable", "a valid module to instantiate",
                "invalid: type mismatch"), o);
    }

    @Test
    void anExceptionInOneCommandFailsOnlyThatCommand() {
        FileResult r = run("(module crash)\n(module)\n(assert_invalid (module crash) \"x\")");
        assertEquals(List.of(CommandOutcome.Status.FAILED, CommandOutcome.Status.PASSED, CommandOutcome.Status.FAILED),
                r.outcomes().stream().map(CommandOutcome::status).toList());
        assertTrue(r.outcomes().get(0).actual().startsWith("internal error: java.lang.NullPointerException: boom"),
                r.outcomes().get(0).actual());
        assertEquals("invalid: x", r.outcomes().get(2).expected());
    }

    @Test
    void aTextModuleTheDecoderRejectsAfterEncodingIsAnInternalError() {
        CommandOutcome o = only("(module roundtrip)");
        assertEquals(CommandOutcome.Status.FAILED, o.status());
        assertTrue(o.actual().contains("does not survive encode/decode"), o.actual());
    }

    @Test
    void aBadCommandIsOneFailure() {
        FileResult r = run("(module)\n(frobnicate)\n(module)");
        assertEquals(2, r.passed());
        assertEquals(CommandOutcome.failed(2, "frobnicate", "a well-formed command", "unknown command frobnicate"),
                r.failures().get(0));
    }

    @Test
    void anUnreadableScriptIsOneFailureAtItsLine() {
        FileResult r = run("(module)\n\n(register \"x)");
        assertEquals(1, r.outcomes().size());
        CommandOutcome o = r.outcomes().get(0);
        assertEquals(3, o.line());
        assertEquals("script", o.command());
        assertTrue(o.actual().contains("unclosed string"), o.actual());
    }

    @Test
    void aMissingFileIsOneFailure(@TempDir Path dir) {
        FileResult r = runner.run(dir.resolve("absent.wast"), "absent.wast", Features.wasm3());
        assertEquals(1, r.failed());
        assertTrue(r.failures().get(0).actual().startsWith("cannot read"));
    }

    @Test
    void filesAreReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.wast");
        Files.writeString(file, "(module)\n(assert_return (invoke \"f\"))\n");
        FileResult r = runner.run(file, "a.wast", Features.wasm3());
        assertEquals("a.wast", r.file());
        assertEquals(1, r.passed());
        assertEquals(1, r.skipped());
    }

    @Test
    void aBackendReceivesInstantiationsAndExecutionCommands() {
        List<String> calls = new ArrayList<>();
        ExecutionBackend backend = features -> new ScriptExecution() {
            @Override
            public CommandOutcome instantiate(WastCommand.Module command, ModuleDefinition definition,
                    ModuleDefinitions modules) {
                assertSame(definition, modules.find(null));
                assertSame(definition, modules.find(command.id()));
                calls.add("instantiate " + definition.id());
                return CommandOutcome.passed(command.line(), command.keyword());
            }

            @Override
            public CommandOutcome execute(WastCommand command, ModuleDefinitions modules) {
                calls.add(command.keyword());
                return CommandOutcome.failed(command.line(), command.keyword(), "1", "2");
            }
        };
        FileResult r = new WastRunner(pipeline, backend).run("t.wast", """
                (module $M (func))
                (module definition $D (func))
                (assert_return (invoke "f") (i32.const 1))
                (assert_trap (module (func)) "unreachable")
                """.getBytes(StandardCharsets.UTF_8), Features.wasm3());
        assertEquals(List.of("instantiate M", "assert_return", "assert_trap"), calls);
        assertEquals(2, r.passed());
        assertEquals(2, r.failed());
    }
}
