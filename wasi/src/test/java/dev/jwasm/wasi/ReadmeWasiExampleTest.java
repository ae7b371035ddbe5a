package dev.jwasm.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.wasi.programs.ProgramCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's WASI example, run (on the {@code cat} test program), and checked to be what the README shows. */
class ReadmeWasiExampleTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path assetsDir;

    @Test
    void theExampleRuns() throws IOException {
        Engine engine = Engine.create();
        Module module = engine.compile(ProgramCase.directory().resolve("cat.wasm"));
        ByteArrayInputStream input = new ByteArrayInputStream("through the guest".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // --- README example begins
        WasiConfig config = WasiConfig.builder()
                .args("tool.wasm", "--verbose")              // argv[0] first
                .env("HOME", "/")                            // or .inheritEnv()
                .preopen(dataDir, "/data")                   // host directory, guest name; read-write
                .preopenReadOnly(assetsDir, "/assets")
                .stdin(input).stdout(output)                 // Java streams, or .inheritStdio()
                .clock(WasiClock.virtual(0)).random(new Random(42))   // reproducible runs
                .build();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = wasi.addTo(new Linker(engine)).instantiate(engine.newStore(), module);
            int exitCode = wasi.runCommand(instance);       // _start; proc_exit's code
        // --- README example ends
            assertEquals(0, exitCode);
        }
        assertEquals("through the guest", output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        Path module = Path.of(System.getProperty("basedir", "."));
        String test = Files.readString(module.resolve("src/test/java/dev/jwasm/wasi/ReadmeWasiExampleTest.java"));
        String readme = Files.readString(module.resolve("../README.md"));
        String tested = test.substring(test.indexOf("// --- README example begins"), test.indexOf("        // --- README example ends"));
        tested = tested.substring(tested.indexOf('\n') + 1) + "}\n";
        int section = readme.indexOf("### WASI");
        assertTrue(section >= 0, "README.md has no '### WASI' section");
        int from = readme.indexOf("```java\n", section) + "```java\n".length();
        assertEquals(normalized(tested), normalized(readme.substring(from, readme.indexOf("```", from))));
    }

    private static List<String> normalized(String code) {
        List<String> lines = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
