package dev.jwasm.runtime.tier;

import dev.jwasm.runtime.Engine;
import dev.jwasm.validator.ValidatedModule;

/**
 * An execution tier: turns validated function bodies into something callable. Everything
 * else (linking, instances, memories, tables, globals, GC objects, traps) is the shared
 * runtime's; a tier only makes functions run.
 *
 * <p>Tiers are found with {@link java.util.ServiceLoader} and chosen by {@link #name()}
 * ({@code "interpreter"} is the default). A tier may hand single functions to another tier
 * (a compiler falls back to the interpreter for a function it cannot compile): every tier's
 * functions are {@link dev.jwasm.runtime.WasmFunction}s and call each other through the same
 * calling convention.
 */
public interface ExecutionTier {

    /** The name engines select the tier by, e.g. {@code interpreter}. */
    String name();

    /** Prepares a module's code once; the result is shared by every instance of the module. */
    CompiledModule compile(ValidatedModule module, Engine engine);
}
