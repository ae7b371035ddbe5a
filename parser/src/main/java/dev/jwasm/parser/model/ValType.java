package dev.jwasm.parser.model;

/**
 * A value type: a number type, the vector type, or a reference type (nullability plus heap
 * type). Instances are values; compare with {@code equals}. Use the constants for the
 * number and vector types and the common reference shorthands.
 */
public record ValType(Kind kind, boolean nullable, HeapType heapType) implements StorageType {

    public enum Kind {
        I32(0x7F, "i32", 4),
        I64(0x7E, "i64", 8),
        F32(0x7D, "f32", 4),
        F64(0x7C, "f64", 8),
        V128(0x7B, "v128", 16),
        REF(-1, "ref", 0);

        private final int code;
        private final String text;
        private final int byteSize;

        Kind(int code, String text, int byteSize) {
            this.code = code;
            this.text = text;
            this.byteSize = byteSize;
        }

        /** Binary code of a number / vector type; -1 for references. */
        public int code() {
            return code;
        }

        public String text() {
            return text;
        }
    }

    public static final ValType I32 = new ValType(Kind.I32, false, null);
    public static final ValType I64 = new ValType(Kind.I64, false, null);
    public static final ValType F32 = new ValType(Kind.F32, false, null);
    public static final ValType F64 = new ValType(Kind.F64, false, null);
    public static final ValType V128 = new ValType(Kind.V128, false, null);
    public static final ValType FUNCREF = new ValType(Kind.REF, true, HeapType.FUNC);
    public static final ValType EXTERNREF = new ValType(Kind.REF, true, HeapType.EXTERN);
    public static final ValType ANYREF = new ValType(Kind.REF, true, HeapType.ANY);
    public static final ValType EQREF = new ValType(Kind.REF, true, HeapType.EQ);
    public static final ValType I31REF = new ValType(Kind.REF, true, HeapType.I31);
    public static final ValType STRUCTREF = new ValType(Kind.REF, true, HeapType.STRUCT);
    public static final ValType ARRAYREF = new ValType(Kind.REF, true, HeapType.ARRAY);
    public static final ValType NULLREF = new ValType(Kind.REF, true, HeapType.NONE);
    public static final ValType NULLFUNCREF = new ValType(Kind.REF, true, HeapType.NOFUNC);
    public static final ValType NULLEXTERNREF = new ValType(Kind.REF, true, HeapType.NOEXTERN);
    public static final ValType EXNREF = new ValType(Kind.REF, true, HeapType.EXN);
    public static final ValType NULLEXNREF = new ValType(Kind.REF, true, HeapType.NOEXN);

    public ValType {
        if ((kind == Kind.REF) != (heapType != null)) {
            throw new IllegalArgumentException("only reference types have a heap type");
        }
        if (kind != Kind.REF && nullable) {
            throw new IllegalArgumentException("only reference types are nullable");
        }
    }

    /** A reference type. */
    public static ValType ref(boolean nullable, HeapType heapType) {
        return new ValType(Kind.REF, nullable, heapType);
    }

    /** The number or vector type with this binary code, or null. */
    public static ValType numOrVecByCode(int code) {
        return switch (code) {
            case 0x7F -> I32;
            case 0x7E -> I64;
            case 0x7D -> F32;
            case 0x7C -> F64;
            case 0x7B -> V128;
            default -> null;
        };
    }

    public boolean isRef() {
        return kind == Kind.REF;
    }

    public boolean isNumeric() {
        return kind == Kind.I32 || kind == Kind.I64 || kind == Kind.F32 || kind == Kind.F64;
    }

    /** Whether locals of this type have a default value (non-nullable references do not). */
    public boolean isDefaultable() {
        return kind != Kind.REF || nullable;
    }

    @Override
    public int byteSize() {
        return kind.byteSize;
    }

    /** The text format of this type, with shorthands such as {@code funcref}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValType v && kind == v.kind && nullable == v.nullable
                && java.util.Objects.equals(heapType, v.heapType);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Boolean.hashCode(nullable)) * 31 + java.util.Objects.hashCode(heapType);
    }

    @Override
    public String toString() {
        if (kind != Kind.REF) {
            return kind.text();
        }
        if (nullable && !heapType.isConcrete()) {
            return switch (heapType.abstractType()) {
                case NONE -> "nullref";
                case NOFUNC -> "nullfuncref";
                case NOEXTERN -> "nullexternref";
                case NOEXN -> "nullexnref";
                default -> heapType.abstractType().text() + "ref";
            };
        }
        return "(ref " + (nullable ? "null " : "") + (heapType.isConcrete() ? heapType.typeIndex() : heapType) + ")";
    }
}
