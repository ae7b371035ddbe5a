package dev.jwasm.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.UnlinkableException;
import dev.jwasm.wasi.programs.HostLayout;
import dev.jwasm.wasi.programs.ProgramCase;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code programs.tsv} run in this JVM through the {@link WasiConfig} API:
 * exact stdout, exit code (134 for a trap, 1 for a failed instantiation, as {@code jwasm run}
 * reports them), stderr wording, and the host layout's checks that nothing changed outside
 * the preopens (nor inside, where the expected output rules it out).
 */
class ProgramsInProcessTest {
    private static final Engine ENGINE = Engine.create();
    private static final Map<String, Module> MODULES = new HashMap<>();

    /** What one run produced. */
    record Outcome(int exit, byte[] stdout, String stderr) {
    }

    @TestFactory
    Stream<DynamicTest> programs() {
        List<ProgramCase> cases = ProgramCase.all();
        assertEquals(28, cases.size(), "cases in programs.tsv");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(ProgramCase c) throws Exception {
        Path root = Files.createTempDirectory("wasi-" + c.name() + "-");
        try {
            HostLayout.Check after = c.prepare(root);
            Outcome o = run(c, root);
            String stdout = new String(o.stdout(), StandardCharsets.UTF_8);
            assertEquals(new String(c.expectedStdout(), StandardCharsets.UTF_8), stdout, c.name() + ": stdout");
            assertEquals(c.exit(), o.exit(), c.name() + ": exit code; stderr: " + o.stderr());
            if (c.stderr() != null) {
                assertTrue(o.stderr().contains(c.stderr()), c.name() + ": stderr lacks '" + c.stderr() + "': " + o.stderr());
            }
            assertEquals(List.of(), after.problems(), c.name() + ": host layout after the run");
        } finally {
            HostLayout.delete(root);
        }
    }

    static Outcome run(ProgramCase c, Path root) throws IOException {
        WasiConfig.Builder config = WasiConfig.builder().arg(c.program() + ".wasm");
        c.args().forEach(config::arg);
        for (String[] e : c.envPairs()) {
            config.env(e[0], e[1]);
        }
        for (ProgramCase.Preopen p : c.preopens()) {
            config.preopen(new WasiConfig.Preopen(root.resolve(p.host()), p.guest(), p.readOnly()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        config.stdout(out).stderr(err);
        InputStream in = c.stdinFile() == null ? null : new FileInputStream(c.stdinFile().toFile());
        config.stdin(in);
        int exit;
        try (WasiPreview1 wasi = WasiPreview1.create(config.build())) {
            Module module = module(c);
            Linker linker = wasi.addTo(new Linker(ENGINE));
            Instance instance = linker.instantiate(ENGINE.newStore(), module);
            exit = wasi.runCommand(instance);
        } catch (UnlinkableException e) {
            err.write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            exit = 1;
        } catch (Trap e) {
            err.write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            exit = 134;
        } finally {
            if (in != null) {
                in.close();
            }
        }
        return new Outcome(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static synchronized Module module(ProgramCase c) throws IOException {
        Module m = MODULES.get(c.program());
        if (m == null) {
            m = ENGINE.compile(c.wasm());
            MODULES.put(c.program(), m);
        }
        return m;
    }
}
