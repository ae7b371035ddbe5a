package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    /** The smallest module: magic and version. */
    private static final byte[] EMPTY_MODULE = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @TempDir
    Path dir;

    /** One in-process run of the command line, with its captured output. */
    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run jwasm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path file(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), () -> "stack trace: " + run);
        assertFalse(run.err().contains("Exception"), () -> "exception name leaked: " + run);
    }

    /** {@code FILE: error: MESSAGE}, on one line. */
    private static void assertError(Run run, Path file, String messagePart) {
        assertEquals(1, run.status(), () -> run.toString());
        assertEquals("", run.out());
        assertNoStackTrace(run);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), () -> run.err());
        assertTrue(lines.get(0).startsWith(file + ": error: "), lines.get(0));
        assertTrue(lines.get(0).contains(messagePart), () -> lines.get(0) + " should contain " + messagePart);
    }

    // ---- validate ----

    @Test
    void validateAcceptsAValidBinaryModule() throws Exception {
        Run run = jwasm("validate", file("m.wasm", EMPTY_MODULE).toString());
        assertEquals(new Run(0, "valid\n", ""), run);
    }

    @Test
    void validateAcceptsValidTextWithOrWithoutTheModuleWrapper() throws Exception {
        assertEquals(new Run(0, "valid\n", ""),
                jwasm("validate", file("m.wat", "(module (func (result i32) (i32.const 1)))").toString()));
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", file("f.wat", "(func) (memory 1)").toString()));
    }

    @Test
    void validateReportsAnInvalidModule() throws Exception {
        Path file = file("bad.wat", "(module (func (result i32)))");
        assertError(jwasm("validate", file.toString()), file, "type mismatch");
    }

    @Test
    void validateReportsMalformedText() throws Exception {
        Path file = file("bad.wat", "(module (func (i32.frob)))");
        assertError(jwasm("validate", file.toString()), file, "unknown operator");
    }

    @Test
    void validateReportsGarbage() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[1 + random.nextInt(64)];
            random.nextBytes(garbage);
            if (i % 2 == 0 && garbage.length >= 4) {
                System.arraycopy(EMPTY_MODULE, 0, garbage, 0, 4); // binary path: magic, then noise
            }
            Path file = file("garbage" + i + ".wasm", garbage);
            Run run = jwasm("validate", file.toString());
            assertEquals(1, run.status(), () -> "garbage " + Arrays.toString(garbage) + ": " + run);
            assertError(run, file, "");
        }
    }

    /** (module (func)): type, function and code sections. */
    private static final byte[] ONE_FUNCTION =
            {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 0x0B};

    @Test
    void validateReportsEveryTruncationOfAModule() throws Exception {
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", file("ok.wasm", ONE_FUNCTION).toString()));
        for (int length = 0; length < ONE_FUNCTION.length; length++) {
            Path file = file("cut" + length + ".wasm", Arrays.copyOf(ONE_FUNCTION, length));
            Run run = jwasm("validate", file.toString());
            if (length == 8 || length == 14) {
                // Cut between sections: a smaller module, still valid.
                assertEquals(new Run(0, "valid\n", ""), run);
                continue;
            }
            if (length == 18) {
                assertError(run, file, "function and code section have inconsistent lengths");
                continue;
            }
            // The reference interpreter's two words for truncation: inside a value, or inside a section.
            assertError(run, file, "");
            assertTrue(run.err().contains("unexpected end") || run.err().contains("length out of bounds")
                    || run.err().contains("magic header") || run.err().contains("version"), run.err());
        }
    }

    @Test
    void validateReportsAFunctionBodyCutShortAsUnexpectedEnd() throws Exception {
        // The body {0 locals, end} loses its end; the sizes are adjusted, so only the code ends early.
        byte[] module = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 3, 1, 1, 0};
        Path file = file("noend.wasm", module);
        assertError(jwasm("validate", file.toString()), file, "unexpected end");
    }

    @Test
    void validateTreatsAnEmptyWasmFileAsABadBinary() throws Exception {
        Path file = file("empty.wasm", new byte[0]);
        assertError(jwasm("validate", file.toString()), file, "unexpected end");
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", file("empty.wat", new byte[0]).toString()));
    }

    @Test
    void validateRefusesAHugeDeclaredCountWithoutAllocating() throws Exception {
        // A type section declaring 2^32-1 types in 5 bytes.
        byte[] module = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        Path file = file("huge.wasm", module);
        assertError(jwasm("validate", file.toString()), file, "");
    }

    @Test
    void validateHandlesDeeplyNestedBlocksInBinaryAndText() throws Exception {
        int depth = 100_000;
        StringBuilder text = new StringBuilder("(module (func ");
        text.append("(block ".repeat(depth)).append(")".repeat(depth)).append("))");
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", file("deep.wat", text.toString()).toString()));

        // Function body: no locals, `block` (0x02 0x40) depth times, then `end` depth + 1 times.
        byte[] body = new byte[1 + 2 * depth + depth + 1];
        for (int i = 0; i < depth; i++) {
            body[1 + 2 * i] = 0x02;
            body[2 + 2 * i] = 0x40;
        }
        Arrays.fill(body, 1 + 2 * depth, body.length, (byte) 0x0B);
        byte[] module = binaryWithOneFunction(body);
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", file("deep.wasm", module).toString()));
        // Truncated: the body loses its last half of ends, the sizes say so, the code ends early.
        byte[] cutBody = Arrays.copyOf(body, body.length - depth / 2);
        Path cut = file("deep-cut.wasm", binaryWithOneFunction(cutBody));
        assertError(jwasm("validate", cut.toString()), cut, "unexpected end");
        Path cutText = file("deep-cut.wat", text.substring(0, text.length() - depth / 2));
        assertError(jwasm("validate", cutText.toString()), cutText, "unexpected");
    }

    private static byte[] binaryWithOneFunction(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(EMPTY_MODULE);
        out.writeBytes(new byte[] {1, 4, 1, 0x60, 0, 0}); // type section: (func)
        out.writeBytes(new byte[] {3, 2, 1, 0}); // function section
        byte[] bodySize = leb(body.length);
        byte[] sectionContent = concat(new byte[] {1}, bodySize, body);
        out.write(10);
        out.writeBytes(leb(sectionContent.length));
        out.writeBytes(sectionContent);
        return out.toByteArray();
    }

    private static byte[] leb(int value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        do {
            int b = value & 0x7F;
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void validateReportsMissingFilesAndFolders() throws Exception {
        Path missing = dir.resolve("absent.wasm");
        assertError(jwasm("validate", missing.toString()), missing, "cannot read file: no such file");
        assertError(jwasm("validate", dir.toString()), dir, "cannot read file: is a directory");
    }

    @Test
    void validateHonoursFeatureSwitches() throws Exception {
        Path file = file("wide.wat", "(module (func (param i64 i64 i64 i64) (result i64 i64)"
                + " (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))");
        assertEquals(1, jwasm("validate", file.toString()).status());
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", "-W", "wide-arithmetic=y", file.toString()));
    }

    @Test
    void unknownFeaturesAreUsageErrors() {
        Run run = jwasm("validate", "-W", "frobs=y", "x.wasm");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown feature 'frobs'"), run.err());
        assertEquals(2, jwasm("validate", "-W", "threads=maybe", "x.wasm").status());
    }

    // ---- wat2wasm ----

    @Test
    void wat2wasmWritesABinaryThatValidates() throws Exception {
        Path in = file("m.wat", "(module (func (export \"f\") (result i32) (i32.const 42)))");
        Path out = dir.resolve("m.wasm");
        assertEquals(new Run(0, "", ""), jwasm("wat2wasm", in.toString(), "-o", out.toString()));
        byte[] binary = Files.readAllBytes(out);
        assertArrayEquals(Arrays.copyOf(EMPTY_MODULE, 8), Arrays.copyOf(binary, 8));
        assertEquals(new Run(0, "valid\n", ""), jwasm("validate", out.toString()));
    }

    @Test
    void wat2wasmReportsErrorsAgainstTheInput() throws Exception {
        Path in = file("bad.wat", "(module (func (result i32)))");
        Path out = dir.resolve("bad.wasm");
        assertError(jwasm("wat2wasm", in.toString(), "-o", out.toString()), in, "type mismatch");
        assertFalse(Files.exists(out));
        assertEquals(0, jwasm("wat2wasm", "--no-check", in.toString(), "-o", out.toString()).status());
    }

    @Test
    void wat2wasmNeedsAnOutput() throws Exception {
        assertEquals(2, jwasm("wat2wasm", file("m.wat", "(module)").toString()).status());
    }

    // ---- wast ----

    private static final Pattern FILE_LINE = Pattern.compile(".+: \\d+ passed, \\d+ failed, \\d+ skipped");
    private static final Pattern TOTAL_LINE = Pattern.compile("\\d+ passed, \\d+ failed, \\d+ skipped");

    @Test
    void wastPrintsALinePerFileAndTheTotals() throws Exception {
        Path suite = dir.resolve("suite");
        file("suite/core/a.wast", "(module (func (export \"f\") (result i32) (i32.const 1)))\n"
                + "(assert_return (invoke \"f\") (i32.const 1))\n"
                + "(assert_invalid (module (func (result i32))) \"type mismatch\")\n");
        file("suite/core/sub/b.wast", "(assert_malformed (module quote \"(func (i32.frob))\") \"unknown operator\")\n");
        file("suite/core/notes.txt", "not a script");
        Run run = jwasm("wast", suite.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals(List.of(
                suite.resolve("core/a.wast") + ": 3 passed, 0 failed, 0 skipped",
                suite.resolve("core/sub/b.wast") + ": 1 passed, 0 failed, 0 skipped",
                "4 passed, 0 failed, 0 skipped"), run.outLines());
        for (String line : run.outLines().subList(0, 2)) {
            assertTrue(FILE_LINE.matcher(line).matches(), line);
        }
        assertTrue(TOTAL_LINE.matcher(run.outLines().get(2)).matches());
    }

    @Test
    void wastExitsWithOneOnFailuresAndWritesTheReport() throws Exception {
        Path a = file("a.wast", "(module)\n(assert_invalid (module) \"type mismatch\")\n(invoke \"f\")\n");
        Path report = dir.resolve("out/r.json");
        Run run = jwasm("wast", "--no-exec", "--report", report.toString(), a.toString());
        assertEquals(1, run.status());
        assertEquals("1 passed, 1 failed, 1 skipped", run.outLines().get(run.outLines().size() - 1));
        String json = Files.readString(report);
        String name = a.toString().replace("\\", "\\\\");
        assertEquals("{\"totals\":{\"passed\":1,\"failed\":1,\"skipped\":1},\"files\":[{\"file\":\"" + name + "\","
                + "\"passed\":1,\"failed\":1,\"skipped\":1,\"failures\":[{\"line\":2,\"command\":\"assert_invalid\","
                + "\"expected\":\"invalid: type mismatch\",\"actual\":\"valid\"}],"
                + "\"skips\":[{\"line\":3,\"reason\":\"execution not implemented\"}]}]}\n", json);
    }

    @Test
    void wastExecutesOnTheNamedTier() throws Exception {
        Path a = file("t.wast", "(module (func (export \"f\") (result i32) (i32.const 7)))\n"
                + "(assert_return (invoke \"f\") (i32.const 7))\n(assert_trap (invoke \"f\") \"unreachable\")\n");
        Run run = jwasm("wast", "--tier", "interpreter", a.toString());
        assertEquals(1, run.status());
        assertEquals("2 passed, 1 failed, 0 skipped", run.outLines().get(run.outLines().size() - 1));
        assertEquals(70, jwasm("wast", "--tier", "no-such-tier", a.toString()).status());
    }

    @Test
    void optionsTakeTheirValueAttachedOrSeparate() throws Exception {
        Path a = file("a.wast", "(module)\n");
        Path r1 = dir.resolve("r1.json");
        Path r2 = dir.resolve("r2.json");
        assertEquals(0, jwasm("wast", "--report=" + r1, "-W=threads=y", a.toString()).status());
        assertEquals(0, jwasm("wast", "--report", r2.toString(), "-W", "threads=y", a.toString()).status());
        assertEquals(Files.readString(r1), Files.readString(r2));
    }

    @Test
    void wastVerboseListsFailures() throws Exception {
        Path a = file("a.wast", "(assert_invalid (module) \"type mismatch\")\n");
        Run run = jwasm("wast", "-v", a.toString());
        assertTrue(run.out().contains("  1: assert_invalid: expected invalid: type mismatch, got valid"), run.out());
    }

    @Test
    void wastReportsAMissingPathAsAFailedFile() throws Exception {
        Path missing = dir.resolve("nope.wast");
        Run run = jwasm("wast", missing.toString());
        assertEquals(1, run.status());
        assertEquals(List.of(missing + ": 0 passed, 1 failed, 0 skipped", "0 passed, 1 failed, 0 skipped"),
                run.outLines());
        assertNoStackTrace(run);
    }

    @Test
    void wastChoosesFeaturesByFolderAndTakesSwitches() throws Exception {
        String script = "(module (func (param i64 i64 i64 i64) (result i64 i64)"
                + " (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))\n";
        Path core = file("t/core/w.wast", script);
        Path proposal = file("t/proposals/wide-arithmetic/w.wast", script);
        assertEquals(1, jwasm("wast", core.toString()).status());
        assertEquals(0, jwasm("wast", proposal.toString()).status());
        assertEquals(0, jwasm("wast", "-W", "wide-arithmetic=y", core.toString()).status());
        assertEquals(1, jwasm("wast", "-W", "wide-arithmetic=n", proposal.toString()).status());
    }

    // ---- the command itself ----

    @Test
    void versionAndHelp() {
        Run version = jwasm("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("jwasm "), version.out());
        Run help = jwasm("--help");
        assertEquals(0, help.status());
        for (String command : List.of("wast", "validate", "wat2wasm")) {
            assertTrue(help.out().contains(command), help.out());
        }
        Run wastHelp = jwasm("wast", "--help");
        assertTrue(wastHelp.out().contains("--report"), wastHelp.out());
        assertTrue(wastHelp.out().contains("NAME=y|n"), wastHelp.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = jwasm();
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Usage: jwasm"), run.err());
    }
}
