package dev.jwasm.parser;

import java.util.EnumSet;
import java.util.Set;

/** An immutable set of enabled {@link Feature}s. */
public final class Features {
    private static final Features WASM3 = new Features(wasm3Set());

    private final EnumSet<Feature> enabled;

    private Features(EnumSet<Feature> enabled) {
        this.enabled = enabled;
    }

    /** Exactly the WebAssembly 3.0 feature set. */
    public static Features wasm3() {
        return WASM3;
    }

    public static Features of(Set<Feature> features) {
        return new Features(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
    }

    public boolean has(Feature feature) {
        return enabled.contains(feature);
    }

    public Features with(Feature feature, boolean on) {
        EnumSet<Feature> copy = EnumSet.copyOf(enabled);
        if (on) {
            copy.add(feature);
        } else {
            copy.remove(feature);
        }
        return new Features(copy);
    }

    public Set<Feature> asSet() {
        return EnumSet.copyOf(enabled);
    }

    private static EnumSet<Feature> wasm3Set() {
        EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
        for (Feature f : Feature.values()) {
            if (f.inWasm3()) {
                s.add(f);
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Features other && other.enabled.equals(enabled);
    }

    @Override
    public int hashCode() {
        return enabled.hashCode();
    }

    @Override
    public String toString() {
        return enabled.toString();
    }
}
