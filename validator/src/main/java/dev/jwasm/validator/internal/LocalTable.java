package dev.jwasm.validator.internal;

import dev.jwasm.parser.model.Locals;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.TypeCodes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The types of a function's locals (parameters first) and which non-defaultable locals are
 * set. Up to {@link #DENSE_LIMIT} locals are kept one entry per local; beyond that (a
 * declared count can be up to 2^32 - 1 in a few bytes) as runs looked up by binary search.
 */
final class LocalTable {
    static final int DENSE_LIMIT = 1 << 20;
    private static final long MAX_LOCALS = 0xFFFF_FFFFL;

    private int[] dense = new int[64];
    private boolean[] unset = new boolean[64];
    private long[] runEnds;
    private int[] runTypes;
    private long count;
    private boolean anyNonDefaultable;
    private Set<Long> sparseSet;

    /** Sets up the locals of a function with these parameters and declared runs of locals. */
    void reset(int[] params, List<Locals> declared, ModuleContext ctx) {
        long total = params.length;
        for (Locals l : declared) {
            total += Integer.toUnsignedLong(l.count());
        }
        if (total > MAX_LOCALS) {
            throw new InvalidModuleException("too many locals");
        }
        count = total;
        anyNonDefaultable = false;
        runEnds = null;
        runTypes = null;
        sparseSet = null;
        if (total <= DENSE_LIMIT) {
            int n = (int) total;
            if (dense.length < n) {
                dense = new int[Math.max(n, dense.length * 2)];
                unset = new boolean[dense.length];
            }
            System.arraycopy(params, 0, dense, 0, params.length);
            Arrays.fill(unset, 0, params.length, false);
            int at = params.length;
            for (Locals l : declared) {
                int t = ctx.code(l.type());
                boolean nonDefaultable = !TypeCodes.isDefaultable(t);
                anyNonDefaultable |= nonDefaultable && l.count() != 0;
                Arrays.fill(dense, at, at + l.count(), t);
                Arrays.fill(unset, at, at + l.count(), nonDefaultable);
                at += l.count();
            }
        } else {
            runEnds = new long[params.length + declared.size()];
            runTypes = new int[runEnds.length];
            int r = 0;
            long end = 0;
            for (int p : params) {
                runEnds[r] = ++end;
                runTypes[r++] = p;
            }
            for (Locals l : declared) {
                int t = ctx.code(l.type());
                anyNonDefaultable |= !TypeCodes.isDefaultable(t) && l.count() != 0;
                end += Integer.toUnsignedLong(l.count());
                runEnds[r] = end;
                runTypes[r++] = t;
            }
            sparseSet = new HashSet<>();
        }
    }

    long count() {
        return count;
    }

    boolean hasNonDefaultable() {
        return anyNonDefaultable;
    }

    /** The type of a local; "unknown local" when out of range. */
    int type(int index) {
        long i = Integer.toUnsignedLong(index);
        if (i >= count) {
            throw ModuleContext.unknown("local", index);
        }
        if (runEnds == null) {
            return dense[index];
        }
        return runTypes[run(i)];
    }

    private int run(long i) {
        int lo = 0;
        int hi = runEnds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runEnds[mid] > i) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Whether a local (known to exist) may be read: defaultable, a parameter, or set on this path. */
    boolean isSet(int index) {
        if (!anyNonDefaultable) {
            return true;
        }
        if (runEnds == null) {
            return !unset[index];
        }
        return TypeCodes.isDefaultable(runTypes[run(Integer.toUnsignedLong(index))])
                || sparseSet.contains(Integer.toUnsignedLong(index));
    }

    /** Marks a local set; returns true if it was an unset non-defaultable local. */
    boolean markSet(int index) {
        if (!anyNonDefaultable || isSet(index)) {
            return false;
        }
        if (runEnds == null) {
            unset[index] = false;
        } else {
            sparseSet.add(Integer.toUnsignedLong(index));
        }
        return true;
    }

    /** Undoes {@link #markSet} when the block that set it ends. */
    void markUnset(int index) {
        if (runEnds == null) {
            unset[index] = true;
        } else {
            sparseSet.remove(Integer.toUnsignedLong(index));
        }
    }
}
