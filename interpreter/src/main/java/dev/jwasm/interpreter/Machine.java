package dev.jwasm.interpreter;

import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import java.util.Arrays;

/**
 * The interpreter's per-thread stacks, kept in the {@link ExecutionContext} so that calls
 * allocate nothing once they have grown: the value stack (numbers in {@link #stack}, the
 * references of the same slots in {@link #refs}) holding every interpreted frame's locals and
 * operands, and the frame stack (return offset and frame pointer per call, plus the calling
 * function). Both grow on demand up to the store's limits.
 */
final class Machine implements ExecutionContext.TierState {
    private static final int SLOT = ExecutionContext.newTierSlot();

    long[] stack = new long[4096];
    Object[] refs = new Object[4096];
    /** Per frame: return offset, caller's frame pointer. */
    int[] frames = new int[512];
    InterpretedFunction[] callers = new InterpretedFunction[256];
    int frameTop;
    /** First value slot not used by a running frame: where a call from outside starts its frame. */
    int top;

    /** Where {@link Exceptions#handle} found a handler: the frame and the state to resume in. */
    InterpretedFunction handlerFunction;
    int handlerFp;
    int handlerPc;

    static Machine of(ExecutionContext ctx) {
        Machine m = (Machine) ctx.tierState(SLOT);
        if (m == null) {
            m = new Machine();
            ctx.setTierState(SLOT, m);
        }
        return m;
    }

    /** Makes the value stack at least {@code needed} slots long; traps past the store's limit. */
    void ensureStack(int needed, ExecutionContext ctx) {
        if (needed <= stack.length) {
            return;
        }
        if (needed > ctx.limits().maxStackSlots()) {
            throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
        }
        int size = (int) Math.min(Math.max((long) needed, stack.length * 2L), ctx.limits().maxStackSlots());
        try {
            long[] s = Arrays.copyOf(stack, size);
            refs = Arrays.copyOf(refs, size);
            stack = s;
        } catch (OutOfMemoryError e) {
            throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
        }
    }

    /** Room for one more frame record. */
    void ensureFrames() {
        if (frameTop == callers.length) {
            callers = Arrays.copyOf(callers, callers.length * 2);
            frames = Arrays.copyOf(frames, frames.length * 2);
        }
    }

    @Override
    public void reset() {
        top = 0;
        frameTop = 0;
        if (stack.length > 1 << 16) {
            stack = new long[4096];
            refs = new Object[4096];
            frames = new int[512];
            callers = new InterpretedFunction[256];
        } else {
            Arrays.fill(refs, null);
            Arrays.fill(callers, null);
        }
    }
}
