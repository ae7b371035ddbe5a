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
 * Random modules built from the model classes, of two kinds.
 *
 * <p>{@link #generate}: encodable modules, random but structurally sensible: every section,
 * every opcode with random immediates, balanced blocks. They need not validate; they must be
 * representable, i.e. stay within what the binary format can say and in the forms the encoder
 * writes (see the comments where that constrains a choice), so that decode(encode(m)) equals m.
 *
 * <p>{@link #validatorInput}: mostly invalid modules for the validator. Indices are small and
 * type uses name declared function types; globals, tables, segments and memory arguments are
 * often well-typed by construction; bodies often start with {@code unreachable} (so later
 * instructions are typed against unknown operands): all so that validation gets deep before
 * it fails. Now and then such a module has a shape no decoder produces (an instruction without
 * its immediates, a missing {@code end}, a body without a function, a lane out of range, a
 * table of numbers), which the validator must reject like any other invalid module.
 *
 * <p>The choices that make validator input are all behind {@link #breaks} and
 * {@link #keepValid} or a test of {@code forValidator}, and draw no random number for
 * encodable modules, so those stay as they were for a given seed.
 */
public final class ModuleGenerator {
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

    private static final Opcode[] ALL_OPCODES = Opcode.values();

    private static final Opcode[] CONST_OPCODES = {Opcode.I32_CONST, Opcode.I64_CONST, Opcode.F32_CONST,
        Opcode.F64_CONST, Opcode.V128_CONST, Opcode.GLOBAL_GET, Opcode.REF_NULL, Opcode.REF_FUNC, Opcode.I32_ADD,
        Opcode.I64_MUL, Opcode.STRUCT_NEW, Opcode.ARRAY_NEW_FIXED, Opcode.REF_I31, Opcode.EXTERN_CONVERT_ANY};

    private static final int[] SECTION_ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    private final Random r;
    /** Validator input rather than encodable modules (see the class comment). */
    private final boolean forValidator;
    private int typeCount;
    /** The end of the recursive group being generated: validator input refers to types below it. */
    private int groupEnd;
    /** The indices of the function types defined so far, and of those without results (fit for tags). */
    private final List<Integer> funcTypes = new ArrayList<>();
    private final List<Integer> tagTypes = new ArrayList<>();

    private ModuleGenerator(Random r, boolean forValidator) {
        this.r = r;
        this.forValidator = forValidator;
    }

    /** Encodable modules: decode(encode(m)) equals m. */
    static Arbitrary<WasmModule> modules() {
        return Arbitraries.randomValue(ModuleGenerator::generate);
    }

    /** An encodable module: decode(encode(m)) equals m. */
    static WasmModule generate(Random random) {
        return new ModuleGenerator(random, false).module();
    }

    /** A module for the validator: mostly invalid, deep before it fails, sometimes not encodable at all. */
    public static WasmModule validatorInput(Random random) {
        return new ModuleGenerator(random, true).module();
    }

    /** Validator input only: whether to break a rule here, about once in {@code n} times. */
    private boolean breaks(int n) {
        return forValidator && r.nextInt(n) == 0;
    }

    /** Validator input only: whether to make this part well-typed by construction (three times in four). */
    private boolean keepValid() {
        return forValidator && r.nextInt(4) != 0;
    }

    private WasmModule module() {
        List<RecType> recTypes = recTypes();
        List<Import> imports = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            imports.add(new Import(name(), name(), externType()));
        }
        List<Integer> functions = new ArrayList<>();
        List<FunctionBody> codes = new ArrayList<>();
        int functionCount = r.nextInt(4);
        if (funcTypes.isEmpty() && keepValid()) {
            functionCount = 0; // without a function type, every function is invalid at once
        }
        for (int i = functionCount; i > 0; i--) {
            functions.add(funcTypeUse());
            codes.add(functionBody());
        }
        if (breaks(20)) {
            codes.add(functionBody()); // a body without a function
        }
        List<Table> tables = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            tables.add(new Table(tableType(), r.nextBoolean() || keepValid() ? null : constExpr()));
        }
        List<MemoryType> memories = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            memories.add(memoryType());
        }
        List<TagType> tags = new ArrayList<>();
        int tagCount = r.nextInt(3);
        if (tagTypes.isEmpty() && keepValid()) {
            tagCount = 0; // a tag needs a function type without results
        }
        for (int i = tagCount; i > 0; i--) {
            tags.add(new TagType(tagTypeUse()));
        }
        List<Global> globals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            globals.add(global());
        }
        List<Export> exports = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            exports.add(new Export(name(), ExternKind.values()[r.nextInt(5)], index()));
        }
        int start = r.nextInt(4) == 0 ? (forValidator ? index() : r.nextInt(Integer.MAX_VALUE)) : -1;
        List<ElementSegment> elements = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            elements.add(elementSegment());
        }
        List<DataSegment> data = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            data.add(dataSegment());
        }
        long dataCount = dataCount(codes, data);
        WasmModule shape = new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports,
                start, elements, dataCount, codes, data, List.of(), NameSection.EMPTY);
        return new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports,
                start, elements, dataCount, codes, data, customSections(shape), names());
    }

    private long dataCount(List<FunctionBody> codes, List<DataSegment> data) {
        if (forValidator) {
            return breaks(10) ? -1 : data.size();
        }
        // the encoder writes a data count whenever a body needs one, and decoding requires it to match
        return usesDataIndex(codes) || r.nextBoolean() ? data.size() : -1;
    }

    private Global global() {
        if (keepValid()) {
            return new Global(new GlobalType(ValType.I32, r.nextBoolean()), new ConstExpr(List.of(
                    new Instruction.I32Const(r.nextInt()), Opcode.END.simpleInstance())));
        }
        return new Global(new GlobalType(valType(), r.nextBoolean()), constExpr());
    }

    // ---- types

    private List<RecType> recTypes() {
        List<RecType> recTypes = new ArrayList<>();
        int groups = r.nextInt(5);
        typeCount = 0;
        for (int i = 0; i < groups; i++) {
            typeCount += 1 + r.nextInt(3);
        }
        int next = 0;
        while (next < typeCount) {
            int size = Math.min(typeCount - next, 1 + r.nextInt(3));
            groupEnd = next + size;
            List<SubType> subs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                subs.add(subType(next + i));
            }
            recTypes.add(new RecType(subs));
            next += size;
        }
        groupEnd = typeCount;
        if (r.nextInt(10) == 0) {
            recTypes.add(new RecType(List.of())); // an empty recursive group is legal in the format
        }
        return recTypes;
    }

    private SubType subType(int index) {
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
        if (c instanceof FuncType f) {
            funcTypes.add(index);
            if (f.results().isEmpty()) {
                tagTypes.add(index);
            }
        }
        if (forValidator ? !breaks(8) : r.nextInt(3) == 0) {
            // validator input: supertypes are a common early failure, so rarer, and sometimes open to subtypes
            return forValidator && r.nextInt(4) == 0 ? new SubType(false, List.of(), c) : SubType.plain(c);
        }
        List<Integer> supers = new ArrayList<>();
        for (int i = r.nextInt(2); i > 0; i--) {
            supers.add(superIndex(index));
        }
        if (breaks(10)) {
            supers.add(superIndex(index)); // more than one supertype
        }
        return new SubType(r.nextBoolean(), supers, c);
    }

    /** Validator input mostly names an earlier type, and now and then itself or the next one. */
    private int superIndex(int index) {
        if (!forValidator) {
            return typeIndex();
        }
        return r.nextInt(10) == 0 ? r.nextInt(index + 2) : r.nextInt(Math.max(index, 1));
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
        if (r.nextInt(3) == 0 && (!forValidator || groupEnd > 0)) {
            return HeapType.concrete(concreteTypeIndex());
        }
        HeapType.Abstract[] all = HeapType.Abstract.values();
        return HeapType.of(all[r.nextInt(all.length)]);
    }

    /** Validator input names a type of the groups so far (rarely one beyond); encodable modules any. */
    private int concreteTypeIndex() {
        if (forValidator) {
            return r.nextInt(100) == 0 ? groupEnd + 1 : r.nextInt(groupEnd);
        }
        return r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) : typeIndex();
    }

    /** A type index below 2^31 (the format's type uses are signed 33-bit or checked to fit). */
    private int typeIndex() {
        return typeCount == 0 || r.nextInt(8) == 0 ? r.nextInt(200) : r.nextInt(typeCount);
    }

    /** Where a function type belongs: functions, tags, block types, function imports. */
    private int funcTypeUse() {
        if (!forValidator) {
            return typeIndex();
        }
        return funcTypes.isEmpty() || r.nextInt(50) == 0 ? index() : funcTypes.get(r.nextInt(funcTypes.size()));
    }

    /** A tag's type: for validator input mostly a function type without results. */
    private int tagTypeUse() {
        if (!tagTypes.isEmpty() && keepValid()) {
            return tagTypes.get(r.nextInt(tagTypes.size()));
        }
        return funcTypeUse();
    }

    /**
     * Any u32, as the bits of an int; for validator input mostly below 5 (so that it often
     * names something), sometimes -1 or anything.
     */
    private int index() {
        if (forValidator) {
            int k = r.nextInt(20);
            return k == 0 ? r.nextInt() : k == 1 ? -1 : r.nextInt(5);
        }
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt();
            case 1 -> r.nextInt(100_000);
            default -> r.nextInt(8);
        };
    }

    private ExternType externType() {
        return switch (r.nextInt(5)) {
            case 0 -> new ExternType.Func(funcTypeUse());
            case 1 -> tableType();
            case 2 -> memoryType();
            case 3 -> new GlobalType(valType(), r.nextBoolean());
            default -> new TagType(tagTypeUse());
        };
    }

    private TableType tableType() {
        ValType element;
        if (breaks(30)) {
            element = ValType.I32; // not a reference type
        } else if (keepValid()) {
            element = ValType.ref(true, heapType()); // nullable: needs no initializer
        } else {
            element = refType();
        }
        return new TableType(element, limits());
    }

    private MemoryType memoryType() {
        int pageSizeLog2 = keepValid() || r.nextInt(4) != 0 ? MemoryType.DEFAULT_PAGE_SIZE_LOG2 : r.nextInt(65);
        return new MemoryType(limits(), r.nextInt(4) == 0 && !keepValid(), pageSizeLog2);
    }

    private Limits limits() {
        if (forValidator && !breaks(8)) {
            return new Limits(r.nextInt(3), r.nextBoolean() ? Limits.NO_MAX : 3 + r.nextInt(4), r.nextInt(4) == 0);
        }
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
            int count = forValidator ? (breaks(8) ? r.nextInt() : r.nextInt(4)) : r.nextInt(1000);
            locals.add(new Locals(count, valType()));
        }
        List<Instruction> code = instructions(r.nextInt(60), BODY_OPCODES, true);
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
        return new ConstExpr(instructions(1 + r.nextInt(3), List.of(CONST_OPCODES), false));
    }

    /** Validator input: half the time an {@code unreachable}, after which any operands type-check. */
    private void unreachableNowAndThen(List<Instruction> out) {
        if (forValidator && r.nextBoolean()) {
            out.add(Opcode.UNREACHABLE.simpleInstance());
        }
    }

    private static final int BLOCK = 0;
    private static final int IF = 1;
    private static final int ELSE = 2;
    private static final int TRY = 3;
    private static final int TRY_CAUGHT = 4;
    private static final int TRY_CAUGHT_ALL = 5;

    /**
     * A balanced sequence ending with the {@code end} that closes the expression. Validator
     * input now and then draws any opcode instead (an {@code else} outside an {@code if},
     * a {@code delegate} outside a {@code try}) and may leave out the last {@code end}.
     */
    private List<Instruction> instructions(int count, List<Opcode> pool, boolean functionBody) {
        List<Instruction> out = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        if (functionBody) {
            unreachableNowAndThen(out);
        }
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
            Opcode op = breaks(3) ? ALL_OPCODES[r.nextInt(ALL_OPCODES.length)] : pool.get(r.nextInt(pool.size()));
            if (pool == BODY_OPCODES && r.nextInt(12) == 0) {
                op = r.nextBoolean() ? Opcode.IF : Opcode.BR_IF; // frequent enough to carry branch hints
            }
            if (op == Opcode.END && open.isEmpty()) {
                continue; // the final end is added below
            }
            out.add(instruction(op));
            int opened = open.size();
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
                case END: case DELEGATE: // drawn at random only for validator input
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                    break;
                default:
                    break;
            }
            if (functionBody && open.size() > opened) {
                unreachableNowAndThen(out);
            }
        }
        for (int i = open.size(); i > 0; i--) {
            out.add(Opcode.END.simpleInstance());
        }
        if (!breaks(20)) {
            out.add(Opcode.END.simpleInstance());
        }
        return out;
    }

    private Instruction instruction(Opcode op) {
        if (breaks(40)) {
            return new Instruction.Simple(op); // without the immediates it needs
        }
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
                return new Instruction.MemoryAccess(op, memoryIndex(), offset(), alignment(), -1);
            case MEMARG_LANE:
                return new Instruction.MemoryAccess(op, memoryIndex(), offset(), alignment(), lane());
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
                return new Instruction.Lane(op, lane());
            case SHUFFLE: {
                byte[] lanes = new byte[breaks(10) ? 3 : 16];
                if (keepValid()) {
                    for (int i = 0; i < lanes.length; i++) {
                        lanes[i] = (byte) r.nextInt(32);
                    }
                } else {
                    r.nextBytes(lanes);
                }
                return new Instruction.Shuffle(op, lanes);
            }
            case SELECT_TYPED:
                return new Instruction.SelectTyped(op, valTypes(2));
            case HEAP_TYPE:
                return new Instruction.HeapTypeOp(op, heapType());
            case BR_ON_CAST:
                return new Instruction.BrOnCast(op, index(), breaks(6) ? valType() : refType(), refType());
            default:
                throw new IllegalStateException("no generator for " + kind);
        }
    }

    private int memoryIndex() {
        return r.nextInt(3) == 0 ? index() : 0;
    }

    private long offset() {
        if (keepValid()) {
            return r.nextInt(64);
        }
        return r.nextBoolean() ? r.nextInt(5000) : r.nextLong();
    }

    /** The alignment exponent: validator input mostly at most natural, sometimes anything. */
    private int alignment() {
        if (forValidator) {
            return r.nextInt(6) == 0 ? r.nextInt() : r.nextInt(5);
        }
        return r.nextInt(64);
    }

    /** A lane index: for validator input mostly in range, sometimes past the end or negative. */
    private int lane() {
        return forValidator ? r.nextInt(20) - 2 : r.nextInt(256);
    }

    private BlockType blockType() {
        return switch (r.nextInt(3)) {
            case 0 -> BlockType.EMPTY;
            case 1 -> BlockType.of(valType());
            default -> BlockType.ofTypeIndex(
                    forValidator || r.nextInt(4) != 0 ? funcTypeUse() : r.nextInt(Integer.MAX_VALUE));
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
        if (keepValid()) {
            List<ConstExpr> nulls = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                nulls.add(new ConstExpr(List.of(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.FUNC),
                        Opcode.END.simpleInstance())));
            }
            return new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.FUNCREF, nulls);
        }
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
        if (r.nextInt(3) == 0 || keepValid()) {
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
