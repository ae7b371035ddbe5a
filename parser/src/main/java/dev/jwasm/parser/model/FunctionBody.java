package dev.jwasm.parser.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The code of a defined function: its declared locals (after the parameters), its
 * instructions, including the final {@code end}, and its branch hints.
 *
 * <p>{@code branchHints} maps the index (in {@code instructions}) of an {@code if} or
 * {@code br_if} to its hint: {@link #UNLIKELY} or {@link #LIKELY} (the branch hinting
 * proposal's "metadata.code.branch_hint" section, or {@code (@metadata.code.branch_hint ...)}
 * annotations in the text format). Hints are metadata: they never change what the code
 * means. The map iterates in increasing instruction order.
 */
public record FunctionBody(List<Locals> locals, List<Instruction> instructions, Map<Integer, Integer> branchHints) {
    /** The hint of a branch that is likely not taken (an {@code if} likely to run its else arm). */
    public static final int UNLIKELY = 0;
    /** The hint of a branch that is likely taken. */
    public static final int LIKELY = 1;

    /**
     * @throws IllegalArgumentException when a hint is not on an {@code if} or {@code br_if}
     *                                  of the body, or is neither {@link #UNLIKELY} nor {@link #LIKELY}
     */
    public FunctionBody {
        locals = List.copyOf(locals);
        instructions = List.copyOf(instructions);
        branchHints = checkedHints(branchHints, instructions);
    }

    /** A body without branch hints. */
    public FunctionBody(List<Locals> locals, List<Instruction> instructions) {
        this(locals, instructions, Map.of());
    }

    /** This body with other branch hints. */
    public FunctionBody withBranchHints(Map<Integer, Integer> hints) {
        return new FunctionBody(locals, instructions, hints);
    }

    /** Number of declared locals (not counting parameters); may exceed the int range in invalid input. */
    public long localCount() {
        long n = 0;
        for (Locals l : locals) {
            n += Integer.toUnsignedLong(l.count());
        }
        return n;
    }

    /** Whether a branch hint may sit on this instruction. */
    public static boolean isHintable(Instruction instruction) {
        Opcode op = instruction.opcode();
        return op == Opcode.IF || op == Opcode.BR_IF;
    }

    private static SortedMap<Integer, Integer> checkedHints(Map<Integer, Integer> hints, List<Instruction> code) {
        Objects.requireNonNull(hints, "branchHints");
        if (hints.isEmpty()) {
            return Collections.emptySortedMap();
        }
        TreeMap<Integer, Integer> sorted = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : hints.entrySet()) {
            Integer index = Objects.requireNonNull(e.getKey(), "branch hint index");
            Integer value = Objects.requireNonNull(e.getValue(), "branch hint value");
            if (index < 0 || index >= code.size() || !isHintable(code.get(index))) {
                throw new IllegalArgumentException("branch hint on instruction " + index
                        + ", which is not an if or br_if of the body");
            }
            if (value != UNLIKELY && value != LIKELY) {
                throw new IllegalArgumentException("branch hint value " + value + " is neither 0 nor 1");
            }
            sorted.put(index, value);
        }
        return Collections.unmodifiableSortedMap(sorted);
    }
}
