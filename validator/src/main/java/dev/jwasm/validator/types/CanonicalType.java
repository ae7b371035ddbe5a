package dev.jwasm.validator.types;

import java.util.Arrays;

/**
 * A defined type after canonicalization: its structure with every type reference given as a
 * {@link TypeCodes} code over canonical ids, its place in its recursion group, and its
 * declared supertype. Two defined types are equal exactly when their canonical ids are, in
 * one {@link TypeRegistry}, whichever modules they came from. Immutable.
 */
public final class CanonicalType {
    /** Types up to this depth keep their whole supertype chain for constant-time subtyping. */
    static final int DISPLAY_DEPTH = 32;

    public enum Kind { FUNC, STRUCT, ARRAY }

    private final int id;
    private final int groupStart;
    private final int groupSize;
    private final boolean isFinal;
    private final int supertype;
    private final int depth;
    private final int[] display;
    private final Kind kind;
    private final int[] params;
    private final int[] results;
    private final int[] fields;
    private final int[] unpackedFields;
    private final boolean[] mutable;

    CanonicalType(int id, int groupStart, int groupSize, boolean isFinal, CanonicalType supertype, Kind kind,
            int[] params, int[] results, int[] fields, boolean[] mutable) {
        this.id = id;
        this.groupStart = groupStart;
        this.groupSize = groupSize;
        this.isFinal = isFinal;
        this.supertype = supertype == null ? -1 : supertype.id;
        this.depth = supertype == null ? 0 : supertype.depth + 1;
        if (depth < DISPLAY_DEPTH) {
            int[] d = supertype == null ? new int[1] : Arrays.copyOf(supertype.display, depth + 1);
            d[depth] = id;
            this.display = d;
        } else {
            this.display = null;
        }
        this.kind = kind;
        this.params = params;
        this.results = results;
        this.fields = fields;
        int[] unpacked = fields.clone();
        for (int i = 0; i < unpacked.length; i++) {
            unpacked[i] = TypeCodes.unpacked(unpacked[i]);
        }
        this.unpackedFields = unpacked;
        this.mutable = mutable;
    }

    /** The canonical id. */
    public int id() {
        return id;
    }

    /** The canonical id of the first type of this type's recursion group. */
    public int groupStart() {
        return groupStart;
    }

    public int groupSize() {
        return groupSize;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** The canonical id of the declared supertype, or -1. */
    public int supertype() {
        return supertype;
    }

    /** Length of the declared supertype chain above this type. */
    public int depth() {
        return depth;
    }

    int[] display() {
        return display;
    }

    public Kind kind() {
        return kind;
    }

    /** The {@link TypeCodes.HEAP_FUNC}, {@code HEAP_STRUCT} or {@code HEAP_ARRAY} code this type is below. */
    public int abstractHeap() {
        return switch (kind) {
            case FUNC -> TypeCodes.HEAP_FUNC;
            case STRUCT -> TypeCodes.HEAP_STRUCT;
            case ARRAY -> TypeCodes.HEAP_ARRAY;
        };
    }

    /** Parameter type codes of a function type; empty for other kinds. Do not modify. */
    public int[] params() {
        return params;
    }

    /** Result type codes of a function type; empty for other kinds. Do not modify. */
    public int[] results() {
        return results;
    }

    /** Storage type codes of the struct fields (one entry, the element, for an array). Do not modify. */
    public int[] fields() {
        return fields;
    }

    /** The value types read from the fields: packed fields read as i32. Do not modify. */
    public int[] unpackedFields() {
        return unpackedFields;
    }

    public int fieldCount() {
        return fields.length;
    }

    public int field(int i) {
        return fields[i];
    }

    public boolean isMutable(int i) {
        return mutable[i];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("type#").append(id).append(isFinal ? " final" : " sub");
        if (supertype >= 0) {
            sb.append(" <: #").append(supertype);
        }
        sb.append(' ').append(kind.name().toLowerCase()).append(' ');
        if (kind == Kind.FUNC) {
            appendCodes(sb, params);
            sb.append(" -> ");
            appendCodes(sb, results);
        } else {
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : " ").append(mutable[i] ? "(mut " : "(")
                        .append(TypeCodes.toString(fields[i], x -> "#" + x)).append(')');
            }
        }
        return sb.toString();
    }

    private static void appendCodes(StringBuilder sb, int[] codes) {
        sb.append('[');
        for (int i = 0; i < codes.length; i++) {
            sb.append(i == 0 ? "" : " ").append(TypeCodes.toString(codes[i], x -> "#" + x));
        }
        sb.append(']');
    }
}
