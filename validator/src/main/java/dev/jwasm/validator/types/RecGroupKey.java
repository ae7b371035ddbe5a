package dev.jwasm.validator.types;

import java.util.Arrays;

/**
 * The structure of a recursion group as ints, the key under which a {@link TypeRegistry} finds
 * an equal group. References to types outside the group are canonical ids, references inside
 * it are relative to the group (negative numbers), so equal keys mean iso-recursively equal groups.
 * See {@link RecGroupEncoder} for the layout.
 */
final class RecGroupKey {
    final int[] data;
    final int size;
    private final int hash;

    RecGroupKey(int[] data, int size) {
        this.data = data;
        this.size = size;
        this.hash = Arrays.hashCode(data) * 31 + size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecGroupKey k && k.hash == hash && k.size == size && Arrays.equals(k.data, data);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
