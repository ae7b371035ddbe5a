package dev.jwasm.parser.binary;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * named {@code file.wast:line}.
 */
class TestsuiteBinaryModulesTest {

    /** Proposals whose encodings the model does not have; their modules are skipped, not failed. */
    private static final String UNSUPPORTED_FOLDER = "proposals/custom-descriptors/";

    static Path testsuiteDir() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir, "core"))) {
            fail("the WebAssembly testsuite was not found (system property wasm.testsuite.dir = " + dir
                    + "); check out github.com/WebAssembly/testsuite and point the Maven property"
                    + " wasm.testsuite.dir at it (see the testsuite README for the commit)");
        }
        return Path.of(dir);
    }

    /** The features a folder of the testsuite is written for. */
    static Features featuresFor(String relativePath) {
        Features f = Features.wasm3();
        if (relativePath.startsWith("legacy/")) {
            f = f.with(Feature.LEGACY_EXCEPTIONS, true);
        } else if (relativePath.startsWith("proposals/threads/")) {
            f = f.with(Feature.THREADS, true);
        } else if (relativePath.startsWith("proposals/wide-arithmetic/")) {
            f = f.with(Feature.WIDE_ARITHMETIC, true);
        } else if (relativePath.startsWith("proposals/custom-page-sizes/")) {
            f = f.with(Feature.CUSTOM_PAGE_SIZES, true);
        } else if (relativePath.startsWith("proposals/custom-descriptors/")) {
            f = f.with(Feature.CUSTOM_DESCRIPTORS, true);
        }
        return f;
    }

    static List<Path> wastFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code actual} satisfies the expected message (it contains it). */
    static boolean messageMatches(String actual, String expected) {
        return actual != null && actual.contains(expected);
    }

    @TestFactory
    Stream<DynamicTest> binaryModulesOfTheTestsuite() {
        Path root = testsuiteDir();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : wastFiles(root)) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Features features = featuresFor(rel);
            for (WastBinaryModules.Found m : WastBinaryModules.find(text)) {
                String name = rel + ":" + m.line();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rel, m, features)));
            }
        }
        return tests.stream();
    }

    private static void check(String rel, WastBinaryModules.Found m, Features features) {
        Assumptions.assumeFalse(rel.startsWith(UNSUPPORTED_FOLDER), "custom descriptors are not in the model");
        if (m.command().equals("assert_malformed")) {
            try {
                ModuleDecoder.decode(m.bytes(), features);
            } catch (MalformedModuleException e) {
                assertTrue(messageMatches(e.getMessage(), m.expected()),
                        "expected \"" + m.expected() + "\" but the decoder said \"" + e.getMessage() + "\"");
                return;
            }
            fail("decoded, but expected malformed: \"" + m.expected() + "\"");
        } else {
            try {
                ModuleDecoder.decode(m.bytes(), features);
            } catch (MalformedModuleException e) {
                fail("a module of " + m.command() + " did not decode: " + e.getMessage(), e);
            }
        }
    }
}
