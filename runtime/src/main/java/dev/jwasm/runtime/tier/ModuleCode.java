package dev.jwasm.runtime.tier;

import dev.jwasm.runtime.WasmFunction;

/** The functions of one instance, as a tier runs them. */
public interface ModuleCode {

    /**
     * The function object of a defined function; called once per function during instantiation.
     *
     * @param definedIndex index among the module's defined functions (imports not counted)
     */
    WasmFunction function(int definedIndex);
}
