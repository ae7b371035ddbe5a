package dev.jwasm.runtime.internal;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * Checks the references a host function returns against its result types. Wasm code trusts
 * its operands' static types (a {@code call_ref} on a returned function does not check its
 * signature again), so a host function returning, say, an extern object where a
 * {@code (ref $f)} is due must trap at the boundary. Number results need no check.
 */
final class ReferenceResults {
    private static final ReferenceResults NONE = new ReferenceResults(new int[0], new CastTarget[0]);

    private final int[] slots;
    private final CastTarget[] types;

    private ReferenceResults(int[] slots, CastTarget[] types) {
        this.slots = slots;
        this.types = types;
    }

    /** The checks for a function type given by its canonical id. */
    static ReferenceResults of(TypeRegistry registry, int typeId) {
        int[] results = registry.type(typeId).results();
        int count = 0;
        for (int code : results) {
            if (needsCheck(code)) {
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] at = new int[count];
        CastTarget[] targets = new CastTarget[count];
        int slot = 0;
        int k = 0;
        for (int code : results) {
            if (needsCheck(code)) {
                at[k] = slot;
                targets[k++] = new CastTarget(TypeCodes.heap(code), TypeCodes.isNullable(code), registry);
            }
            slot += TypeCodes.slots(code);
        }
        return new ReferenceResults(at, targets);
    }

    /** A nullable {@code externref} or {@code anyref} takes any host object: nothing to check. */
    private static boolean needsCheck(int code) {
        if (!TypeCodes.isRef(code)) {
            return false;
        }
        int heap = TypeCodes.heap(code);
        return !TypeCodes.isNullable(code) || (heap != TypeCodes.HEAP_EXTERN && heap != TypeCodes.HEAP_ANY);
    }

    /** Traps unless the references written from {@code base} have the result types. */
    void check(Object[] refs, int base) {
        for (int i = 0; i < slots.length; i++) {
            Object ref = refs[base + slots[i]];
            if (!types[i].test(ref)) {
                throw new Trap("host function returned " + ref + " where " + types[i] + " was expected");
            }
        }
    }
}
