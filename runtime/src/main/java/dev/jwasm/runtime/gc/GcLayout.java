package dev.jwasm.runtime.gc;

/** The runtime shape of a canonical struct or array type. */
public abstract class GcLayout {
    private final int typeId;

    GcLayout(int typeId) {
        this.typeId = typeId;
    }

    /** The canonical type id (in the engine's type registry) that casts compare. */
    public final int typeId() {
        return typeId;
    }
}
