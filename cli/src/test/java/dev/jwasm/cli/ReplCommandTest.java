package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jwasm repl} with its input piped: a script, one command a line. */
class ReplCommandTest {

    private static Cli.Run repl(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "repl";
            System.arraycopy(args, 0, all, 1, args.length);
            return Cli.jwasm(all);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aScriptRunsAgainstTheModuleNamedOnTheCommandLine() {
        Cli.Run run = repl("run()\n:mem 0 16\n", RealPrograms.WORKLOADS.resolve("fib.wasm").toString());
        assertEquals(new Cli.Run(0, String.join("\n",
                "loaded fib.wasm: 5 functions, 3 exports (memory, _initialize, run)",
                "called _initialize (a reactor's set-up)",
                "i64 -590873464834715372 (0xf7cccbb6dd529114)",
                "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|",
                ""), ""), run);
    }

    @Test
    void anyFailedInputMakesTheStatusOne() {
        Cli.Run run = repl("(module (func (export \"f\") (result i32) (i32.div_u (i32.const 1) (i32.const 0))))\n"
                + "f()\n:quit\n");
        assertEquals(1, run.status());
        assertEquals(List.of("loaded module: 1 function, 1 export (f)", "trap: integer divide by zero"),
                run.out().lines().toList());
    }

    @Test
    void echoMakesATranscript() {
        Cli.Run run = repl("(module\n  (func (export \"f\") (result f32) f32.const 2.5))\nf()\n", "--echo");
        assertEquals(0, run.status());
        assertEquals(List.of(
                "jwasm> (module",
                "         (func (export \"f\") (result f32) f32.const 2.5))",
                "loaded module: 1 function, 1 export (f)",
                "jwasm> f()",
                "f32 2.5"), run.out().lines().toList());
    }

    @Test
    void colourOnlyWhenAsked() {
        Cli.Run plain = repl(":load nothing.wasm\n");
        assertTrue(plain.out().startsWith("error: nothing.wasm: no such file"), plain.out());
        Cli.Run coloured = repl(":load nothing.wasm\n", "--color=always");
        assertTrue(coloured.out().startsWith("\u001b[1;31merror:\u001b[0m nothing.wasm: no such file"), coloured.out());
    }

    @Test
    void wasiProgramsLoadWithTheirOptionsAndRun() {
        Cli.Run run = repl(":exports\n_start()\n", "--env", "A=1",
                RealPrograms.WASI_PROGRAMS.resolve("hello.wasm").toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().startsWith("loaded hello.wasm: 34 functions, 2 exports (memory, _start), 5 imports"),
                run.out());
    }
}
