package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The benchmark workloads (C compiled by clang, {@code bench/workloads}) computed by the
 * interpreter: a call must return the checksum the native build computes. Real compiler
 * output exercises instruction sequences the spec scripts do not.
 */
class WorkloadChecksumTest {

    @TestFactory
    List<DynamicTest> everyWorkloadComputesItsChecksum() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../bench/workloads").normalize();
        List<String> rows = Files.readAllLines(dir.resolve("workloads.tsv"));
        Engine engine = Engine.create();
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            if (cols.length < 2) {
                continue;
            }
            tests.add(dynamicTest(cols[0], () -> {
                Module module = engine.compile(dir.resolve("wasm/" + cols[0] + ".wasm"));
                Instance instance = new Linker(engine).instantiate(engine.newStore(), module);
                instance.function("_initialize").call();
                assertEquals(Long.parseLong(cols[1]), instance.function("run").call()[0].asLong());
            }));
        }
        assertTrue(tests.size() >= 8, "workloads.tsv lists " + tests.size() + " workloads");
        return tests;
    }
}
