package dev.jwasm.runtime.gc;

/**
 * A struct: a plain JVM object (the JVM's collector collects it) with its numeric fields
 * unboxed in {@link #nums} and its reference fields in {@link #refs}, at the indices its
 * {@link StructLayout} gives. Packed fields hold the value already truncated to their width.
 */
public final class StructObject {
    public final StructLayout layout;
    public final long[] nums;
    public final Object[] refs;

    private static final long[] NO_NUMS = new long[0];
    private static final Object[] NO_REFS = new Object[0];

    /** A struct with every field zero or null. */
    public StructObject(StructLayout layout) {
        this.layout = layout;
        this.nums = layout.numericSlots() == 0 ? NO_NUMS : new long[layout.numericSlots()];
        this.refs = layout.refSlots() == 0 ? NO_REFS : new Object[layout.refSlots()];
    }

    public int typeId() {
        return layout.typeId();
    }

    @Override
    public String toString() {
        return "struct#" + layout.typeId();
    }
}
