package dev.jwasm.validator;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.Arrays;

/**
 * A module that passed validation, with what validation computed for later phases: the
 * canonical identity of each of its types (in {@link #registry()}, shared with other modules
 * validated against it) and per defined function the {@link FunctionInfo} facts the
 * execution tiers use.
 */
public final class ValidatedModule {
    private final WasmModule module;
    private final Features features;
    private final TypeRegistry registry;
    private final int[] typeIds;
    private final int[] functionTypeIndices;
    private final FunctionInfo[] functions;

    /** Built by the validator; the arrays are taken over, not copied. */
    public ValidatedModule(WasmModule module, Features features, TypeRegistry registry, int[] typeIds,
            int[] functionTypeIndices, FunctionInfo[] functions) {
        this.module = module;
        this.features = features;
        this.registry = registry;
        this.typeIds = typeIds;
        this.functionTypeIndices = functionTypeIndices;
        this.functions = functions;
    }

    public WasmModule module() {
        return module;
    }

    /** The features the module was validated with. */
    public Features features() {
        return features;
    }

    /** The registry that holds this module's canonical types. */
    public TypeRegistry registry() {
        return registry;
    }

    public int typeCount() {
        return typeIds.length;
    }

    /** The canonical id of a type index: equal ids mean equal types, across modules of one registry. */
    public int canonicalTypeId(int typeIndex) {
        return typeIds[typeIndex];
    }

    /** The canonical ids of all type indices, in order (a copy). */
    public int[] canonicalTypeIds() {
        return typeIds.clone();
    }

    /** The canonical form of the type at a type index. */
    public CanonicalType type(int typeIndex) {
        return registry.type(typeIds[typeIndex]);
    }

    /** The number of functions, imported and defined. */
    public int functionCount() {
        return functionTypeIndices.length;
    }

    /** The type index of a function (imported functions first, as in the function index space). */
    public int functionTypeIndex(int funcIndex) {
        return functionTypeIndices[funcIndex];
    }

    /** The canonical id of a function's type, which call_indirect compares against. */
    public int functionTypeId(int funcIndex) {
        return typeIds[functionTypeIndices[funcIndex]];
    }

    /** The facts about a defined function, by its index among the defined functions (not counting imports). */
    public FunctionInfo function(int definedIndex) {
        return functions[definedIndex];
    }

    public int definedFunctionCount() {
        return functions.length;
    }

    @Override
    public String toString() {
        return "ValidatedModule[" + typeIds.length + " types, " + functions.length + " functions, type ids "
                + Arrays.toString(typeIds.length > 16 ? Arrays.copyOf(typeIds, 16) : typeIds) + "]";
    }
}
