package dev.jwasm.parser.text;

import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Element and data segments, including those written inline in table and memory definitions
 * (spec "Text Format: Modules", element and data segments and their abbreviations).
 */
final class Segments {
    private final ModuleContext context;
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> data = new ArrayList<>();

    Segments(ModuleContext context) {
        this.context = context;
    }

    List<ElementSegment> elements() {
        return elements;
    }

    List<DataSegment> data() {
        return data;
    }

    /** The rest of the cursor as a constant expression (no locals, no enclosing label). */
    static ConstExpr constExpr(ModuleContext context, Cursor c) {
        return new ConstExpr(InstructionParser.parse(context, new IndexSpace("local"), c, false));
    }

    // ---- inline abbreviations ----

    /** At {@code addrtype? reftype (elem ...)} in a table definition? Reads nothing. */
    static boolean hasInlineElements(Cursor c) {
        int i = 0;
        if (c.peek(i) instanceof SExpr.Atom a && (a.isKeyword("i32") || a.isKeyword("i64"))) {
            i++;
        }
        SExpr type = c.peek(i);
        boolean isRefType = type instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD && a.text().endsWith("ref")
                || type instanceof SExpr.Node n && n.startsWith("ref");
        return isRefType && c.peekList("elem", i + 1);
    }

    /** At {@code addrtype? (pagesize n)? (data ...)} in a memory definition? Reads nothing. */
    static boolean hasInlineData(Cursor c) {
        int i = 0;
        if (c.peek(i) instanceof SExpr.Atom a && (a.isKeyword("i32") || a.isKeyword("i64"))) {
            i++;
        }
        if (c.peekList("pagesize", i)) {
            i++;
        }
        return c.peekList("data", i);
    }

    /** {@code addrtype? reftype (elem ...)}: a table exactly as large as its active segment. */
    Table tableWithElements(SExpr.Node f, Cursor c, int tableIndex) {
        boolean is64 = TypeSyntax.addressType(c);
        ValType type = context.typeSyntax.refType(c.next());
        SExpr.Node elem = c.list();
        c.expectEnd();
        Cursor e = new Cursor(elem, 1);
        // The segment has the table's type unless its element list names one (spec 3.0 elemlist);
        // bare function indices and bare expressions are the older forms the testsuite uses.
        ValType segmentType = type;
        List<ConstExpr> items;
        if (e.peekKeyword("func")) {
            e.skip();
            segmentType = ValType.ref(false, HeapType.FUNC);
            items = functionItems(e);
        } else if (e.atEnd() || ModuleContext.isIndex(e.peek())) {
            items = functionItems(e);
        } else {
            if (context.typeSyntax.startsValType(e.peek())) {
                segmentType = context.typeSyntax.refType(e.next());
            }
            items = expressionItems(e);
        }
        long size = items.size();
        elements.add(new ElementSegment(SegmentMode.ACTIVE, tableIndex, zeroOffset(is64), segmentType, items));
        return new Table(new TableType(type, new Limits(size, size, true, is64)), null);
    }

    /** {@code addrtype? (pagesize n)? (data "..."*)}: a memory exactly as large as its data. */
    MemoryType memoryWithData(SExpr.Node f, Cursor c, int memoryIndex) {
        boolean is64 = TypeSyntax.addressType(c);
        int pageSizeLog2 = TypeSyntax.pageSize(c);
        SExpr.Node d = c.list();
        c.expectEnd();
        byte[] bytes = strings(new Cursor(d, 1));
        long pageSize = 1L << pageSizeLog2;
        long pages = (bytes.length + pageSize - 1) / pageSize;
        data.add(new DataSegment(SegmentMode.ACTIVE, memoryIndex, zeroOffset(is64), bytes));
        return new MemoryType(new Limits(pages, pages, true, is64), false, pageSizeLog2);
    }

    private static ConstExpr zeroOffset(boolean is64) {
        Instruction zero = is64 ? new Instruction.I64Const(0) : new Instruction.I32Const(0);
        return new ConstExpr(List.of(zero, Opcode.END.simpleInstance()));
    }

    // ---- element segments ----

    /**
     * {@code (elem id? elemlist)} passive, {@code (elem id? declare elemlist)} declarative,
     * {@code (elem id? (table x)? offset elemlist)} active; an active segment on table 0 may list
     * bare function indices.
     */
    void addElement(SExpr.Node f, Cursor c) {
        c.optionalId();
        if (c.peekKeyword("declare")) {
            c.skip();
            addElements(SegmentMode.DECLARATIVE, 0, null, c, false);
        } else if (c.peekList("table")) {
            Cursor t = new Cursor(c.list(), 1);
            int table = ModuleContext.index(context.tables, t.next());
            t.expectEnd();
            ConstExpr offset = offset(c);
            addElements(SegmentMode.ACTIVE, table, offset, c, true);
        } else if (c.peek() instanceof SExpr.Node n && !n.startsWith("ref")) {
            ConstExpr offset = offset(c);
            addElements(SegmentMode.ACTIVE, 0, offset, c, true);
        } else if (ModuleContext.isIndex(c.peek()) && c.peek(1) instanceof SExpr.Node) {
            // the pre-2.0 form with a bare table index, still used by the threads proposal's tests
            int table = ModuleContext.index(context.tables, c.next());
            ConstExpr offset = offset(c);
            addElements(SegmentMode.ACTIVE, table, offset, c, true);
        } else {
            addElements(SegmentMode.PASSIVE, 0, null, c, false);
        }
    }

    /** {@code func idx*}, or {@code reftype elemexpr*}, or (active only) bare {@code idx*}. */
    private void addElements(SegmentMode mode, int table, ConstExpr offset, Cursor c, boolean bareIndices) {
        ValType type;
        List<ConstExpr> items;
        if (c.peekKeyword("func")) {
            c.skip();
            type = ValType.ref(false, HeapType.FUNC);
            items = functionItems(c);
        } else if (bareIndices && (c.atEnd() || ModuleContext.isIndex(c.peek()))) {
            type = ValType.ref(false, HeapType.FUNC);
            items = functionItems(c);
        } else {
            type = context.typeSyntax.refType(c.next());
            items = expressionItems(c);
        }
        elements.add(new ElementSegment(mode, table, offset, type, items));
    }

    private List<ConstExpr> functionItems(Cursor c) {
        List<ConstExpr> items = new ArrayList<>();
        while (!c.atEnd()) {
            int f = ModuleContext.index(context.funcs, c.next());
            items.add(new ConstExpr(List.of(new Instruction.Index(Opcode.REF_FUNC, f), Opcode.END.simpleInstance())));
        }
        return items;
    }

    /** {@code (item instr*)} or a single folded instruction per item. */
    private List<ConstExpr> expressionItems(Cursor c) {
        List<ConstExpr> items = new ArrayList<>();
        while (!c.atEnd()) {
            SExpr.Node item = c.list();
            items.add(item.startsWith("item") ? constExpr(context, new Cursor(item, 1)) : folded(item));
        }
        return items;
    }

    /** {@code (offset instr*)} or a single folded instruction. */
    private ConstExpr offset(Cursor c) {
        SExpr.Node n = c.list();
        return n.startsWith("offset") ? constExpr(context, new Cursor(n, 1)) : folded(n);
    }

    private ConstExpr folded(SExpr.Node instruction) {
        SExpr.Node wrapper = new SExpr.Node(List.of(instruction), List.of(), null, instruction.line(),
                instruction.column());
        return constExpr(context, new Cursor(wrapper));
    }

    // ---- data segments ----

    /** {@code (data id? string*)} passive, {@code (data id? (memory x)? offset string*)} active. */
    void addData(SExpr.Node f, Cursor c) {
        c.optionalId();
        if (c.peekList("memory")) {
            Cursor m = new Cursor(c.list(), 1);
            int memory = ModuleContext.index(context.memories, m.next());
            m.expectEnd();
            ConstExpr offset = offset(c);
            data.add(new DataSegment(SegmentMode.ACTIVE, memory, offset, strings(c)));
        } else if (c.peek() instanceof SExpr.Node) {
            ConstExpr offset = offset(c);
            data.add(new DataSegment(SegmentMode.ACTIVE, 0, offset, strings(c)));
        } else if (ModuleContext.isIndex(c.peek()) && c.peek(1) instanceof SExpr.Node) {
            // the pre-2.0 form with a bare memory index
            int memory = ModuleContext.index(context.memories, c.next());
            ConstExpr offset = offset(c);
            data.add(new DataSegment(SegmentMode.ACTIVE, memory, offset, strings(c)));
        } else {
            data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, strings(c)));
        }
    }

    /** The concatenated bytes of the remaining string literals. */
    static byte[] strings(Cursor c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            byte[] b = c.atom(TokenKind.STRING).token().bytes();
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }
}
