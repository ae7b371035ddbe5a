package dev.jwasm.spectest;

import dev.jwasm.parser.Features;

/**
 * The seam through which a runtime executes scripts. The runner itself only defines and
 * validates modules; with no backend, every command that needs execution is skipped.
 */
public interface ExecutionBackend {

    /** Starts one script: a fresh store with the {@code spectest} host module available. */
    ScriptExecution start(Features features);
}
