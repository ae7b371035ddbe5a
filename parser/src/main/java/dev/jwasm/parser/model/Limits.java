package dev.jwasm.parser.model;

/**
 * Limits of a memory or table: minimum, optional maximum ({@link #NO_MAX} when absent), and
 * the address type (i32, or i64 for memory64 / table64).
 */
public record Limits(long min, long max, boolean is64) {
    /** The value of {@link #max} when no maximum was declared. */
    public static final long NO_MAX = -1;

    public boolean hasMax() {
        return max != NO_MAX;
    }

    /** The address type as a value type: i64 for 64-bit memories and tables, else i32. */
    public ValType addressType() {
        return is64 ? ValType.I64 : ValType.I32;
    }
}
