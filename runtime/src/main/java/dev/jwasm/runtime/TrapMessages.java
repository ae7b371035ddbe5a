package dev.jwasm.runtime;

/**
 * The trap messages of the WebAssembly spec testsuite, word for word. {@code assert_trap} and
 * {@code assert_exhaustion} compare a trap's message with these (the testsuite's text is a
 * prefix of the reference interpreter's, e.g. "unreachable" of "unreachable executed").
 */
public final class TrapMessages {
    private TrapMessages() {}

    // numeric
    public static final String INTEGER_DIVIDE_BY_ZERO = "integer divide by zero";
    public static final String INTEGER_OVERFLOW = "integer overflow";
    public static final String INVALID_CONVERSION_TO_INTEGER = "invalid conversion to integer";

    // control
    public static final String UNREACHABLE = "unreachable";
    public static final String CALL_STACK_EXHAUSTED = "call stack exhausted";

    // memory and tables
    public static final String OUT_OF_BOUNDS_MEMORY_ACCESS = "out of bounds memory access";
    public static final String OUT_OF_BOUNDS_TABLE_ACCESS = "out of bounds table access";
    public static final String UNALIGNED_ATOMIC = "unaligned atomic";

    // call_indirect: index past the table's end / null entry / wrong signature
    public static final String UNDEFINED_ELEMENT = "undefined element";
    public static final String UNINITIALIZED_ELEMENT = "uninitialized element";
    public static final String INDIRECT_CALL_TYPE_MISMATCH = "indirect call type mismatch";

    // references and GC
    public static final String NULL_REFERENCE = "null reference";
    public static final String NULL_FUNCTION_REFERENCE = "null function reference";
    public static final String NULL_STRUCTURE_REFERENCE = "null structure reference";
    public static final String NULL_ARRAY_REFERENCE = "null array reference";
    public static final String NULL_I31_REFERENCE = "null i31 reference";
    public static final String NULL_EXCEPTION_REFERENCE = "null exception reference";
    public static final String OUT_OF_BOUNDS_ARRAY_ACCESS = "out of bounds array access";
    public static final String CAST_FAILURE = "cast failure";
    /** An array length beyond what the JVM can allocate (the reference interpreter runs out of memory). */
    public static final String ARRAY_TOO_LARGE = "array too large";

    // exceptions, threads, embedding
    public static final String EXPECTED_SHARED_MEMORY = "expected shared memory";
    /** Execution was stopped from another thread ({@code Store.interrupt()}). */
    public static final String INTERRUPTED = "interrupted";

    // custom descriptors proposal
    public static final String NULL_DESCRIPTOR_REFERENCE = "null descriptor reference";
    public static final String DESCRIPTOR_CAST_FAILURE = "descriptor cast failure";
}
