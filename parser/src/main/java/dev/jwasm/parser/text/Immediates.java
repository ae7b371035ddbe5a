package dev.jwasm.parser.text;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ImmediateKind;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the immediates of a non-structured instruction, one path per {@link ImmediateKind}, in
 * the text order of spec "Text Format: Instructions" (which may differ from the binary order
 * the model stores: {@code table.init x y} is table then element segment).
 */
final class Immediates {
    private final ModuleContext module;
    private final IndexSpace locals;
    private final Labels labels;

    Immediates(ModuleContext module, IndexSpace locals, Labels labels) {
        this.module = module;
        this.locals = locals;
        this.labels = labels;
    }

    /** The instruction {@code op} (already read as {@code head}) with its immediates from {@code c}. */
    Instruction read(Opcode op, SExpr.Atom head, Cursor c) {
        switch (op.immediates()) {
            case NONE:
            case ZERO_BYTE:
                return op == Opcode.SELECT ? select(c) : op.simpleInstance();
            case LABEL:
                return new Instruction.Index(op, labels.resolve(c.next()));
            case BR_TABLE:
                return brTable(op, c);
            case FUNC:
                return new Instruction.Index(op, ModuleContext.index(module.funcs, c.next()));
            case CALL_INDIRECT:
                return callIndirect(op, head, c);
            case TYPE:
                return new Instruction.Index(op, typeIndex(c));
            case TYPE_FIELD: {
                int type = typeIndex(c);
                return new Instruction.TwoIndices(op, type, fieldIndex(type, c.next()));
            }
            case TYPE_TYPE:
                return new Instruction.TwoIndices(op, typeIndex(c), typeIndex(c));
            case TYPE_DATA:
                return new Instruction.TwoIndices(op, typeIndex(c), ModuleContext.index(module.datas, c.next()));
            case TYPE_ELEM:
                return new Instruction.TwoIndices(op, typeIndex(c), ModuleContext.index(module.elems, c.next()));
            case TYPE_SIZE:
                return new Instruction.TwoIndices(op, typeIndex(c), Literals.nat32(c.atom()));
            case LOCAL:
                return new Instruction.Index(op, ModuleContext.index(locals, c.next()));
            case GLOBAL:
                return new Instruction.Index(op, ModuleContext.index(module.globals, c.next()));
            case TABLE:
                return new Instruction.Index(op, optionalIndex(module.tables, c));
            case TABLE_TABLE:
                return twoOptional(op, module.tables, c);
            case ELEM_TABLE:
                return initFrom(op, module.tables, module.elems, c);
            case ELEM:
                return new Instruction.Index(op, ModuleContext.index(module.elems, c.next()));
            case DATA:
                return new Instruction.Index(op, ModuleContext.index(module.datas, c.next()));
            case MEMORY:
                return new Instruction.Index(op, optionalIndex(module.memories, c));
            case MEMORY_MEMORY:
                return twoOptional(op, module.memories, c);
            case DATA_MEMORY:
                return initFrom(op, module.memories, module.datas, c);
            case MEMARG:
            case MEMARG_LANE:
                return memoryAccess(op, c);
            case I32:
                return new Instruction.I32Const(op, (int) Literals.integer(c.next(), 32));
            case I64:
                return new Instruction.I64Const(op, Literals.integer(c.next(), 64));
            case F32:
                return new Instruction.F32Const(op, Literals.f32(c.next()));
            case F64:
                return new Instruction.F64Const(op, Literals.f64(c.next()));
            case V128:
                return V128Literal.read(c, head);
            case LANE:
                return new Instruction.Lane(op, Literals.nat8(c.atom()));
            case SHUFFLE:
                return shuffle(op, head, c);
            case HEAP_TYPE:
                return heapTypeOp(op, c);
            case BR_ON_CAST: {
                int label = labels.resolve(c.next());
                ValType from = module.typeSyntax.refType(c.next());
                ValType to = module.typeSyntax.refType(c.next());
                return new Instruction.BrOnCast(op, label, from, to);
            }
            case TAG:
                return new Instruction.Index(op, ModuleContext.index(module.tags, c.next()));
            default:
                // block-structured kinds are handled by the instruction parser
                throw Keywords.unexpected(head);
        }
    }

    private int typeIndex(Cursor c) {
        return module.typeSyntax.typeIndex(c.next());
    }

    private int fieldIndex(int type, SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
            IndexSpace fields = module.types.fields(type);
            if (fields == null) {
                throw new TextSyntaxException("unknown field $" + a.text(), a.line(), a.column());
            }
            return fields.lookup(a.text(), a);
        }
        if (e instanceof SExpr.Atom a) {
            return Literals.nat32(a);
        }
        throw Keywords.unexpected(e);
    }

    private static int optionalIndex(IndexSpace space, Cursor c) {
        return ModuleContext.isIndex(c.peek()) ? ModuleContext.index(space, c.next()) : 0;
    }

    /** {@code (x y)?}, both defaulting to 0 (table.copy, memory.copy). */
    private static Instruction twoOptional(Opcode op, IndexSpace space, Cursor c) {
        if (!ModuleContext.isIndex(c.peek())) {
            return new Instruction.TwoIndices(op, 0, 0);
        }
        int first = ModuleContext.index(space, c.next());
        int second = ModuleContext.index(space, c.next());
        return new Instruction.TwoIndices(op, first, second);
    }

    /** {@code table.init x? y} and {@code memory.init x? y}: stored as (segment, target) like the binary. */
    private static Instruction initFrom(Opcode op, IndexSpace targets, IndexSpace segments, Cursor c) {
        if (ModuleContext.isIndex(c.peek(1))) {
            int target = ModuleContext.index(targets, c.next());
            int segment = ModuleContext.index(segments, c.next());
            return new Instruction.TwoIndices(op, segment, target);
        }
        return new Instruction.TwoIndices(op, ModuleContext.index(segments, c.next()), 0);
    }

    private Instruction select(Cursor c) {
        if (!c.peekList("result")) {
            return Opcode.SELECT.simpleInstance();
        }
        List<ValType> types = new ArrayList<>();
        while (c.peekList("result")) {
            types.addAll(module.typeSyntax.valTypes(new Cursor(c.list(), 1)));
        }
        return new Instruction.SelectTyped(Opcode.SELECT_TYPED, types);
    }

    private Instruction brTable(Opcode op, Cursor c) {
        List<Integer> targets = new ArrayList<>();
        targets.add(labels.resolve(c.next()));
        while (ModuleContext.isIndex(c.peek())) {
            targets.add(labels.resolve(c.next()));
        }
        int[] depths = new int[targets.size() - 1];
        for (int i = 0; i < depths.length; i++) {
            depths[i] = targets.get(i);
        }
        return new Instruction.BrTable(op, depths, targets.get(targets.size() - 1));
    }

    /** {@code call_indirect x? typeuse}: table index optional (0), no parameter identifiers. */
    private Instruction callIndirect(Opcode op, SExpr.Atom head, Cursor c) {
        int table = optionalIndex(module.tables, c);
        ModuleContext.TypeUse use = module.typeUse(c, false, head);
        return new Instruction.TwoIndices(op, module.functionTypeIndex(use), table);
    }

    /**
     * {@code memidx? offset=? align=?} and, for lane accesses, a lane index. A lane access with two
     * leading numbers takes the first as the memory index.
     */
    private Instruction memoryAccess(Opcode op, Cursor c) {
        boolean hasLane = op.immediates() == ImmediateKind.MEMARG_LANE;
        int memory = 0;
        if (c.peekIs(TokenKind.ID) || c.peekIs(TokenKind.NAT) && (!hasLane || natFollowsMemarg(c))) {
            memory = ModuleContext.index(module.memories, c.next());
        }
        long offset = 0;
        if (c.peek() instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD && a.text().startsWith("offset=")) {
            c.skip();
            offset = keywordNumber(a, 7);
        }
        int alignLog2 = op.naturalAlignLog2();
        if (c.peek() instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD && a.text().startsWith("align=")) {
            c.skip();
            long align = keywordNumber(a, 6);
            if (align == 0 || (align & (align - 1)) != 0) {
                throw new TextSyntaxException("alignment must be a power of two", a.line(), a.column());
            }
            alignLog2 = Long.numberOfTrailingZeros(align);
        }
        int lane = hasLane ? Literals.nat8(c.atom()) : -1;
        return new Instruction.MemoryAccess(op, memory, offset, alignLog2, lane);
    }

    /** Whether, after the NAT at the cursor and any offset= / align=, another NAT (the lane) follows. */
    private static boolean natFollowsMemarg(Cursor c) {
        int i = 1;
        while (c.peek(i) instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD
                && (a.text().startsWith("offset=") || a.text().startsWith("align="))) {
            i++;
        }
        return c.peek(i) instanceof SExpr.Atom a && a.kind() == TokenKind.NAT;
    }

    /** The u64 after {@code offset=} or {@code align=}. */
    private static long keywordNumber(SExpr.Atom a, int prefixLength) {
        String digits = a.text().substring(prefixLength);
        if (!NumberSyntax.isNat(digits)) {
            throw Keywords.unexpected(a);
        }
        Token t = a.token();
        return Literals.nat64(new SExpr.Atom(new Token(TokenKind.NAT, digits, null, t.line(), t.column())));
    }

    private static Instruction shuffle(Opcode op, SExpr.Atom head, Cursor c) {
        List<SExpr.Atom> lanes = new ArrayList<>();
        while (Literals.isNumber(c.peek())) {
            lanes.add(c.atom());
        }
        if (lanes.size() != 16) {
            throw new TextSyntaxException("invalid lane length", head.line(), head.column());
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            SExpr.Atom lane = lanes.get(i);
            if (lane.kind() != TokenKind.NAT) {
                throw new TextSyntaxException("i8 constant out of range", lane.line(), lane.column());
            }
            out[i] = (byte) Literals.nat8(lane);
        }
        return new Instruction.Shuffle(op, out);
    }

    /** ref.null takes a heap type; ref.test and ref.cast a reference type, whose nullability picks the opcode. */
    private Instruction heapTypeOp(Opcode op, Cursor c) {
        if (op == Opcode.REF_NULL) {
            HeapType heap = module.typeSyntax.heapType(c.next());
            return new Instruction.HeapTypeOp(op, heap);
        }
        ValType type = module.typeSyntax.refType(c.next());
        Opcode chosen = op;
        if (type.nullable()) {
            chosen = op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL ? Opcode.REF_TEST_NULL : Opcode.REF_CAST_NULL;
        } else {
            chosen = op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL ? Opcode.REF_TEST : Opcode.REF_CAST;
        }
        return new Instruction.HeapTypeOp(chosen, type.heapType());
    }
}
