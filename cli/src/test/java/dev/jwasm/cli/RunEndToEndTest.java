package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.wasi.programs.EchoClient;
import dev.jwasm.wasi.programs.HostLayout;
import dev.jwasm.wasi.programs.ProgramCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jwasm run} as a process on every case of the WASI test programs' manifest: exact
 * stdout, exit status, stderr wording, and the host layout's checks that nothing changed
 * outside the preopened directories. Preopens are {@code --dir HOST::GUEST}
 * ({@code --dir-ro} for read-only ones), variables {@code --env NAME=VALUE}.
 */
class RunEndToEndTest {
    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> programs() {
        return ProgramCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(ProgramCase c) throws Exception {
        Path root = Files.createTempDirectory(work, c.name());
        HostLayout.Check after = c.prepare(root);
        List<String> args = new ArrayList<>(List.of("run"));
        for (ProgramCase.Preopen p : c.preopens()) {
            args.add(p.readOnly() ? "--dir-ro" : "--dir");
            args.add(root.resolve(p.host()) + "::" + p.guest());
        }
        for (String e : c.env()) {
            args.add("--env");
            args.add(e);
        }
        args.add(c.wasm().toString());
        args.addAll(c.args());
        JwasmProcess.Result r = JwasmProcess.run(args, c.stdinFile(), work);
        String expected = new String(c.expectedStdout(), StandardCharsets.UTF_8);
        // argv[0] is the path as given; the programs print argv[1..] only
        assertEquals(expected, r.out(), c.name() + ": stdout; stderr: " + r.stderr());
        assertEquals(c.exit(), r.exit(), c.name() + ": exit status; stderr: " + r.stderr());
        if (c.stderr() != null) {
            assertTrue(r.stderr().contains(c.stderr()), c.name() + ": stderr lacks '" + c.stderr() + "': " + r.stderr());
        }
        assertNoJavaStackTrace(r.stderr());
        assertEquals(List.of(), after.problems(), c.name() + ": host layout after the run");
    }

    static void assertNoJavaStackTrace(String stderr) {
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), "a Java stack trace: " + stderr);
    }

    @Test
    @Timeout(120)
    void echoServerOnATcplistenSocket() throws Exception {
        int port = EchoClient.freePort();
        Path out = work.resolve("echo.out");
        Path err = work.resolve("echo.err");
        Process p = JwasmProcess.start(List.of("run", "-S", "tcplisten=127.0.0.1:" + port,
                ProgramCase.directory().resolve("echo.wasm").toString()), null, out, err);
        try {
            assertEquals("echo: hello\n", EchoClient.exchange(port));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server exits after one client");
            assertEquals(0, p.exitValue(), Files.readString(err));
            assertEquals(EchoClient.EXPECTED_STDOUT, Files.readString(out));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void shorthandTextModulesAndTheHostEnvironment() throws Exception {
        Path wat = work.resolve("hello.wat");
        Files.writeString(wat, """
                (module
                  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $e (param i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 16) "text module\\n")
                  (func (export "_start")
                    (i32.store (i32.const 0) (i32.const 16))
                    (i32.store (i32.const 4) (i32.const 12))
                    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                    (drop (call $e (i32.const 100) (i32.const 104)))
                    ;; exit status: the number of environment variables
                    (if (i32.load (i32.const 100)) (then (unreachable)))))
                """);
        JwasmProcess.Result r = JwasmProcess.run(List.of(wat.toString()), null, work);
        assertEquals("text module\n", r.out(), r.stderr());
        assertEquals(0, r.exit(), "no variables unless given: " + r.stderr());
        r = JwasmProcess.run(List.of("--env", "HOST_ONLY", wat.toString()), null, work);
        assertEquals(134, r.exit(), "--env NAME passes the host's value: " + r.stderr());
        r = JwasmProcess.run(List.of("--env", "NOT_ON_THE_HOST", wat.toString()), null, work);
        assertEquals(0, r.exit(), "--env NAME of an unset variable passes nothing: " + r.stderr());
    }

    @Test
    void errorsAreOneLineWithoutStackTraces() throws Exception {
        Path garbage = Files.write(work.resolve("garbage.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5});
        for (List<String> args : List.of(List.of("run", work.resolve("missing.wasm").toString()),
                List.of("run", garbage.toString()),
                List.of("run", "--bogus", garbage.toString()),
                List.of("run", ProgramCase.directory().resolve("unknown_import.wasm").toString()),
                List.of("run", "--dir", work.resolve("no-such-dir").toString(),
                        ProgramCase.directory().resolve("hello.wasm").toString()))) {
            JwasmProcess.Result r = JwasmProcess.run(args, null, work);
            assertEquals(args.contains("--bogus") ? 2 : 1, r.exit(), args + ": " + r.stderr());
            assertEquals(1, r.stderr().lines().count(), args + ": " + r.stderr());
            assertNoJavaStackTrace(r.stderr());
        }
    }

    @Test
    void aTrapPrintsABacktraceWithFunctionNames() throws Exception {
        JwasmProcess.Result r = JwasmProcess.run(List.of("run",
                ProgramCase.directory().resolve("trap.wasm").toString(), "divide"), null, work);
        assertEquals(134, r.exit());
        assertTrue(r.stderr().startsWith("jwasm: wasm trap: integer divide by zero\nwasm backtrace:\n"), r.stderr());
        assertTrue(r.stderr().contains(": trap.wasm!_start"), r.stderr());
        assertNoJavaStackTrace(r.stderr());
    }
}
