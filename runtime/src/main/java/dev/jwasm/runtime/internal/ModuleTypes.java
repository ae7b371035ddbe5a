package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.AbstractHeaps;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * Types that the host names through a module's type indices, and the checks of references
 * the host hands in. A concrete heap type such as {@code (ref $point)} means nothing outside
 * a module; resolved through the module's canonical ids it can type a host function, global
 * or table that links with that module (and with every module that has the same type).
 */
public final class ModuleTypes {
    private ModuleTypes() {}

    /** The function type at a type index of a module. */
    public static FuncType funcType(ValidatedModule module, int typeIndex) {
        checkIndex(module, typeIndex);
        CompositeType c = module.module().types().get(typeIndex).composite();
        if (!(c instanceof FuncType f)) {
            throw new IllegalArgumentException("type " + typeIndex + " is not a function type: " + c);
        }
        return f;
    }

    /** The canonical code of a value type whose concrete heap types are type indices of the module. */
    public static int valType(ValidatedModule module, ValType type) {
        if (type.isRef() && type.heapType().isConcrete()) {
            checkIndex(module, type.heapType().typeIndex());
        }
        return TypeCodesOf.valType(type, module);
    }

    private static void checkIndex(ValidatedModule module, int typeIndex) {
        if (typeIndex < 0 || typeIndex >= module.typeCount()) {
            throw new IllegalArgumentException("type index " + typeIndex + " out of range: the module has "
                    + module.typeCount() + " types");
        }
    }

    /**
     * What a reference stored by the host into a global or table of this type must pass, or
     * null when anything goes: for numbers, and for concrete types when no registry is known.
     *
     * @param typeCode the type's canonical code (only read for concrete heap types)
     */
    public static CastTarget referenceCheck(ValType type, int typeCode, TypeRegistry registry) {
        if (!type.isRef()) {
            return null;
        }
        HeapType h = type.heapType();
        if (!h.isConcrete()) {
            return new CastTarget(AbstractHeaps.code(h.abstractType()), type.nullable(), registry);
        }
        return registry == null ? null : new CastTarget(TypeCodes.heap(typeCode), type.nullable(), registry);
    }
}
