package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
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
import dev.jwasm.parser.model.ImmediateKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random but structurally sensible modules: every section, every opcode with random
 * immediates, balanced blocks. They need not validate; they must be representable, i.e.
 * stay within what the binary format can say and in the forms the encoder writes (see the
 * comments where that constrains a choice), so that decode(encode(m)) equals m.
 */
final class ModuleGenerator {
    /** Opcodes drawn at random inside bodies; structure (else, end, handlers) is added separately. */
    private static final List<Opcode> BODY_OPCODES = new ArrayList<>();

    static {
        for (Opcode op : Opcode.values()) {
            switch (op) {
                case ELSE: case END: case CATCH: case CATCH_ALL: case DELEGATE:
                    break;
                default:
                    BODY_OPCODES.add(op);
            }
        }
    }

    private static final Opcode[] CONST_OPCODES = {Opcode.I32_CONST, Opcode.I64_CONST, Opcode.F32_CONST,
        Opcode.F64_CONST, Opcode.V128_CONST, Opcode.GLOBAL_GET, Opcode.REF_NULL, Opcode.REF_FUNC, Opcode.I32_ADD,
        Opcode.I64_MUL, Opcode.STRUCT_NEW, Opcode.ARRAY_NEW_FIXED, Opcode.REF_I31, Opcode.EXTERN_CONVERT_ANY};

    private static final int[] SECTION_ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    private final Random r;
    private int typeCount;

    private ModuleGenerator(Random r) {
        this.r = r;
    }

    static Arbitrary<WasmModule> modules() {
        return Arbitraries.randomValue(ModuleGenerator::generate);
    }

    static WasmModule generate(Random random) {
        return new ModuleGenerator(random).module();
    }

    private WasmModule module() {
        List<RecType> recTypes = new ArrayList<>();
        int groups = r.nextInt(5);
        typeCount = 0;
        for (int i = 0; i < groups; i++) {
            typeCount += 1 + r.nextInt(3);
        }
        int next = 0;
        while (next < typeCount) {
            int size = Math.min(typeCount - next, 1 + r.nextInt(3));
            List<SubType> subs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                subs.add(subType());
            }
            recTypes.add(new RecType(subs));
            next += size;
        }
        if (r.nextInt(10) == 0) {
            recTypes.add(new RecType(List.of())); // an empty recursive group is legal in the format
        }

        List<Import> imports = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            imports.add(new Import(name(), name(), externType()));
        }
        List<Integer> functions = new ArrayList<>();
        List<FunctionBody> codes = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            functions.add(typeIndex());
            codes.add(functionBody());
        }
        List<Table> tables = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            tables.add(new Table(tableType(), r.nextBoolean() ? null : constExpr()));
        }
        List<MemoryType> memories = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            memories.add(memoryType());
        }
        List<TagType> tags = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            tags.add(new TagType(typeIndex()));
        }
        List<Global> globals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            globals.add(new Global(new GlobalType(valType(), r.nextBoolean()), constExpr()));
        }
        List<Export> exports = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            exports.add(new Export(name(), ExternKind.values()[r.nextInt(5)], index()));
        }
        int start = r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) : -1;
        List<ElementSegment> elements = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            elements.add(elementSegment());
        }
        List<DataSegment> data = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            data.add(dataSegment());
        }
        // the encoder writes a data count whenever a body needs one, and decoding requires it to match
        long dataCount = usesDataIndex(codes) || r.nextBoolean() ? data.size() : -1;
        WasmModule shape = new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports,
                start, elements, dataCount, codes, data, List.of(), NameSection.EMPTY);
        return new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports,
                start, elements, dataCount, codes, data, customSections(shape), names());
    }

    // ---- types

    private SubType subType() {
        CompositeType c = switch (r.nextInt(3)) {
            case 0 -> new FuncType(valTypes(3), valTypes(3));
            case 1 -> {
                List<FieldType> fields = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    fields.add(fieldType());
                }
                yield new StructType(fields);
            }
            default -> new ArrayType(fieldType());
        };
        if (r.nextInt(3) == 0) {
            return SubType.plain(c);
        }
        List<Integer> supers = new ArrayList<>();
        for (int i = r.nextInt(2); i > 0; i--) {
            supers.add(typeIndex());
        }
        return new SubType(r.nextBoolean(), supers, c);
    }

    private FieldType fieldType() {
        StorageType st = switch (r.nextInt(4)) {
            case 0 -> PackedType.I8;
            case 1 -> PackedType.I16;
            default -> valType();
        };
        return new FieldType(st, r.nextBoolean());
    }

    private List<ValType> valTypes(int max) {
        List<ValType> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            out.add(valType());
        }
        return out;
    }

    private ValType valType() {
        return switch (r.nextInt(7)) {
            case 0 -> ValType.I32;
            case 1 -> ValType.I64;
            case 2 -> ValType.F32;
            case 3 -> ValType.F64;
            case 4 -> ValType.V128;
            default -> refType();
        };
    }

    private ValType refType() {
        return ValType.ref(r.nextBoolean(), heapType());
    }

    private HeapType heapType() {
        if (r.nextInt(3) == 0) {
            return HeapType.concrete(r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) : typeIndex());
        }
        HeapType.Abstract[] all = HeapType.Abstract.values();
        return HeapType.of(all[r.nextInt(all.length)]);
    }

    /** A type index below 2^31 (the format's type uses are signed 33-bit or checked to fit). */
    private int typeIndex() {
        return typeCount == 0 || r.nextInt(8) == 0 ? r.nextInt(200) : r.nextInt(typeCount);
    }

    /** Any u32, as the bits of an int. */
    private int index() {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt();
            case 1 -> r.nextInt(100_000);
            default -> r.nextInt(8);
        };
    }

    private ExternType externType() {
        return switch (r.nextInt(5)) {
            case 0 -> new ExternType.Func(typeIndex());
            case 1 -> tableType();
            case 2 -> memoryType();
            case 3 -> new GlobalType(valType(), r.nextBoolean());
            default -> new TagType(typeIndex());
        };
    }

    private TableType tableType() {
        return new TableType(refType(), limits());
    }

    private MemoryType memoryType() {
        int pageSizeLog2 = r.nextInt(4) == 0 ? r.nextInt(65) : MemoryType.DEFAULT_PAGE_SIZE_LOG2;
        return new MemoryType(limits(), r.nextInt(4) == 0, pageSizeLog2);
    }

    private Limits limits() {
        long min = r.nextBoolean() ? r.nextInt(100) : r.nextLong();
        long max = Limits.NO_MAX;
        if (r.nextBoolean()) {
            // Limits.NO_MAX doubles as the u64 value 2^64-1, which therefore cannot be a maximum
            do {
                max = r.nextBoolean() ? r.nextInt(1000) : r.nextLong();
            } while (max == Limits.NO_MAX);
        }
        return new Limits(min, max, r.nextBoolean());
    }

    // ---- code

    private FunctionBody functionBody() {
        List<Locals> locals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            locals.add(new Locals(r.nextInt(1000), valType()));
        }
        List<Instruction> code = instructions(r.nextInt(60), BODY_OPCODES);
        return new FunctionBody(locals, code, branchHints(code));
    }

    /** Hints on some of the body's if and br_if instructions. */
    private Map<Integer, Integer> branchHints(List<Instruction> code) {
        Map<Integer, Integer> hints = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            if (FunctionBody.isHintable(code.get(i)) && r.nextBoolean()) {
                hints.put(i, r.nextInt(2));
            }
        }
        return hints;
    }

    private ConstExpr constExpr() {
        return new ConstExpr(instructions(1 + r.nextInt(3), List.of(CONST_OPCODES)));
    }

    private static final int BLOCK = 0;
    private static final int IF = 1;
    private static final int ELSE = 2;
    private static final int TRY = 3;
    private static final int TRY_CAUGHT = 4;
    private static final int TRY_CAUGHT_ALL = 5;

    /** A balanced sequence ending with the {@code end} that closes the expression. */
    private List<Instruction> instructions(int count, List<Opcode> pool) {
        List<Instruction> out = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!open.isEmpty() && r.nextInt(6) == 0) {
                int top = open.get(open.size() - 1);
                int choice = r.nextInt(3);
                if (top == IF && choice == 0) {
                    out.add(Opcode.ELSE.simpleInstance());
                    open.set(open.size() - 1, ELSE);
                } else if ((top == TRY || top == TRY_CAUGHT) && choice == 0) {
                    out.add(new Instruction.Index(Opcode.CATCH, index()));
                    open.set(open.size() - 1, TRY_CAUGHT);
                } else if ((top == TRY || top == TRY_CAUGHT) && choice == 1) {
                    out.add(Opcode.CATCH_ALL.simpleInstance());
                    open.set(open.size() - 1, TRY_CAUGHT_ALL);
                } else if (top == TRY && choice == 2) {
                    out.add(new Instruction.Index(Opcode.DELEGATE, index()));
                    open.remove(open.size() - 1);
                } else {
                    out.add(Opcode.END.simpleInstance());
                    open.remove(open.size() - 1);
                }
                continue;
            }
            Opcode op = pool.get(r.nextInt(pool.size()));
            if (pool == BODY_OPCODES && r.nextInt(12) == 0) {
                op = r.nextBoolean() ? Opcode.IF : Opcode.BR_IF; // frequent enough to carry branch hints
            }
            out.add(instruction(op));
            switch (op) {
                case BLOCK: case LOOP: case TRY_TABLE:
                    open.add(BLOCK);
                    break;
                case IF:
                    open.add(IF);
                    break;
                case TRY:
                    open.add(TRY);
                    break;
                default:
                    break;
            }
        }
        for (int i = open.size(); i > 0; i--) {
            out.add(Opcode.END.simpleInstance());
        }
        out.add(Opcode.END.simpleInstance());
        return out;
    }

    Instruction instruction(Opcode op) {
        ImmediateKind kind = op.immediates();
        switch (kind) {
            case NONE:
            case ZERO_BYTE:
                return op.simpleInstance();
            case BLOCK:
                return new Instruction.Block(op, blockType());
            case TRY_TABLE: {
                List<Catch> catches = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    Catch.Kind k = Catch.Kind.values()[r.nextInt(4)];
                    catches.add(new Catch(k, k.hasTag() ? index() : -1, index()));
                }
                return new Instruction.TryTable(op, blockType(), catches);
            }
            case LABEL: case FUNC: case TYPE: case LOCAL: case GLOBAL: case TABLE:
            case ELEM: case DATA: case MEMORY: case TAG:
                return new Instruction.Index(op, index());
            case CALL_INDIRECT: case TYPE_FIELD: case TYPE_TYPE: case TYPE_DATA: case TYPE_ELEM: case TYPE_SIZE:
            case TABLE_TABLE: case ELEM_TABLE: case MEMORY_MEMORY: case DATA_MEMORY:
                return new Instruction.TwoIndices(op, index(), index());
            case BR_TABLE: {
                int[] labels = new int[r.nextInt(5)];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = index();
                }
                return new Instruction.BrTable(op, labels, index());
            }
            case MEMARG:
                return new Instruction.MemoryAccess(op, memoryIndex(), offset(), r.nextInt(64), -1);
            case MEMARG_LANE:
                return new Instruction.MemoryAccess(op, memoryIndex(), offset(), r.nextInt(64), r.nextInt(256));
            case I32:
                return new Instruction.I32Const(r.nextBoolean() ? r.nextInt(300) - 150 : r.nextInt());
            case I64:
                return new Instruction.I64Const(r.nextBoolean() ? r.nextInt(300) - 150 : r.nextLong());
            case F32:
                return new Instruction.F32Const(r.nextInt());
            case F64:
                return new Instruction.F64Const(r.nextLong());
            case V128:
                return new Instruction.V128Const(r.nextLong(), r.nextLong());
            case LANE:
                return new Instruction.Lane(op, r.nextInt(256));
            case SHUFFLE: {
                byte[] lanes = new byte[16];
                r.nextBytes(lanes);
                return new Instruction.Shuffle(op, lanes);
            }
            case SELECT_TYPED:
                return new Instruction.SelectTyped(op, valTypes(2));
            case HEAP_TYPE:
                return new Instruction.HeapTypeOp(op, heapType());
            case BR_ON_CAST:
                return new Instruction.BrOnCast(op, index(), refType(), refType());
            default:
                throw new IllegalStateException("no generator for " + kind);
        }
    }

    private int memoryIndex() {
        return r.nextInt(3) == 0 ? index() : 0;
    }

    private long offset() {
        return r.nextBoolean() ? r.nextInt(5000) : r.nextLong();
    }

    private BlockType blockType() {
        return switch (r.nextInt(3)) {
            case 0 -> BlockType.EMPTY;
            case 1 -> BlockType.of(valType());
            default -> BlockType.ofTypeIndex(r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) : typeIndex());
        };
    }

    private static boolean usesDataIndex(List<FunctionBody> codes) {
        for (FunctionBody f : codes) {
            for (Instruction i : f.instructions()) {
                switch (i.opcode()) {
                    case MEMORY_INIT: case DATA_DROP: case ARRAY_NEW_DATA: case ARRAY_INIT_DATA:
                        return true;
                    default:
                        break;
                }
            }
        }
        return false;
    }

    // ---- segments

    private ElementSegment elementSegment() {
        SegmentMode mode = SegmentMode.values()[r.nextInt(3)];
        boolean active = mode == SegmentMode.ACTIVE;
        int table = active && r.nextBoolean() ? index() : 0;
        ConstExpr offset = active ? constExpr() : null;
        List<ConstExpr> items = new ArrayList<>();
        ValType type;
        if (r.nextBoolean()) {
            type = ValType.ref(false, HeapType.FUNC);
            for (int i = r.nextInt(4); i > 0; i--) {
                items.add(new ConstExpr(List.of(new Instruction.Index(Opcode.REF_FUNC, index()),
                        Opcode.END.simpleInstance())));
            }
        } else {
            type = r.nextBoolean() ? ValType.FUNCREF : refType();
            for (int i = r.nextInt(4); i > 0; i--) {
                items.add(constExpr());
            }
        }
        return new ElementSegment(mode, table, offset, type, items);
    }

    private DataSegment dataSegment() {
        byte[] bytes = new byte[r.nextInt(20)];
        r.nextBytes(bytes);
        if (r.nextInt(3) == 0) {
            return new DataSegment(SegmentMode.PASSIVE, 0, null, bytes);
        }
        return new DataSegment(SegmentMode.ACTIVE, r.nextBoolean() ? 0 : index(), constExpr(), bytes);
    }

    // ---- names and custom sections

    private static final String[] NAME_PARTS = {"a", "env", "memory", "_start", "x", "é", "日本", "\uD83D\uDE00", "", "name2"};

    private String name() {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(3); i > 0; i--) {
            sb.append(NAME_PARTS[r.nextInt(NAME_PARTS.length)]);
        }
        return sb.toString();
    }

    /** Custom sections, placed only after sections the encoder will write, in file order. */
    private List<CustomSection> customSections(WasmModule shape) {
        List<Integer> places = new ArrayList<>();
        places.add(0);
        for (int id : SECTION_ORDER) {
            if (written(shape, id)) {
                places.add(id);
            }
        }
        List<CustomSection> out = new ArrayList<>();
        for (int place : places) {
            for (int i = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
                String n = name();
                if (n.equals("name")) {
                    n = "not-name";
                }
                byte[] content = new byte[r.nextInt(12)];
                r.nextBytes(content);
                out.add(new CustomSection(n, content, place));
            }
        }
        return out;
    }

    private static boolean written(WasmModule m, int id) {
        return switch (id) {
            case 1 -> !m.recTypes().isEmpty();
            case 2 -> !m.imports().isEmpty();
            case 3 -> !m.functions().isEmpty();
            case 4 -> !m.tables().isEmpty();
            case 5 -> !m.memories().isEmpty();
            case 13 -> !m.tags().isEmpty();
            case 6 -> !m.globals().isEmpty();
            case 7 -> !m.exports().isEmpty();
            case 8 -> m.startFunction() >= 0;
            case 9 -> !m.elements().isEmpty();
            case 12 -> m.dataCount() >= 0;
            case 10 -> !m.codes().isEmpty();
            case 11 -> !m.data().isEmpty();
            default -> false;
        };
    }

    private NameSection names() {
        if (r.nextBoolean()) {
            return NameSection.EMPTY;
        }
        Map<Integer, Map<Integer, String>> locals = new HashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            locals.put(index(), nameMap());
        }
        return new NameSection(r.nextBoolean() ? name() : null, nameMap(), locals, nameMap(), nameMap(), nameMap(),
                nameMap(), nameMap(), nameMap(), nameMap());
    }

    private Map<Integer, String> nameMap() {
        Map<Integer, String> m = new HashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            m.put(index(), name());
        }
        return m;
    }
}
