package dev.jwasm.runtime.gc;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;

/** Reference instructions that are not about a particular GC type. */
public final class RefOps {
    private RefOps() {}

    /** {@code ref.eq}: identity, except that i31 references compare by value. */
    public static boolean eq(Object a, Object b) {
        return a == b || (a instanceof I31 x && b instanceof I31 y && x.signed() == y.signed());
    }

    /** {@code any.convert_extern}: host objects are wrapped, externalized GC objects come back as they were. */
    public static Object internalize(Object extern) {
        if (extern == null || extern instanceof I31 || extern instanceof StructObject || extern instanceof ArrayObject) {
            return extern;
        }
        return new InternalizedRef(extern);
    }

    /** {@code extern.convert_any}: the inverse of {@link #internalize}. */
    public static Object externalize(Object any) {
        return any instanceof InternalizedRef r ? r.hostObject() : any;
    }

    /** {@code ref.as_non_null}. */
    public static Object asNonNull(Object ref) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_REFERENCE);
        }
        return ref;
    }

    /** {@code ref.cast}. */
    public static Object cast(Object ref, CastTarget target) {
        if (!target.test(ref)) {
            throw new Trap(TrapMessages.CAST_FAILURE);
        }
        return ref;
    }

    /** {@code i31.get_s} / {@code i31.get_u}. */
    public static int i31Get(Object ref, boolean signed) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_I31_REFERENCE);
        }
        I31 i = (I31) ref;
        return signed ? i.signed() : i.unsigned();
    }
}
