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
        /** Scripts with a module that did not parse or decode. */
        final java.util.Set<String> skippedFiles = new java.util.TreeSet<>();
    }

    /**
     * The modules of every script: the top-level ones, or those inside assertions other than
     * assert_malformed (invalid, unlinkable and trapping modules, which decode all the same).
     */
    static List<Found> modules(Counts counts, boolean insideAssertions) {
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
                if (!(form instanceof SExpr.Node command)) {
                    continue;
                }
                if (!insideAssertions && command.startsWith("module")) {
                    add(command, name, counts, out);
                } else if (insideAssertions && isAssertion(command)) {
                    for (SExpr child : command.children()) {
                        if (child instanceof SExpr.Node n && n.startsWith("module")) {
                            add(n, name, counts, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean isAssertion(SExpr.Node command) {
        return command.size() > 0 && command.get(0) instanceof SExpr.Atom a && a.text().startsWith("assert_")
                && !a.text().startsWith("assert_malformed");
    }

    private static void add(SExpr.Node n, String name, Counts counts, List<Found> out) {
        if (isInstance(n)) {
            return;
        }
        String where = name + ":" + n.line();
        int binaryAt = binaryKeyword(n);
        if (binaryAt >= 0) {
            counts.binaryModules++;
            try {
                byte[] bytes = WatParser.concatenatedStrings(n, binaryAt + 1);
                out.add(new Found(where, ModuleDecoder.decode(bytes, RoundTrip.ALL), true));
            } catch (RuntimeException e) {
                counts.binaryNotDecoded++;
                counts.skippedFiles.add(name);
            }
        } else {
            counts.textModules++;
            try {
                out.add(new Found(where, WatParser.parseModule(n).module(), false));
            } catch (RuntimeException e) {
                counts.textNotParsed++;
                counts.skippedFiles.add(name);
            }
        }
    }

    /** {@code (module instance $i $m)} instantiates a module definition; it defines none. */
    private static boolean isInstance(SExpr.Node module) {
        return module.size() > 1 && module.get(1) instanceof SExpr.Atom a && a.isKeyword("instance");
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
    void everyTopLevelModuleSurvivesPrintingAndParsing() {
        walk(false, "top-level");
    }

    @Test
    void modulesInsideAssertionsSurviveToo() {
        walk(true, "inside assertions");
    }

    private static void walk(boolean insideAssertions, String label) {
        Counts counts = new Counts();
        List<Found> found = modules(counts, insideAssertions);
        int exact = 0;
        int withLosses = 0;
        int textExact = 0;
        List<String> failures = new ArrayList<>();
        for (Found f : found) {
            List<String> losses = TextFidelity.losses(f.module());
            String flat = RoundTrip.check(f.module(), WatPrinter.Options.FLAT);
            String folded = flat == null ? RoundTrip.check(f.module(), WatPrinter.Options.FOLDED) : null;
            if (flat != null || folded != null) {
                failures.add(f.where() + (flat != null ? " (flat): " + flat : " (folded): " + folded));
            } else if (!losses.isEmpty() && !f.binary()) {
                failures.add(f.where() + ": a module read from text has text losses: " + losses);
            } else if (!losses.isEmpty()) {
                withLosses++;
                System.out.println("[printer] text loss in " + f.where() + ": " + losses);
            } else {
                exact++;
                textExact += f.binary() ? 0 : 1;
            }
        }
        String p = "[printer, " + label + "] ";
        System.out.println(p + ".wast files: " + counts.files + "; text modules: " + counts.textModules
                + " (" + counts.textNotParsed + " not parsed by the WAT parser); binary modules: "
                + counts.binaryModules + " (" + counts.binaryNotDecoded + " do not decode)");
        System.out.println(p + "scripts with modules that do not parse or decode: " + counts.skippedFiles);
        System.out.println(p + "round trip exact: " + exact + " (" + textExact + " from text, "
                + (exact - textExact) + " binary); exact after documented text losses: " + withLosses
                + "; failures: " + failures.size() + " of " + found.size());
        failures.stream().limit(30).forEach(s -> System.out.println(p + "FAILURE " + s));
        assertTrue(found.size() > 1000, "the walk found only " + found.size() + " modules");
        assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
    }
}
