package dev.jwasm.runtime.gc;

import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.concurrent.ConcurrentHashMap;

/** The layouts of one registry's struct and array types, made once per canonical type. Thread-safe. */
public final class GcLayouts {
    private final TypeRegistry registry;
    private final ConcurrentHashMap<Integer, GcLayout> layouts = new ConcurrentHashMap<>();

    public GcLayouts(TypeRegistry registry) {
        this.registry = registry;
    }

    public TypeRegistry registry() {
        return registry;
    }

    public StructLayout struct(int typeId) {
        return (StructLayout) layouts.computeIfAbsent(typeId, id -> new StructLayout(kind(id, CanonicalType.Kind.STRUCT)));
    }

    public ArrayLayout array(int typeId) {
        return (ArrayLayout) layouts.computeIfAbsent(typeId, id -> new ArrayLayout(kind(id, CanonicalType.Kind.ARRAY)));
    }

    private CanonicalType kind(int id, CanonicalType.Kind expected) {
        CanonicalType t = registry.type(id);
        if (t.kind() != expected) {
            throw new IllegalArgumentException("type " + id + " is not a " + expected.name().toLowerCase() + " type");
        }
        return t;
    }
}
