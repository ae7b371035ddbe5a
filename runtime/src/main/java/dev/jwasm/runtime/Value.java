package dev.jwasm.runtime;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import java.util.Objects;

/**
 * A WebAssembly value at the host boundary: its type and its bits. Numbers keep their raw
 * bits (so float NaN payloads survive), a v128 is two longs, a reference is a Java object
 * ({@link WasmFunction} for functions, the host's own object for {@code externref}, the
 * runtime's GC objects for {@code anyref}; null is the null reference).
 *
 * <p>Inside Wasm code values are never boxed: tiers keep them unboxed in {@code long} slots
 * and {@code Object} slots (see {@link WasmFunction#invoke}).
 */
public final class Value {
    private final ValType type;
    private final long bits;
    private final long high;
    private final Object ref;

    private Value(ValType type, long bits, long high, Object ref) {
        this.type = type;
        this.bits = bits;
        this.high = high;
        this.ref = ref;
    }

    public static Value i32(int v) {
        return new Value(ValType.I32, v, 0, null);
    }

    public static Value i64(long v) {
        return new Value(ValType.I64, v, 0, null);
    }

    public static Value f32(float v) {
        return f32Bits(Float.floatToRawIntBits(v));
    }

    public static Value f64(double v) {
        return f64Bits(Double.doubleToRawLongBits(v));
    }

    /** An f32 given by its IEEE bits. */
    public static Value f32Bits(int bits) {
        return new Value(ValType.F32, bits, 0, null);
    }

    /** An f64 given by its IEEE bits. */
    public static Value f64Bits(long bits) {
        return new Value(ValType.F64, bits, 0, null);
    }

    /** A v128: {@code low} holds bytes 0..7 (lane 0 in its low bits), {@code high} bytes 8..15. */
    public static Value v128(long low, long high) {
        return new Value(ValType.V128, low, high, null);
    }

    /** A reference of the given reference type; {@code ref} null is the null reference. */
    public static Value ref(ValType type, Object ref) {
        if (!type.isRef()) {
            throw new IllegalArgumentException("not a reference type: " + type);
        }
        return new Value(type, 0, 0, ref);
    }

    public static Value funcref(WasmFunction f) {
        return new Value(ValType.FUNCREF, 0, 0, f);
    }

    /** An {@code externref} to a host object (null for the null reference). */
    public static Value externref(Object hostObject) {
        return new Value(ValType.EXTERNREF, 0, 0, hostObject);
    }

    /** The null reference of a heap type's hierarchy. */
    public static Value nullRef(HeapType heapType) {
        return new Value(ValType.ref(true, heapType), 0, 0, null);
    }

    /** The zero value of a type (null for references). */
    public static Value zero(ValType type) {
        return new Value(type, 0, 0, null);
    }

    public ValType type() {
        return type;
    }

    public int asInt() {
        return (int) bits;
    }

    public long asLong() {
        return bits;
    }

    public float asFloat() {
        return Float.intBitsToFloat((int) bits);
    }

    public double asDouble() {
        return Double.longBitsToDouble(bits);
    }

    /** The raw bits: an i32 or f32 in the low 32 bits, an i64 or f64, or the low half of a v128. */
    public long bits() {
        return bits;
    }

    /** Bytes 8..15 of a v128; 0 for other types. */
    public long high() {
        return high;
    }

    /** The referenced object of a reference value (null for a null reference). */
    public Object ref() {
        return ref;
    }

    public boolean isNull() {
        return type.isRef() && ref == null;
    }

    /** Number of {@code long} slots a value of this type takes in the tiers' calling convention. */
    public static int slots(ValType type) {
        return type.kind() == ValType.Kind.V128 ? 2 : 1;
    }

    /** Reads a value of {@code type} from unboxed slots (see {@link WasmFunction#invoke}). */
    public static Value read(ValType type, long[] slots, Object[] refs, int at) {
        switch (type.kind()) {
            case I32:
                return i32((int) slots[at]);
            case I64:
                return i64(slots[at]);
            case F32:
                return f32Bits((int) slots[at]);
            case F64:
                return f64Bits(slots[at]);
            case V128:
                return v128(slots[at], slots[at + 1]);
            default:
                return new Value(type, 0, 0, refs[at]);
        }
    }

    /** Writes this value into unboxed slots (see {@link WasmFunction#invoke}). */
    public void write(long[] slots, Object[] refs, int at) {
        switch (type.kind()) {
            case I32:
            case F32:
                slots[at] = (int) bits;
                break;
            case I64:
            case F64:
                slots[at] = bits;
                break;
            case V128:
                slots[at] = bits;
                slots[at + 1] = high;
                break;
            default:
                refs[at] = ref;
                break;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Value v)) {
            return false;
        }
        if (type.isRef() != v.type.isRef()) {
            return false;
        }
        if (type.isRef()) {
            return Objects.equals(ref, v.ref);
        }
        return type.equals(v.type) && bits == v.bits && high == v.high;
    }

    @Override
    public int hashCode() {
        return type.isRef() ? Objects.hashCode(ref) : Long.hashCode(bits * 31 + high) ^ type.kind().hashCode();
    }

    @Override
    public String toString() {
        switch (type.kind()) {
            case I32:
                return "i32:" + (int) bits;
            case I64:
                return "i64:" + bits;
            case F32:
                return "f32:" + Float.intBitsToFloat((int) bits);
            case F64:
                return "f64:" + Double.longBitsToDouble(bits);
            case V128:
                return String.format("v128:0x%016x%016x", high, bits);
            default:
                return type + ":" + (ref == null ? "null" : ref);
        }
    }
}
