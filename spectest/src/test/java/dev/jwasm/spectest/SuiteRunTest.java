package dev.jwasm.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Features;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunTest {

    @Test
    void everyFileRunsOnceAndResultsComeInFileOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.wast"), "(module)");
        Files.writeString(dir.resolve("b/a.wast"), "(module)\n(module)");
        Files.writeString(dir.resolve("a.wast"), "(module)\n(module)\n(module)");
        Files.writeString(dir.resolve("readme.txt"), "not a script");
        List<Path> files = ScriptFiles.collect(List.of(dir, dir.resolve("missing.wast")));
        assertEquals(List.of(dir.resolve("a.wast"), dir.resolve("b/a.wast"), dir.resolve("b/c/z.wast"),
                dir.resolve("missing.wast")), files);
        List<String> seen = new ArrayList<>();
        List<FileResult> results = SuiteRun.run(new WastRunner(new FakePipeline()), files,
                f -> dir.relativize(f).toString(), f -> Features.wasm3(), 3, r -> seen.add(r.file()));
        assertEquals(List.of("a.wast", "b/a.wast", "b/c/z.wast", "missing.wast"), seen);
        assertEquals(List.of(3L, 2L, 1L, 0L), results.stream().map(FileResult::passed).toList());
        assertEquals(1, results.get(3).failed());
    }
}
