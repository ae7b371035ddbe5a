package dev.jwasm.interpreter;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.runtime.tier.CompiledModule;
import dev.jwasm.runtime.tier.ModuleCode;
import dev.jwasm.validator.ValidatedModule;

/**
 * A module's pre-decoded function bodies. Another tier can use it for single functions: a
 * compiler that cannot compile a function asks {@link #function(Instance, int)} for an
 * interpreted one, which calls and is called through the common calling convention.
 */
public final class InterpretedModule implements CompiledModule {
    private final ValidatedModule module;
    private final FunctionCode[] code;
    private final FuncType[] types;

    public InterpretedModule(ValidatedModule module, Engine engine) {
        this.module = module;
        Predecoder p = new Predecoder(new ModuleFacts(module, engine));
        code = new FunctionCode[module.definedFunctionCount()];
        for (int i = 0; i < code.length; i++) {
            code[i] = p.translate(i);
        }
        var all = module.module().types();
        types = new FuncType[all.size()];
        for (int i = 0; i < types.length; i++) {
            if (all.get(i).composite() instanceof FuncType f) {
                types[i] = f;
            }
        }
    }

    /** The pre-decoded code of a defined function (for tests and tools). */
    FunctionCode code(int definedIndex) {
        return code[definedIndex];
    }

    int definedFunctionCount() {
        return code.length;
    }

    @Override
    public ModuleCode instantiate(Instance instance) {
        // a class, not a lambda: a lambda's invokedynamic bootstrap costs jwasm run start-up time
        InstanceState state = new InstanceState(instance);
        return new ModuleCode() {
            @Override
            public WasmFunction function(int definedIndex) {
                return InterpretedModule.this.function(state, definedIndex);
            }
        };
    }

    /** An interpreted function of an instance: also what a compiler falls back to for one function. */
    public WasmFunction function(Instance instance, int definedIndex) {
        return function(new InstanceState(instance), definedIndex);
    }

    private WasmFunction function(InstanceState state, int definedIndex) {
        int funcIndex = module.functionCount() - module.definedFunctionCount() + definedIndex;
        int typeIndex = module.functionTypeIndex(funcIndex);
        return new InterpretedFunction(types[typeIndex], module.canonicalTypeId(typeIndex), code[definedIndex], state);
    }
}
