package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.SExprReader;
import dev.jwasm.parser.text.TokenKind;
import dev.jwasm.parser.text.WatParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The printer's contract over the official testsuite: for every top-level module of every
 * .wast script (text modules read with the WAT parser, binary modules that decode),
 * {@code parse(print(M))} encodes to exactly the bytes {@code M} encodes to, in flat and in
 * folded form. Binary modules whose encoding text cannot reproduce (see {@link TextFidelity})
 * are compared after those documented losses and counted apart.
 */
class TestsuiteRoundTripTest {

    static Path testsuite() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            fail("The official testsuite is missing: set the Maven property wasm.testsuite.dir to a checkout "
                    + "(see README.md; CI uses ../shared/testsuite). Got: " + dir);
        }
        return Path.of(dir);
    }

    /** A top-level module of a script: where it is and the model it gives. */
    record Found(String where, WasmModule module, boolean binary) {
    }

    /** Counts of what the walk found, for the report. */
    static final class Counts {
        int files;
        int textModules;
        int textNotParsed;
        int binaryModules;
        int binaryNotDecoded;
    }

    static List<Found> modules(Counts counts) {
        Path root = testsuite();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Found> out = new ArrayList<>();
        for (Path file : files) {
            counts.files++;
            String name = root.relativize(file).toString().replace('\\', '/');
            SExpr.Node script;
            try {
                script = SExprReader.read(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                continue; // a script the reader rejects (proposal syntax): its modules are not counted
            }
            for (SExpr form : script.children()) {
                if (form instanceof SExpr.Node n && n.startsWith("module")) {
                    String where = name + ":" + n.line();
                    int binaryAt = binaryKeyword(n);
                    if (binaryAt >= 0) {
                        counts.binaryModules++;
                        try {
                            byte[] bytes = WatParser.concatenatedStrings(n, binaryAt + 1);
                            out.add(new Found(where, ModuleDecoder.decode(bytes, RoundTrip.ALL), true));
                        } catch (RuntimeException e) {
                            counts.binaryNotDecoded++;
                        }
                    } else {
                        counts.textModules++;
                        try {
                            out.add(new Found(where, WatParser.parseModule(n).module(), false));
                        } catch (RuntimeException e) {
                            counts.textNotParsed++;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Position of {@code binary} in {@code (module $id? definition? binary ...)}, or -1. */
    private static int binaryKeyword(SExpr.Node module) {
        for (int i = 1; i < module.size(); i++) {
            if (module.get(i) instanceof SExpr.Atom a) {
                if (a.isKeyword("binary")) {
                    return i;
                }
                if (a.isKeyword("definition") || a.kind() == TokenKind.ID) {
                    continue;
                }
            }
            return -1;
        }
        return -1;
    }

    @Test
    void everyTestsuiteModuleSurvivesPrintingAndParsing() {
        Counts counts = new Counts();
        List<Found> found = modules(counts);
        int exact = 0;
        int withLosses = 0;
        int textExact = 0;
        List<String> failures = new ArrayList<>();
        for (Found f : found) {
            boolean lossy = !TextFidelity.losses(f.module()).isEmpty();
            String flat = RoundTrip.check(f.module(), WatPrinter.Options.FLAT);
            String folded = flat == null ? RoundTrip.check(f.module(), WatPrinter.Options.FOLDED) : null;
            if (flat != null || folded != null) {
                failures.add(f.where() + (flat != null ? " (flat): " + flat : " (folded): " + folded));
                continue;
            }
            if (lossy) {
                withLosses++;
            } else {
                exact++;
                if (!f.binary()) {
                    textExact++;
                }
            }
            if (lossy && !f.binary()) {
                failures.add(f.where() + ": a module read from text has text losses: "
                        + TextFidelity.losses(f.module()));
            }
        }
        System.out.println("[printer] .wast files: " + counts.files + "; text modules: " + counts.textModules
                + " (" + counts.textNotParsed + " not parsed by the WAT parser); binary modules: "
                + counts.binaryModules + " (" + counts.binaryNotDecoded + " do not decode)");
        System.out.println("[printer] round trip exact: " + exact + " (" + textExact + " from text, "
                + (exact - textExact) + " binary); exact after documented text losses: " + withLosses
                + "; failures: " + failures.size() + " of " + found.size());
        failures.stream().limit(30).forEach(s -> System.out.println("[printer] FAILURE " + s));
        assertTrue(found.size() > 1000, "the walk found only " + found.size() + " modules");
        assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
    }
}
