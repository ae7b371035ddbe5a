package dev.jwasm.parser.text;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.util.ArrayList;
import java.util.List;

/** Parses types (spec "Text Format: Types"), resolving type identifiers through a {@link TypeTable}. */
final class TypeSyntax {
    private final TypeTable types;
    /** Whether limits of 32-bit memories and tables are read as u64 (memory64) or, as before it, u32. */
    private final boolean u64Limits;

    TypeSyntax(TypeTable types, boolean u64Limits) {
        this.types = types;
        this.u64Limits = u64Limits;
    }

    // ---- value types ----

    boolean startsValType(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            return a.kind() == TokenKind.KEYWORD && (numberOrVector(a.text()) != null || refShorthand(a.text()) != null);
        }
        return e instanceof SExpr.Node n && n.startsWith("ref");
    }

    ValType valType(Cursor c) {
        return valType(c.next());
    }

    ValType valType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
            ValType t = numberOrVector(a.text());
            if (t != null) {
                return t;
            }
        }
        return refType(e);
    }

    ValType refType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
            ValType t = refShorthand(a.text());
            if (t != null) {
                return t;
            }
        }
        if (e instanceof SExpr.Node n && n.startsWith("ref")) {
            Cursor c = new Cursor(n, 1);
            boolean nullable = false;
            if (c.peekKeyword("null")) {
                c.skip();
                nullable = true;
            }
            HeapType heap = heapType(c.next());
            c.expectEnd();
            return ValType.ref(nullable, heap);
        }
        throw Keywords.unexpected(e);
    }

    HeapType heapType(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == TokenKind.KEYWORD) {
                HeapType.Abstract abs = HeapType.Abstract.byText(a.text());
                if (abs != null) {
                    return HeapType.of(abs);
                }
            } else if (a.kind() == TokenKind.NAT || a.kind() == TokenKind.ID) {
                return HeapType.concrete(representableTypeIndex(a));
            }
        }
        throw Keywords.unexpected(e);
    }

    int typeIndex(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == TokenKind.NAT) {
                return Literals.nat32(a);
            }
            if (a.kind() == TokenKind.ID) {
                return types.lookup(a.text(), a);
            }
        }
        throw Keywords.unexpected(e);
    }

    /**
     * A type index that the model can hold where it uses -1 for "none" (heap types, block types):
     * indices of 2^31 and above cannot name a type of any module a JVM can hold.
     */
    int representableTypeIndex(SExpr e) {
        int index = typeIndex(e);
        if (index < 0) {
            throw new TextSyntaxException("unknown type " + Integer.toUnsignedString(index), e.line(), e.column());
        }
        return index;
    }

    private static ValType numberOrVector(String keyword) {
        switch (keyword) {
            case "i32": return ValType.I32;
            case "i64": return ValType.I64;
            case "f32": return ValType.F32;
            case "f64": return ValType.F64;
            case "v128": return ValType.V128;
            default: return null;
        }
    }

    private static ValType refShorthand(String keyword) {
        switch (keyword) {
            case "anyref": return ValType.ANYREF;
            case "nullref": return ValType.NULLREF;
            case "eqref": return ValType.EQREF;
            case "i31ref": return ValType.I31REF;
            case "structref": return ValType.STRUCTREF;
            case "arrayref": return ValType.ARRAYREF;
            case "funcref": return ValType.FUNCREF;
            case "nullfuncref": return ValType.NULLFUNCREF;
            case "exnref": return ValType.EXNREF;
            case "nullexnref": return ValType.NULLEXNREF;
            case "externref": return ValType.EXTERNREF;
            case "nullexternref": return ValType.NULLEXTERNREF;
            default: return null;
        }
    }

    /** The value types of a {@code (param ...)}, {@code (result ...)} or {@code (local ...)} list without id. */
    List<ValType> valTypes(Cursor c) {
        List<ValType> out = new ArrayList<>();
        while (!c.atEnd()) {
            out.add(valType(c));
        }
        return out;
    }

    // ---- function, struct, array and sub types ----

    /** Reads {@code (param ...)* (result ...)*} from the cursor; param ids are recorded when wanted. */
    FuncType paramsAndResults(Cursor c, List<String> paramIds) {
        List<ValType> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        while (c.peekList("param")) {
            SExpr.Node p = c.list();
            params(p, params, paramIds);
        }
        while (c.peekList("result")) {
            results.addAll(valTypes(new Cursor(c.list(), 1)));
        }
        if (c.peekList("param")) {
            throw Keywords.unexpected(c.peek()); // parameters come before results
        }
        return new FuncType(params, results);
    }

    /** One {@code (param $id t)} or {@code (param t*)} list. */
    void params(SExpr.Node p, List<ValType> params, List<String> paramIds) {
        Cursor pc = new Cursor(p, 1);
        if (pc.peekIs(TokenKind.ID)) {
            SExpr.Atom id = pc.atom();
            if (paramIds == null) {
                throw Keywords.unexpected(id);
            }
            params.add(valType(pc));
            pc.expectEnd();
            paramIds.add(id.text());
        } else {
            List<ValType> ts = valTypes(pc);
            params.addAll(ts);
            if (paramIds != null) {
                for (int i = 0; i < ts.size(); i++) {
                    paramIds.add(null);
                }
            }
        }
    }

    /** A sub type: {@code (sub final? idx* comptype)} or a bare comptype; binds field ids of {@code self}. */
    SubType subType(SExpr e, int self) {
        if (e instanceof SExpr.Node n && n.startsWith("sub")) {
            Cursor c = new Cursor(n, 1);
            boolean isFinal = false;
            if (c.peekKeyword("final")) {
                c.skip();
                isFinal = true;
            }
            List<Integer> supers = new ArrayList<>();
            while (c.peekIs(TokenKind.NAT) || c.peekIs(TokenKind.ID)) {
                supers.add(typeIndex(c.next()));
            }
            CompositeType composite = compositeType(c.next(), self);
            c.expectEnd();
            return new SubType(isFinal, supers, composite);
        }
        return SubType.plain(compositeType(e, self));
    }

    private CompositeType compositeType(SExpr e, int self) {
        if (!(e instanceof SExpr.Node n) || n.size() == 0) {
            throw Keywords.unexpected(e);
        }
        Cursor c = new Cursor(n, 1);
        CompositeType result;
        if (n.startsWith("func")) {
            result = paramsAndResults(c, new ArrayList<>());
        } else if (n.startsWith("struct")) {
            result = structType(c, types.fields(self));
        } else if (n.startsWith("array")) {
            result = new ArrayType(fieldType(c.next()));
        } else {
            throw Keywords.unexpected(n.get(0));
        }
        c.expectEnd();
        return result;
    }

    private StructType structType(Cursor c, IndexSpace fieldIds) {
        List<FieldType> fields = new ArrayList<>();
        while (c.peekList("field")) {
            SExpr.Node f = c.list();
            Cursor fc = new Cursor(f, 1);
            if (fc.peekIs(TokenKind.ID)) {
                SExpr.Atom id = fc.atom();
                fields.add(fieldType(fc.next()));
                fc.expectEnd();
                fieldIds.bind(id.text(), id);
            } else {
                int before = fields.size();
                while (!fc.atEnd()) {
                    fields.add(fieldType(fc.next()));
                }
                fieldIds.bindAnonymous(fields.size() - before, f);
            }
        }
        return new StructType(fields);
    }

    private FieldType fieldType(SExpr e) {
        if (e instanceof SExpr.Node n && n.startsWith("mut")) {
            Cursor c = new Cursor(n, 1);
            StorageType s = storageType(c.next());
            c.expectEnd();
            return new FieldType(s, true);
        }
        return new FieldType(storageType(e), false);
    }

    private StorageType storageType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.isKeyword("i8")) {
            return PackedType.I8;
        }
        if (e instanceof SExpr.Atom a && a.isKeyword("i16")) {
            return PackedType.I16;
        }
        return valType(e);
    }

    // ---- globals, tables, memories ----

    GlobalType globalType(SExpr e) {
        if (e instanceof SExpr.Node n && n.startsWith("mut")) {
            Cursor c = new Cursor(n, 1);
            ValType t = valType(c);
            c.expectEnd();
            return new GlobalType(t, true);
        }
        return new GlobalType(valType(e), false);
    }

    /** An optional address type ({@code i32} or {@code i64}): whether it is 64-bit. */
    static boolean addressType(Cursor c) {
        if (c.peekKeyword("i64")) {
            c.skip();
            return true;
        }
        if (c.peekKeyword("i32")) {
            c.skip();
        }
        return false;
    }

    /**
     * {@code min max?}. With memory64, every limit is a u64 and validation checks its range; before
     * it they were u32s, out of range already in the text ("i32 constant out of range").
     */
    Limits limits(Cursor c, boolean is64) {
        boolean wide = is64 || u64Limits;
        long min = limit(c.atom(TokenKind.NAT), wide);
        if (c.peekIs(TokenKind.NAT)) {
            return new Limits(min, limit(c.atom(TokenKind.NAT), wide), true, is64);
        }
        return new Limits(min, Limits.NO_MAX, false, is64);
    }

    private static long limit(SExpr.Atom a, boolean wide) {
        return wide ? Literals.nat64(a) : Integer.toUnsignedLong(Literals.nat32(a));
    }

    /** {@code addrtype? limits reftype}. */
    TableType tableType(Cursor c) {
        boolean is64 = addressType(c);
        Limits limits = limits(c, is64);
        ValType element = refType(c.next());
        return new TableType(element, limits);
    }

    /** {@code addrtype? limits shared? (pagesize n)?}. */
    MemoryType memoryType(Cursor c) {
        boolean is64 = addressType(c);
        Limits limits = limits(c, is64);
        boolean shared = false;
        if (c.peekKeyword("shared")) {
            c.skip();
            shared = true;
        }
        int pageSizeLog2 = pageSize(c);
        return new MemoryType(limits, shared, pageSizeLog2);
    }

    /** An optional {@code (pagesize n)}: log2 of the page size, 16 when absent. */
    static int pageSize(Cursor c) {
        if (!c.peekList("pagesize")) {
            return MemoryType.DEFAULT_PAGE_SIZE_LOG2;
        }
        SExpr.Node n = c.list();
        Cursor pc = new Cursor(n, 1);
        SExpr.Atom size = pc.atom(TokenKind.NAT);
        pc.expectEnd();
        long value = Literals.nat64(size);
        if (value == 0 || (value & (value - 1)) != 0) {
            throw new TextSyntaxException("invalid custom page size", size.line(), size.column());
        }
        return Long.numberOfTrailingZeros(value);
    }
}
