package dev.jwasm.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.ScriptModule;
import dev.jwasm.parser.wast.Testsuite;
import dev.jwasm.parser.wast.WastCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every module and every {@code assert_invalid} of the official testsuite through parsing
 * and validation: modules must validate, assert_invalid modules must fail with a message that
 * starts with the expected text.
 *
 * <p>The spectest suite runs the same commands, but checks less about the validator: it
 * accepts a message that merely contains the expected text, where the reference interpreter
 * (and this test) require it to start with it, and it validates text modules after a round
 * trip through the encoder and decoder, where this test validates the text parser's own model.
 */
class SpecTestsuiteValidationTest {
    /** Expected failures by {@code file.wast:line}, each with its reason. */
    private static final Map<String, String> KNOWN = Map.of(
            "proposals/threads/imports.wast:309", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:313", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:317", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:404", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/imports.wast:408", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/imports.wast:412", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/memory.wast:14", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/memory.wast:15", "threads tests predate 3.0: multiple memories are valid now");

    private int validPass;
    private int invalidPass;
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> known = new ArrayList<>();

    @Test
    void everyModuleAndAssertInvalidOfTheTestsuite() throws IOException {
        for (Path file : Testsuite.scripts()) {
            String name = Testsuite.name(file);
            if (name.startsWith("proposals/custom-descriptors/")) {
                continue; // the module model has no descriptors yet
            }
            Features features = Testsuite.features(name);
            for (ScriptModule m : ScriptModule.of(Testsuite.parse(file))) {
                String where = name + ":" + m.line();
                if (m.command() instanceof WastCommand.AssertInvalid a) {
                    if (!a.custom()) {
                        check(where, a.module(), a.message(), features);
                    }
                } else if (!(m.command() instanceof WastCommand.AssertMalformed)) {
                    check(where, m.source(), null, features);
                }
            }
        }
        String report = "valid modules passed: " + validPass + "\nassert_invalid passed: " + invalidPass
                + "\nknown failures: " + known.size() + "\nmismatches: " + mismatches.size() + "\n"
                + String.join("\n", mismatches) + "\n";
        Path out = Path.of("target", "validator-testsuite-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(validPass > 1000 && invalidPass > 1000, "too few cases ran: " + report);
        assertEquals(List.of(), mismatches);
    }

    /** Parses and validates; {@code expected} is the assert_invalid message, or null for a valid module. */
    private void check(String where, ModuleSource source, String expected, Features features) {
        WasmModule m;
        try {
            m = parse(source, features);
        } catch (RuntimeException e) {
            record(where, "does not parse: " + e);
            return;
        }
        String result;
        try {
            new Validator(features).validate(m);
            result = null;
        } catch (InvalidModuleException e) {
            result = e.getMessage();
        }
        if (expected == null ? result == null : result != null && result.startsWith(expected)) {
            if (expected == null) {
                validPass++;
            } else {
                invalidPass++;
            }
        } else {
            record(where, (expected == null ? "expected valid" : "expected \"" + expected + "\"") + ", got "
                    + (result == null ? "valid" : "\"" + result + "\""));
        }
    }

    private void record(String where, String what) {
        if (KNOWN.containsKey(where)) {
            known.add(where);
        } else {
            mismatches.add(where + ": " + what);
        }
    }

    private static WasmModule parse(ModuleSource source, Features features) {
        if (source instanceof ModuleSource.Binary binary) {
            return ModuleDecoder.decode(binary.bytes(), features);
        }
        if (source instanceof ModuleSource.Quote quote) {
            return WatParser.parseModule(quote.text()).module();
        }
        return WatParser.parseModule(((ModuleSource.Text) source).module()).module();
    }
}
