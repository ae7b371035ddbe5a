package dev.jwasm.interpreter;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.tier.CompiledModule;
import dev.jwasm.runtime.tier.ExecutionTier;
import dev.jwasm.validator.ValidatedModule;

/** The interpreter tier ({@code "interpreter"}): pre-decodes every function body once, then interprets it. */
public final class InterpreterTier implements ExecutionTier {
    public static final String NAME = "interpreter";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompiledModule compile(ValidatedModule module, Engine engine) {
        return new InterpretedModule(module, engine);
    }
}
