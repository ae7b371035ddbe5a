package dev.jwasm.runtime.gc;

/**
 * An {@code i31ref}: a 31-bit integer seen as a reference. Immutable; equal values are
 * {@code ref.eq} (compared by value, see {@link RefOps#eq}), and small values are shared.
 */
public final class I31 {
    private static final int CACHE_LOW = -128;
    private static final I31[] CACHE = new I31[1024 + 128];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new I31(i + CACHE_LOW);
        }
    }

    private final int value;

    private I31(int value) {
        this.value = value;
    }

    /** {@code ref.i31}: the low 31 bits of {@code x}. */
    public static I31 of(int x) {
        int v = (x << 1) >> 1;
        int c = v - CACHE_LOW;
        return c >= 0 && c < CACHE.length ? CACHE[c] : new I31(v);
    }

    /** {@code i31.get_s}. */
    public int signed() {
        return value;
    }

    /** {@code i31.get_u}. */
    public int unsigned() {
        return value & 0x7FFF_FFFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof I31 other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return "i31:" + value;
    }
}
