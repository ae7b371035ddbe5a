package dev.jwasm.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven by piped input, one command a line, in process. */
class ReplScriptTest {
    static final Path STATE = Path.of("src/test/resources/repl/state.wat");
    static final Path FIB = Path.of("../bench/workloads/wasm/fib.wasm");

    @TempDir
    Path dir;

    /** What a script printed and how many of its inputs failed. */
    record Transcript(String output, int failures) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    static Transcript run(String... lines) {
        StringWriter text = new StringWriter();
        Repl repl = new Repl(new Session(Features.wasm3(), HostImports.NONE), new Output(new PrintWriter(text), false));
        int failures = repl.run(new PipedLines(new BufferedReader(new StringReader(String.join("\n", lines) + "\n"))));
        return new Transcript(text.toString(), failures);
    }

    private static void assertNoJavaLeaks(Transcript t) {
        assertFalse(t.output().contains("Exception") || t.output().contains("\tat "), t.output());
        assertFalse(t.output().contains("internal error"), t.output());
    }

    @Test
    void loadsACompiledCProgramListsItsExportsAndCallsOne() {
        Transcript t = run(":load " + FIB, ":exports", "run()");
        assertEquals(0, t.failures(), t.output());
        assertEquals(List.of(
                "loaded fib.wasm: 5 functions, 3 exports (memory, _initialize, run)",
                "called _initialize (a reactor's set-up)",
                "  memory  memory       2 pages (128 KiB)  limits 2..",
                "  func    _initialize  (no params or results)",
                "  func    run          (result i64)",
                "i64 -590873464834715372 (0xf7cccbb6dd529114)"), t.lines());
    }

    @Test
    void callsTakeTypedArgumentsAndShowTypedResults() {
        Transcript t = run(":load " + STATE,
                "div(7, 2)", "div(-7, 2)", "div(0xffffffff, 1)",
                "add64(-1, 0x7fffffffffffffff)",
                "half(3)", "half(-inf)", "half(nan:0x200000)",
                "scaled(2.5)",
                "splat(7)", "lanes(i32x4[1 2 3 4])", "lanes(i8x16[1,0,0,0, 0,0,0,0, 0,0,0,0, 9,0,0,0])",
                "lanes(0x00000009000000000000000000000001)",
                "swap(3, 2.5)",
                "me()", "same(extern:5)", "same(null)", "is_null(bump)", "is_null(null)");
        assertEquals(0, t.failures(), t.output());
        assertEquals(List.of(
                "i32 3", "i32 -3 (0xfffffffd)", "i32 -1 (0xffffffff)",
                "i64 9223372036854775806",
                "f32 1.5", "f32 -inf", "f32 nan:0x600000",
                "f64 3.75",
                "v128 i32x4[7 7 7 7]", "i32 5", "i32 10", "i32 10",
                "f64 2.5, i32 3",
                "funcref bump", "externref extern:5", "externref null", "i32 0", "i32 1"),
                t.lines().subList(1, t.lines().size()));
    }

    @Test
    void invokeIsTheSameCallWrittenAsWords() {
        Transcript t = run(":load " + STATE, ":invoke div 9 3", ":i swap 1 -0.0", ":invoke lanes i32x4[1 2 3 4]");
        assertEquals(List.of("i32 3", "f64 -0.0, i32 1", "i32 5"), t.lines().subList(1, 4));
    }

    @Test
    void aTrapIsReportedAndTheInstanceKeepsItsState() {
        Transcript t = run(":load " + STATE, "bump()", "bump_then_trap()", ":get counter", "div(1, 0)", "recurse(0)",
                "bump()");
        assertEquals(List.of("i32 1", "trap: unreachable", "i32 2", "trap: integer divide by zero",
                "trap: call stack exhausted", "i32 3"), t.lines().subList(1, 7));
        assertEquals(3, t.failures());
    }

    @Test
    void globalsAreListedReadAndSet() {
        Transcript t = run(":load " + STATE, ":globals", ":get limit", ":set counter 41", "bump()", ":set scale 0x1p-1",
                "scale", ":set limit 1", ":set counter 1.5", ":get nothing");
        assertEquals(List.of(
                "    0  counter  (mut i32)  0",
                "    1  limit    i64        1000",
                "    2  scale    (mut f64)  1.5",
                "i64 1000",
                "i32 41",
                "i32 42",
                "f64 0.5",
                "f64 0.5",
                "error: global limit is immutable",
                "error: '1.5' is not an i32 value (-2147483648 to 4294967295)",
                "error: no global 'nothing' (see :globals)"), t.lines().subList(1, t.lines().size()));
    }

    @Test
    void memoryIsDumpedInHexWithAscii() {
        Transcript t = run(":load " + STATE, ":mem 16 16", "store(40, 0x41)", ":mem memory 0x24 8", ":mem 65530 64",
                ":mem 65536", ":mem nope 0");
        assertEquals(List.of(
                "00000010  48 65 6c 6c 6f 2c 20 6a  77 61 73 6d 21 00 01 02  |Hello, jwasm!...|",
                "00000020              00 00 00 00  41 00 00 00              |    ....A...    |",
                "0000fff0                                 00 00 00 00 00 00  |          ......|",
                "(memory ends at 0x10000)",
                "error: address 0x10000 is out of bounds: memory memory has 65536 bytes (1 page)",
                "error: no memory 'nope'"), t.lines().subList(1, t.lines().size()));
    }

    @Test
    void moduleTextRunsOverSeveralLinesUntilItsParenthesesBalance() {
        Transcript t = run(
                "(module $inline",
                "  ;; a comment with a ( that does not count",
                "  (func (export \"answer\") (result i32)",
                "    (; a block (comment ;) i32.const 42)",
                "  (data (memory 0) (i32.const 0) \"(\")",
                "  (memory 1))",
                "answer()",
                "(func (export \"f\") (result i32) i32.const 7)",
                "f()");
        assertEquals(0, t.failures(), t.output());
        assertEquals(List.of("loaded module $inline: 1 function, 1 export (answer)", "i32 42",
                "loaded module: 1 function, 1 export (f)", "i32 7"), t.lines());
    }

    @Test
    void aFailedLoadKeepsTheCurrentModule() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.wat"), "(module (func (result i32)))");
        Transcript t = run(":load " + STATE, "bump()", ":load " + bad, "(module (func (i32.frob)))",
                "(module (import \"nowhere\" \"f\" (func)))",
                "(module (func $s (unreachable)) (start $s))",
                ":load " + dir.resolve("missing.wasm"), "bump()");
        assertEquals(List.of(
                "i32 1",
                "error: " + bad + ": invalid module: type mismatch: instruction requires [i32] but stack has []",
                "error: malformed module: unknown operator i32.frob (at 1:16)",
                "error: cannot link: unknown import \"nowhere\".\"f\"",
                "trap: unreachable (while instantiating module; it was not loaded)",
                "error: " + dir.resolve("missing.wasm") + ": no such file",
                "i32 2"), t.lines().subList(1, t.lines().size()));
    }

    @Test
    void wasiImportsSayWasiIsMissing() {
        Transcript t = run(":load ../wasi/src/test/resources/programs/hello.wasm",
                ":load " + FIB + " --env A=1");
        assertTrue(t.lines().get(0).startsWith("error: ../wasi/src/test/resources/programs/hello.wasm: cannot link: "
                + "unknown import \"wasi_snapshot_preview1\"."), t.output());
        assertTrue(t.lines().get(0).endsWith("(WASI is not included in this build yet)"), t.output());
        assertEquals("error: --dir, --env and program arguments are for WASI, which this build does not include yet",
                t.lines().get(1));
    }

    @Test
    void disasmPrintsOneFunctionOrTheWholeModule() {
        Transcript t = run(":load " + STATE, ":disasm div", ":d $bump --folded", ":disasm 99");
        String out = t.output();
        assertTrue(out.contains("(func (;2;) (type 1) (param i32 i32) (result i32)\n  local.get 0\n  local.get 1\n"
                + "  i32.div_s)"), out);
        assertTrue(out.contains("(func $bump (type 0) (result i32)\n  (global.set $counter (i32.add (global.get $counter)"
                + " (i32.const 1)))"), out);
        assertTrue(out.contains("error: no function '99' (name an export, a $name or an index)"), out);
        Transcript whole = run(":load " + STATE, ":disasm");
        assertEquals("(module $state", whole.lines().get(1));
        assertTrue(whole.output().contains("(data (;0;) (memory 0) (offset (i32.const 16)) \"Hello, jwasm!\\00\\01\\02\"))"), whole.output());
    }

    @Test
    void validateChecksFilesAndTextWithoutLoading() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.wat"), "(module (func (result i32)))");
        Transcript t = run(":validate " + STATE, ":validate " + bad, ":validate (module (func))", ":validate",
                ":load " + FIB, ":validate");
        assertEquals(List.of(
                STATE + ": valid",
                "error: " + bad + ": invalid module: type mismatch: instruction requires [i32] but stack has []",
                "module: valid",
                "error: no module loaded (use :load FILE or type a (module ...))"), t.lines().subList(0, 4));
        assertEquals("fib.wasm: valid", t.lines().get(t.lines().size() - 1));
    }

    @Test
    void timeShowsTheResultAndTheDuration() {
        Transcript t = run(":load " + STATE, ":time div(9, 3)", ":time div 8 2");
        assertEquals("i32 3", t.lines().get(1));
        assertTrue(t.lines().get(2).matches("time: [0-9.]+ (us|ms|s)"), t.lines().get(2));
        assertEquals("i32 4", t.lines().get(3));
        assertTrue(t.lines().get(4).startsWith("time: "), t.output());
    }

    @Test
    void importsListsWhatAModuleNeeds() {
        Transcript t = run("(module (func (export \"one\") (result i32) i32.const 1) (global (export \"g\") i32"
                        + " (i32.const 5)) (memory (export \"m\") 1 2))",
                ":register lib",
                "(module (import \"lib\" \"one\" (func $one (result i32))) (import \"lib\" \"g\" (global i32))"
                        + " (import \"lib\" \"m\" (memory 1))"
                        + " (func (export \"two\") (result i32) (i32.add (call $one) (global.get 0))))",
                ":imports", "two()", ":exports");
        assertEquals(0, t.failures(), t.output());
        assertEquals(List.of(
                "registered module as lib",
                "loaded module: 2 functions, 1 export (two), 3 imports",
                "  func    lib.one  (result i32)",
                "  global  lib.g    i32 = 5",
                "  memory  lib.m    1 page (64 KiB)  limits 1..2",
                "i32 6",
                "  func    two  (param i32) (result i32)".replace("(param i32) ", "")),
                t.lines().subList(1, t.lines().size()));
    }

    @Test
    void mistakesGetOneLineOfHelpAndNothingLeaks() {
        Transcript t = run("run()", ":frobnicate", "hello", ":load " + STATE, "div(1)", "div(a, 1)", "div(1,)",
                "nope(1)", "Div(1, 2)", "lanes(i32x4[1 2])", "same(7)", ":mem", ":set", ":get a b", "\"div\"(4, 2)",
                "div", "counter", "garbage words here");
        assertNoJavaLeaks(t);
        List<String> lines = t.lines();
        assertEquals("error: no module loaded (use :load FILE or type a (module ...))", lines.get(0));
        assertEquals("error: unknown command :frobnicate (type :help)", lines.get(1));
        assertEquals("error: not a command: hello (type :help)", lines.get(2));
        assertEquals(List.of(
                "error: div takes 2 arguments [i32, i32], got 1",
                "error: argument 1: 'a' is not an i32 value (-2147483648 to 4294967295)",
                "error: missing argument after ','",
                "error: no function 'nope' (see :exports)",
                "error: no function 'Div'; did you mean div?",
                "error: argument 1: i32x4 has 4 lanes, got 2",
                "error: argument 1: '7' is not a externref value (write null or extern:N)",
                "error: usage: :mem [MEMORY] ADDR [LEN]",
                "error: usage: :set GLOBAL VALUE",
                "error: usage: :get GLOBAL",
                "i32 2",
                "func div (param i32 i32) (result i32)   call it as div(i32, i32)",
                "i32 0",
                "error: no export 'garbage words here'; commands start with ':' (type :help), calls look like f(1, 2)"),
                lines.subList(4, lines.size()));
    }

    @Test
    void helpListsEveryCommandAndQuitStopsReading() {
        Transcript t = run(":help", ":help mem", ":quit", ":load nothing-read-after-quit");
        for (String command : List.of(":load", ":imports", ":exports", ":invoke", ":time", ":globals", ":get", ":set",
                ":mem", ":disasm", ":validate", ":help", ":quit")) {
            assertTrue(t.output().contains("  " + command), command + " missing from\n" + t.output());
        }
        assertTrue(t.output().contains(":mem [MEMORY] ADDR [LEN]\n  hex dump of memory"), t.output());
        assertEquals(0, t.failures(), t.output());
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        Transcript t = run(";; a script", "", "# also a comment", "   ");
        assertEquals(new Transcript("", 0), t);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCInterruptsARunningCallAndTheReplGoesOn() throws Exception {
        StringWriter text = new StringWriter();
        Session session = new Session(Features.wasm3(), HostImports.NONE);
        Repl repl = new Repl(session, new Output(new PrintWriter(text), false));
        repl.execute(":load " + STATE);
        Thread interrupter = new Thread(() -> {
            // keep asking until the call is running and has been stopped
            while (!session.interrupt()) {
                Thread.onSpinWait();
            }
        });
        interrupter.start();
        repl.execute("spin()");
        interrupter.join(10_000);
        repl.execute("bump()");
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(1).startsWith("trap: interrupted after "), text.toString());
        assertTrue(lines.get(1).endsWith("(the instance is kept, its state as the call left it)"), text.toString());
        assertEquals("i32 1", lines.get(2));
        assertFalse(session.interrupt(), "nothing runs any more");
    }
}
