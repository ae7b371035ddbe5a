package dev.jwasm.spectest;

import java.util.List;

/**
 * The outcome of every top-level command of one script file, in source order.
 *
 * @param file     the file's name as reported (a path, as given to the runner)
 * @param outcomes one entry per top-level command
 */
public record FileResult(String file, List<CommandOutcome> outcomes) {

    public FileResult {
        outcomes = List.copyOf(outcomes);
    }

    public long passed() {
        return count(CommandOutcome.Status.PASSED);
    }

    public long failed() {
        return count(CommandOutcome.Status.FAILED);
    }

    public long skipped() {
        return count(CommandOutcome.Status.SKIPPED);
    }

    public List<CommandOutcome> failures() {
        return only(CommandOutcome.Status.FAILED);
    }

    public List<CommandOutcome> skips() {
        return only(CommandOutcome.Status.SKIPPED);
    }

    private long count(CommandOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private List<CommandOutcome> only(CommandOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }
}
