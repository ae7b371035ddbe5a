package dev.jwasm.parser.text;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Turns instruction sequences, flat and folded, into the flat instruction list of the binary
 * format (spec "Text Format: Instructions"). Folded instructions are unfolded with an explicit
 * work stack, so nesting depth costs heap, not Java stack.
 *
 * <p>The work stack holds tasks: a sequence still being read, an instruction to emit once its
 * operands have been emitted, the end of a folded block. A sequence reads flat instructions in
 * place, keeping the flat blocks it opened; when it meets a folded instruction it pushes the tasks
 * that unfold it and yields to them.
 */
final class InstructionParser {
    private final ModuleContext module;
    private final Labels labels = new Labels();
    private final Immediates immediates;
    private final List<Instruction> out = new ArrayList<>();
    /** Where each instruction of {@link #out} starts in the text ({@link #NO_START}: end, else, catch, delegate). */
    private long[] starts = new long[64];
    private final Deque<Object> work = new ArrayDeque<>();

    /** The start of an instruction that no annotation can precede: it is part of a block's syntax. */
    static final long NO_START = -1;

    private InstructionParser(ModuleContext module, IndexSpace locals) {
        this.module = module;
        this.immediates = new Immediates(module, locals, labels);
    }

    /**
     * The instructions of a function body or constant expression: the rest of {@code body},
     * followed by {@code end}. Function bodies run inside an implicit label (the function's own).
     */
    static List<Instruction> parse(ModuleContext module, IndexSpace locals, Cursor body, boolean functionBody) {
        return parseWithStarts(module, locals, body, functionBody).instructions();
    }

    /**
     * Instructions and where each starts in the text: {@link #start(SExpr)} of its keyword, or
     * of the parenthesis of a folded instruction, or {@link #NO_START} for end, else and the
     * legacy catch clauses, which are part of their block's syntax.
     */
    record Parsed(List<Instruction> instructions, long[] starts) {
    }

    static Parsed parseWithStarts(ModuleContext module, IndexSpace locals, Cursor body, boolean functionBody) {
        InstructionParser p = new InstructionParser(module, locals);
        if (functionBody) {
            p.labels.push(null);
        }
        p.work.push(new Sequence(body, false));
        p.run();
        p.emit(Opcode.END.simpleInstance(), NO_START);
        return new Parsed(p.out, Arrays.copyOf(p.starts, p.out.size()));
    }

    /** A text position as one comparable number: line, then column. */
    static long start(SExpr e) {
        return ((long) e.line() << 32) | (e.column() & 0xFFFF_FFFFL);
    }

    private void emit(Instruction instruction, long start) {
        if (out.size() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[out.size()] = start;
        out.add(instruction);
    }

    // ---- tasks ----

    /** Instructions read from a cursor; {@code foldedOnly} for operands of a folded instruction. */
    private static final class Sequence {
        final Cursor cursor;
        final boolean foldedOnly;
        final Deque<FlatBlock> open = new ArrayDeque<>();

        Sequence(Cursor cursor, boolean foldedOnly) {
            this.cursor = cursor;
            this.foldedOnly = foldedOnly;
        }
    }

    /** A block opened by a flat block instruction, waiting for its {@code end}. */
    private static final class FlatBlock {
        final Opcode opcode;
        final String label;
        boolean sawElse;
        boolean sawCatch;
        boolean sawCatchAll;

        FlatBlock(Opcode opcode, String label) {
            this.opcode = opcode;
            this.label = label;
        }
    }

    private record Emit(Instruction instruction, long start) {
    }

    /** Emits an instruction and enters its block (folded if: after the condition operands). */
    private record Enter(Instruction instruction, String label, long start) {
    }

    /** Emits {@code end} and leaves the innermost block. */
    private record Leave() {
    }

    /** Leaves a legacy try block with {@code delegate}, whose label counts from outside the try. */
    private record Delegate(SExpr label) {
    }

    private void run() {
        while (!work.isEmpty()) {
            Object task = work.peek();
            if (task instanceof Sequence s) {
                if (!step(s)) {
                    work.pop();
                }
                continue;
            }
            work.pop();
            if (task instanceof Emit e) {
                emit(e.instruction(), e.start());
            } else if (task instanceof Enter e) {
                emit(e.instruction(), e.start());
                labels.push(e.label());
            } else if (task instanceof Leave) {
                emit(Opcode.END.simpleInstance(), NO_START);
                labels.pop();
            } else if (task instanceof Delegate d) {
                labels.pop();
                emit(new Instruction.Index(Opcode.DELEGATE, labels.resolve(d.label())), NO_START);
            }
        }
    }

    /** Handles the next item of a sequence; false when the sequence is finished. */
    private boolean step(Sequence s) {
        Cursor c = s.cursor;
        if (c.atEnd()) {
            if (!s.open.isEmpty()) {
                throw c.endTooSoon(); // a flat block without its end
            }
            return false;
        }
        SExpr item = c.next();
        if (item instanceof SExpr.Node folded) {
            unfold(folded);
        } else if (s.foldedOnly) {
            throw Keywords.unexpected(item);
        } else {
            flat((SExpr.Atom) item, s);
        }
        return true;
    }

    // ---- flat instructions ----

    private void flat(SExpr.Atom head, Sequence s) {
        Cursor c = s.cursor;
        if (head.kind() != TokenKind.KEYWORD) {
            throw Keywords.unexpected(head);
        }
        switch (head.text()) {
            case "block":
            case "loop":
            case "if":
            case "try": {
                Opcode op = Opcode.byMnemonic(head.text());
                String label = c.optionalId();
                emit(new Instruction.Block(op, blockType(c, head)), start(head));
                labels.push(label);
                s.open.push(new FlatBlock(op, label));
                return;
            }
            case "try_table": {
                String label = c.optionalId();
                BlockType type = blockType(c, head);
                List<Catch> catches = catchClauses(c);
                emit(new Instruction.TryTable(Opcode.TRY_TABLE, type, catches), start(head));
                labels.push(label);
                s.open.push(new FlatBlock(Opcode.TRY_TABLE, label));
                return;
            }
            case "else": {
                FlatBlock b = s.open.peek();
                if (b == null || b.opcode != Opcode.IF || b.sawElse) {
                    throw Keywords.unexpected(head);
                }
                endLabel(c, b);
                b.sawElse = true;
                emit(Opcode.ELSE.simpleInstance(), NO_START);
                return;
            }
            case "end": {
                FlatBlock b = s.open.peek();
                if (b == null) {
                    throw Keywords.unexpected(head);
                }
                endLabel(c, b);
                s.open.pop();
                labels.pop();
                emit(Opcode.END.simpleInstance(), NO_START);
                return;
            }
            case "catch":
            case "catch_all": {
                FlatBlock b = s.open.peek();
                if (b == null || b.opcode != Opcode.TRY || b.sawCatchAll) {
                    throw Keywords.unexpected(head);
                }
                if (head.text().equals("catch")) {
                    emit(new Instruction.Index(Opcode.CATCH, ModuleContext.index(module.tags, c.next())), NO_START);
                } else {
                    emit(Opcode.CATCH_ALL.simpleInstance(), NO_START);
                    b.sawCatchAll = true;
                }
                b.sawCatch = true;
                return;
            }
            case "delegate": {
                FlatBlock b = s.open.peek();
                if (b == null || b.opcode != Opcode.TRY || b.sawCatch) {
                    throw Keywords.unexpected(head);
                }
                s.open.pop();
                labels.pop();
                emit(new Instruction.Index(Opcode.DELEGATE, labels.resolve(c.next())), NO_START);
                return;
            }
            default:
                emit(immediates.read(plainOpcode(head), head, c), start(head));
        }
    }

    /** An optional label after {@code end} or {@code else}: it must repeat the block's label. */
    private static void endLabel(Cursor c, FlatBlock b) {
        if (c.peekIs(TokenKind.ID)) {
            SExpr.Atom id = c.atom();
            if (!id.text().equals(b.label)) {
                throw new TextSyntaxException("mismatching label", id.line(), id.column());
            }
        }
    }

    // ---- folded instructions ----

    /** Pushes the tasks that unfold {@code (op ...)}; the tasks run in the reverse order of pushing. */
    private void unfold(SExpr.Node node) {
        if (node.size() == 0 || !(node.get(0) instanceof SExpr.Atom head) || head.kind() != TokenKind.KEYWORD) {
            throw Keywords.unexpected(node.size() == 0 ? node : node.get(0));
        }
        Cursor c = new Cursor(node, 1);
        switch (head.text()) {
            case "block":
            case "loop": {
                Opcode op = Opcode.byMnemonic(head.text());
                String label = c.optionalId();
                BlockType type = blockType(c, head);
                work.push(new Leave());
                work.push(new Sequence(c, false));
                work.push(new Enter(new Instruction.Block(op, type), label, start(node)));
                return;
            }
            case "if":
                unfoldIf(head, c, start(node));
                return;
            case "try_table": {
                String label = c.optionalId();
                BlockType type = blockType(c, head);
                List<Catch> catches = catchClauses(c);
                work.push(new Leave());
                work.push(new Sequence(c, false));
                work.push(new Enter(new Instruction.TryTable(Opcode.TRY_TABLE, type, catches), label, start(node)));
                return;
            }
            case "try":
                unfoldLegacyTry(head, c, start(node));
                return;
            default: {
                Instruction instruction = immediates.read(plainOpcode(head), head, c);
                work.push(new Emit(instruction, start(node)));
                work.push(new Sequence(c, true));
            }
        }
    }

    /** {@code (if label? blocktype operand* (then instr*) (else instr*)?)}. */
    private void unfoldIf(SExpr.Atom head, Cursor c, long start) {
        String label = c.optionalId();
        BlockType type = blockType(c, head);
        List<SExpr.Node> operands = new ArrayList<>();
        while (!c.atEnd() && !c.peekList("then")) {
            SExpr operand = c.next();
            if (!(operand instanceof SExpr.Node n)) {
                throw Keywords.unexpected(operand);
            }
            operands.add(n);
        }
        if (c.atEnd()) {
            throw c.endTooSoon();
        }
        SExpr.Node thenNode = c.list();
        SExpr.Node elseNode = c.peekList("else") ? c.list() : null;
        c.expectEnd();
        work.push(new Leave());
        if (elseNode != null) {
            work.push(new Sequence(new Cursor(elseNode, 1), false));
            work.push(new Emit(Opcode.ELSE.simpleInstance(), NO_START));
        }
        work.push(new Sequence(new Cursor(thenNode, 1), false));
        work.push(new Enter(new Instruction.Block(Opcode.IF, type), label, start));
        for (int i = operands.size() - 1; i >= 0; i--) {
            work.push(new Sequence(singleton(operands.get(i)), true));
        }
    }

    /** A cursor over a one-element list holding {@code operand}, to unfold it as a sequence. */
    private static Cursor singleton(SExpr.Node operand) {
        return new Cursor(new SExpr.Node(List.of(operand), List.of(), null, operand.line(), operand.column()));
    }

    /** Legacy {@code (try label? blocktype (do instr*) (catch x instr*)* (catch_all instr*)?)} or {@code ... (delegate l))}. */
    private void unfoldLegacyTry(SExpr.Atom head, Cursor c, long start) {
        String label = c.optionalId();
        BlockType type = blockType(c, head);
        if (!c.peekList("do")) {
            throw c.atEnd() ? c.endTooSoon() : Keywords.unexpected(c.peek());
        }
        List<Object> tasks = new ArrayList<>();
        tasks.add(new Enter(new Instruction.Block(Opcode.TRY, type), label, start));
        tasks.add(new Sequence(new Cursor(c.list(), 1), false));
        if (c.peekList("delegate")) {
            Cursor d = new Cursor(c.list(), 1);
            SExpr target = d.next();
            d.expectEnd();
            c.expectEnd();
            tasks.add(new Delegate(target));
        } else {
            while (c.peekList("catch")) {
                Cursor clause = new Cursor(c.list(), 1);
                int tag = ModuleContext.index(module.tags, clause.next());
                tasks.add(new Emit(new Instruction.Index(Opcode.CATCH, tag), NO_START));
                tasks.add(new Sequence(clause, false));
            }
            if (c.peekList("catch_all")) {
                tasks.add(new Emit(Opcode.CATCH_ALL.simpleInstance(), NO_START));
                tasks.add(new Sequence(new Cursor(c.list(), 1), false));
            }
            c.expectEnd();
            tasks.add(new Leave());
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            work.push(tasks.get(i));
        }
    }

    // ---- shared pieces ----

    /** The opcode of a plain (not block-structured) instruction keyword. */
    private static Opcode plainOpcode(SExpr.Atom head) {
        Opcode op = head.kind() == TokenKind.KEYWORD ? Opcode.byMnemonic(head.text()) : null;
        if (op == null) {
            throw Keywords.unexpected(head);
        }
        switch (op) {
            case BLOCK: case LOOP: case IF: case ELSE: case END: case TRY: case CATCH: case CATCH_ALL:
            case DELEGATE: case TRY_TABLE:
                throw Keywords.unexpected(head);
            default:
                return op;
        }
    }

    /**
     * A block type: {@code (type x)} with optional matching inline declarations, or inline
     * declarations alone: nothing, one result, or else an (added if needed) function type.
     */
    private BlockType blockType(Cursor c, SExpr.Atom head) {
        ModuleContext.TypeUse use = module.typeUse(c, false, head);
        if (use.explicit()) {
            int index = module.functionTypeIndex(use);
            if (index < 0) { // 2^31 and above: BlockType keeps -1 for "no index"
                throw new TextSyntaxException("unknown type " + Integer.toUnsignedString(index),
                        use.at().line(), use.at().column());
            }
            return BlockType.ofTypeIndex(index);
        }
        FuncType f = use.inline();
        if (f.params().isEmpty() && f.results().size() <= 1) {
            return f.results().isEmpty() ? BlockType.EMPTY : BlockType.of(f.results().get(0));
        }
        return BlockType.ofTypeIndex(module.functionTypeIndex(use));
    }

    /** try_table's catch clauses; their labels count from outside the try_table. */
    private List<Catch> catchClauses(Cursor c) {
        List<Catch> catches = new ArrayList<>();
        while (true) {
            Catch.Kind kind;
            if (c.peekList("catch")) {
                kind = Catch.Kind.CATCH;
            } else if (c.peekList("catch_ref")) {
                kind = Catch.Kind.CATCH_REF;
            } else if (c.peekList("catch_all")) {
                kind = Catch.Kind.CATCH_ALL;
            } else if (c.peekList("catch_all_ref")) {
                kind = Catch.Kind.CATCH_ALL_REF;
            } else {
                return catches;
            }
            Cursor clause = new Cursor(c.list(), 1);
            int tag = kind.hasTag() ? ModuleContext.index(module.tags, clause.next()) : -1;
            int label = labels.resolve(clause.next());
            clause.expectEnd();
            catches.add(new Catch(kind, tag, label));
        }
    }
}
