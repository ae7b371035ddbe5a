package dev.jwasm.parser.model;

/**
 * Limits of a memory or table: minimum, optional maximum, and the address type (i32, or i64
 * for memory64 / table64). {@code min} and {@code max} are unsigned 64-bit values, so
 * {@code hasMax} is a flag of its own: a declared maximum of 2^64-1 is the bit pattern -1.
 */
public record Limits(long min, long max, boolean hasMax, boolean is64) {
    /** The value of {@link #max} when no maximum was declared. */
    public static final long NO_MAX = -1;

    public Limits {
        if (!hasMax) {
            max = NO_MAX;
        }
    }

    /**
     * Limits whose maximum is absent when {@code max == NO_MAX}; use the canonical constructor
     * for a declared maximum of 2^64-1.
     */
    public Limits(long min, long max, boolean is64) {
        this(min, max, max != NO_MAX, is64);
    }

    /** The address type as a value type: i64 for 64-bit memories and tables, else i32. */
    public ValType addressType() {
        return is64 ? ValType.I64 : ValType.I32;
    }
}
