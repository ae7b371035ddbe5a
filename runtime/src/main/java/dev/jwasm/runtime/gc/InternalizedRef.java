package dev.jwasm.runtime.gc;

/**
 * A host object that entered the {@code any} hierarchy through {@code any.convert_extern}.
 * {@code extern.convert_any} unwraps it again, so a round trip gives back the very object.
 * (GC objects that were externalized are not wrapped: an {@code externref} may be the struct,
 * array or i31 itself.)
 */
public final class InternalizedRef {
    private final Object hostObject;

    public InternalizedRef(Object hostObject) {
        this.hostObject = hostObject;
    }

    public Object hostObject() {
        return hostObject;
    }

    @Override
    public String toString() {
        return "any(" + hostObject + ")";
    }
}
