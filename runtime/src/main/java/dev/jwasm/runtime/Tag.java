package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
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
