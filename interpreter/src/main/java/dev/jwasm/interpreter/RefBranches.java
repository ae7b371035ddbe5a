package dev.jwasm.interpreter;

import dev.jwasm.runtime.gc.CastTarget;

/**
 * {@code br_on_null}, {@code br_on_non_null}, {@code br_on_cast} and {@code br_on_cast_fail}
 * out of the interpreter's loop (one shared case there keeps the loop's bytecode small): they
 * decide whether the branch is taken and, if so, move its values to the label.
 */
final class RefBranches {
    private RefBranches() {}

    /**
     * Whether the branch of instruction {@code op} with slot A at {@code a} is taken; {@code
     * pc} is at its target word {@code [t | k << 32]}, followed by {@code [dst | cast target << 32]}.
     */
    static boolean taken(int op, long[] s, Object[] r, int a, int fp, long[] code, int pc, Object[] objects) {
        Object ref = r[a - 1];
        boolean taken;
        int from;
        switch (op) {
            case Op.BR_ON_NULL:
                taken = ref == null;
                from = a - 1; // the null is dropped: the label's values lie below it
                break;
            case Op.BR_ON_NON_NULL:
                taken = ref != null;
                from = a;
                break;
            default:
                CastTarget target = (CastTarget) objects[(int) (code[pc + 1] >>> 32)];
                taken = target.test(ref) == (op == Op.BR_ON_CAST);
                from = a;
                break;
        }
        if (taken) {
            int k = (int) (code[pc] >>> 32);
            Interpreter.move(s, r, from - k, fp + (int) code[pc + 1], k);
        }
        return taken;
    }
}
