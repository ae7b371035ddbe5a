package dev.jwasm.cli.repl;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.UnlinkableException;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;

/**
 * The REPL's state: one engine and store for the whole session, a linker holding what the host
 * provides and what {@code :register} made importable, and the current module. Loading a module
 * replaces the current one only when it instantiates; a failed load leaves everything as it was.
 */
public final class Session {
    private final Engine engine;
    private final Store store;
    private final Linker linker;
    private final HostImports hostImports;
    private LoadedModule current;

    public Session(Features features, HostImports hostImports) {
        this.engine = Engine.builder().features(features).build();
        this.store = engine.newStore();
        this.linker = new Linker(engine);
        this.hostImports = hostImports;
    }

    Engine engine() {
        return engine;
    }

    Features features() {
        return engine.features();
    }

    Linker linker() {
        return linker;
    }

    /** The current module, or null before the first load. */
    LoadedModule current() {
        return current;
    }

    /** The current module; an error when there is none. */
    LoadedModule require() throws ReplException {
        if (current == null) {
            throw new ReplException("no module loaded (use :load FILE or type a (module ...))");
        }
        return current;
    }

    /** A module's model from its bytes: decoded or parsed as text. */
    WasmModule parse(byte[] bytes, boolean binary) {
        return binary ? ModuleDecoder.decode(bytes, features()) : WatParser.parseModule(bytes, features()).module();
    }

    /**
     * Compiles, links and instantiates a module and makes it the current one.
     *
     * @throws dev.jwasm.parser.MalformedModuleException, InvalidModuleException, UnlinkableException, Trap
     */
    LoadedModule load(String label, byte[] binary, WasmModule model, LoadOptions options) throws ReplException {
        Module module = engine.compile(model);
        try {
            hostImports.define(linker, model, options);
        } catch (HostImports.HostImportsException e) {
            throw new ReplException(e.getMessage());
        }
        for (Import i : model.imports()) {
            if (linker.get(i.module(), i.name()) == null) {
                String hint = hostImports.missingImportHint(i.module());
                throw new UnlinkableException("unknown import \"" + i.module() + "\".\"" + i.name() + "\""
                        + (hint == null ? "" : " (" + hint + ")"));
            }
        }
        Instance instance = linker.instantiate(store, module);
        current = new LoadedModule(label, binary, module, instance);
        return current;
    }

    /** Makes the current instance's exports importable under a module name. */
    void register(String name) throws ReplException {
        linker.define(name, require().instance());
    }

    /** Calls a function from the REPL; {@link #interrupt()} stops it. */
    Value[] call(WasmFunction function, Value[] args) {
        return function.call(args);
    }

    /**
     * Asks running Wasm code (a call, or a start function while loading) to stop: it traps with
     * "interrupted". Safe from any thread.
     *
     * @return whether Wasm code was running
     */
    public boolean interrupt() {
        return store.interrupt();
    }
}
