package dev.jwasm.interpreter;

/**
 * A function body pre-decoded for the interpreter, shared by every instance of its module.
 *
 * <p>Frame layout, in slots from the frame pointer: parameters, declared locals, a slot that
 * always holds zero, one hidden slot per nesting level of legacy {@code try} (the exception a
 * {@code catch} caught, for {@code rethrow}), the constants that loops use (so that they are
 * operands like locals, not instructions), then the operand stack. A v128 takes two slots; a
 * reference lives in the object array at its slot's index. Entry zeroes everything between
 * the parameters and the constants and copies the constants in.
 */
final class FunctionCode {
    /** Register-form code ({@link Op}). */
    final long[] code;
    /** 64-bit immediates: memory offsets, v128 constants, shuffle masks. */
    final long[] longs;
    /** Object immediates: cast targets, GC layouts. */
    final Object[] objects;
    final Handler[] handlers;
    final int paramSlots;
    /** Parameters, declared locals and hidden slots: where the operand stack starts. */
    final int localSlots;
    final int resultSlots;
    /** Slots the frame may use at most: locals and the deepest operand stack. */
    final int frameSlots;
    /** Whether entry must null the references of the declared locals (some are references, or hidden). */
    final boolean clearsRefs;
    /** Where the constants start; they fill the frame up to {@link #localSlots}. */
    final int constantBase;
    final long[] constants;

    FunctionCode(long[] code, long[] longs, Object[] objects, Handler[] handlers, int paramSlots, int localSlots,
            int resultSlots, int frameSlots, boolean clearsRefs, int constantBase, long[] constants) {
        this.code = code;
        this.longs = longs;
        this.objects = objects;
        this.handlers = handlers;
        this.paramSlots = paramSlots;
        this.localSlots = localSlots;
        this.resultSlots = resultSlots;
        this.frameSlots = frameSlots;
        this.clearsRefs = clearsRefs;
        this.constantBase = constantBase;
        this.constants = constants;
    }

    /** Sets up a frame whose parameters are in place at {@code fp}: zeroes the locals, copies the constants. */
    void enter(long[] s, Object[] r, int fp) {
        for (int i = fp + paramSlots, e = fp + constantBase; i < e; i++) {
            s[i] = 0;
        }
        if (clearsRefs) {
            for (int i = fp + paramSlots, e = fp + constantBase; i < e; i++) {
                r[i] = null;
            }
        }
        if (constants.length > 0) {
            System.arraycopy(constants, 0, s, fp + constantBase, constants.length);
        }
    }

    /** The innermost handler covering a code offset, or -1. */
    int innermostHandler(int offset) {
        Handler[] hs = handlers;
        for (int i = 0; i < hs.length; i++) {
            if (hs[i].covers(offset)) {
                return i;
            }
        }
        return -1;
    }
}
