package dev.jwasm.validator.internal;

import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.Arrays;

/**
 * The operand and control stacks of the validation algorithm (spec appendix "Validation
 * Algorithm"), over {@link TypeCodes} ints, plus the facts recorded for the execution tiers.
 * Control frames live in parallel arrays so that deep nesting costs no recursion and no
 * allocation per frame. Subclasses type the individual instructions.
 */
abstract class StackMachine {
    static final int[] NONE = new int[0];

    static final int K_FUNCTION = 0;
    static final int K_BLOCK = 1;
    static final int K_LOOP = 2;
    static final int K_IF = 3;
    static final int K_ELSE = 4;
    static final int K_TRY_TABLE = 5;
    static final int K_TRY = 6;
    static final int K_CATCH = 7;
    static final int K_CATCH_ALL = 8;

    /** Pending-branch chain entries: which array holds the slot, in the top bits. */
    private static final int CHAIN_SHIFT = 29;
    private static final int CHAIN_MATCH = 0;
    private static final int CHAIN_POOL = 1;
    static final int MAX_INSTRUCTIONS = (1 << CHAIN_SHIFT) - 1;

    final TypeRegistry registry;
    final ModuleContext ctx;

    // operand stack; slotAt[h] is the slot height (v128 = 2) below stack height h
    int[] stack = new int[64];
    int[] slotAt = new int[65];
    int sp;
    int maxHeight;
    int maxSlots;

    // control frames
    int fp;
    int[] fKind = new int[16];
    int[] fStart = new int[16];
    int[] fHeight = new int[16];
    int[] fInit = new int[16];
    int[] fPending = new int[16];
    int[] fClause = new int[16];
    int[][] fParams = new int[16][];
    int[][] fResults = new int[16][];
    boolean[] fUnreachable = new boolean[16];

    // facts for the tiers (see FunctionInfo)
    int[] match;
    int[] link;
    int[] arity;
    int[] pool;
    int poolLen;

    StackMachine(ModuleContext ctx) {
        this.ctx = ctx;
        this.registry = ctx.registry;
    }

    /** Clears the stacks and allocates fact arrays for a body of {@code n} instructions. */
    void reset(int n) {
        if (n > MAX_INSTRUCTIONS) {
            throw new InvalidModuleException("function too large");
        }
        sp = 0;
        fp = 0;
        maxHeight = 0;
        maxSlots = 0;
        match = new int[n];
        Arrays.fill(match, -1);
        link = null;
        arity = null;
        pool = null;
        poolLen = 0;
    }

    // ---------------------------------------------------------------- operand stack

    final void push(int code) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
            slotAt = Arrays.copyOf(slotAt, sp * 2 + 1);
        }
        stack[sp] = code;
        int slots = slotAt[sp] + (code == TypeCodes.V128 || code == TypeCodes.BOT ? 2 : 1);
        sp++;
        slotAt[sp] = slots;
        if (sp > maxHeight) {
            maxHeight = sp;
        }
        if (slots > maxSlots) {
            maxSlots = slots;
        }
    }

    final void pushAll(int[] codes) {
        for (int c : codes) {
            push(c);
        }
    }

    final void pushAll(int[] codes, int count) {
        for (int k = 0; k < count; k++) {
            push(codes[k]);
        }
    }

    final boolean matches(int actual, int expected) {
        return actual == expected || registry.isSubtype(actual, expected);
    }

    /** Pops a value of any type; {@link TypeCodes#BOT} in unreachable code. */
    final int popAny() {
        if (sp > fHeight[fp - 1]) {
            return stack[--sp];
        }
        if (fUnreachable[fp - 1]) {
            return TypeCodes.BOT;
        }
        throw mismatch(new int[] {TypeCodes.BOT}, 1);
    }

    /** Pops a value that must match {@code expected}; returns its actual type. */
    final int pop(int expected) {
        if (sp > fHeight[fp - 1]) {
            int actual = stack[sp - 1];
            if (actual == expected || registry.isSubtype(actual, expected)) {
                sp--;
                return actual;
            }
        } else if (fUnreachable[fp - 1]) {
            return TypeCodes.BOT;
        }
        throw mismatch(new int[] {expected}, 1);
    }

    final void popAll(int[] expected) {
        popAll(expected, expected.length);
    }

    /** Pops values matching {@code expected[0..count)}, the last one on top. */
    final void popAll(int[] expected, int count) {
        int height = fHeight[fp - 1];
        int available = sp - height;
        int checked = Math.min(count, available);
        int off = count - checked;
        int base = sp - checked;
        for (int k = 0; k < checked; k++) {
            int actual = stack[base + k];
            int exp = expected[off + k];
            if (actual != exp && !registry.isSubtype(actual, exp)) {
                throw mismatch(expected, count);
            }
        }
        if (checked < count && !fUnreachable[fp - 1]) {
            throw mismatch(expected, count);
        }
        sp = base;
    }

    /** The type {@code depth} values below the top without popping, {@link TypeCodes#BOT} if unknown. */
    final int peek(int depth) {
        int pos = sp - 1 - depth;
        return pos >= fHeight[fp - 1] ? stack[pos] : TypeCodes.BOT;
    }

    /** The reference type on top, as the reference interpreter's {@code peek_ref}. */
    final int peekRef() {
        int t = peek(0);
        if (t == TypeCodes.BOT) {
            return TypeCodes.ref(TypeCodes.HEAP_BOT, false);
        }
        if (!TypeCodes.isRef(t)) {
            throw new InvalidModuleException("type mismatch: instruction requires reference type but stack has "
                    + ctx.typeName(t));
        }
        return t;
    }

    final void setUnreachable() {
        sp = fHeight[fp - 1];
        fUnreachable[fp - 1] = true;
    }

    // ---------------------------------------------------------------- control stack

    final void pushFrame(int kind, int start, int[] params, int[] results, int initHeight) {
        if (fp == fKind.length) {
            int n = fp * 2;
            fKind = Arrays.copyOf(fKind, n);
            fStart = Arrays.copyOf(fStart, n);
            fHeight = Arrays.copyOf(fHeight, n);
            fInit = Arrays.copyOf(fInit, n);
            fPending = Arrays.copyOf(fPending, n);
            fClause = Arrays.copyOf(fClause, n);
            fParams = Arrays.copyOf(fParams, n);
            fResults = Arrays.copyOf(fResults, n);
            fUnreachable = Arrays.copyOf(fUnreachable, n);
        }
        fKind[fp] = kind;
        fStart[fp] = start;
        fHeight[fp] = sp;
        fInit[fp] = initHeight;
        fPending[fp] = -1;
        fClause[fp] = start;
        fParams[fp] = params;
        fResults[fp] = results;
        fUnreachable[fp] = false;
        fp++;
        pushAll(params);
    }

    /** Checks that the innermost frame's results are exactly what is left on its stack. */
    final void checkFrameEnd() {
        int f = fp - 1;
        int[] results = fResults[f];
        int before = sp;
        popAll(results);
        if (sp != fHeight[f]) {
            throw new InvalidModuleException("type mismatch: block requires " + ctx.typeNames(results, results.length)
                    + " but stack has " + ctx.typeNames(stack, fHeight[f], before - fHeight[f]));
        }
    }

    /** The frame a label depth refers to; "unknown label" when out of range. */
    final int labelFrame(int depth) {
        if (depth < 0 || depth >= fp) {
            throw new InvalidModuleException("unknown label " + Integer.toUnsignedString(depth));
        }
        return fp - 1 - depth;
    }

    /** A branch to a frame carries the loop's parameters or the block's results. */
    final int[] labelTypes(int frame) {
        return fKind[frame] == K_LOOP ? fParams[frame] : fResults[frame];
    }

    // ---------------------------------------------------------------- facts

    /** Records where a branch at instruction {@code i} to {@code frame} continues, and its arity. */
    final void recordBranch(int i, int frame) {
        recordArity(i, labelTypes(frame).length);
        if (fKind[frame] == K_LOOP) {
            match[i] = fStart[frame];
        } else {
            match[i] = fPending[frame];
            fPending[frame] = (CHAIN_MATCH << CHAIN_SHIFT) | i;
        }
    }

    final void recordArity(int i, int n) {
        if (arity == null) {
            arity = new int[match.length];
        }
        arity[i] = n;
    }

    /** Reserves {@code count} target slots in the branch-table pool behind a count entry; returns the count entry. */
    final int reservePool(int count) {
        int need = poolLen + 1 + count;
        if (pool == null) {
            pool = new int[Math.max(16, need)];
        } else if (need > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, need));
        }
        int at = poolLen;
        pool[at] = count;
        poolLen = need;
        return at;
    }

    final void recordPoolTarget(int slot, int frame) {
        if (fKind[frame] == K_LOOP) {
            pool[slot] = fStart[frame];
        } else {
            pool[slot] = fPending[frame];
            fPending[frame] = (CHAIN_POOL << CHAIN_SHIFT) | slot;
        }
    }

    final void setLink(int i, int value) {
        if (link == null) {
            link = new int[match.length];
            Arrays.fill(link, -1);
        }
        link[i] = value;
    }

    /** A delegate's target: the opening instruction of the frame it names (-1 for the function body). */
    final void recordDelegate(int i, int frame) {
        setLink(i, fStart[frame]);
    }

    /** Points every pending branch to the innermost frame at its end, instruction {@code end}. */
    final void resolvePending(int end) {
        int p = fPending[fp - 1];
        while (p != -1) {
            int pos = p & ((1 << CHAIN_SHIFT) - 1);
            int next;
            switch (p >>> CHAIN_SHIFT) {
                case CHAIN_MATCH:
                    next = match[pos];
                    match[pos] = end;
                    break;
                default:
                    next = pool[pos];
                    pool[pos] = end;
                    break;
            }
            p = next;
        }
        fPending[fp - 1] = -1;
    }

    // ---------------------------------------------------------------- messages

    /** "type mismatch: instruction requires [..] but stack has [..]", as the reference interpreter words it. */
    final InvalidModuleException mismatch(int[] expected, int count) {
        int height = fHeight[fp - 1];
        int available = sp - height;
        int shown = Math.min(count, available);
        StringBuilder has = new StringBuilder("[");
        if (fUnreachable[fp - 1]) {
            for (int k = shown; k < count; k++) {
                has.append(has.length() > 1 ? " " : "").append("bot");
            }
        }
        for (int k = sp - shown; k < sp; k++) {
            has.append(has.length() > 1 ? " " : "").append(ctx.typeName(stack[k]));
        }
        has.append(']');
        return new InvalidModuleException("type mismatch: instruction requires " + ctx.typeNames(expected, count)
                + " but stack has " + has);
    }
}
