package dev.jwasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.WatPrinter;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.TestsuiteFeatures;
import dev.jwasm.parser.wast.WastCommand;
import dev.jwasm.parser.wast.WastParser;
import dev.jwasm.parser.wast.WastScript;
import dev.jwasm.validator.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jwasm wasm2wat} on every module of the official testsuite that decodes and validates:
 * its output parses back with jwasm's WAT parser and re-encodes to the bytes of the module's
 * own encoding.
 */
class Wasm2WatTestsuiteTest {

    @TempDir
    Path dir;

    private static Path testsuite() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            fail("The official testsuite is missing: set the Maven property wasm.testsuite.dir to a checkout "
                    + "(see README.md; CI uses ../shared/testsuite). Got: " + dir);
        }
        return Path.of(dir);
    }

    /** The -W switches that turn WebAssembly 3.0 into these features. */
    private static List<String> switches(Features features) {
        List<String> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (features.has(f) != Features.wasm3().has(f)) {
                out.add("-W");
                out.add(f.cliName() + "=" + (features.has(f) ? "y" : "n"));
            }
        }
        return out;
    }

    private static byte[] bytes(ModuleSource source, Features features) {
        if (source instanceof ModuleSource.Binary b) {
            return b.bytes();
        }
        WasmModule m = source instanceof ModuleSource.Text t ? WatParser.parseModule(t.module(), features).module()
                : WatParser.parseModule(((ModuleSource.Quote) source).text(), features).module();
        return ModuleEncoder.encode(m);
    }

    /** A module of a script, ready for the command. */
    private record Case(String where, Features features, byte[] bytes, WasmModule module) {
    }

    /** Known differences, keyed by {@code file:line}, each with its reason (none at the moment). */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.of();

    @Test
    void everyValidTestsuiteModuleRoundTripsThroughTheCommand() throws Exception {
        Path root = testsuite();
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(root)) {
            scripts = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        int notValid = 0;
        int lossy = 0;
        List<Case> cases = new ArrayList<>();
        for (Path script : scripts) {
            String name = root.relativize(script).toString();
            Features features = TestsuiteFeatures.forPath(root.relativize(script));
            WastScript parsed;
            try {
                parsed = WastParser.parse(Files.readAllBytes(script));
            } catch (RuntimeException e) {
                continue; // syntax jwasm does not read yet (known failures of the spec suite)
            }
            for (WastCommand command : parsed.commands()) {
                if (!(command instanceof WastCommand.Module m)) {
                    continue;
                }
                try {
                    byte[] bytes = bytes(m.source(), features);
                    WasmModule module = ModuleDecoder.decode(bytes, features);
                    new Validator(features).validate(module);
                    if (!WatPrinter.textLosses(module).isEmpty()) {
                        lossy++; // the command warns: text cannot reproduce these bytes
                    } else {
                        cases.add(new Case(name + ":" + m.line(), features, bytes, module));
                    }
                } catch (RuntimeException e) {
                    notValid++;
                }
            }
        }
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        cases.parallelStream().forEach(c -> {
            String failure = check(c, dir.resolve("module" + next.incrementAndGet() + ".wasm"));
            if (failure != null && !KNOWN.containsKey(c.where())) {
                failures.add(c.where() + ": " + failure);
            } else if (failure == null && KNOWN.containsKey(c.where())) {
                failures.add(c.where() + ": passes now; remove it from KNOWN");
            }
        });
        System.out.println("wasm2wat over the testsuite: " + cases.size() + " modules, " + KNOWN.size()
                + " known to differ, " + lossy + " skipped as not expressible in text, " + notValid + " not valid");
        assertTrue(cases.size() > 1000, "only " + cases.size() + " modules checked");
        List<String> sorted = failures.stream().sorted().toList();
        assertEquals(List.of(), sorted.size() > 20 ? sorted.subList(0, 20) : sorted);
    }

    /** Runs the command on one module; what went wrong, or null. */
    private static String check(Case c, Path file) {
        try {
            Files.write(file, c.bytes());
        } catch (java.io.IOException e) {
            return "cannot write " + file + ": " + e.getMessage();
        }
        List<String> args = new ArrayList<>(List.of("wasm2wat", file.toString()));
        args.addAll(switches(c.features()));
        Cli.Run run = Cli.jwasm(args.toArray(String[]::new));
        if (run.status() != 0) {
            return run.err();
        }
        try {
            byte[] again = ModuleEncoder.encode(WatParser.parseModule(run.out(), c.features()).module());
            return Arrays.equals(ModuleEncoder.encode(c.module()), again) ? null : "re-encodes differently";
        } catch (RuntimeException e) {
            return "text does not parse back: " + e.getMessage();
        }
    }
}
