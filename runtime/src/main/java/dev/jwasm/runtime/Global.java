package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.runtime.internal.ModuleTypes;
import dev.jwasm.runtime.internal.TypeCodesOf;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * A global variable. Its value is unboxed: numbers as raw bits in {@link #bits()}, the high
 * half of a v128 in {@link #high()}, references in {@link #ref()}. The tiers read and write
 * those directly (the validator has checked types and mutability); the host goes through
 * {@link #get()} and {@link #set(Value)}, which check.
 */
public final class Global implements Extern {
    private final ValType type;
    private final int typeCode;
    private final boolean mutable;
    /** What a reference the host stores must pass; null when unchecked. */
    private final CastTarget referenceCheck;
    private long bits;
    private long high;
    private Object ref;

    /**
     * @param type     the value type (concrete heap types must come with their canonical code)
     * @param typeCode the type as a canonical {@link dev.jwasm.validator.types.TypeCodes} code
     */
    public Global(ValType type, int typeCode, boolean mutable) {
        this(type, typeCode, mutable, null);
    }

    /**
     * @param type     the value type
     * @param typeCode the type as a canonical {@link dev.jwasm.validator.types.TypeCodes} code
     * @param registry the registry of the canonical ids in {@code typeCode}, with which
     *                 {@link #set(Value)} checks references of concrete types (null: unchecked)
     */
    public Global(ValType type, int typeCode, boolean mutable, TypeRegistry registry) {
        this.type = type;
        this.typeCode = typeCode;
        this.mutable = mutable;
        this.referenceCheck = ModuleTypes.referenceCheck(type, typeCode, registry);
    }

    /** A host global of a number, vector or abstract reference type. */
    public static Global create(ValType type, boolean mutable, Value initial) {
        Global g = new Global(type, TypeCodesOf.abstractValType(type), mutable);
        g.store(initial);
        return g;
    }

    /**
     * A host global of any value type, including concrete reference types such as
     * {@code (ref null $point)}: their type indices are those of {@code module}'s type section.
     * It links with that module, and with any module whose type is the same.
     *
     * @throws IllegalArgumentException when a type index is out of range or {@code initial} is not of the type
     */
    public static Global create(Module module, ValType type, boolean mutable, Value initial) {
        Global g = new Global(type, ModuleTypes.valType(module.validated(), type), mutable,
                module.validated().registry());
        g.store(initial);
        return g;
    }

    public ValType type() {
        return type;
    }

    public int typeCode() {
        return typeCode;
    }

    public boolean isMutable() {
        return mutable;
    }

    public Value get() {
        switch (type.kind()) {
            case I32:
                return Value.i32((int) bits);
            case I64:
                return Value.i64(bits);
            case F32:
                return Value.f32Bits((int) bits);
            case F64:
                return Value.f64Bits(bits);
            case V128:
                return Value.v128(bits, high);
            default:
                return Value.ref(type, ref);
        }
    }

    /** Sets a mutable global from the host. */
    public void set(Value v) {
        if (!mutable) {
            throw new IllegalStateException("global is immutable");
        }
        store(v);
    }

    private void store(Value v) {
        if (v.type().kind() != type.kind()) {
            throw new IllegalArgumentException("expected a " + type + " value, got " + v.type());
        }
        if (type.isRef() && v.ref() == null && !type.nullable()) {
            throw new IllegalArgumentException("null for non-nullable " + type);
        }
        if (referenceCheck != null && !referenceCheck.test(v.ref())) {
            throw new IllegalArgumentException("a " + type + " global cannot hold " + v.ref());
        }
        bits = v.bits();
        high = v.high();
        ref = v.ref();
    }

    // ---- unchecked access for the tiers

    public long bits() {
        return bits;
    }

    public long high() {
        return high;
    }

    public Object ref() {
        return ref;
    }

    public void setBits(long v) {
        bits = v;
    }

    public void setV128(long lo, long hi) {
        bits = lo;
        high = hi;
    }

    public void setRef(Object v) {
        ref = v;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }

    @Override
    public String toString() {
        return "global " + (mutable ? "mut " : "") + type + " = " + get();
    }
}
