package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.runtime.internal.ModuleTypes;
import java.util.List;

/**
 * An exception tag. Tags compare by identity: each tag definition of each instance is a new
 * tag; imports and exports pass the same tag around. Its type is a function type whose
 * parameters are the exception's payload.
 */
public final class Tag implements Extern {
    private final FuncType type;
    private final int typeId;
    private final int payloadSlots;

    /**
     * @param type   the tag's function type (only its parameters matter)
     * @param typeId the canonical id of that type in the engine's type registry
     */
    public Tag(FuncType type, int typeId) {
        this.type = type;
        this.typeId = typeId;
        int slots = 0;
        for (var t : type.params()) {
            slots += Value.slots(t);
        }
        this.payloadSlots = slots;
    }

    /** A new tag with a payload of the given (numeric, vector or abstract reference) types. */
    public static Tag create(Engine engine, FuncType type) {
        return new Tag(type, engine.canonicalFunctionType(type));
    }

    /**
     * A new tag whose type is the function type at {@code typeIndex} of a module's type
     * section (so its payload may mention the module's own types).
     *
     * @throws IllegalArgumentException when the index is out of range or not a function type
     */
    public static Tag create(Module module, int typeIndex) {
        return new Tag(ModuleTypes.funcType(module.validated(), typeIndex),
                module.validated().canonicalTypeId(typeIndex));
    }

    public FuncType type() {
        return type;
    }

    public List<dev.jwasm.parser.model.ValType> payloadTypes() {
        return type.params();
    }

    public int typeId() {
        return typeId;
    }

    /** Slots the payload takes in the tiers' calling convention. */
    public int payloadSlots() {
        return payloadSlots;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }

    @Override
    public String toString() {
        return "tag" + type.params();
    }
}
