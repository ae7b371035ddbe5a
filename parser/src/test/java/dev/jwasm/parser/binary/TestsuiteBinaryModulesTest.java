package dev.jwasm.parser.binary;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.ScriptModule;
import dev.jwasm.parser.wast.Testsuite;
import dev.jwasm.parser.wast.WastCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code (module binary ...)} of the official testsuite: inside {@code assert_malformed}
 * it must fail to decode with the expected message; anywhere else (top level, or inside an
 * assertion about validation, linking or execution) it must decode. One test per module,
 * named {@code file.wast:line} after its command.
 */
class TestsuiteBinaryModulesTest {

    /** Proposals whose encodings the model does not have; their modules are skipped, not failed. */
    private static final String UNSUPPORTED_FOLDER = "proposals/custom-descriptors/";

    /** Whether {@code actual} satisfies the expected message (it contains it). */
    private static boolean messageMatches(String actual, String expected) {
        return actual != null && actual.contains(expected);
    }

    @TestFactory
    Stream<DynamicTest> binaryModulesOfTheTestsuite() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Testsuite.scripts()) {
            String name = Testsuite.name(file);
            Features features = Testsuite.features(name);
            for (ScriptModule m : ScriptModule.of(Testsuite.parse(file))) {
                if (m.source() instanceof ModuleSource.Binary binary) {
                    tests.add(DynamicTest.dynamicTest(name + ":" + m.line(),
                            () -> check(name, m.command(), binary.bytes(), features)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String name, WastCommand command, byte[] bytes, Features features) {
        Assumptions.assumeFalse(name.startsWith(UNSUPPORTED_FOLDER), "custom descriptors are not in the model");
        // assert_malformed_custom is about a custom section: the module itself decodes
        if (command instanceof WastCommand.AssertMalformed a && !a.custom()) {
            try {
                ModuleDecoder.decode(bytes, features);
            } catch (MalformedModuleException e) {
                assertTrue(messageMatches(e.getMessage(), a.message()),
                        "expected \"" + a.message() + "\" but the decoder said \"" + e.getMessage() + "\"");
                return;
            }
            fail("decoded, but expected malformed: \"" + a.message() + "\"");
        } else {
            try {
                ModuleDecoder.decode(bytes, features);
            } catch (MalformedModuleException e) {
                fail("a module of " + command.keyword() + " did not decode: " + e.getMessage(), e);
            }
        }
    }
}
