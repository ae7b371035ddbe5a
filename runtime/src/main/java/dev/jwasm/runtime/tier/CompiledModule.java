package dev.jwasm.runtime.tier;

import dev.jwasm.runtime.Instance;

/** A module's code as one tier prepared it, shared by all instances of the module. */
public interface CompiledModule {

    /**
     * The code of one new instance (a compiler may allocate per-instance state here, such as an
     * object of a generated class that holds the instance's memories and globals).
     *
     * @param instance the instance being created; its index spaces are filled in while
     *                 instantiation proceeds, so read them when functions run, not here
     */
    ModuleCode instantiate(Instance instance);
}
