package dev.jwasm.runtime;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.runtime.gc.GcLayouts;
import dev.jwasm.runtime.tier.ExecutionTier;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.Validator;
import dev.jwasm.validator.types.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The configuration everything else runs under: enabled features, resource limits and the
 * execution tier. Immutable and thread-safe; modules compiled by one engine link only with
 * modules of the same engine (they share its canonical type registry).
 *
 * <pre>{@code
 * Engine engine = Engine.create();                       // WebAssembly 3.0, the interpreter
 * Module module = engine.compile(Files.readAllBytes(path));
 * Store store = engine.newStore();
 * Instance instance = new Linker(engine).instantiate(store, module);
 * }</pre>
 */
public final class Engine {
    /** The tier used when none is named. */
    public static final String DEFAULT_TIER = "interpreter";

    private final Features features;
    private final ResourceLimits limits;
    private final ExecutionTier tier;
    private final TypeRegistry types = new TypeRegistry();
    private final GcLayouts gcLayouts = new GcLayouts(types);
    private final Validator validator;

    private Engine(Builder b) {
        this.features = b.features;
        this.limits = b.limits;
        this.tier = b.tier != null ? b.tier : findTier(b.tierName);
        this.validator = new Validator(features, types);
    }

    /** An engine with the WebAssembly 3.0 features, default limits and the default tier. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The execution tier registered under {@code name} with {@link ServiceLoader}. */
    public static ExecutionTier findTier(String name) {
        for (ExecutionTier t : ServiceLoader.load(ExecutionTier.class, Engine.class.getClassLoader())) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no execution tier named '" + name + "' (is its jar on the class path?)");
    }

    public Features features() {
        return features;
    }

    public ResourceLimits limits() {
        return limits;
    }

    public ExecutionTier tier() {
        return tier;
    }

    /** The registry in which this engine's modules canonicalize their types. */
    public TypeRegistry types() {
        return types;
    }

    /** The runtime layouts of this engine's struct and array types. */
    public GcLayouts gcLayouts() {
        return gcLayouts;
    }

    /**
     * Compiles a module from its binary form, or from WebAssembly text when the bytes do not
     * start with the binary magic number.
     *
     * @throws dev.jwasm.parser.MalformedModuleException when malformed
     * @throws dev.jwasm.validator.InvalidModuleException when invalid
     */
    public Module compile(byte[] bytes) {
        boolean binary = bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
        WasmModule m = binary ? ModuleDecoder.decode(bytes, features) : WatParser.parseModule(bytes).module();
        return compile(m);
    }

    /** Compiles a module from a {@code .wasm} or {@code .wat} file. */
    public Module compile(Path file) throws IOException {
        return compile(Files.readAllBytes(file));
    }

    /** Validates and compiles a module model. */
    public Module compile(WasmModule module) {
        ValidatedModule validated = validator.validate(module);
        return new Module(this, validated, tier.compile(validated, this));
    }

    public Store newStore() {
        return new Store(this);
    }

    /** The canonical id of a host function type (numbers, vectors and abstract references only). */
    public int canonicalFunctionType(FuncType type) {
        for (ValType t : type.params()) {
            checkHostType(t);
        }
        for (ValType t : type.results()) {
            checkHostType(t);
        }
        return types.canonicalize(List.of(new RecType(List.of(SubType.plain(type)))))[0];
    }

    private static void checkHostType(ValType t) {
        if (t.isRef() && t.heapType().isConcrete()) {
            throw new IllegalArgumentException("host function types cannot name a module's type index: " + t);
        }
    }

    /** Builds an {@link Engine}. */
    public static final class Builder {
        private Features features = Features.wasm3();
        private ResourceLimits limits = ResourceLimits.DEFAULT;
        private String tierName = DEFAULT_TIER;
        private ExecutionTier tier;

        private Builder() {
        }

        public Builder features(Features f) {
            this.features = Objects.requireNonNull(f);
            return this;
        }

        public Builder feature(Feature f, boolean on) {
            this.features = features.with(f, on);
            return this;
        }

        public Builder limits(ResourceLimits l) {
            this.limits = Objects.requireNonNull(l);
            return this;
        }

        /** Selects a tier by its registered name. */
        public Builder tier(String name) {
            this.tierName = Objects.requireNonNull(name);
            this.tier = null;
            return this;
        }

        /** Uses this tier instance. */
        public Builder tier(ExecutionTier t) {
            this.tier = Objects.requireNonNull(t);
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
