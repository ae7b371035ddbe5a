package dev.jwasm.validator.internal;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.FunctionInfo;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Module-level validation, in the reference interpreter's order so that a module with several
 * errors reports the same first one: types, imports, tags, function declarations, memories,
 * tables, globals, data and element segments, function bodies, start function, exports.
 */
public final class ModuleValidator {
    private static final long TABLE32_MAX = 0xFFFF_FFFFL;

    private final Features features;
    private final TypeRegistry registry;
    private ModuleContext ctx;
    private CodeValidator code;

    public ModuleValidator(Features features, TypeRegistry registry) {
        this.features = features;
        this.registry = registry;
    }

    public ValidatedModule validate(WasmModule m) {
        ctx = new ModuleContext(registry, features);
        types(m);
        code = new CodeValidator(ctx);
        allocateIndexSpaces(m);
        ctx.declaredFuncs = DeclaredFunctions.of(m, ctx.funcTypes.length);
        for (Import im : m.imports()) {
            importEntry(im);
        }
        for (TagType t : m.tags()) {
            ctx.tagTypes[ctx.tagCount++] = tagType(t);
        }
        for (int typeIndex : m.functions()) {
            ctx.funcType(typeIndex);
            ctx.funcTypes[ctx.funcCount++] = typeIndex;
        }
        for (MemoryType mt : m.memories()) {
            ctx.memory64[ctx.memoryCount++] = memoryType(mt);
        }
        for (Table t : m.tables()) {
            table(t);
        }
        for (Global g : m.globals()) {
            global(g);
        }
        ctx.dataCount = m.data().size();
        for (DataSegment d : m.data()) {
            data(d);
        }
        for (ElementSegment e : m.elements()) {
            ctx.elemType[ctx.elemCount++] = element(e);
        }
        FunctionInfo[] infos = bodies(m);
        start(m.startFunction());
        exports(m.exports());
        return new ValidatedModule(m, features, registry, ctx.typeIds, ctx.funcTypes, infos);
    }

    // ---------------------------------------------------------------- types

    private void types(WasmModule m) {
        boolean gc = features.has(Feature.GC);
        if (!gc) {
            for (RecType r : m.recTypes()) {
                if (r.subTypes().size() > 1) {
                    throw featureOff(Feature.GC);
                }
                for (SubType st : r.subTypes()) {
                    if (!st.isFinal() || !st.supertypes().isEmpty() || !(st.composite() instanceof FuncType)) {
                        throw featureOff(Feature.GC);
                    }
                }
            }
        }
        int[] ids = registry.canonicalize(m.recTypes());
        ctx.typeIds = ids;
        ctx.types = new CanonicalType[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ctx.types[i] = registry.type(ids[i]);
        }
        // the registry checked structure; the feature gates on value types need the context
        boolean multiValue = features.has(Feature.MULTI_VALUE);
        for (RecType r : m.recTypes()) {
            for (SubType st : r.subTypes()) {
                CompositeType ct = st.composite();
                if (ct instanceof FuncType f) {
                    for (ValType t : f.params()) {
                        ctx.code(t);
                    }
                    for (ValType t : f.results()) {
                        ctx.code(t);
                    }
                    if (!multiValue && f.results().size() > 1) {
                        throw new InvalidModuleException("invalid result arity");
                    }
                } else if (ct instanceof StructType s) {
                    for (FieldType ft : s.fields()) {
                        fieldFeatures(ft);
                    }
                } else if (ct instanceof ArrayType a) {
                    fieldFeatures(a.element());
                }
            }
        }
    }

    private void fieldFeatures(FieldType ft) {
        if (ft.storage() instanceof ValType v) {
            ctx.code(v);
        }
    }

    private static InvalidModuleException featureOff(Feature f) {
        return new InvalidModuleException("feature " + f.cliName() + " is not enabled");
    }

    // ---------------------------------------------------------------- index spaces

    private void allocateIndexSpaces(WasmModule m) {
        int funcs = m.importCount(ExternKind.FUNC) + m.functions().size();
        ctx.funcTypes = new int[funcs];
        int tables = m.importCount(ExternKind.TABLE) + m.tables().size();
        ctx.tableElem = new int[tables];
        ctx.table64 = new boolean[tables];
        int memories = m.importCount(ExternKind.MEMORY) + m.memories().size();
        ctx.memory64 = new boolean[memories];
        int globals = m.importCount(ExternKind.GLOBAL) + m.globals().size();
        ctx.globalType = new int[globals];
        ctx.globalMutable = new boolean[globals];
        int tags = m.importCount(ExternKind.TAG) + m.tags().size();
        ctx.tagTypes = new int[tags];
        ctx.elemType = new int[m.elements().size()];
        if (memories > 1 && !features.has(Feature.MULTI_MEMORY)) {
            throw new InvalidModuleException("multiple memories");
        }
        if (tables > 1 && !features.has(Feature.REFERENCE_TYPES)) {
            throw new InvalidModuleException("multiple tables");
        }
        if (tags > 0 && !features.has(Feature.EXCEPTIONS) && !features.has(Feature.LEGACY_EXCEPTIONS)) {
            throw featureOff(Feature.EXCEPTIONS);
        }
    }

    private void importEntry(Import im) {
        ExternType t = im.type();
        if (t instanceof ExternType.Func f) {
            ctx.funcType(f.typeIndex());
            ctx.funcTypes[ctx.funcCount++] = f.typeIndex();
        } else if (t instanceof TableType tt) {
            tableType(tt);
        } else if (t instanceof MemoryType mt) {
            ctx.memory64[ctx.memoryCount++] = memoryType(mt);
        } else if (t instanceof GlobalType gt) {
            int code = ctx.code(gt.valueType());
            ctx.globalType[ctx.globalCount] = code;
            ctx.globalMutable[ctx.globalCount++] = gt.mutable();
        } else if (t instanceof TagType tt) {
            ctx.tagTypes[ctx.tagCount++] = tagType(tt);
        } else {
            throw new InvalidModuleException("malformed import type");
        }
    }

    private int tagType(TagType t) {
        CanonicalType f = ctx.funcType(t.typeIndex());
        if (f.results().length != 0) {
            throw new InvalidModuleException("non-empty tag result type");
        }
        return t.typeIndex();
    }

    /** Checks a memory type; returns whether it is 64-bit. */
    private boolean memoryType(MemoryType mt) {
        Limits l = mt.limits();
        if (l == null) {
            throw new InvalidModuleException("malformed memory type");
        }
        if (l.is64() && !features.has(Feature.MEMORY64)) {
            throw featureOff(Feature.MEMORY64);
        }
        int log2 = mt.pageSizeLog2();
        if (log2 != MemoryType.DEFAULT_PAGE_SIZE_LOG2
                && (!features.has(Feature.CUSTOM_PAGE_SIZES) || log2 != 0)) {
            throw new InvalidModuleException("invalid custom page size");
        }
        // 2^32 bytes for i32 addresses, 2^64 for i64, counted in pages, and the count must fit the address type
        long maxPages;
        String range;
        if (!l.is64()) {
            maxPages = log2 == 0 ? 0xFFFF_FFFFL : 1L << (32 - log2);
            range = log2 == 16 ? "65536 pages (4GiB)" : Long.toString(maxPages).concat(" pages");
        } else {
            maxPages = log2 == 0 ? -1L : 1L << (64 - log2);
            range = log2 == 16 ? "2^48 pages (256 TiB)" : Long.toUnsignedString(maxPages) + " pages";
        }
        if (Long.compareUnsigned(l.min(), maxPages) > 0) {
            throw new InvalidModuleException("memory size must be at most " + range);
        }
        if (l.hasMax()) {
            if (Long.compareUnsigned(l.max(), maxPages) > 0) {
                throw new InvalidModuleException("memory size must be at most " + range);
            }
            if (Long.compareUnsigned(l.min(), l.max()) > 0) {
                throw new InvalidModuleException("size minimum must not be greater than maximum");
            }
        }
        if (mt.shared()) {
            if (!features.has(Feature.THREADS)) {
                throw featureOff(Feature.THREADS);
            }
            if (!l.hasMax()) {
                throw new InvalidModuleException("shared memory must have maximum");
            }
        }
        return l.is64();
    }

    /** Checks a table type and adds it to the table index space. */
    private void tableType(TableType tt) {
        Limits l = tt.limits();
        if (l == null) {
            throw new InvalidModuleException("malformed table type");
        }
        // funcref tables are WebAssembly 1.0: they need no reference-types
        int elem = ValType.FUNCREF.equals(tt.elementType()) ? TypeCodes.FUNCREF : ctx.code(tt.elementType());
        if (!TypeCodes.isRef(elem)) {
            throw new InvalidModuleException("malformed table type: element type must be a reference type");
        }
        if (l.is64() && !features.has(Feature.MEMORY64)) {
            throw featureOff(Feature.MEMORY64);
        }
        if (!l.is64()) {
            String message = "table size must be at most 2^32-1 for i32";
            if (Long.compareUnsigned(l.min(), TABLE32_MAX) > 0) {
                throw new InvalidModuleException(message);
            }
            if (l.hasMax() && Long.compareUnsigned(l.max(), TABLE32_MAX) > 0) {
                throw new InvalidModuleException(message);
            }
        }
        if (l.hasMax() && Long.compareUnsigned(l.min(), l.max()) > 0) {
            throw new InvalidModuleException("size minimum must not be greater than maximum");
        }
        ctx.tableElem[ctx.tableCount] = elem;
        ctx.table64[ctx.tableCount++] = l.is64();
    }

    // ---------------------------------------------------------------- definitions

    private void table(Table t) {
        if (t.type() == null) {
            throw new InvalidModuleException("malformed table type");
        }
        tableType(t.type());
        int elem = ctx.tableElem[ctx.tableCount - 1];
        if (t.init() != null) {
            code.validateConstant(t.init(), elem);
        } else if (!TypeCodes.isNullable(elem)) {
            // the implied initializer is ref.null, which a non-nullable table cannot hold
            throw new InvalidModuleException("type mismatch: instruction requires " + ctx.typeName(elem)
                    + " but stack has " + ctx.typeName(TypeCodes.withNullable(elem, true)));
        }
    }

    private void global(Global g) {
        if (g.type() == null) {
            throw new InvalidModuleException("malformed global type");
        }
        int type = ctx.code(g.type().valueType());
        code.validateConstant(g.init(), type);
        ctx.globalType[ctx.globalCount] = type;
        ctx.globalMutable[ctx.globalCount++] = g.type().mutable();
    }

    private void data(DataSegment d) {
        if (d.mode() == SegmentMode.ACTIVE) {
            int address = ctx.memoryAddress(d.memoryIndex());
            code.validateConstant(d.offset(), address);
        } else if (d.mode() != SegmentMode.PASSIVE) {
            throw new InvalidModuleException("malformed data segment mode");
        }
    }

    private int element(ElementSegment e) {
        boolean functionList = isFunctionList(e);
        int type = functionList ? TypeCodes.ref(TypeCodes.HEAP_FUNC, e.type().nullable()) : ctx.code(e.type());
        if (!TypeCodes.isRef(type)) {
            throw new InvalidModuleException("malformed element segment: element type must be a reference type");
        }
        for (ConstExpr item : e.items()) {
            if (functionList) {
                ctx.func(((Instruction.Index) item.instructions().get(0)).index());
            } else {
                code.validateConstant(item, type);
            }
        }
        if (e.mode() == SegmentMode.ACTIVE) {
            int address = ctx.tableAddress(e.tableIndex());
            int tableType = ctx.tableElem[e.tableIndex()];
            if (!registry.isSubtype(type, tableType)) {
                throw new InvalidModuleException("type mismatch: element segment's type " + ctx.typeName(type)
                        + " does not match table's element type " + ctx.typeName(tableType));
            }
            code.validateConstant(e.offset(), address);
        } else if (e.mode() == null) {
            throw new InvalidModuleException("malformed element segment mode");
        }
        return type;
    }

    /**
     * Whether a segment is a list of function indices of type funcref or {@code (ref func)}, as
     * WebAssembly 1.0 has them: valid without reference-types or function-references, and what
     * checking each item as a constant expression would conclude, since every function reference
     * matches those types.
     */
    private static boolean isFunctionList(ElementSegment e) {
        ValType t = e.type();
        if (t == null || t.kind() != ValType.Kind.REF || !HeapType.FUNC.equals(t.heapType())) {
            return false;
        }
        for (ConstExpr item : e.items()) {
            List<Instruction> ins = item == null ? null : item.instructions();
            if (ins == null || ins.size() != 2 || ins.get(0).opcode() != Opcode.REF_FUNC
                    || !(ins.get(0) instanceof Instruction.Index) || ins.get(1).opcode() != Opcode.END) {
                return false;
            }
        }
        return true;
    }

    private FunctionInfo[] bodies(WasmModule m) {
        if (m.codes().size() != m.functions().size()) {
            throw new InvalidModuleException("function and code section have inconsistent lengths");
        }
        int imported = ctx.funcCount - m.functions().size();
        FunctionInfo[] infos = new FunctionInfo[m.codes().size()];
        for (int i = 0; i < infos.length; i++) {
            infos[i] = code.validateFunction(ctx.funcTypes[imported + i], m.codes().get(i));
        }
        return infos;
    }

    private void start(long start) {
        if (start == -1) {
            return;
        }
        if (start < 0 || start >= ctx.funcCount) {
            throw new InvalidModuleException("unknown function " + start);
        }
        CanonicalType t = ctx.types[ctx.func((int) start)];
        if (t.params().length != 0 || t.results().length != 0) {
            throw new InvalidModuleException("start function must not have parameters or results");
        }
    }

    private void exports(List<Export> exports) {
        for (Export e : exports) {
            if (e.kind() == null) {
                throw new InvalidModuleException("malformed export kind");
            }
            switch (e.kind()) {
                case FUNC -> ctx.func(e.index());
                case TABLE -> ctx.checkTable(e.index());
                case MEMORY -> ctx.checkMemory(e.index());
                case GLOBAL -> ctx.checkGlobal(e.index());
                case TAG -> ctx.tag(e.index());
            }
        }
        Set<String> names = new HashSet<>();
        for (Export e : exports) {
            if (!names.add(e.name())) {
                throw new InvalidModuleException("duplicate export name \"" + e.name() + "\"");
            }
        }
    }

    /** The function indices C.refs: named by ref.func outside function bodies, or exported. */
    static final class DeclaredFunctions {
        private DeclaredFunctions() {
        }

        static boolean[] of(WasmModule m, int funcCount) {
            boolean[] declared = new boolean[funcCount];
            for (Global g : m.globals()) {
                mark(g.init(), declared);
            }
            for (Table t : m.tables()) {
                mark(t.init(), declared);
            }
            for (ElementSegment e : m.elements()) {
                for (ConstExpr item : e.items()) {
                    mark(item, declared);
                }
                mark(e.offset(), declared);
            }
            for (Export e : m.exports()) {
                if (e.kind() == ExternKind.FUNC && e.index() >= 0 && e.index() < funcCount) {
                    declared[e.index()] = true;
                }
            }
            return declared;
        }

        private static void mark(ConstExpr expr, boolean[] declared) {
            if (expr == null) {
                return;
            }
            for (Instruction insn : expr.instructions()) {
                if (insn.opcode() == Opcode.REF_FUNC && insn instanceof Instruction.Index x
                        && x.index() >= 0 && x.index() < declared.length) {
                    declared[x.index()] = true;
                }
            }
        }
    }
}
