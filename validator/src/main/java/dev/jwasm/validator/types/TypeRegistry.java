package dev.jwasm.validator.types;

import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.validator.InvalidModuleException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical identities for defined types, shared by every module canonicalized here: two
 * defined types get the same id exactly when they are equal under the iso-recursive rules
 * (their recursion groups are structurally identical, with references inside a group taken
 * relative to it and references outside it already canonical). Answers subtyping on
 * {@link TypeCodes} codes. Thread-safe; lookups of known groups take no lock.
 *
 * <p>Only groups that passed validation are registered, and a registry never forgets one:
 * the {@linkplain #shared() shared} registry grows with the distinct types of all modules
 * validated in the process.
 */
public final class TypeRegistry {
    private static final TypeRegistry SHARED = new TypeRegistry();

    private final ConcurrentHashMap<RecGroupKey, CanonicalType[]> groups = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private volatile CanonicalType[] table = new CanonicalType[64];
    /** Guarded by {@link #lock}. */
    private int nextId;

    /** The process-wide registry used by validators that were not given one. */
    public static TypeRegistry shared() {
        return SHARED;
    }

    /** The type with this canonical id. */
    public CanonicalType type(int id) {
        CanonicalType[] t = table;
        CanonicalType ct = id >= 0 && id < t.length ? t[id] : null;
        if (ct == null) {
            throw new IllegalArgumentException("no canonical type " + id);
        }
        return ct;
    }

    /**
     * Canonicalizes a module's type section, group by group, validating each new group (type
     * indices in range, supertypes earlier, not final, and matched by their subtypes).
     *
     * @return the canonical id of every type index of the module
     */
    public int[] canonicalize(List<RecType> recTypes) {
        long total = 0;
        for (RecType g : recTypes) {
            total += g.subTypes().size();
        }
        if (total > TypeCodes.MAX_TYPE_ID) {
            throw new InvalidModuleException("too many types");
        }
        int[] ids = new int[(int) total];
        int start = 0;
        for (RecType g : recTypes) {
            RecGroupKey key = RecGroupEncoder.encode(g, start, ids);
            CanonicalType[] members = groups.get(key);
            if (members == null) {
                members = register(key, g, start);
            }
            for (int i = 0; i < members.length; i++) {
                ids[start + i] = members[i].id();
            }
            start += members.length;
        }
        return ids;
    }

    private CanonicalType[] register(RecGroupKey key, RecType group, int moduleStart) {
        synchronized (lock) {
            CanonicalType[] existing = groups.get(key);
            if (existing != null) {
                return existing;
            }
            int base = nextId;
            if (base > TypeCodes.MAX_TYPE_ID - key.size) {
                throw new InvalidModuleException("too many types");
            }
            CanonicalType[] members = build(key, base, group, moduleStart);
            CanonicalType[] t = table;
            if (base + members.length > t.length) {
                t = Arrays.copyOf(t, Math.max(t.length * 2, base + members.length));
            }
            System.arraycopy(members, 0, t, base, members.length);
            table = t;
            try {
                checkSupertypes(members, group, moduleStart);
            } catch (InvalidModuleException e) {
                Arrays.fill(t, base, base + members.length, null);
                throw e;
            }
            nextId = base + members.length;
            groups.put(key, members);
            return members;
        }
    }

    /** Decodes a key into types with absolute ids, checking that supertypes come first. */
    private CanonicalType[] build(RecGroupKey key, int base, RecType group, int moduleStart) {
        int[] d = key.data;
        CanonicalType[] members = new CanonicalType[key.size];
        int p = 0;
        for (int i = 0; i < members.length; i++) {
            boolean isFinal = d[p++] == 1;
            int superCount = d[p++];
            int moduleIndex = moduleStart + i;
            if (superCount > 1) {
                throw new InvalidModuleException("sub type " + moduleIndex + " has more than one super type");
            }
            CanonicalType supertype = null;
            if (superCount == 1) {
                int s = d[p++];
                if (s >= 0) {
                    supertype = type(s);
                } else if (-1 - s < i) {
                    supertype = members[-1 - s];
                } else {
                    throw new InvalidModuleException("forward use of type "
                            + group.subTypes().get(i).supertypes().get(0) + " in sub type definition");
                }
            }
            int kind = d[p++];
            int id = base + i;
            if (kind == RecGroupEncoder.FUNC) {
                int[] params = new int[d[p++]];
                for (int j = 0; j < params.length; j++) {
                    params[j] = resolve(d[p++], base);
                }
                int[] results = new int[d[p++]];
                for (int j = 0; j < results.length; j++) {
                    results[j] = resolve(d[p++], base);
                }
                members[i] = new CanonicalType(id, base, members.length, isFinal, supertype, CanonicalType.Kind.FUNC,
                        params, results, new int[0], new boolean[0]);
            } else {
                int n = kind == RecGroupEncoder.STRUCT ? d[p++] : 1;
                int[] fields = new int[n];
                boolean[] mutable = new boolean[n];
                for (int j = 0; j < n; j++) {
                    fields[j] = resolve(d[p++], base);
                    mutable[j] = d[p++] == 1;
                }
                members[i] = new CanonicalType(id, base, members.length, isFinal, supertype,
                        kind == RecGroupEncoder.STRUCT ? CanonicalType.Kind.STRUCT : CanonicalType.Kind.ARRAY,
                        new int[0], new int[0], fields, mutable);
            }
        }
        return members;
    }

    private static int resolve(int code, int base) {
        if (code >= 0) {
            return code;
        }
        int v = -1 - code;
        return TypeCodes.ref(TypeCodes.concreteHeap(base + (v >> 1)), (v & 1) != 0);
    }

    private void checkSupertypes(CanonicalType[] members, RecType group, int moduleStart) {
        for (int i = 0; i < members.length; i++) {
            CanonicalType sub = members[i];
            if (sub.supertype() < 0) {
                continue;
            }
            SubType st = group.subTypes().get(i);
            int x = moduleStart + i;
            String superIndex = Integer.toUnsignedString(st.supertypes().get(0));
            CanonicalType sup = type(sub.supertype());
            if (sup.isFinal()) {
                throw new InvalidModuleException("sub type " + x + " has final super type " + superIndex);
            }
            if (!matchesComposite(sub, sup)) {
                throw new InvalidModuleException("sub type " + x + " does not match super type " + superIndex);
            }
        }
    }

    /** Whether the structure of {@code sub} matches that of {@code sup} (ignoring declared supertypes). */
    public boolean matchesComposite(CanonicalType sub, CanonicalType sup) {
        if (sub.kind() != sup.kind()) {
            return false;
        }
        switch (sub.kind()) {
            case FUNC:
                return matchesAll(sup.params(), sub.params()) && matchesAll(sub.results(), sup.results());
            case STRUCT:
                if (sub.fieldCount() < sup.fieldCount()) {
                    return false;
                }
                for (int i = 0; i < sup.fieldCount(); i++) {
                    if (!matchesField(sub.field(i), sub.isMutable(i), sup.field(i), sup.isMutable(i))) {
                        return false;
                    }
                }
                return true;
            default:
                return matchesField(sub.field(0), sub.isMutable(0), sup.field(0), sup.isMutable(0));
        }
    }

    /** Field subtyping: same mutability; covariant if immutable, invariant if mutable. */
    public boolean matchesField(int sub, boolean subMutable, int sup, boolean supMutable) {
        return subMutable == supMutable && isSubtype(sub, sup) && (!subMutable || isSubtype(sup, sub));
    }

    /** Whether every type of {@code sub} matches the one at the same place of {@code sup}, with equal lengths. */
    public boolean matchesAll(int[] sub, int[] sup) {
        if (sub.length != sup.length) {
            return false;
        }
        for (int i = 0; i < sub.length; i++) {
            if (!isSubtype(sub[i], sup[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Subtyping of value (and storage) type codes: numbers and vectors only match
     * themselves, {@link TypeCodes#BOT} matches everything, references by nullability and heap type.
     */
    public boolean isSubtype(int sub, int sup) {
        if (sub == sup || sub == TypeCodes.BOT) {
            return true;
        }
        if (!TypeCodes.isRef(sub) || !TypeCodes.isRef(sup)) {
            return false;
        }
        if (TypeCodes.isNullable(sub) && !TypeCodes.isNullable(sup)) {
            return false;
        }
        return isHeapSubtype(TypeCodes.heap(sub), TypeCodes.heap(sup));
    }

    /** Subtyping of heap codes. */
    public boolean isHeapSubtype(int sub, int sup) {
        if (sub == sup || sub == TypeCodes.HEAP_BOT) {
            return true;
        }
        if (sup == TypeCodes.HEAP_BOT) {
            return false;
        }
        boolean concreteSub = TypeCodes.isConcreteHeap(sub);
        boolean concreteSup = TypeCodes.isConcreteHeap(sup);
        if (concreteSub && concreteSup) {
            return isTypeSubtype(TypeCodes.typeId(sub), TypeCodes.typeId(sup));
        }
        if (concreteSub) {
            return isAbstractSubtype(type(TypeCodes.typeId(sub)).abstractHeap(), sup);
        }
        if (concreteSup) {
            return sub == bottomOf(type(TypeCodes.typeId(sup)).abstractHeap());
        }
        return isAbstractSubtype(sub, sup);
    }

    private static boolean isAbstractSubtype(int sub, int sup) {
        if (sub == sup) {
            return true;
        }
        switch (sub) {
            case TypeCodes.HEAP_EQ:
                return sup == TypeCodes.HEAP_ANY;
            case TypeCodes.HEAP_I31:
            case TypeCodes.HEAP_STRUCT:
            case TypeCodes.HEAP_ARRAY:
                return sup == TypeCodes.HEAP_EQ || sup == TypeCodes.HEAP_ANY;
            case TypeCodes.HEAP_NONE:
                return sup <= TypeCodes.HEAP_NONE;
            case TypeCodes.HEAP_NOFUNC:
                return sup == TypeCodes.HEAP_FUNC;
            case TypeCodes.HEAP_NOEXN:
                return sup == TypeCodes.HEAP_EXN;
            case TypeCodes.HEAP_NOEXTERN:
                return sup == TypeCodes.HEAP_EXTERN;
            default:
                return false;
        }
    }

    /** Whether the defined type {@code sub} is {@code sup} or declares it somewhere up its supertype chain. */
    public boolean isTypeSubtype(int sub, int sup) {
        if (sub == sup) {
            return true;
        }
        CanonicalType t = type(sub);
        int targetDepth = type(sup).depth();
        if (t.depth() <= targetDepth) {
            return false;
        }
        while (t.display() == null && t.depth() > targetDepth) {
            t = type(t.supertype());
        }
        return t.depth() == targetDepth ? t.id() == sup : t.display()[targetDepth] == sup;
    }

    /** The top of a heap type's hierarchy: any, func, exn or extern. */
    public int topOf(int heap) {
        if (TypeCodes.isConcreteHeap(heap)) {
            return type(TypeCodes.typeId(heap)).kind() == CanonicalType.Kind.FUNC ? TypeCodes.HEAP_FUNC
                    : TypeCodes.HEAP_ANY;
        }
        switch (heap) {
            case TypeCodes.HEAP_FUNC:
            case TypeCodes.HEAP_NOFUNC:
                return TypeCodes.HEAP_FUNC;
            case TypeCodes.HEAP_EXN:
            case TypeCodes.HEAP_NOEXN:
                return TypeCodes.HEAP_EXN;
            case TypeCodes.HEAP_EXTERN:
            case TypeCodes.HEAP_NOEXTERN:
                return TypeCodes.HEAP_EXTERN;
            case TypeCodes.HEAP_BOT:
                return TypeCodes.HEAP_BOT;
            default:
                return TypeCodes.HEAP_ANY;
        }
    }

    /** The bottom of a heap type's hierarchy: none, nofunc, noexn or noextern. */
    public int bottomOf(int heap) {
        int top = topOf(heap);
        switch (top) {
            case TypeCodes.HEAP_FUNC:
                return TypeCodes.HEAP_NOFUNC;
            case TypeCodes.HEAP_EXN:
                return TypeCodes.HEAP_NOEXN;
            case TypeCodes.HEAP_EXTERN:
                return TypeCodes.HEAP_NOEXTERN;
            case TypeCodes.HEAP_BOT:
                return TypeCodes.HEAP_BOT;
            default:
                return TypeCodes.HEAP_NONE;
        }
    }
}
