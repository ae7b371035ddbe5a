package dev.jwasm.interpreter;

import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.WasmFunction;

/**
 * What the interpreted functions of one instance read while they run, copied out of the
 * {@link Instance} once its index spaces are complete (the first time one of its functions
 * runs): the loop then reads plain arrays and fields instead of calling methods, which C2 may
 * refuse to inline in a method as large as {@link Interpreter#run}.
 */
final class InstanceState {
    final Instance instance;
    boolean resolved;
    WasmFunction[] functions;
    Global[] globals;
    /** Memory 0, or null when the instance has no memory. */
    Memory memory0;

    InstanceState(Instance instance) {
        this.instance = instance;
    }

    /** Copies the index spaces; call only once instantiation has filled them. */
    void resolve() {
        if (resolved) {
            return;
        }
        WasmFunction[] fs = new WasmFunction[instance.functionCount()];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = instance.function(i);
        }
        Global[] gs = new Global[instance.globalCount()];
        for (int i = 0; i < gs.length; i++) {
            gs[i] = instance.global(i);
        }
        functions = fs;
        globals = gs;
        memory0 = instance.memoryCount() > 0 ? instance.memory(0) : null;
        resolved = true;
    }
}
