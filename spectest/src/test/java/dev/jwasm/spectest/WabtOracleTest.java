package dev.jwasm.spectest;

import dev.jwasm.parser.wast.TestsuiteFeatures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.WasmException;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.WastCommand;
import dev.jwasm.parser.wast.WastParser;
import dev.jwasm.parser.wast.WastScript;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * wabt as an independent oracle for our text-to-binary path: for every valid text module of
 * the testsuite that wabt itself accepts ({@code wat2wasm --enable-all}), our bytes must pass
 * {@code wasm-validate --enable-all}, and {@code wasm2wat} of our bytes must parse back with
 * our parser and re-encode to exactly our bytes — or, where wabt 1.0.32 prints two encodings
 * alike, to bytes equal up to that loss ({@link WabtPrintingLosses}). wabt comes from PATH (Debian package
 * {@code wabt}); without it the test is skipped with that reason.
 */
class WabtOracleTest {
    private static final int MINIMUM_CHECKED = 1000;
    private static final long PROCESS_TIMEOUT_SECONDS = 30;

    private final JwasmPipeline pipeline = new JwasmPipeline();
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger rejectedByWabt = new AtomicInteger();
    private final AtomicInteger encodedOtherwiseByWabt = new AtomicInteger();
    private final AtomicInteger printedInOldSyntax = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @Test
    void ourBinariesValidateAndRoundTripThroughWabt() throws Exception {
        Path testsuite = SpecTestSuiteTest.testsuiteRoot();
        Assumptions.assumeTrue(onPath("wat2wasm") && onPath("wasm-validate") && onPath("wasm2wat"),
                "wabt is not on PATH: install the Debian package wabt (Docker, for a Testcontainers image, is not available here)");
        Path work = Files.createTempDirectory("jwasm-wabt");
        List<Path> files = ScriptFiles.collect(List.of(testsuite));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<Future<?>> pending = new ArrayList<>();
        AtomicInteger counter = new AtomicInteger();
        for (Path file : files) {
            Features features = TestsuiteFeatures.forPath(file);
            WastScript script = WastParser.parse(Files.readAllBytes(file));
            for (WastCommand command : script.commands()) {
                if (command instanceof WastCommand.Module m && m.source() instanceof ModuleSource.Text text) {
                    String where = testsuite.relativize(file) + ":" + m.line();
                    Path dir = work.resolve(Integer.toString(counter.incrementAndGet()));
                    pending.add(pool.submit(() -> check(where, text.module(), features, dir)));
                }
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pool.shutdown();
        System.out.println("wabt oracle: " + checked.get() + " modules checked; not counted: " + rejectedByWabt.get()
                + " not accepted by wabt 1.0.32, " + encodedOtherwiseByWabt.get()
                + " encoded by wabt in pre-3.0 binary forms, " + printedInOldSyntax.get()
                + " printed by wabt in pre-3.0 text syntax; " + failures.size() + " disagreements");
        failures.stream().sorted().limit(40).forEach(System.out::println);
        if (failures.isEmpty()) {
            deleteRecursively(work);
        }
        assertEquals(List.of(), failures.stream().sorted().limit(40).toList());
        assertTrue(checked.get() >= MINIMUM_CHECKED, "only " + checked.get() + " modules checked, expected at least "
                + MINIMUM_CHECKED);
    }

    private void check(String where, SExpr.Node form, Features features, Path dir) {
        byte[] ours;
        WasmModule module;
        try {
            module = pipeline.decode(ModuleEncoder.encode(WatParser.parseModule(form).module()), features);
            ours = ModuleEncoder.encode(module);
            pipeline.validate(module, features);
        } catch (WasmException e) {
            return; // not a valid module for us: only valid modules are compared
        }
        try {
            Files.createDirectories(dir);
            Path wat = dir.resolve("in.wat");
            Files.writeString(wat, SExpr.print(form));
            Path wabtWasm = dir.resolve("wabt.wasm");
            if (run(dir, "wat2wasm", "--enable-all", wat.toString(), "-o", wabtWasm.toString()) != 0) {
                rejectedByWabt.incrementAndGet();
                return;
            }
            if (!sameModule(Files.readAllBytes(wabtWasm), module, features)) {
                encodedOtherwiseByWabt.incrementAndGet();
                return;
            }
            if (WabtPrintingLosses.printedInOldSyntax(module)) {
                printedInOldSyntax.incrementAndGet();
                return;
            }
            Path ourWasm = dir.resolve("ours.wasm");
            Files.write(ourWasm, ours);
            if (run(dir, "wasm-validate", "--enable-all", ourWasm.toString()) != 0) {
                failures.add(where + ": wasm-validate rejects our binary: " + output(dir));
                return;
            }
            Path back = dir.resolve("back.wat");
            if (run(dir, "wasm2wat", "--enable-all", ourWasm.toString(), "-o", back.toString()) != 0) {
                failures.add(where + ": wasm2wat cannot print our binary: " + output(dir));
                return;
            }
            byte[] again = ModuleEncoder.encode(WatParser.parseModule(Files.readString(back)).module());
            if (!Arrays.equals(ours, again) && !Arrays.equals(
                    ModuleEncoder.encode(WabtPrintingLosses.normalize(pipeline.decode(ours, features))),
                    ModuleEncoder.encode(WabtPrintingLosses.normalize(pipeline.decode(again, features))))) {
                failures.add(where + ": wasm2wat output re-encodes differently (" + ours.length + " vs " + again.length
                        + " bytes, see " + dir + ")");
                return;
            }
            checked.incrementAndGet();
        } catch (IOException | WasmException e) {
            failures.add(where + ": " + e + " (see " + dir + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }

    /** Whether wabt's binary for the module decodes to our model of it (up to what wabt cannot express). */
    private boolean sameModule(byte[] wabtBytes, WasmModule ours, Features features) {
        try {
            WasmModule theirs = pipeline.decode(wabtBytes, features);
            return Arrays.equals(ModuleEncoder.encode(WabtPrintingLosses.normalize(withoutNames(theirs))),
                    ModuleEncoder.encode(WabtPrintingLosses.normalize(withoutNames(ours))));
        } catch (WasmException e) {
            return false;
        }
    }

    private static WasmModule withoutNames(WasmModule m) {
        return new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(), m.globals(),
                m.tags(), m.exports(), m.startFunction(), m.elements(), m.dataCount(), m.codes(), m.data(),
                m.customSections().stream().filter(c -> !c.name().equals("name")).toList(), NameSection.EMPTY);
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        if (!p.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static String output(Path dir) throws IOException {
        String s = Files.readString(dir.resolve("output.txt"));
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
