package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.ScriptModule;
import dev.jwasm.parser.wast.Testsuite;
import dev.jwasm.parser.wast.WastCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parses the text modules of every .wast file of the official testsuite: every text module
 * outside assert_malformed must parse, every quoted module of an assert_malformed must be
 * rejected with the expected message, every assert_malformed_custom module must be rejected
 * by its annotation. Prints the counts.
 */
class TestsuiteModulesTest {

    /** Proposals beyond WebAssembly 3.0 whose text syntax the parser does not cover, with the reason. */
    private static final Set<String> UNSUPPORTED_DIRECTORIES = Set.of(
            "proposals/custom-descriptors" // exact types, descriptor clauses and *_desc instructions: not in 3.0
    );


    static boolean unsupported(String name) {
        return UNSUPPORTED_DIRECTORIES.stream().anyMatch(name::startsWith);
    }

    private int files;
    private int parsed;
    private int invalidParsed;
    private int malformedRejected;
    private int malformedMessageMatches;
    private int skipped;
    private int customRejected;
    private final List<String> failures = new ArrayList<>();
    private final List<String> messageMismatches = new ArrayList<>();

    @Test
    void everyTextModuleParsesAndEveryMalformedQuoteIsRejected() {
        for (Path file : Testsuite.scripts()) {
            String name = Testsuite.name(file);
            if (unsupported(name)) {
                skipped++;
                continue;
            }
            files++;
            for (ScriptModule m : ScriptModule.of(Testsuite.parse(file))) {
                check(name, m);
            }
        }
        System.out.println("[text parser] .wast files: " + files + " (plus " + skipped + " skipped: unsupported proposal files)");
        System.out.println("[text parser] text modules parsed: " + parsed + ", assert_invalid modules parsed: "
                + invalidParsed);
        System.out.println("[text parser] assert_malformed quoted modules rejected: " + malformedRejected
                + ", with the expected message: " + malformedMessageMatches);
        System.out.println("[text parser] assert_malformed_custom modules rejected: " + customRejected);
        messageMismatches.forEach(m -> System.out.println("[text parser] message differs: " + m));
        failures.forEach(m -> System.out.println("[text parser] FAILURE: " + m));
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
        assertEquals(List.of(), messageMismatches);
    }

    private void check(String name, ScriptModule m) {
        String where = name + ":" + m.line();
        if (m.command() instanceof WastCommand.AssertMalformed a) {
            if (a.custom()) {
                checkMalformedCustom(name, where, a);
            } else if (a.module() instanceof ModuleSource.Quote) {
                checkMalformed(name, where, a);
            }
            return;
        }
        if (!(m.source() instanceof ModuleSource.Text text)) {
            return; // binary modules are the decoder's; quoted ones outside assert_malformed are not parsed here
        }
        boolean invalid = m.command() instanceof WastCommand.AssertInvalid;
        try {
            WatParser.parseModule(text.module(), Testsuite.features(name));
        } catch (CustomAnnotationException e) {
            // jwasm checks annotations while parsing: an invalid custom one may be rejected here already
            if (!(m.command() instanceof WastCommand.AssertInvalid a && a.custom())) {
                failures.add(where + ": " + e);
            } else if (e.reason().startsWith(a.message())) {
                customRejected++;
            } else {
                messageMismatches.add(where + ": expected \"" + a.message() + "\", got \"" + e.reason() + "\"");
            }
            return;
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
            return;
        }
        if (invalid) {
            invalidParsed++;
        } else {
            parsed++;
        }
    }

    private void checkMalformed(String name, String where, WastCommand.AssertMalformed a) {
        try {
            parse(a.module(), Testsuite.features(name));
            failures.add(where + ": malformed module accepted (expected \"" + a.message() + "\")");
        } catch (MalformedModuleException e) {
            malformedRejected++;
            String reason = e instanceof TextSyntaxException t ? t.reason() : e.getMessage();
            if (reason.startsWith(a.message())) {
                malformedMessageMatches++;
            } else {
                messageMismatches.add(where + ": expected \"" + a.message() + "\", got \"" + reason + "\"");
            }
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
        }
    }

    private void checkMalformedCustom(String name, String where, WastCommand.AssertMalformed a) {
        try {
            parse(a.module(), Testsuite.features(name));
            failures.add(where + ": malformed annotation accepted (expected \"" + a.message() + "\")");
        } catch (CustomAnnotationException e) {
            customRejected++;
            if (!e.reason().startsWith(a.message())) {
                messageMismatches.add(where + ": expected \"" + a.message() + "\", got \"" + e.reason() + "\"");
            }
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
        }
    }

    /** A module in text or quoted text; a binary one is not the text parser's and counts as a failure. */
    private static void parse(ModuleSource source, Features features) {
        if (source instanceof ModuleSource.Text text) {
            WatParser.parseModule(text.module(), features);
        } else if (source instanceof ModuleSource.Quote quote) {
            WatParser.parseModule(quote.text(), features);
        } else {
            throw new IllegalArgumentException("a binary module where module text was expected");
        }
    }
}
