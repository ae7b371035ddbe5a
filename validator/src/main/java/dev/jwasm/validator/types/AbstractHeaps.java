package dev.jwasm.validator.types;

import dev.jwasm.parser.model.HeapType;

/** Maps the model's abstract heap types to {@link TypeCodes} heap codes. */
public final class AbstractHeaps {
    private AbstractHeaps() {
    }

    public static int code(HeapType.Abstract a) {
        return switch (a) {
            case ANY -> TypeCodes.HEAP_ANY;
            case EQ -> TypeCodes.HEAP_EQ;
            case I31 -> TypeCodes.HEAP_I31;
            case STRUCT -> TypeCodes.HEAP_STRUCT;
            case ARRAY -> TypeCodes.HEAP_ARRAY;
            case NONE -> TypeCodes.HEAP_NONE;
            case FUNC -> TypeCodes.HEAP_FUNC;
            case NOFUNC -> TypeCodes.HEAP_NOFUNC;
            case EXN -> TypeCodes.HEAP_EXN;
            case NOEXN -> TypeCodes.HEAP_NOEXN;
            case EXTERN -> TypeCodes.HEAP_EXTERN;
            case NOEXTERN -> TypeCodes.HEAP_NOEXTERN;
        };
    }
}
