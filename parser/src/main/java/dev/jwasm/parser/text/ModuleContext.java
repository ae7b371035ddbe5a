package dev.jwasm.parser.text;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.FuncType;
import java.util.ArrayList;
import java.util.List;

/**
 * The identifier context of a module being parsed (spec "Identifier Contexts"): every module-level
 * index space, the type table, and the rules for type uses.
 */
final class ModuleContext {
    final TypeTable types = new TypeTable();
    final TypeSyntax typeSyntax;
    final IndexSpace funcs = new IndexSpace("function");
    final IndexSpace tables = new IndexSpace("table");
    final IndexSpace memories = new IndexSpace("memory");
    final IndexSpace globals = new IndexSpace("global");
    final IndexSpace tags = new IndexSpace("tag");
    final IndexSpace elems = new IndexSpace("elem segment");
    final IndexSpace datas = new IndexSpace("data segment");

    ModuleContext(Features features) {
        typeSyntax = new TypeSyntax(types, features.has(Feature.MEMORY64));
    }

    /** An index in a space: a u32 literal or a bound identifier. */
    static int index(IndexSpace space, SExpr e) {
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == TokenKind.NAT) {
                return Literals.nat32(a);
            }
            if (a.kind() == TokenKind.ID) {
                return space.lookup(a.text(), a);
            }
        }
        throw Keywords.unexpected(e);
    }

    static boolean isIndex(SExpr e) {
        return e instanceof SExpr.Atom a && (a.kind() == TokenKind.NAT || a.kind() == TokenKind.ID);
    }

    /**
     * A type use: an optional {@code (type x)} and inline {@code (param ...)} / {@code (result ...)}
     * declarations.
     *
     * @param explicit   whether {@code (type x)} was given
     * @param typeIndex  the explicit type index
     * @param paramIds   identifiers of the inline parameters (null entries when unnamed), or null
     *                   where identifiers are not allowed
     */
    record TypeUse(boolean explicit, int typeIndex, SExpr at, FuncType inline, List<String> paramIds) {
        boolean hasInline() {
            return !inline.params().isEmpty() || !inline.results().isEmpty();
        }
    }

    /** Reads a type use from the cursor; {@code at} positions errors about it. */
    TypeUse typeUse(Cursor c, boolean allowParamIds, SExpr at) {
        boolean explicit = false;
        int index = -1;
        SExpr where = at;
        if (c.peekList("type")) {
            SExpr.Node t = c.list();
            Cursor tc = new Cursor(t, 1);
            explicit = true;
            index = typeSyntax.typeIndex(tc.next());
            tc.expectEnd();
            where = t;
        }
        List<String> ids = allowParamIds ? new ArrayList<>() : null;
        FuncType inline = typeSyntax.paramsAndResults(c, ids);
        return new TypeUse(explicit, index, where, inline, ids);
    }

    /**
     * The function type index a type use denotes: the explicit one, whose definition must then
     * equal any inline declarations, or else the index of a matching (possibly added) type.
     */
    int functionTypeIndex(TypeUse use) {
        if (use.explicit()) {
            if (use.hasInline() && !types.functionType(use.typeIndex(), use.at()).equals(use.inline())) {
                throw new TextSyntaxException("inline function type does not match explicit type",
                        use.at().line(), use.at().column());
            }
            return use.typeIndex();
        }
        return types.functionTypeFor(use.inline(), use.at());
    }

    /**
     * The number of parameters the function type at an index has; for functions declared with only
     * {@code (type x)} this is where their own locals start.
     */
    int parameterCount(TypeUse use) {
        if (use.explicit() && !use.hasInline()) {
            return types.functionType(use.typeIndex(), use.at()).params().size();
        }
        return use.inline().params().size();
    }
}
