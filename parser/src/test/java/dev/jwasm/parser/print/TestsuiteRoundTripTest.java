package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.print.TestsuiteModules.Counts;
import dev.jwasm.parser.print.TestsuiteModules.Found;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printer's contract over the official testsuite: for every top-level module of every
 * .wast script (text modules read with the WAT parser, binary modules that decode),
 * {@code parse(print(M))} encodes to exactly the bytes {@code M} encodes to, in flat and in
 * folded form. Binary modules whose encoding text cannot reproduce (see {@link TextFidelity})
 * are compared after those documented losses and counted apart.
 */
class TestsuiteRoundTripTest {

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
        List<Found> found = TestsuiteModules.modules(counts, insideAssertions);
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
