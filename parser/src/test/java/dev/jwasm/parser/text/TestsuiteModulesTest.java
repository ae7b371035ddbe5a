package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every .wast file of the official testsuite with the S-expression reader and parses its
 * text modules: every module outside assert_malformed must parse, every quoted module of an
 * assert_malformed must be rejected. Prints the counts.
 */
class TestsuiteModulesTest {

    /** Proposals beyond WebAssembly 3.0 whose text syntax the parser does not cover, with the reason. */
    private static final Set<String> UNSUPPORTED_DIRECTORIES = Set.of(
            "proposals/custom-descriptors" // exact types, descriptor clauses and *_desc instructions: not in 3.0
    );

    /**
     * Files written before a 3.0 feature that changed the text grammar, with that feature off:
     * the threads proposal's memory.wast predates memory64, whose limits are u64 (before it,
     * u32: "i32 constant out of range").
     */
    private static final Map<String, Features> OLDER_GRAMMAR = Map.of(
            "proposals/threads/memory.wast", Features.wasm3().with(Feature.MEMORY64, false));

    static Path testsuite() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            fail("The official testsuite is missing: set the Maven property wasm.testsuite.dir to a checkout "
                    + "(see README.md; CI uses ../shared/testsuite). Got: " + dir);
        }
        return Path.of(dir);
    }

    static List<Path> wastFiles() {
        Path root = testsuite();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean unsupported(Path file) {
        String relative = testsuite().relativize(file).toString().replace('\\', '/');
        return UNSUPPORTED_DIRECTORIES.stream().anyMatch(relative::startsWith);
    }

    @Test
    void everyTextModuleParsesAndEveryMalformedQuoteIsRejected() throws IOException {
        int files = 0;
        int parsed = 0;
        int invalidParsed = 0;
        int malformedRejected = 0;
        int malformedMessageMatches = 0;
        int skipped = 0;
        int customRejected = 0;
        List<String> failures = new ArrayList<>();
        List<String> messageMismatches = new ArrayList<>();
        for (Path file : wastFiles()) {
            if (unsupported(file)) {
                skipped++;
                continue;
            }
            files++;
            SExpr.Node script = SExprReader.read(Files.readAllBytes(file));
            String name = testsuite().relativize(file).toString();
            Features features = OLDER_GRAMMAR.getOrDefault(name.replace('\\', '/'), Features.wasm3());
            for (SExpr form : script.children()) {
                if (!(form instanceof SExpr.Node command) || command.size() == 0) {
                    continue;
                }
                String where = name + ":" + command.line();
                if (command.startsWith("module")) {
                    if (isTextModule(command)) {
                        if (tryParse(command, features, where, failures)) {
                            parsed++;
                        }
                    }
                } else if (command.startsWith("assert_malformed")) {
                    SExpr.Node module = (SExpr.Node) command.get(1);
                    if (!isQuote(module)) {
                        continue;
                    }
                    String expected = ((SExpr.Atom) command.get(2)).text();
                    expected = expected.substring(1, expected.length() - 1);
                    try {
                        WatParser.parseModule(module, features);
                        failures.add(where + ": malformed module accepted (expected \"" + expected + "\")");
                    } catch (MalformedModuleException e) {
                        malformedRejected++;
                        String reason = e instanceof TextSyntaxException t ? t.reason() : e.getMessage();
                        if (reason.startsWith(expected)) {
                            malformedMessageMatches++;
                        } else {
                            messageMismatches.add(where + ": expected \"" + expected + "\", got \"" + reason + "\"");
                        }
                    } catch (RuntimeException e) {
                        failures.add(where + ": " + e);
                    }
                } else if (command.startsWith("assert_malformed_custom")) {
                    SExpr.Node module = (SExpr.Node) command.get(1);
                    String expected = ((SExpr.Atom) command.get(2)).text();
                    expected = expected.substring(1, expected.length() - 1);
                    try {
                        WatParser.parseModule(module, features);
                        failures.add(where + ": malformed annotation accepted (expected \"" + expected + "\")");
                    } catch (CustomAnnotationException e) {
                        customRejected++;
                        if (!e.reason().startsWith(expected)) {
                            messageMismatches.add(where + ": expected \"" + expected + "\", got \"" + e.reason() + "\"");
                        }
                    } catch (RuntimeException e) {
                        failures.add(where + ": " + e);
                    }
                } else if (command.startsWith("assert_invalid_custom")) {
                    // jwasm checks annotations while parsing: an invalid one may already be rejected there
                    SExpr.Node module = (SExpr.Node) command.get(1);
                    String expected = ((SExpr.Atom) command.get(2)).text();
                    expected = expected.substring(1, expected.length() - 1);
                    try {
                        WatParser.parseModule(module, features);
                        invalidParsed++;
                    } catch (CustomAnnotationException e) {
                        customRejected++;
                        if (!e.reason().startsWith(expected)) {
                            messageMismatches.add(where + ": expected \"" + expected + "\", got \"" + e.reason() + "\"");
                        }
                    } catch (RuntimeException e) {
                        failures.add(where + ": " + e);
                    }
                } else if (command.startsWith("assert_invalid")) {
                    SExpr.Node module = (SExpr.Node) command.get(1);
                    if (isTextModule(module) && tryParse(module, features, where, failures)) {
                        invalidParsed++;
                    }
                } else {
                    // assert_unlinkable, assert_trap with a module, ...: the module must parse
                    for (SExpr child : command.children()) {
                        if (child instanceof SExpr.Node m && m.startsWith("module") && isTextModule(m)
                                && tryParse(m, features, where, failures)) {
                            parsed++;
                        }
                    }
                }
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

    private static boolean isTextModule(SExpr.Node module) {
        for (SExpr child : module.children()) {
            if (child instanceof SExpr.Atom a
                    && (a.isKeyword("binary") || a.isKeyword("quote") || a.isKeyword("instance"))) {
                return false;
            }
            if (child instanceof SExpr.Node) {
                return true;
            }
        }
        return true;
    }

    private static boolean isQuote(SExpr.Node module) {
        for (SExpr child : module.children()) {
            if (child instanceof SExpr.Atom a && a.isKeyword("quote")) {
                return true;
            }
        }
        return false;
    }

    private static boolean tryParse(SExpr.Node module, Features features, String where, List<String> failures) {
        try {
            WatParser.parseModule(module, features);
            return true;
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
            return false;
        }
    }
}
