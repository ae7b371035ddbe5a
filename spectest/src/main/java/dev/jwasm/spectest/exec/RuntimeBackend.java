package dev.jwasm.spectest.exec;

import dev.jwasm.parser.Features;
import dev.jwasm.runtime.Engine;
import dev.jwasm.spectest.ExecutionBackend;
import dev.jwasm.spectest.ScriptExecution;

/**
 * Executes scripts on jwasm's runtime with the named execution tier: every script gets its
 * own engine (with the script's features), store and linker, with the {@code spectest} host
 * module defined.
 */
public final class RuntimeBackend implements ExecutionBackend {
    private final String tier;

    /** A backend on the default tier. */
    public RuntimeBackend() {
        this(Engine.DEFAULT_TIER);
    }

    /** A backend on the tier registered under {@code tier}; fails at once if there is none. */
    public RuntimeBackend(String tier) {
        Engine.findTier(tier);
        this.tier = tier;
    }

    public String tier() {
        return tier;
    }

    @Override
    public ScriptExecution start(Features features) {
        return new RuntimeExecution(Engine.builder().features(features).tier(tier).build());
    }
}
