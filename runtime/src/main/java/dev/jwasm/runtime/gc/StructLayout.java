package dev.jwasm.runtime.gc;

import dev.jwasm.validator.types.CanonicalType;

/**
 * Where each field of a struct type lives: numeric fields (packed ones too) in the object's
 * {@code long[]} (a v128 takes two entries), reference fields in its {@code Object[]}.
 */
public final class StructLayout extends GcLayout {
    private final int[] kinds;
    private final int[] slots;
    private final int numericSlots;
    private final int refSlots;

    public StructLayout(CanonicalType type) {
        super(type.id());
        int n = type.fieldCount();
        kinds = new int[n];
        slots = new int[n];
        int nums = 0;
        int refs = 0;
        for (int i = 0; i < n; i++) {
            int k = StorageKind.of(type.field(i));
            kinds[i] = k;
            if (k == StorageKind.REF) {
                slots[i] = refs++;
            } else {
                slots[i] = nums;
                nums += k == StorageKind.V128 ? 2 : 1;
            }
        }
        numericSlots = nums;
        refSlots = refs;
    }

    public int fieldCount() {
        return kinds.length;
    }

    /** The {@link StorageKind} of a field. */
    public int kind(int field) {
        return kinds[field];
    }

    /** The index of a field in the numeric or the reference array, by its kind. */
    public int slot(int field) {
        return slots[field];
    }

    public int numericSlots() {
        return numericSlots;
    }

    public int refSlots() {
        return refSlots;
    }
}
