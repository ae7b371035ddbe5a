package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs many script files, each exactly once, on several threads; results come back in the
 * order of the files.
 */
public final class SuiteRun {

    private SuiteRun() {
    }

    /**
     * @param name     how each file is named in its result
     * @param features the feature set of each file
     * @param threads  how many files run at once (at least 1)
     * @param inOrder  called with each result, in file order, as soon as it and all before it are done
     */
    public static List<FileResult> run(WastRunner runner, List<Path> files, Function<Path, String> name,
            Function<Path, Features> features, int threads, Consumer<FileResult> inOrder) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread t = new Thread(task, "wast-runner");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> runner.run(file, name.apply(file), features.apply(file))));
            }
            List<FileResult> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                FileResult result = await(pending.get(i), name.apply(files.get(i)));
                results.add(result);
                inOrder.accept(result);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult await(Future<FileResult> future, String name) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        } catch (ExecutionException e) {
            // The runner reports every exception of a command itself; this is for errors it rethrows.
            return new FileResult(name, List.of(CommandOutcome.failed(0, "script", "a completed run",
                    WastRunner.crash(e.getCause()))));
        }
    }
}
