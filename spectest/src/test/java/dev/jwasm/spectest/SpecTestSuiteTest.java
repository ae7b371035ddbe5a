package dev.jwasm.spectest;

import dev.jwasm.parser.wast.TestsuiteFeatures;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The official testsuite, one dynamic test per top-level command, named {@code file.wast:line}
 * and grouped by file. The testsuite is data kept outside the repository: its folder comes
 * from the system property {@code wasm.testsuite.dir}, and without it the suite fails. Also
 * writes the JSON report (the format of {@code jwasm wast --report}) to
 * {@code target/spectest-report.json}.
 */
class SpecTestSuiteTest {

    @TestFactory
    Stream<DynamicNode> officialTestsuite() throws IOException {
        Path root = testsuiteRoot();
        List<Path> files = ScriptFiles.collect(List.of(root));
        if (files.isEmpty()) {
            fail("no .wast files under " + root);
        }
        WastRunner runner = new WastRunner(new JwasmPipeline(), new dev.jwasm.spectest.exec.RuntimeBackend());
        List<FileResult> results = SuiteRun.run(runner, files, file -> relativeName(root, file),
                file -> TestsuiteFeatures.forPath(root.relativize(file)),
                Runtime.getRuntime().availableProcessors(), result -> { });
        JsonReport.write(reportFile(), results);
        return results.stream().map(SpecTestSuiteTest::fileNode);
    }

    private static DynamicNode fileNode(FileResult result) {
        String fileName = Path.of(result.file()).getFileName().toString();
        return dynamicContainer(result.file(), result.outcomes().stream().map(outcome ->
                dynamicTest(fileName + ":" + outcome.line(), () -> check(result.file(), outcome))));
    }

    /** Passes, is aborted with the skip reason, or fails; a known failure is aborted with its reason. */
    private static void check(String file, CommandOutcome outcome) {
        String known = KnownFailures.reason(file, outcome.line());
        switch (outcome.status()) {
            case PASSED -> {
                if (KnownFailures.commands().contains(file + ":" + outcome.line())) {
                    fail("passes now: remove " + file + ":" + outcome.line() + " from KnownFailures");
                }
            }
            case SKIPPED -> Assumptions.abort(outcome.command() + ": " + outcome.reason());
            case FAILED -> {
                String failure = file + ":" + outcome.line() + ": " + outcome.command() + ": expected "
                        + outcome.expected() + ", got " + outcome.actual();
                if (known != null) {
                    Assumptions.abort("known failure (" + known + "): " + failure);
                }
                fail(failure);
            }
        }
    }

    static Path testsuiteRoot() {
        String dir = System.getProperty("wasm.testsuite.dir");
        Path root = dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
        if (root == null || !Files.isDirectory(root)) {
            fail("The WebAssembly testsuite was not found" + (dir == null ? "" : " at " + root) + ". "
                    + "It is test data kept outside the repository: put a checkout of the WebAssembly spec "
                    + "testsuite (folders core/, custom/, legacy/, proposals/) at ../shared/testsuite next to "
                    + "this repository, or pass its folder with -Dwasm.testsuite.dir=/path/to/testsuite "
                    + "(see README.md, 'Tests').");
        }
        return root;
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path reportFile() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target/spectest-report.json");
    }
}
