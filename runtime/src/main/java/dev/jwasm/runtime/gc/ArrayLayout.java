package dev.jwasm.runtime.gc;

import dev.jwasm.validator.types.CanonicalType;

/** The element kind of an array type. */
public final class ArrayLayout extends GcLayout {
    private final int kind;

    public ArrayLayout(CanonicalType type) {
        super(type.id());
        this.kind = StorageKind.of(type.field(0));
    }

    /** The {@link StorageKind} of the elements. */
    public int kind() {
        return kind;
    }
}
