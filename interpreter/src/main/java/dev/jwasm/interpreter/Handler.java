package dev.jwasm.interpreter;

/**
 * One exception handler of a function: a {@code try_table}, a legacy {@code try} with its
 * {@code catch} clauses, or a legacy {@code try ... delegate}. It covers the code offsets
 * {@code [start, end)} of its body. A function's handlers are listed in the order their
 * bodies end, so the first one that covers an offset is the innermost; when it does not
 * catch, the search continues with {@link #parent} (or, for a delegate, {@link #delegateNext}),
 * never with the next in the list.
 */
final class Handler {
    static final int TRY_TABLE = 0;
    static final int LEGACY_TRY = 1;
    static final int DELEGATE = 2;

    /** Clause kinds: the {@link dev.jwasm.parser.model.Catch.Kind} ordinals. */
    static final int CATCH = 0;
    static final int CATCH_REF = 1;
    static final int CATCH_ALL = 2;
    static final int CATCH_ALL_REF = 3;

    int kind;
    int start;
    int end;
    /** The innermost enclosing handler active around this one's body, or -1. */
    int parent = -1;
    /** For a delegate: where the search continues (a handler index, or -1 to leave the function). */
    int delegateNext = -1;
    /** For a legacy try: the frame slot keeping the caught exception for {@code rethrow}. */
    int exnSlot;
    /** Per clause: kind, tag index (-1 for catch_all), target code offset and frame height to unwind to. */
    int[] clauseKinds = new int[0];
    int[] tags = new int[0];
    int[] targets = new int[0];
    int[] heights = new int[0];

    // predecoding only
    Handler parentHandler;
    Handler delegateHandler;
    int index = -1;

    void addClause(int clauseKind, int tag, int target, int height) {
        int n = tags.length;
        clauseKinds = java.util.Arrays.copyOf(clauseKinds, n + 1);
        tags = java.util.Arrays.copyOf(tags, n + 1);
        targets = java.util.Arrays.copyOf(targets, n + 1);
        heights = java.util.Arrays.copyOf(heights, n + 1);
        clauseKinds[n] = clauseKind;
        tags[n] = tag;
        targets[n] = target;
        heights[n] = height;
    }

    boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
