package dev.jwasm.validator;

import java.util.Arrays;

/**
 * What validation learned about one function body, so the execution tiers need not derive it
 * again: the maximum operand-stack height and where every structured instruction and branch
 * leads. Positions are indices into the body's instruction list (which ends with the
 * function's own {@code end}). Each accessor is meaningful only for the instructions it names.
 *
 * <p>A branch "continues at" the matching {@code end} of the block, if, try_table or try it
 * targets (execution resumes after it), or at the {@code loop} instruction itself for a loop
 * (execution resumes at the loop's first instruction). A branch to the function's own label
 * continues at the final {@code end}.
 */
public final class FunctionInfo {
    private final int instructionCount;
    private final int maxStackHeight;
    private final int maxStackSlots;
    private final int[] match;
    private final int[] link;
    private final int[] arity;
    private final int[] pool;

    /**
     * Built by the validator; the arrays are taken over, not copied.
     *
     * @param match per instruction: the partner of a structured instruction or a branch's continuation
     * @param link  per instruction, or null: else / next-catch links, try_table and delegate targets
     * @param arity per instruction, or null: the label arity of branches
     * @param pool  branch-table and try_table catch targets, each run preceded by its length
     */
    public FunctionInfo(int maxStackHeight, int maxStackSlots, int[] match, int[] link, int[] arity, int[] pool) {
        this.instructionCount = match.length;
        this.maxStackHeight = maxStackHeight;
        this.maxStackSlots = maxStackSlots;
        this.match = match;
        this.link = link;
        this.arity = arity;
        this.pool = pool == null ? new int[0] : pool;
    }

    public int instructionCount() {
        return instructionCount;
    }

    /** The most operand values on the stack at once (a v128 counts as one). */
    public int maxStackHeight() {
        return maxStackHeight;
    }

    /** The most operand slots in use at once, counting a v128 as two slots. */
    public int maxStackSlots() {
        return maxStackSlots;
    }

    /**
     * For block, loop, if, else, try_table, try, catch and catch_all: the index of the
     * matching {@code end} (or of the {@code delegate} that closes a try).
     */
    public int endIndex(int i) {
        return match[i];
    }

    /** For an {@code end} or {@code delegate}: the index of the instruction it closes, -1 for the function's end. */
    public int startIndex(int i) {
        return match[i];
    }

    /** For an {@code if}: the index of its {@code else}, or -1 when it has none. */
    public int elseIndex(int i) {
        return link == null ? -1 : link[i];
    }

    /** For a legacy {@code try}, {@code catch} or {@code catch_all}: the next handler clause of the same try, or -1. */
    public int nextCatchIndex(int i) {
        return link == null ? -1 : link[i];
    }

    /** For br, br_if, br_on_null, br_on_non_null, br_on_cast and br_on_cast_fail: where a taken branch continues. */
    public int branchTarget(int i) {
        return match[i];
    }

    /** For br_table: where each label continues, in order, the default label last. */
    public int[] branchTableTargets(int i) {
        int at = match[i];
        return Arrays.copyOfRange(pool, at + 1, at + 1 + pool[at]);
    }

    /** For a try_table: where a caught exception continues, per catch clause, in clause order. */
    public int[] catchTargets(int i) {
        int at = link[i];
        return Arrays.copyOfRange(pool, at + 1, at + 1 + pool[at]);
    }

    /** For any branch instruction: the number of values its label carries. */
    public int branchArity(int i) {
        return arity == null ? 0 : arity[i];
    }

    /** For a legacy {@code rethrow}: the index of the {@code try} whose caught exception it rethrows. */
    public int rethrowTarget(int i) {
        return match[i];
    }

    /**
     * For a legacy {@code delegate}: the opening instruction of the frame its label names (an
     * exception is handed to that try's handlers, or to the handlers around a block or loop),
     * or -1 when it names the function body (the exception leaves the function).
     */
    public int delegateTarget(int i) {
        return link[i];
    }
}
