package dev.jwasm.runtime.gc;

import dev.jwasm.validator.types.TypeCodes;

/** How a struct field or array element is stored: one of the small constants below. */
public final class StorageKind {
    private StorageKind() {}

    public static final int I8 = 0;
    public static final int I16 = 1;
    public static final int I32 = 2;
    public static final int I64 = 3;
    public static final int F32 = 4;
    public static final int F64 = 5;
    public static final int V128 = 6;
    public static final int REF = 7;

    /** The kind of a storage type code ({@link TypeCodes}). */
    public static int of(int storageCode) {
        switch (storageCode) {
            case TypeCodes.I8:
                return I8;
            case TypeCodes.I16:
                return I16;
            case TypeCodes.I32:
                return I32;
            case TypeCodes.I64:
                return I64;
            case TypeCodes.F32:
                return F32;
            case TypeCodes.F64:
                return F64;
            case TypeCodes.V128:
                return V128;
            default:
                return REF;
        }
    }

    /** Bytes an element of this kind takes in memory (array.new_data, array.init_data). */
    public static int byteSize(int kind) {
        switch (kind) {
            case I8:
                return 1;
            case I16:
                return 2;
            case I32:
            case F32:
                return 4;
            case I64:
            case F64:
                return 8;
            case V128:
                return 16;
            default:
                throw new IllegalArgumentException("references have no byte size");
        }
    }
}
