package dev.jwasm.validator;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.internal.ModuleValidator;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * Validates modules against the WebAssembly 3.0 rules (plus the enabled proposals). Errors
 * are {@link InvalidModuleException}s worded like the spec testsuite expects. A validator is
 * immutable and may validate several modules at once from different threads.
 */
public final class Validator {
    private final Features features;
    private final TypeRegistry registry;

    /** A validator whose canonical types live in the {@linkplain TypeRegistry#shared() shared registry}. */
    public Validator(Features features) {
        this(features, TypeRegistry.shared());
    }

    /** A validator canonicalizing types into {@code registry}; modules must share one to compare types. */
    public Validator(Features features, TypeRegistry registry) {
        this.features = features;
        this.registry = registry;
    }

    public Features features() {
        return features;
    }

    public TypeRegistry registry() {
        return registry;
    }

    public ValidatedModule validate(WasmModule module) throws InvalidModuleException {
        return new ModuleValidator(features, registry).validate(module);
    }
}
