package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.runtime.Extern;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Table;
import dev.jwasm.runtime.Tag;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * Whether an extern may be imported where a module declares an import: the spec's extern
 * subtyping. Functions match by canonical type (or a declared subtype); globals by value
 * type (covariant when immutable, invariant when mutable) and mutability; tables and
 * memories by address type, element type / sharing / page size, and by limits taken from
 * their current size; tags by identical type.
 */
public final class ImportMatcher {
    private ImportMatcher() {}

    /** Null when {@code actual} matches the declared type, else why not. */
    public static String mismatch(ExternType declared, Extern actual, ValidatedModule module) {
        TypeRegistry reg = module.registry();
        if (actual.kind() != declared.kind()) {
            return "expected " + declared.kind().text() + ", got " + actual.kind().text();
        }
        if (declared instanceof ExternType.Func f) {
            int expected = module.canonicalTypeId(f.typeIndex());
            int got = ((WasmFunction) actual).typeId();
            return got == expected || reg.isTypeSubtype(got, expected) ? null : "function type differs";
        }
        if (declared instanceof GlobalType g) {
            Global a = (Global) actual;
            if (a.isMutable() != g.mutable()) {
                return "mutability differs";
            }
            int expected = TypeCodesOf.valType(g.valueType(), module);
            boolean ok = g.mutable() ? equivalent(reg, a.typeCode(), expected) : reg.isSubtype(a.typeCode(), expected);
            return ok ? null : "global type differs";
        }
        if (declared instanceof TableType t) {
            Table a = (Table) actual;
            if (a.is64() != t.limits().is64()) {
                return "address type differs";
            }
            if (!equivalent(reg, a.elementTypeCode(), TypeCodesOf.valType(t.elementType(), module))) {
                return "element type differs";
            }
            return limitsMatch(a.size(), a.declaredMax(), t.limits()) ? null : "limits differ";
        }
        if (declared instanceof MemoryType m) {
            Memory a = (Memory) actual;
            if (a.is64() != m.limits().is64()) {
                return "address type differs";
            }
            if (a.isShared() != m.shared()) {
                return "sharing differs";
            }
            if (a.pageSizeLog2() != m.pageSizeLog2()) {
                return "page size differs";
            }
            return limitsMatch(a.pages(), a.declaredMax(), m.limits()) ? null : "limits differ";
        }
        TagType t = (TagType) declared;
        return ((Tag) actual).typeId() == module.canonicalTypeId(t.typeIndex()) ? null : "tag type differs";
    }

    private static boolean equivalent(TypeRegistry reg, int a, int b) {
        return a == b || (reg.isSubtype(a, b) && reg.isSubtype(b, a));
    }

    private static boolean limitsMatch(long actualMin, long actualMax, Limits expected) {
        if (Long.compareUnsigned(actualMin, expected.min()) < 0) {
            return false;
        }
        if (!expected.hasMax()) {
            return true;
        }
        return actualMax != Limits.NO_MAX && Long.compareUnsigned(actualMax, expected.max()) <= 0;
    }
}
