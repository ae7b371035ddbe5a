package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.WasmModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code jwasm inspect}: the report on fixtures and on real programs, as JSON and as text. */
class InspectCommandTest {
    private static final Path EVERYTHING = Path.of("src/test/resources/inspect/everything.wat");

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) {
        Cli.Run run = Cli.jwasm("inspect", "--json", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return (Map<String, Object>) Json.parse(run.out());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> report, String key) {
        return (List<Map<String, Object>>) report.get(key);
    }

    @Test
    void aFixtureWithEveryKindOfEntityIsReportedInFull() throws Exception {
        Map<String, Object> report = json(EVERYTHING);
        assertEquals("everything", report.get("name"));
        assertEquals(List.of("type", "import", "function", "table", "memory", "tag", "global", "export", "start",
                        "element", "code", "data", "custom", "custom"),
                list(report, "sections").stream().map(s -> s.get("kind")).toList());
        assertEquals(List.of(
                Map.of("module", "env", "name", "log", "kind", "func", "index", 0L, "type", "(func (param i32))"),
                Map.of("module", "env", "name", "base", "kind", "global", "index", 0L, "type", "(global i32)")),
                list(report, "imports"));
        assertEquals(List.of(
                Map.of("name", "oops", "kind", "tag", "index", 0L),
                Map.of("name", "mem", "kind", "memory", "index", 0L),
                Map.of("name", "count", "kind", "global", "index", 1L),
                Map.of("name", "add", "kind", "func", "index", 1L)),
                list(report, "exports"));
        List<Map<String, Object>> functions = list(report, "functions");
        assertEquals(List.of("log", "add", "init"), functions.stream().map(f -> f.get("name")).toList());
        assertEquals("env.log", functions.get(0).get("importedFrom"));
        assertEquals("(param i32 i32) (result i32)", functions.get(1).get("signature"));
        assertEquals(List.of("add"), functions.get(1).get("exportedAs"));
        assertEquals(2L, report.get("start"), "start is function 2 ($init)");
        Map<String, Object> memory = list(report, "memories").get(0);
        assertEquals(1L, memory.get("min"));
        assertEquals(4L, memory.get("max"));
        Map<String, Object> global = list(report, "globals").get(1);
        assertEquals("count", global.get("name"));
        assertEquals(true, global.get("mutable"));
        assertEquals(1, list(report, "tags").size());
        assertEquals(1, list(report, "elements").size());
        Map<String, Object> data = list(report, "data").get(0);
        assertEquals("greeting", data.get("name"));
        assertEquals(3L, data.get("size"));
        assertEquals(List.of("note", "name"), list(report, "customSections").stream().map(c -> c.get("name")).toList());
        List<Object> features = list(report, "features").stream().map(f -> f.get("name")).map(Object.class::cast)
                .toList();
        assertTrue(features.contains("exceptions"), features.toString());
    }

    @Test
    void textAndItsBinaryEncodingGiveTheSameReport() throws Exception {
        Path binary = dir.resolve("everything.wasm");
        assertEquals(0, Cli.jwasm("wat2wasm", EVERYTHING.toString(), "-o", binary.toString()).status());
        assertEquals(json(EVERYTHING), json(binary));
    }

    @TestFactory
    List<DynamicTest> everyCommittedProgramIsReportedConsistently() {
        return RealPrograms.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Object> report = json(file);
            assertEquals((long) bytes.length, report.get("size"));
            // sections tile the file: each header (id, LEB128 size) and its content, in order
            long next = 8;
            for (Map<String, Object> s : list(report, "sections")) {
                assertEquals(next, s.get("offset"), () -> file + ": " + s);
                long size = (Long) s.get("size");
                next += 1 + leb128Length(size) + size;
            }
            assertEquals((long) bytes.length, next, "the last section ends the file");
            WasmModule m = ModuleDecoder.decode(bytes, Features.wasm3());
            assertEquals(m.imports().size(), list(report, "imports").size());
            assertEquals(m.exports().size(), list(report, "exports").size());
            assertEquals(m.importCount(ExternKind.FUNC) + m.functions().size(), list(report, "functions").size());
            for (Map<String, Object> f : list(report, "functions")) {
                if (f.get("importedFrom") == null) {
                    assertTrue((Long) f.get("bodySize") > 0, f.toString());
                }
            }
            boolean workload = file.startsWith(RealPrograms.WORKLOADS) && !file.toString().endsWith("-cmd.wasm");
            if (workload) {
                assertEquals(List.of("memory", "_initialize", "run"),
                        list(report, "exports").stream().map(e -> e.get("name")).toList());
                assertEquals(List.of(), list(report, "imports"));
            }
            List<Object> features = list(report, "features").stream().map(f -> f.get("name")).map(Object.class::cast)
                    .toList();
            String name = file.getFileName().toString();
            assertEquals(name.startsWith("simd"), features.contains("simd"), features.toString());
        })).toList();
    }

    private static int leb128Length(long v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    @Test
    void theTextReportNamesEachPart() {
        Cli.Run run = Cli.jwasm("inspect", EVERYTHING.toString());
        assertEquals(0, run.status(), run.err());
        for (String part : List.of("sections (14):", "types (", "imports (2):", "exports (4):", "functions (3):",
                "memories (1):", "globals (2):", "tags (1):", "custom sections (2):", "features")) {
            assertTrue(run.out().contains(part), part + " missing from\n" + run.out());
        }
    }

    @Test
    void errorsAreOneLineAndStatusOne() throws Exception {
        Path missing = dir.resolve("missing.wasm");
        Wasm2WatCommandTest.assertError(Cli.jwasm("inspect", missing.toString()),
                missing + ": error: cannot read file: no such file");
        Path garbage = Files.write(dir.resolve("garbage.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 99});
        Wasm2WatCommandTest.assertError(Cli.jwasm("inspect", "--json", garbage.toString()), garbage + ": error: ");
        Path text = Files.writeString(dir.resolve("bad.wat"), "(module (func (i32.frob)))");
        Wasm2WatCommandTest.assertError(Cli.jwasm("inspect", text.toString()), text + ": error: unknown operator");
    }
}
