package dev.jwasm.validator;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds {@link WasmModule}s for tests without a text parser. */
final class ModuleBuilder {
    private final List<RecType> recTypes = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    private final List<Integer> functions = new ArrayList<>();
    private final List<FunctionBody> codes = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<TagType> tags = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> data = new ArrayList<>();
    private int start = -1;
    private int typeCount;

    static FuncType func(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    /** Adds a final function type on its own; returns its index. */
    int type(List<ValType> params, List<ValType> results) {
        return rec(SubType.plain(func(params, results)));
    }

    int type(CompositeType ct) {
        return rec(SubType.plain(ct));
    }

    /** Adds a recursion group; returns the index of its first type. */
    int rec(SubType... subs) {
        recTypes.add(new RecType(Arrays.asList(subs)));
        int first = typeCount;
        typeCount += subs.length;
        return first;
    }

    /** Adds a defined function of a new type; returns its function index. */
    int func(List<ValType> params, List<ValType> results, List<ValType> locals, Instruction... body) {
        return funcOfType(type(params, results), locals, body);
    }

    int funcOfType(int typeIndex, List<ValType> locals, Instruction... body) {
        functions.add(typeIndex);
        List<Locals> ls = new ArrayList<>();
        for (ValType t : locals) {
            ls.add(new Locals(1, t));
        }
        List<Instruction> insns = new ArrayList<>(Arrays.asList(body));
        insns.add(I.op(Opcode.END));
        codes.add(new FunctionBody(ls, insns));
        return imports.stream().filter(im -> im.type().kind() == ExternKind.FUNC).toArray().length
                + functions.size() - 1;
    }

    /** A function with a raw instruction list (the caller supplies the final end, or not). */
    void rawFunc(int typeIndex, List<Locals> locals, List<Instruction> body) {
        functions.add(typeIndex);
        codes.add(new FunctionBody(locals, body));
    }

    void importFunc(int typeIndex) {
        imports.add(new Import("m", "f" + imports.size(), new ExternType.Func(typeIndex)));
    }

    void importGlobal(ValType t, boolean mutable) {
        imports.add(new Import("m", "g" + imports.size(), new GlobalType(t, mutable)));
    }

    void importMemory(MemoryType mt) {
        imports.add(new Import("m", "mem" + imports.size(), mt));
    }

    void importTable(TableType tt) {
        imports.add(new Import("m", "t" + imports.size(), tt));
    }

    void importTag(int typeIndex) {
        imports.add(new Import("m", "tag" + imports.size(), new TagType(typeIndex)));
    }

    void memory(long min, long max) {
        memories.add(new MemoryType(new Limits(min, max, false), false, MemoryType.DEFAULT_PAGE_SIZE_LOG2));
    }

    void memory(MemoryType mt) {
        memories.add(mt);
    }

    void memory64(long min, long max) {
        memories.add(new MemoryType(new Limits(min, max, true), false, MemoryType.DEFAULT_PAGE_SIZE_LOG2));
    }

    void table(ValType elem, long min, long max) {
        tables.add(new Table(new TableType(elem, new Limits(min, max, false)), null));
    }

    void table(TableType tt, ConstExpr init) {
        tables.add(new Table(tt, init));
    }

    void global(ValType t, boolean mutable, Instruction... init) {
        globals.add(new Global(new GlobalType(t, mutable), expr(init)));
    }

    void tag(int typeIndex) {
        tags.add(new TagType(typeIndex));
    }

    void export(String name, ExternKind kind, int index) {
        exports.add(new Export(name, kind, index));
    }

    void start(int func) {
        start = func;
    }

    /** A declarative segment of ref.func items, which declares the functions for ref.func. */
    void declare(int... funcs) {
        List<ConstExpr> items = new ArrayList<>();
        for (int f : funcs) {
            items.add(expr(I.idx(Opcode.REF_FUNC, f)));
        }
        elements.add(new ElementSegment(SegmentMode.DECLARATIVE, -1, null, ValType.ref(false, HeapType.FUNC), items));
    }

    void element(ElementSegment e) {
        elements.add(e);
    }

    void passiveData(byte... bytes) {
        data.add(new DataSegment(SegmentMode.PASSIVE, -1, null, bytes));
    }

    void data(DataSegment d) {
        data.add(d);
    }

    static ConstExpr expr(Instruction... insns) {
        List<Instruction> l = new ArrayList<>(Arrays.asList(insns));
        l.add(I.op(Opcode.END));
        return new ConstExpr(l);
    }

    WasmModule build() {
        return new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports, start, elements,
                data.isEmpty() ? -1 : data.size(), codes, data, List.<CustomSection>of(), NameSection.EMPTY);
    }

    /** Short instruction constructors. */
    static final class I {
        private I() {
        }

        static Instruction op(Opcode op) {
            return op.simpleInstance();
        }

        static Instruction idx(Opcode op, int index) {
            return new Instruction.Index(op, index);
        }

        static Instruction two(Opcode op, int a, int b) {
            return new Instruction.TwoIndices(op, a, b);
        }

        static Instruction i32(int v) {
            return new Instruction.I32Const(v);
        }

        static Instruction i64(long v) {
            return new Instruction.I64Const(v);
        }

        static Instruction f32() {
            return new Instruction.F32Const(0);
        }

        static Instruction f64() {
            return new Instruction.F64Const(0);
        }

        static Instruction v128() {
            return new Instruction.V128Const(0, 0);
        }

        static Instruction block(Opcode op) {
            return new Instruction.Block(op, BlockType.EMPTY);
        }

        static Instruction block(Opcode op, ValType result) {
            return new Instruction.Block(op, BlockType.of(result));
        }

        static Instruction blockOfType(Opcode op, int typeIndex) {
            return new Instruction.Block(op, BlockType.ofTypeIndex(typeIndex));
        }

        static Instruction end() {
            return op(Opcode.END);
        }

        static Instruction mem(Opcode op, int memory, long offset, int align) {
            return new Instruction.MemoryAccess(op, memory, offset, align, -1);
        }

        static Instruction refNull(HeapType ht) {
            return new Instruction.HeapTypeOp(Opcode.REF_NULL, ht);
        }

        static Instruction heapOp(Opcode op, HeapType ht) {
            return new Instruction.HeapTypeOp(op, ht);
        }

        static Instruction localGet(int i) {
            return idx(Opcode.LOCAL_GET, i);
        }

        static Instruction localSet(int i) {
            return idx(Opcode.LOCAL_SET, i);
        }
    }
}
