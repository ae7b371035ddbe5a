package dev.jwasm.runtime.gc;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * A reference type that {@code ref.test}, {@code ref.cast} and {@code br_on_cast} check
 * values against at run time: its heap type (a {@link TypeCodes} heap code over canonical
 * ids) and nullability. Concrete types compare canonical ids, following declared supertypes
 * through the registry.
 */
public final class CastTarget {
    private final int heap;
    private final boolean nullable;
    private final TypeRegistry registry;

    public CastTarget(int heap, boolean nullable, TypeRegistry registry) {
        this.heap = heap;
        this.nullable = nullable;
        this.registry = registry;
    }

    /** Whether a value of any static type in the target's hierarchy has the target type. */
    public boolean test(Object ref) {
        if (ref == null) {
            return nullable;
        }
        switch (heap) {
            case TypeCodes.HEAP_ANY:
            case TypeCodes.HEAP_EXTERN:
                return true;
            case TypeCodes.HEAP_EQ:
                return ref instanceof I31 || ref instanceof StructObject || ref instanceof ArrayObject;
            case TypeCodes.HEAP_I31:
                return ref instanceof I31;
            case TypeCodes.HEAP_STRUCT:
                return ref instanceof StructObject;
            case TypeCodes.HEAP_ARRAY:
                return ref instanceof ArrayObject;
            case TypeCodes.HEAP_FUNC:
                return ref instanceof WasmFunction;
            case TypeCodes.HEAP_EXN:
                return ref instanceof ExceptionReference;
            case TypeCodes.HEAP_NONE:
            case TypeCodes.HEAP_NOFUNC:
            case TypeCodes.HEAP_NOEXN:
            case TypeCodes.HEAP_NOEXTERN:
                return false;
            default:
                return testConcrete(ref, TypeCodes.typeId(heap));
        }
    }

    private boolean testConcrete(Object ref, int typeId) {
        int actual;
        if (ref instanceof StructObject s) {
            actual = s.typeId();
        } else if (ref instanceof ArrayObject a) {
            actual = a.typeId();
        } else if (ref instanceof WasmFunction f) {
            actual = f.typeId();
        } else {
            return false;
        }
        return actual == typeId || registry.isTypeSubtype(actual, typeId);
    }

    @Override
    public String toString() {
        return "(ref " + (nullable ? "null " : "") + TypeCodes.heapToString(heap, id -> "#" + id) + ")";
    }
}
