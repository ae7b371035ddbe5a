package dev.jwasm.runtime;

import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.tier.CompiledModule;
import dev.jwasm.validator.ValidatedModule;
import java.util.List;

/** A validated module with its code prepared by the engine's tier: ready to instantiate, any number of times. */
public final class Module {
    private final Engine engine;
    private final ValidatedModule validated;
    private final CompiledModule code;

    Module(Engine engine, ValidatedModule validated, CompiledModule code) {
        this.engine = engine;
        this.validated = validated;
        this.code = code;
    }

    public Engine engine() {
        return engine;
    }

    public ValidatedModule validated() {
        return validated;
    }

    public WasmModule model() {
        return validated.module();
    }

    public CompiledModule code() {
        return code;
    }

    public List<Import> imports() {
        return validated.module().imports();
    }

    public List<Export> exports() {
        return validated.module().exports();
    }
}
