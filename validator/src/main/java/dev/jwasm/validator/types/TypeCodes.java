package dev.jwasm.validator.types;

/**
 * Value, storage and heap types as small ints, so the validator's operand stack is an
 * {@code int[]} and type equality is {@code ==}. Concrete heap types are identified by their
 * canonical id in a {@link TypeRegistry}, so two codes are equal exactly when the types are.
 *
 * <p>Layout: {@code 0..4} are i32, i64, f32, f64, v128; {@link #BOT} is the unknown value type
 * of unreachable code; {@link #I8} and {@link #I16} are packed storage types (never on a
 * stack). A reference type is {@code REF_BASE + 2 * heap + (nullable ? 1 : 0)}, where heap is
 * one of the {@code HEAP_*} codes or {@code HEAP_CONCRETE_BASE + canonicalId}.
 */
public final class TypeCodes {
    public static final int I32 = 0;
    public static final int I64 = 1;
    public static final int F32 = 2;
    public static final int F64 = 3;
    public static final int V128 = 4;
    /** The unknown value type produced by popping an empty stack in unreachable code. */
    public static final int BOT = 5;
    public static final int I8 = 6;
    public static final int I16 = 7;

    static final int REF_BASE = 8;

    public static final int HEAP_ANY = 0;
    public static final int HEAP_EQ = 1;
    public static final int HEAP_I31 = 2;
    public static final int HEAP_STRUCT = 3;
    public static final int HEAP_ARRAY = 4;
    public static final int HEAP_NONE = 5;
    public static final int HEAP_FUNC = 6;
    public static final int HEAP_NOFUNC = 7;
    public static final int HEAP_EXN = 8;
    public static final int HEAP_NOEXN = 9;
    public static final int HEAP_EXTERN = 10;
    public static final int HEAP_NOEXTERN = 11;
    /** The bottom heap type: a reference of unknown type in unreachable code. */
    public static final int HEAP_BOT = 12;
    static final int HEAP_CONCRETE_BASE = 16;

    /** The largest canonical id whose reference codes still fit in an int. */
    static final int MAX_TYPE_ID = (Integer.MAX_VALUE - REF_BASE) / 2 - HEAP_CONCRETE_BASE - 1;

    public static final int FUNCREF = ref(HEAP_FUNC, true);
    public static final int EXTERNREF = ref(HEAP_EXTERN, true);
    public static final int ANYREF = ref(HEAP_ANY, true);
    public static final int EQREF = ref(HEAP_EQ, true);
    public static final int I31REF = ref(HEAP_I31, true);
    public static final int ARRAYREF = ref(HEAP_ARRAY, true);
    public static final int EXNREF = ref(HEAP_EXN, true);

    private static final String[] ABSTRACT_NAMES = {
        "any", "eq", "i31", "struct", "array", "none", "func", "nofunc", "exn", "noexn", "extern", "noextern",
        "something"
    };
    private static final String[] SIMPLE_NAMES = {"i32", "i64", "f32", "f64", "v128", "bot", "i8", "i16"};

    private TypeCodes() {
    }

    /** The reference type to this heap type. */
    public static int ref(int heap, boolean nullable) {
        return REF_BASE + (heap << 1) + (nullable ? 1 : 0);
    }

    public static boolean isRef(int code) {
        return code >= REF_BASE;
    }

    /** Number or vector type (or {@link #BOT}, which may stand for either). */
    public static boolean isNumOrVec(int code) {
        return code <= BOT;
    }

    public static boolean isPacked(int code) {
        return code == I8 || code == I16;
    }

    public static int heap(int refCode) {
        return (refCode - REF_BASE) >>> 1;
    }

    public static boolean isNullable(int refCode) {
        return ((refCode - REF_BASE) & 1) != 0;
    }

    /** The same reference type with the given nullability. */
    public static int withNullable(int refCode, boolean nullable) {
        // REF_BASE is even, so the low bit is exactly the nullability
        return (refCode & ~1) | (nullable ? 1 : 0);
    }

    public static boolean isConcreteHeap(int heap) {
        return heap >= HEAP_CONCRETE_BASE;
    }

    /** The canonical id of a concrete heap type. */
    public static int typeId(int heap) {
        return heap - HEAP_CONCRETE_BASE;
    }

    /** The heap code of the defined type with this canonical id. */
    public static int concreteHeap(int typeId) {
        return HEAP_CONCRETE_BASE + typeId;
    }

    /** The value type of a storage type: packed types read as i32. */
    public static int unpacked(int storageCode) {
        return isPacked(storageCode) ? I32 : storageCode;
    }

    /** Operand-stack slots a value of this type takes in a tier that stores v128 as two longs. */
    public static int slots(int code) {
        return code == V128 || code == BOT ? 2 : 1;
    }

    /** Whether a local of this type has a default value. */
    public static boolean isDefaultable(int code) {
        return !isRef(code) || isNullable(code);
    }

    /**
     * Text for messages, in the reference interpreter's style ({@code i32}, {@code (ref null func)});
     * concrete types are shown through {@code typeName}, which maps a canonical id to a name.
     */
    public static String toString(int code, java.util.function.IntFunction<String> typeName) {
        if (!isRef(code)) {
            return code >= 0 && code < SIMPLE_NAMES.length ? SIMPLE_NAMES[code] : "?" + code;
        }
        return "(ref " + (isNullable(code) ? "null " : "") + heapToString(heap(code), typeName) + ")";
    }

    public static String toString(int code) {
        return toString(code, Integer::toString);
    }

    public static String heapToString(int heap, java.util.function.IntFunction<String> typeName) {
        if (isConcreteHeap(heap)) {
            return typeName.apply(typeId(heap));
        }
        return heap < ABSTRACT_NAMES.length ? ABSTRACT_NAMES[heap] : "?" + heap;
    }
}
