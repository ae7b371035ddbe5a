package dev.jwasm.cli;

import dev.jwasm.parser.wast.TestsuiteFeatures;
import dev.jwasm.parser.Features;
import dev.jwasm.spectest.CommandOutcome;
import dev.jwasm.spectest.FileResult;
import dev.jwasm.spectest.JsonReport;
import dev.jwasm.spectest.ScriptFiles;
import dev.jwasm.spectest.SuiteRun;

import dev.jwasm.spectest.WastRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jwasm wast PATH...}: runs spec test scripts and reports per file and in total. */
@Command(name = "wast", mixinStandardHelpOptions = true,
        description = {"Run WebAssembly spec test scripts.",
            "Each file runs with the features its place in the testsuite implies (core/ and custom/: "
                + "WebAssembly 3.0; legacy/: plus legacy exceptions; proposals/NAME/: plus NAME), "
                + "then the -W switches.",
            "Prints one line per file and the totals; exits with status 1 if any command failed."})
final class WastSubcommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the results as JSON.")
    private Path report;

    @Option(names = {"-v", "--verbose"}, description = "Print every failure under its file's line.")
    private boolean verbose;

    @Option(names = "--tier", paramLabel = "NAME", description = "Execution tier (default: ${DEFAULT-VALUE}).")
    private String tier = dev.jwasm.runtime.Engine.DEFAULT_TIER;

    @Option(names = "--no-exec", description = "Only define and validate modules; skip every command that executes.")
    private boolean noExec;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files run at once (default: processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Script files, or folders searched for *.wast.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ScriptFiles.collect(paths);
        WastRunner runner = new WastRunner(main.pipeline(),
                noExec ? null : new dev.jwasm.spectest.exec.RuntimeBackend(tier));
        List<FileResult> results = SuiteRun.run(runner, files, Path::toString, this::featuresOf, jobs, result -> {
            out.println(result.file() + ": " + counts(result.passed(), result.failed(), result.skipped()));
            if (verbose) {
                for (CommandOutcome f : result.failures()) {
                    out.println("  " + f.line() + ": " + f.command() + ": expected " + f.expected()
                            + ", got " + f.actual());
                }
            }
            out.flush();
        });
        long passed = results.stream().mapToLong(FileResult::passed).sum();
        long failed = results.stream().mapToLong(FileResult::failed).sum();
        long skipped = results.stream().mapToLong(FileResult::skipped).sum();
        out.println(counts(passed, failed, skipped));
        out.flush();
        if (report != null) {
            try {
                JsonReport.write(report, results);
            } catch (IOException | RuntimeException e) {
                err.println(report + ": error: cannot write report: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        return failed > 0 ? 1 : 0;
    }

    private Features featuresOf(Path file) {
        return featureOptions.apply(TestsuiteFeatures.forPath(file.toAbsolutePath().normalize()));
    }

    private static String counts(long passed, long failed, long skipped) {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
