package dev.jwasm.runtime.tier;

import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.WasmFunction;

/** A module's code as one tier prepared it, shared by all instances of the module. */
public interface CompiledModule {

    /**
     * The function object for a defined function of an instance being created.
     *
     * @param instance     the instance; its index spaces are filled in while instantiation
     *                     proceeds, so read them when the function runs, not here
     * @param definedIndex index among the module's defined functions (imports not counted)
     */
    WasmFunction function(Instance instance, int definedIndex);
}
