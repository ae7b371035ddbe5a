package dev.jwasm.parser.wast;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official testsuite as data for the front-end tests (the parser's, and the validator's
 * through the parser's test-jar): where it is, its scripts read with the real script parser,
 * and the features each folder is written for. The folder comes from the system property
 * {@code wasm.testsuite.dir}; without it the tests fail rather than pass empty.
 */
public final class Testsuite {

    private Testsuite() {
    }

    public static Path root() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir, "core"))) {
            fail("the official WebAssembly testsuite was not found (system property wasm.testsuite.dir = " + dir
                    + "): point the Maven property wasm.testsuite.dir at a checkout (see README.md; CI uses"
                    + " ../shared/testsuite)");
        }
        return Path.of(dir);
    }

    /** Every .wast script under the root, in a stable order. */
    public static List<Path> scripts() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's path relative to the root, with {@code /}: the {@code file} of {@code file.wast:line}. */
    public static String name(Path script) {
        return root().relativize(script).toString().replace('\\', '/');
    }

    public static WastScript parse(Path script) {
        try {
            return WastParser.parse(Files.readAllBytes(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The features a script is written for, from its folder ({@link #name} of the script). */
    public static Features features(String name) {
        return TestsuiteFeatures.forPath(Path.of(name));
    }
}
