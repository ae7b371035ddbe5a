package dev.jwasm.validator.types;

import dev.jwasm.parser.model.Limits;

/**
 * Import matching (spec "Matching"): whether the type of a provided entity matches the type
 * an import declares. Types are given as {@link TypeCodes} codes and canonical ids of one
 * {@link TypeRegistry}, so entities of different modules compare directly.
 */
public final class ExternTypeMatcher {
    private final TypeRegistry registry;

    public ExternTypeMatcher(TypeRegistry registry) {
        this.registry = registry;
    }

    /**
     * Limits match when the provided minimum is at least the required one and, if a maximum is
     * required, the provided one exists and is at most it (sizes compared unsigned).
     */
    public static boolean limits(Limits provided, Limits required) {
        if (Long.compareUnsigned(provided.min(), required.min()) < 0) {
            return false;
        }
        if (!required.hasMax()) {
            return true;
        }
        return provided.hasMax() && Long.compareUnsigned(provided.max(), required.max()) <= 0;
    }

    /** A function matches when its defined type is the required one or declares it as a supertype. */
    public boolean function(int providedTypeId, int requiredTypeId) {
        return registry.isTypeSubtype(providedTypeId, requiredTypeId);
    }

    /** Tags match only with equal types. */
    public boolean tag(int providedTypeId, int requiredTypeId) {
        return providedTypeId == requiredTypeId;
    }

    /** Mutable globals need equal types; immutable ones may provide a subtype. */
    public boolean global(int providedType, boolean providedMutable, int requiredType, boolean requiredMutable) {
        if (providedMutable != requiredMutable) {
            return false;
        }
        return providedMutable ? providedType == requiredType : registry.isSubtype(providedType, requiredType);
    }

    /** Tables need the same address type, matching limits and equal element types. */
    public boolean table(int providedElem, Limits provided, int requiredElem, Limits required) {
        return provided.is64() == required.is64() && limits(provided, required) && providedElem == requiredElem;
    }

    /** Memories need the same address type, sharing and page size, and matching limits. */
    public static boolean memory(dev.jwasm.parser.model.MemoryType provided, dev.jwasm.parser.model.MemoryType required) {
        return provided.limits().is64() == required.limits().is64() && provided.shared() == required.shared()
                && provided.pageSizeLog2() == required.pageSizeLog2() && limits(provided.limits(), required.limits());
    }
}
