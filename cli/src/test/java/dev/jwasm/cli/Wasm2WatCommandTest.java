package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.text.WatParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code jwasm wasm2wat}: text that reads back to the same module, on real programs and on mistakes. */
class Wasm2WatCommandTest {

    @TempDir
    Path dir;

    private static byte[] reencodedText(String text) {
        return ModuleEncoder.encode(WatParser.parseModule(text, Features.wasm3()).module());
    }

    @TestFactory
    List<DynamicTest> everyCommittedProgramPrintsToTextThatReencodesToTheSameBytes() {
        List<Path> programs = RealPrograms.all();
        assertTrue(programs.size() >= 30, "found only " + programs);
        return programs.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] expected = ModuleEncoder.encode(ModuleDecoder.decode(Files.readAllBytes(file), Features.wasm3()));
            Path out = dir.resolve(file.getFileName() + ".wat");
            Cli.Run flat = Cli.jwasm("wasm2wat", file.toString(), "-o", out.toString());
            assertEquals(new Cli.Run(0, "", ""), flat);
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertArrayEquals(expected, reencodedText(text), "flat text of " + file);
            Cli.Run folded = Cli.jwasm("wasm2wat", "--folded", file.toString());
            assertEquals(0, folded.status(), folded.err());
            assertArrayEquals(expected, reencodedText(folded.out()), "folded text of " + file);
        })).toList();
    }

    @Test
    void namesFromTheNameSectionBecomeIdentifiers() {
        Cli.Run run = Cli.jwasm("wasm2wat", RealPrograms.WORKLOADS.resolve("fib.wasm").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("(module"), run.out());
        assertTrue(run.out().contains("(func $run (type "), run.out());
        assertTrue(run.out().contains("(export \"run\" (func $run))"), run.out());
    }

    @Test
    void foldedNestsOperands() throws Exception {
        Path file = dir.resolve("add.wat");
        Files.writeString(file, "(module (func (param i32) (result i32) local.get 0 i32.const 1 i32.add))");
        Cli.Run run = Cli.jwasm("wasm2wat", "--folded", file.toString());
        assertTrue(run.out().contains("(i32.add (local.get 0) (i32.const 1))"), run.out());
        Cli.Run flat = Cli.jwasm("wasm2wat", file.toString());
        assertTrue(flat.out().contains("    local.get 0\n    i32.const 1\n    i32.add"), flat.out());
    }

    @Test
    void whatTextCannotSayIsAWarning() throws Exception {
        // a data count section (0) that no code needs: text leaves it out
        byte[] module = {0, 'a', 's', 'm', 1, 0, 0, 0, 12, 1, 0};
        Path file = dir.resolve("datacount.wasm");
        Files.write(file, module);
        Cli.Run run = Cli.jwasm("wasm2wat", file.toString());
        assertEquals(0, run.status());
        assertEquals(List.of(file + ": warning: the data count section is present although no code refers to a data"
                + " segment; text omits it"), run.errLines());
        assertTrue(run.out().endsWith("\n(module)\n"), run.out()); // the printer notes it in a comment too
    }

    @Test
    void errorsAreOneLineAndStatusOne() throws Exception {
        Path missing = dir.resolve("missing.wasm");
        assertError(Cli.jwasm("wasm2wat", missing.toString()), missing + ": error: cannot read file: no such file");
        Path garbage = Files.write(dir.resolve("garbage.wasm"), new byte[] {0, 'a', 's', 'm', 9, 9});
        assertError(Cli.jwasm("wasm2wat", garbage.toString()), garbage + ": error: ");
        Path invalid = Files.writeString(dir.resolve("invalid.wat"), "(module (func (result i32)))");
        assertError(Cli.jwasm("wasm2wat", invalid.toString()), invalid + ": error: type mismatch");
        assertEquals(0, Cli.jwasm("wasm2wat", "--no-check", invalid.toString()).status());
        Path out = dir.resolve("no/such/dir/out.wat");
        assertError(Cli.jwasm("wasm2wat", RealPrograms.WORKLOADS.resolve("fib.wasm").toString(), "-o", out.toString()),
                out + ": error: cannot write file: ");
    }

    static void assertError(Cli.Run run, String start) {
        assertEquals(1, run.status(), run.toString());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith(start), run.errLines().get(0) + " should start with " + start);
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }
}
