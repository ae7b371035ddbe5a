package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.AbstractHeaps;
import dev.jwasm.validator.types.TypeCodes;

/** Model value types as canonical {@link TypeCodes} codes. */
public final class TypeCodesOf {
    private TypeCodesOf() {}

    /** A value type of a module, its concrete heap types resolved through the module's canonical ids. */
    public static int valType(ValType t, ValidatedModule module) {
        if (!t.isRef()) {
            return numeric(t);
        }
        return TypeCodes.ref(heap(t.heapType(), module), t.nullable());
    }

    /** The heap code of a module's heap type. */
    public static int heap(HeapType h, ValidatedModule module) {
        if (h.isConcrete()) {
            return TypeCodes.concreteHeap(module.canonicalTypeId(h.typeIndex()));
        }
        return AbstractHeaps.code(h.abstractType());
    }

    /** A value type without concrete heap types (as hosts create them). */
    public static int abstractValType(ValType t) {
        if (!t.isRef()) {
            return numeric(t);
        }
        if (t.heapType().isConcrete()) {
            throw new IllegalArgumentException("a host value type cannot name a module's type index: " + t);
        }
        return TypeCodes.ref(AbstractHeaps.code(t.heapType().abstractType()), t.nullable());
    }

    private static int numeric(ValType t) {
        switch (t.kind()) {
            case I32:
                return TypeCodes.I32;
            case I64:
                return TypeCodes.I64;
            case F32:
                return TypeCodes.F32;
            case F64:
                return TypeCodes.F64;
            default:
                return TypeCodes.V128;
        }
    }
}
