package dev.jwasm.parser.model;

/**
 * A heap type: either one of the abstract heap types or a concrete type index into the
 * module's type section (module-relative, as in the binary format; canonicalization across
 * modules is the validator's and runtime's business).
 */
public record HeapType(Abstract abstractType, int typeIndex) {

    /** The abstract heap types with their binary encodings. */
    public enum Abstract {
        NOEXN(0x74, "noexn"),
        NOFUNC(0x73, "nofunc"),
        NOEXTERN(0x72, "noextern"),
        NONE(0x71, "none"),
        FUNC(0x70, "func"),
        EXTERN(0x6F, "extern"),
        ANY(0x6E, "any"),
        EQ(0x6D, "eq"),
        I31(0x6C, "i31"),
        STRUCT(0x6B, "struct"),
        ARRAY(0x6A, "array"),
        EXN(0x69, "exn");

        private final int code;
        private final String text;

        Abstract(int code, String text) {
            this.code = code;
            this.text = text;
        }

        public int code() {
            return code;
        }

        public String text() {
            return text;
        }

        private static final Abstract[] BY_CODE = new Abstract[128];

        static {
            for (Abstract a : values()) {
                BY_CODE[a.code] = a;
            }
        }

        /** The abstract heap type with this binary code, or null. */
        public static Abstract byCode(int code) {
            return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        }

        /** The abstract heap type with this text keyword, or null. */
        public static Abstract byText(String text) {
            for (Abstract a : values()) {
                if (a.text.equals(text)) {
                    return a;
                }
            }
            return null;
        }
    }

    public static final HeapType FUNC = new HeapType(Abstract.FUNC, -1);
    public static final HeapType NOFUNC = new HeapType(Abstract.NOFUNC, -1);
    public static final HeapType EXTERN = new HeapType(Abstract.EXTERN, -1);
    public static final HeapType NOEXTERN = new HeapType(Abstract.NOEXTERN, -1);
    public static final HeapType ANY = new HeapType(Abstract.ANY, -1);
    public static final HeapType EQ = new HeapType(Abstract.EQ, -1);
    public static final HeapType I31 = new HeapType(Abstract.I31, -1);
    public static final HeapType STRUCT = new HeapType(Abstract.STRUCT, -1);
    public static final HeapType ARRAY = new HeapType(Abstract.ARRAY, -1);
    public static final HeapType NONE = new HeapType(Abstract.NONE, -1);
    public static final HeapType EXN = new HeapType(Abstract.EXN, -1);
    public static final HeapType NOEXN = new HeapType(Abstract.NOEXN, -1);

    public HeapType {
        if ((abstractType == null) == (typeIndex < 0)) {
            throw new IllegalArgumentException("a heap type is abstract or a type index, not both");
        }
    }

    public static HeapType of(Abstract a) {
        return switch (a) {
            case FUNC -> FUNC;
            case NOFUNC -> NOFUNC;
            case EXTERN -> EXTERN;
            case NOEXTERN -> NOEXTERN;
            case ANY -> ANY;
            case EQ -> EQ;
            case I31 -> I31;
            case STRUCT -> STRUCT;
            case ARRAY -> ARRAY;
            case NONE -> NONE;
            case EXN -> EXN;
            case NOEXN -> NOEXN;
        };
    }

    /** A concrete heap type: the type at this index of the module's type section. */
    public static HeapType concrete(int typeIndex) {
        return new HeapType(null, typeIndex);
    }

    public boolean isConcrete() {
        return abstractType == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeapType h && abstractType == h.abstractType && typeIndex == h.typeIndex;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(abstractType) * 31 + typeIndex;
    }

    @Override
    public String toString() {
        return isConcrete() ? Integer.toString(typeIndex) : abstractType.text();
    }
}
