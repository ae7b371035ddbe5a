package dev.jwasm.validator;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FieldType;
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
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random, mostly invalid modules built from the model classes, biased towards small indices
 * and towards bodies that begin with {@code unreachable} (so later instructions are typed
 * against unknown operands and get deep into the validator instead of failing at once).
 */
final class RandomModules {
    private static final Opcode[] OPCODES = Opcode.values();
    private final Random r;
    private int types;
    /** Concrete heap types refer below this index (the end of the group being generated). */
    private int typeBound;
    private final List<Integer> funcTypes = new ArrayList<>();

    RandomModules(long seed) {
        this.r = new Random(seed);
    }

    WasmModule next() {
        types = r.nextInt(6);
        typeBound = 0;
        funcTypes.clear();
        List<RecType> recs = new ArrayList<>();
        int made = 0;
        while (made < types) {
            int n = Math.min(types - made, 1 + r.nextInt(3));
            typeBound = made + n;
            List<SubType> subs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                subs.add(subType(made + i));
            }
            recs.add(new RecType(subs));
            made += n;
        }
        typeBound = types;
        List<Import> imports = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            imports.add(new Import("m", "n" + i, externType()));
        }
        List<Integer> functions = new ArrayList<>();
        List<FunctionBody> codes = new ArrayList<>();
        for (int i = funcTypes.isEmpty() && r.nextInt(10) != 0 ? 0 : r.nextInt(4); i > 0; i--) {
            functions.add(funcTypeIndex());
            codes.add(body());
        }
        if (r.nextInt(20) == 0) {
            codes.add(body());
        }
        List<Table> tables = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            tables.add(new Table(tableType(), r.nextInt(4) != 0 ? null : constExpr()));
        }
        List<MemoryType> memories = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            memories.add(memoryType());
        }
        List<Global> globals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            if (r.nextInt(4) == 0) {
                globals.add(new Global(new GlobalType(valType(), r.nextBoolean()), constExpr()));
            } else {
                globals.add(new Global(new GlobalType(ValType.I32, r.nextBoolean()), new ConstExpr(List.of(
                        new Instruction.I32Const(r.nextInt()), Opcode.END.simpleInstance()))));
            }
        }
        List<TagType> tags = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            tags.add(new TagType(funcTypeIndex()));
        }
        List<Export> exports = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            exports.add(new Export("e" + r.nextInt(3), ExternKind.values()[r.nextInt(5)], small()));
        }
        List<ElementSegment> elements = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            List<ConstExpr> items = new ArrayList<>();
            boolean clean = r.nextInt(4) != 0;
            for (int k = r.nextInt(3); k > 0; k--) {
                items.add(clean ? new ConstExpr(List.of(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.FUNC),
                        Opcode.END.simpleInstance())) : constExpr());
            }
            SegmentMode mode = clean ? SegmentMode.PASSIVE : SegmentMode.values()[r.nextInt(3)];
            elements.add(new ElementSegment(mode, small(), mode == SegmentMode.ACTIVE ? constExpr() : null,
                    clean ? ValType.FUNCREF : refType(), items));
        }
        List<DataSegment> data = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            SegmentMode mode = r.nextInt(4) == 0 ? SegmentMode.ACTIVE : SegmentMode.PASSIVE;
            data.add(new DataSegment(mode, small(), mode == SegmentMode.ACTIVE ? constExpr() : null, new byte[2]));
        }
        int start = r.nextInt(4) == 0 ? small() : -1;
        return new WasmModule(recs, imports, functions, tables, memories, globals, tags, exports, start, elements,
                data.size(), codes, data, List.of(), NameSection.EMPTY);
    }

    /** Mostly the index of a function type. */
    private int funcTypeIndex() {
        if (funcTypes.isEmpty() || r.nextInt(50) == 0) {
            return small();
        }
        return funcTypes.get(r.nextInt(funcTypes.size()));
    }

    private int small() {
        int k = r.nextInt(20);
        if (k == 0) {
            return r.nextInt();
        }
        return k == 1 ? -1 : r.nextInt(5);
    }

    private SubType subType(int index) {
        List<Integer> supers = new ArrayList<>();
        if (r.nextInt(8) == 0) {
            supers.add(r.nextInt(10) == 0 ? r.nextInt(index + 2) : r.nextInt(Math.max(index, 1)));
            if (r.nextInt(10) == 0) {
                supers.add(r.nextInt(index + 2));
            }
        }
        CompositeType ct = composite();
        if (ct instanceof FuncType) {
            funcTypes.add(index);
        }
        return new SubType(r.nextInt(4) != 0, supers, ct);
    }

    private CompositeType composite() {
        switch (r.nextInt(5)) {
            case 0: case 1: case 2: {
                List<ValType> p = new ArrayList<>();
                List<ValType> q = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    p.add(valType());
                }
                for (int i = r.nextInt(3); i > 0; i--) {
                    q.add(valType());
                }
                return new FuncType(p, q);
            }
            case 3: {
                List<FieldType> fs = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    fs.add(fieldType());
                }
                return new StructType(fs);
            }
            default:
                return new ArrayType(fieldType());
        }
    }

    private FieldType fieldType() {
        StorageType st = r.nextInt(4) == 0 ? PackedType.values()[r.nextInt(2)] : valType();
        return new FieldType(st, r.nextBoolean());
    }

    private ValType valType() {
        switch (r.nextInt(7)) {
            case 0: return ValType.I32;
            case 1: return ValType.I64;
            case 2: return ValType.F32;
            case 3: return ValType.F64;
            case 4: return ValType.V128;
            default: return refType();
        }
    }

    private ValType refType() {
        return ValType.ref(r.nextBoolean(), heapType());
    }

    private HeapType heapType() {
        if (r.nextInt(3) == 0 && typeBound > 0) {
            return HeapType.concrete(r.nextInt(100) == 0 ? typeBound + 1 : r.nextInt(typeBound));
        }
        HeapType.Abstract[] all = HeapType.Abstract.values();
        return HeapType.of(all[r.nextInt(all.length)]);
    }

    private ExternType externType() {
        switch (r.nextInt(5)) {
            case 0: return new ExternType.Func(funcTypeIndex());
            case 1: return tableType();
            case 2: return memoryType();
            case 3: return new GlobalType(valType(), r.nextBoolean());
            default: return new TagType(small());
        }
    }

    private Limits limits() {
        long min = r.nextInt(15) == 0 ? r.nextLong() : r.nextInt(3);
        long max = r.nextBoolean() ? Limits.NO_MAX : (r.nextInt(15) == 0 ? r.nextLong() : 3 + r.nextInt(4));
        return new Limits(min, max, r.nextInt(4) == 0);
    }

    private TableType tableType() {
        return new TableType(r.nextInt(30) == 0 ? ValType.I32 : ValType.ref(true, heapType()), limits());
    }

    private MemoryType memoryType() {
        return new MemoryType(limits(), r.nextInt(10) == 0, r.nextInt(20) == 0 ? r.nextInt(20) : 16);
    }

    private ConstExpr constExpr() {
        List<Instruction> l = new ArrayList<>();
        for (int i = r.nextInt(3); i >= 0; i--) {
            l.add(r.nextInt(3) == 0 ? instruction(OPCODES[r.nextInt(OPCODES.length)])
                    : instruction(CONST_OPS[r.nextInt(CONST_OPS.length)]));
        }
        if (r.nextInt(10) != 0) {
            l.add(Opcode.END.simpleInstance());
        }
        return new ConstExpr(l);
    }

    private static final Opcode[] CONST_OPS = {Opcode.I32_CONST, Opcode.I64_CONST, Opcode.REF_NULL, Opcode.REF_FUNC,
        Opcode.GLOBAL_GET, Opcode.I32_ADD, Opcode.REF_I31, Opcode.STRUCT_NEW, Opcode.ARRAY_NEW_FIXED,
        Opcode.EXTERN_CONVERT_ANY, Opcode.V128_CONST};

    private FunctionBody body() {
        List<Locals> locals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            locals.add(new Locals(r.nextInt(8) == 0 ? r.nextInt() : r.nextInt(4), valType()));
        }
        List<Instruction> code = new ArrayList<>();
        int depth = 0;
        if (r.nextBoolean()) {
            code.add(Opcode.UNREACHABLE.simpleInstance());
        }
        for (int i = r.nextInt(30); i > 0; i--) {
            Opcode op = OPCODES[r.nextInt(OPCODES.length)];
            if (op == Opcode.END && depth == 0) {
                continue;
            }
            code.add(instruction(op));
            if (op.immediates() == dev.jwasm.parser.model.ImmediateKind.BLOCK || op == Opcode.TRY_TABLE) {
                depth++;
                if (r.nextBoolean()) {
                    code.add(Opcode.UNREACHABLE.simpleInstance());
                }
            } else if (op == Opcode.END || op == Opcode.DELEGATE) {
                depth--;
            }
        }
        for (; depth > 0; depth--) {
            code.add(Opcode.END.simpleInstance());
        }
        if (r.nextInt(20) != 0) {
            code.add(Opcode.END.simpleInstance());
        }
        return new FunctionBody(locals, code);
    }

    private Instruction instruction(Opcode op) {
        if (r.nextInt(40) == 0) {
            return new Instruction.Simple(op);
        }
        switch (op.immediates()) {
            case NONE:
            case ZERO_BYTE:
                return op.simpleInstance();
            case BLOCK:
                return new Instruction.Block(op, blockType());
            case TRY_TABLE: {
                List<Catch> cs = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    Catch.Kind k = Catch.Kind.values()[r.nextInt(4)];
                    cs.add(new Catch(k, k.hasTag() ? small() : -1, small()));
                }
                return new Instruction.TryTable(op, blockType(), cs);
            }
            case BR_TABLE: {
                int[] labels = new int[r.nextInt(4)];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = small();
                }
                return new Instruction.BrTable(op, labels, small());
            }
            case MEMARG:
            case MEMARG_LANE:
                return new Instruction.MemoryAccess(op, small(), r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(64),
                        r.nextInt(6) == 0 ? r.nextInt() : r.nextInt(5),
                        op.immediates() == dev.jwasm.parser.model.ImmediateKind.MEMARG_LANE ? r.nextInt(20) : -1);
            case I32:
                return new Instruction.I32Const(r.nextInt());
            case I64:
                return new Instruction.I64Const(r.nextLong());
            case F32:
                return new Instruction.F32Const(r.nextInt());
            case F64:
                return new Instruction.F64Const(r.nextLong());
            case V128:
                return new Instruction.V128Const(r.nextLong(), r.nextLong());
            case LANE:
                return new Instruction.Lane(op, r.nextInt(20) - 2);
            case SHUFFLE: {
                byte[] lanes = new byte[r.nextInt(10) == 0 ? 3 : 16];
                for (int i = 0; i < lanes.length; i++) {
                    lanes[i] = (byte) r.nextInt(r.nextBoolean() ? 32 : 256);
                }
                return new Instruction.Shuffle(op, lanes);
            }
            case SELECT_TYPED: {
                List<ValType> ts = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    ts.add(valType());
                }
                return new Instruction.SelectTyped(op, ts);
            }
            case HEAP_TYPE:
                return new Instruction.HeapTypeOp(op, heapType());
            case BR_ON_CAST:
                return new Instruction.BrOnCast(op, small(), r.nextInt(6) == 0 ? valType() : refType(), refType());
            case CALL_INDIRECT: case TYPE_FIELD: case TYPE_TYPE: case TYPE_DATA: case TYPE_ELEM: case TYPE_SIZE:
            case TABLE_TABLE: case ELEM_TABLE: case MEMORY_MEMORY: case DATA_MEMORY:
                return new Instruction.TwoIndices(op, small(), small());
            default:
                return new Instruction.Index(op, small());
        }
    }

    private BlockType blockType() {
        switch (r.nextInt(3)) {
            case 0: return BlockType.EMPTY;
            case 1: return BlockType.of(valType());
            default: return BlockType.ofTypeIndex(funcTypeIndex());
        }
    }
}
