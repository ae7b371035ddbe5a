package dev.jwasm.runtime;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Import;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a module's imports by module and field name and instantiates it. Definitions are
 * host externs ({@link #define(String, String, Extern)}, host functions) or the exports of
 * whole instances ({@link #define(String, Instance)}, which is what a script's
 * {@code register} does). Not thread-safe.
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

    /** Makes every export of an instance importable under {@code module}. */
    public Linker define(String module, Instance instance) {
        Map<String, Extern> m = moduleDefinitions(module);
        m.putAll(instance.exports());
        return this;
    }

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
}
