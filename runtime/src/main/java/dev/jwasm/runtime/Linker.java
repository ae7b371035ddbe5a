package dev.jwasm.runtime;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Import;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a module's imports by module and field name and instantiates it. Definitions are
 * host externs ({@link #define(String, String, Extern)}, host functions: typed lambdas with
 * {@code func}, see {@link HostFunctions}) or the exports of whole instances
 * ({@link #define(String, Instance)}, which is what a script's {@code register} does).
 * Not thread-safe.
 */
public final class Linker {
    private final Engine engine;
    private final Map<String, Map<String, Extern>> definitions = new HashMap<>();

    public Linker(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** Defines (or replaces) one importable entity. */
    public Linker define(String module, String name, Extern extern) {
        moduleDefinitions(module).put(name, extern);
        return this;
    }

    /** Defines a host function. */
    public Linker define(String module, String name, FuncType type, HostFunction implementation) {
        return define(module, name, WasmFunction.host(engine, type, implementation));
    }

    /**
     * Makes every export of an instance importable under {@code module}, in place of whatever
     * was defined under that module name before (as a script's {@code register} replaces an
     * earlier registration). Later definitions under the name add to these.
     */
    public Linker define(String module, Instance instance) {
        definitions.put(module, new HashMap<>(instance.exports()));
        return this;
    }

    /**
     * Defines a host function of any type that works on the calling convention's slots
     * (see {@link HostFunctions.Raw}).
     */
    public Linker func(String module, String name, FuncType type, HostFunctions.Raw fn) {
        return define(module, name, HostFunctions.raw(engine, type, fn));
    }

    /** The definitions under a module name (no computeIfAbsent lambda: start-up time of jwasm run). */
    private Map<String, Extern> moduleDefinitions(String module) {
        Map<String, Extern> m = definitions.get(module);
        if (m == null) {
            m = new HashMap<>();
            definitions.put(module, m);
        }
        return m;
    }

    /** The entity defined under these names, or null. */
    public Extern get(String module, String name) {
        Map<String, Extern> m = definitions.get(module);
        return m == null ? null : m.get(name);
    }

    /**
     * Instantiates a module: resolves its imports, creates its entities, applies its element
     * and data segments and runs its start function.
     *
     * @throws UnlinkableException when an import is missing ("unknown import") or does not
     *                             match ("incompatible import type")
     * @throws Trap                when a segment does not fit or the start function traps;
     *                             what earlier segments wrote into imported tables and
     *                             memories stays written
     */
    public Instance instantiate(Store store, Module module) {
        if (module.engine() != engine || store.engine() != engine) {
            throw new IllegalArgumentException("module, store and linker must belong to the same engine");
        }
        List<Import> imports = module.imports();
        Extern[] resolved = new Extern[imports.size()];
        for (int i = 0; i < resolved.length; i++) {
            Import im = imports.get(i);
            Extern e = get(im.module(), im.name());
            if (e == null) {
                throw new UnlinkableException("unknown import \"" + im.module() + "\".\"" + im.name() + "\"");
            }
            resolved[i] = e;
        }
        return Instantiation.run(store, module, resolved);
    }

    // ---------------------------------------------------------------- typed host functions
    // Defines a host function from a typed lambda; its Wasm type follows from the shape. Declare
    // the lambda's parameter types: linker.func("env", "add", (int a, int b) -> a + b).
    // See HostFunctions for the shapes and how Java picks one.

    public Linker func(String module, String name, HostFunctions.VoidToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.VoidToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.VoidToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.VoidToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.VoidToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I64ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F64ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I64ToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F32ToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F64ToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I64I64ToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F32F32ToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.F64F64ToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32I32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32I32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.I32I32I32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI64ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF64ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI64ToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF32ToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF64ToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI64I64ToI64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF32F32ToF32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerF64F64ToF64 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32I32ToVoid fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32I32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }

    public Linker func(String module, String name, HostFunctions.CallerI32I32I32I32ToI32 fn) {
        return define(module, name, HostFunctions.wrap(engine, fn));
    }
}
