package dev.jwasm.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Features;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL behind JLine, on test terminals: a dumb one over piped streams, and one fed key by key. */
class ReplTerminalTest {
    private static final Path STATE = ReplScriptTest.STATE;
    private static final Path FIB = ReplScriptTest.FIB;
    /** The Up key of an xterm in keypad-transmit mode, which the line editor turns on. */
    private static final String UP = "\u001bOA";

    @TempDir
    Path dir;

    /** A whole session on a dumb terminal whose input is the given text. */
    private String dumbSession(String input, Path history) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            Repl repl = new Repl(new Session(Features.wasm3(), HostImports.NONE), new Output(terminal.writer(), false));
            assertFalse(JLineConsole.hasColor(terminal), "a dumb terminal shows no colour");
            JLineConsole console = JLineConsole.create(terminal, repl, history, false);
            repl.run(console);
            console.saveHistory();
            terminal.writer().flush();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDumbTerminalRunsCommandsCallsAndMultiLineModules() throws Exception {
        String screen = dumbSession(":load " + FIB + "\nrun()\n(module\n  (func (export \"seven\") (result i32)\n"
                + "    i32.const 7))\nseven()\n:quit\n", dir.resolve("history"));
        assertTrue(screen.contains("loaded fib.wasm: 5 functions, 3 exports (memory, _initialize, run)"), screen);
        assertTrue(screen.contains("i64 -590873464834715372"), screen);
        assertTrue(screen.contains("loaded module: 1 function, 1 export (seven)"), screen);
        assertTrue(screen.contains("i32 7"), screen);
        assertTrue(screen.contains(JLineConsole.PROMPT), screen);
        assertFalse(screen.contains("\u001b["), "no escape sequences on a dumb terminal: " + screen);
    }

    @Test
    void historyIsKeptInAFileAcrossSessions() throws Exception {
        Path history = dir.resolve("history");
        dumbSession(":load " + STATE + "\nbump()\n:globals\n", history);
        String saved = Files.readString(history);
        assertTrue(saved.contains(":load " + STATE) && saved.contains("bump()") && saved.contains(":globals"), saved);
        // a dumb terminal has no line editing; a real one walks the saved history with Up
        try (LiveSession live = new LiveSession(history)) {
            live.type(":load " + STATE + "\n");
            live.waitFor("loaded state.wat");
            live.type(UP + UP + UP + "\n"); // :load (this session), :globals, bump()
            live.waitFor("i32 1");
        }
    }

    /** A terminal that gets its input key by key while the REPL runs on another thread. */
    private static final class LiveSession implements AutoCloseable {
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final LineDisciplineTerminal terminal;
        final Session session = new Session(Features.wasm3(), HostImports.NONE);
        final Thread thread;

        LiveSession(Path history) throws Exception {
            terminal = new LineDisciplineTerminal("test", "xterm-256color", screen, StandardCharsets.UTF_8);
            Repl repl = new Repl(session, new Output(terminal.writer(), false));
            JLineConsole console = JLineConsole.create(terminal, repl, history, false);
            thread = new Thread(() -> repl.run(console), "repl");
            thread.setDaemon(true);
            thread.start();
        }

        void type(String keys) throws Exception {
            terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        }

        String screen() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        void waitFor(String text) throws Exception {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!screen().contains(text)) {
                if (System.nanoTime() > deadline) {
                    fail("waited in vain for '" + text + "' on:\n" + screen());
                }
                Thread.sleep(10);
            }
        }

        @Override
        public void close() throws Exception {
            type(":quit\n");
            thread.join(10_000);
            terminal.close();
        }
    }

    @Test
    void ctrlCStopsARunningCallAndTheReplStaysAlive() throws Exception {
        try (LiveSession live = new LiveSession(dir.resolve("history"))) {
            live.type(":load " + STATE + "\n");
            live.waitFor("loaded state.wat");
            live.type("spin()\n");
            // Ctrl-C until the call reports it was interrupted (one typed before the call starts is
            // taken by the line editor and only clears a line)
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!live.screen().contains("trap: interrupted after ")) {
                assertTrue(System.nanoTime() < deadline, live.screen());
                Thread.sleep(200);
                live.type("\u0003");
            }
            live.type("bump()\n");
            live.waitFor("i32 1");
        }
    }

    @Test
    void tabCompletesCommandsAndExportNames() throws Exception {
        try (LiveSession live = new LiveSession(dir.resolve("history"))) {
            live.type(":lo\t" + STATE + "\n");
            live.waitFor("loaded state.wat");
            live.type("spl\t3)\n");
            live.waitFor("v128 i32x4[3 3 3 3]");
            live.type(":ge\tcou\t\n");
            live.waitFor("i32 0");
        }
    }

    @Test
    void upArrowRecallsThePreviousInput() throws Exception {
        try (LiveSession live = new LiveSession(dir.resolve("history"))) {
            live.type(":load " + STATE + "\n");
            live.waitFor("loaded state.wat");
            live.type("bump()\n");
            live.waitFor("i32 1");
            live.type(UP + "\n");
            live.waitFor("i32 2");
        }
    }

    // ---- the completer on its own

    private static List<String> complete(Repl repl, JLineConsole console, String line) {
        ParsedLine parsed = console.reader().getParser().parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new ReplCompleter(repl).complete(console.reader(), parsed, candidates);
        List<String> values = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.value().startsWith(parsed.word())) {
                values.add(c.value());
            }
        }
        return values;
    }

    @Test
    void completionOffersWhatEachPlaceTakes() throws Exception {
        Files.createDirectories(dir.resolve("mods/sub"));
        Files.writeString(dir.resolve("mods/a.wat"), "(module)");
        Files.writeString(dir.resolve("mods/b.wasm"), "");
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            Repl repl = new Repl(new Session(Features.wasm3(), HostImports.NONE), new Output(terminal.writer(), false));
            JLineConsole console = JLineConsole.create(terminal, repl, null, false);
            assertEquals(List.of(":disasm"), complete(repl, console, ":di"));
            assertEquals(List.of(), complete(repl, console, "bu"), "no module, no names");
            repl.execute(":load " + STATE);
            assertEquals(List.of("bump(", "bump_then_trap("), complete(repl, console, "bu"));
            assertEquals(List.of("counter"), complete(repl, console, "cou"));
            assertEquals(List.of("counter"), complete(repl, console, ":set cou"));
            assertEquals(List.of("memory"), complete(repl, console, ":mem m"));
            assertEquals(List.of("div"), complete(repl, console, ":invoke di"));
            assertEquals(List.of("div("), complete(repl, console, ":time di"));
            assertEquals(List.of(":mem"), complete(repl, console, ":help :me"));
            String mods = dir.resolve("mods") + "/";
            assertEquals(List.of(mods + "a.wat", mods + "b.wasm", mods + "sub/"),
                    complete(repl, console, ":load " + mods).stream().sorted().toList());
            assertEquals(List.of(mods + "a.wat"), complete(repl, console, ":validate " + mods + "a"));
            assertEquals(List.of(), complete(repl, console, ":globals x"));
        }
    }
}
