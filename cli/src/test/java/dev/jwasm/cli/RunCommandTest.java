package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Feature;
import dev.jwasm.wasi.programs.ProgramCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jwasm run} in this JVM: its command line, {@code --invoke}, feature switches and messages. */
class RunCommandTest {
    @TempDir
    Path dir;

    /** One run with captured streams. */
    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new RunCommand(new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path wat(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void optionsFollowWasmtimesGrammar() throws Exception {
        RunOptions o = RunOptions.parse(List.of("--dir", "a", "--dir=b::/guest", "--dir-ro", "c::d", "--env", "X=1",
                "--env=Y", "-W", "legacy-exceptions=n,threads", "-Wgc=n", "-S", "inherit-env", "--invoke", "f",
                "--argv0", "prog", "m.wasm", "--dir", "x", "-W", "y"));
        assertEquals(List.of(new RunOptions.Dir("a", "a", false), new RunOptions.Dir("b", "/guest", false),
                new RunOptions.Dir("c", "d", true)), o.dirs);
        assertEquals(List.of(new RunOptions.Env("X", "1"), new RunOptions.Env("Y", null)), o.env);
        assertEquals(List.of(new RunOptions.FeatureSwitch(Feature.LEGACY_EXCEPTIONS, false),
                new RunOptions.FeatureSwitch(Feature.THREADS, true), new RunOptions.FeatureSwitch(Feature.GC, false)),
                o.features);
        assertTrue(o.inheritEnv);
        assertEquals("f", o.invoke);
        assertEquals("prog", o.argv0);
        assertEquals("m.wasm", o.file);
        assertEquals(List.of("--dir", "x", "-W", "y"), o.guestArgs, "everything after FILE is the guest's");
        assertEquals(List.of("-x"), RunOptions.parse(List.of("--", "m.wasm", "-x")).guestArgs);
        assertEquals("-file-", RunOptions.parse(List.of("--", "-file-")).file);
        assertEquals(1, RunOptions.parse(List.of("-S", "tcplisten=127.0.0.1:0", "m.wasm")).listeners.size());
        assertEquals("interpreter", RunOptions.parse(List.of("--tier", "interpreter", "m.wasm")).tier);
    }

    @Test
    void badCommandLinesAreStatus2() {
        for (String[] args : new String[][] {{}, {"--dir"}, {"--nope", "m.wasm"}, {"-W", "nope", "m.wasm"},
            {"-W", "gc=maybe", "m.wasm"}, {"-S", "nope", "m.wasm"}, {"-S", "tcplisten=nowhere", "m.wasm"},
            {"--dir", "::g", "m.wasm"}}) {
            Run r = run(args);
            assertEquals(2, r.status(), List.of(args) + ": " + r.err());
            assertTrue(r.err().startsWith("jwasm run: "), r.err());
            assertEquals(1, r.err().lines().count());
        }
        assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-S", "tcplisten=1.2.3.4:99999", "x")));
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String option : List.of("--dir HOST[::GUEST]", "--dir-ro", "--env NAME[=VALUE]", "--invoke NAME", "-W", "-S",
                "tcplisten=HOST:PORT", "134")) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void invokeParsesArgumentsAndPrintsResults() throws Exception {
        Path m = wat("calc.wat", """
                (module
                  (global $calls (mut i32) (i32.const 0))
                  (func (export "_initialize") (global.set $calls (i32.const 100)))
                  (func (export "add") (param i32 i64) (result i32 i64)
                    (i32.add (local.get 0) (global.get $calls)) (i64.mul (local.get 1) (i64.const 2)))
                  (func (export "half") (param f32 f64) (result f32 f64)
                    (f32.div (local.get 0) (f32.const 2)) (f64.div (local.get 1) (f64.const 2)))
                  (func (export "nothing")))
                """);
        Run r = run("--invoke", "add", m.toString(), "-1", "0x10");
        assertEquals(0, r.status(), r.err());
        assertEquals("99\n32\n", r.out(), "_initialize ran first");
        r = run("--invoke", "add", m.toString(), "4294967295", "-9223372036854775808");
        assertEquals("99\n0\n", r.out());
        assertEquals("1.25\n-inf\n", run("--invoke", "half", m.toString(), "2.5", "-inf").out());
        assertEquals("", run("--invoke", "nothing", m.toString()).out());
        for (String[] bad : new String[][] {{"--invoke", "add", m.toString(), "1"},
            {"--invoke", "add", m.toString(), "1", "x"}, {"--invoke", "add", m.toString(), "4294967296", "1"},
            {"--invoke", "missing", m.toString()}}) {
            Run b = run(bad);
            assertEquals(1, b.status(), List.of(bad).toString());
            assertEquals(1, b.err().lines().count(), b.err());
        }
    }

    @Test
    void legacyExceptionsAreOnForRunAndCanBeTurnedOff() throws Exception {
        Path m = wat("legacy.wat", """
                (module
                  (tag $e)
                  (func (export "_start")
                    (try (do (throw $e)) (catch $e))))
                """);
        assertEquals(0, run(m.toString()).status());
        Run off = run("-W", "legacy-exceptions=n", m.toString());
        assertEquals(1, off.status());
        assertTrue(off.err().contains("malformed module") || off.err().contains("invalid module"), off.err());
    }

    @Test
    void moduleErrorsAreOneLine() throws Exception {
        Run invalid = run(wat("invalid.wat", "(module (func (result i32) (i64.const 1)))").toString());
        assertEquals(1, invalid.status());
        assertTrue(invalid.err().startsWith("jwasm: " + dir.resolve("invalid.wat") + ": invalid module: type mismatch"),
                invalid.err());
        assertEquals(1, invalid.err().lines().count());
        Run malformed = run(wat("malformed.wat", "(module (func").toString());
        assertEquals(1, malformed.status());
        assertTrue(malformed.err().contains("malformed module"), malformed.err());
        Path component = Files.write(dir.resolve("component.wasm"), new byte[] {0, 'a', 's', 'm', 0x0d, 0, 1, 0});
        Run c = run(component.toString());
        assertEquals(1, c.status());
        assertTrue(c.err().contains("a WebAssembly component"), c.err());
        Run directory = run(dir.toString());
        assertEquals(1, directory.status());
        assertTrue(directory.err().contains("is a directory"), directory.err());
    }

    @Test
    void aTierByName() throws Exception {
        Path hello = ProgramCase.directory().resolve("hello.wasm");
        Run r = run("--tier", "interpreter", hello.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("Hello, world!\n", r.out());
        Run unknown = run("--tier", "nonesuch", hello.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("nonesuch"), unknown.err());
    }

    @Test
    void aReactorWithoutStartOnlyInitializes() throws Exception {
        assertEquals(0, run(wat("reactor.wat", "(module (func (export \"_initialize\")))").toString()).status());
        assertEquals(0, run(wat("empty.wat", "(module)").toString()).status());
    }

    @Test
    void argv0AndGuestArguments() throws Exception {
        Run r = run("--argv0", "renamed", ProgramCase.directory().resolve("args.wasm").toString(), "one", "--two");
        assertEquals(0, r.status(), r.err());
        assertEquals("argc=3\nargv[1]=[one]\nargv[2]=[--two]\n", r.out());
    }

    @Test
    void theEntryPointTellsRunFromOtherCommands() {
        assertTrue(Jwasm.isRun(new String[] {"run", "x"}));
        assertTrue(Jwasm.isRun(new String[] {"x.wasm"}));
        assertTrue(Jwasm.isRun(new String[] {"x.wat", "a"}));
        assertTrue(Jwasm.isRun(new String[] {"--dir", ".", "x.wasm"}));
        assertFalse(Jwasm.isRun(new String[] {"wast", "x.wast"}));
        assertFalse(Jwasm.isRun(new String[] {"validate", "x.wasm"}));
        assertFalse(Jwasm.isRun(new String[] {"--help"}));
        assertFalse(Jwasm.isRun(new String[] {"-V"}));
        assertFalse(Jwasm.isRun(new String[] {}));
    }
}
