package dev.jwasm.parser.print;

import dev.jwasm.parser.binary.ModuleEncoder;
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
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
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

/**
 * Prints a whole module. Fields come in binary section order; every function, import and tag
 * names its type with {@code (type x)} so that the parser resolves the very same type index,
 * and exports are separate fields so that their order is kept. Custom sections become
 * {@code (@custom ...)} annotations with their placement.
 */
final class ModulePrinter {
    /** Custom section placements in the order the encoder writes them (0: before the first section). */
    private static final int[] PLACEMENT_ORDER = {0, 1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};
    private static final String[] SECTION_KEYWORDS = {
        "first", "type", "import", "func", "table", "memory", "global", "export", "start", "elem", "code", "data",
        "datacount", "tag"};
    private static final int BYTES_PER_STRING = 32;
    private static final int TYPES_PER_LINE = 16;

    private final WasmModule m;
    private final WatPrinter.Options options;
    private final Names names;
    private final TypeText types;
    private final InstructionText text;
    private final StackEffects effects;
    private final TextOutput out;
    /** The type index space, flattened once. */
    private final List<SubType> typeList;
    /** Unnamed locals in the declaration line being gathered. */
    private int groupSize;

    ModulePrinter(WasmModule m, WatPrinter.Options options, StringBuilder sb) {
        this.m = m;
        this.options = options;
        this.names = Names.of(m);
        this.types = new TypeText(names);
        this.text = new InstructionText(names, types);
        this.effects = new StackEffects(m);
        this.out = new TextOutput(sb);
        this.typeList = m.types();
    }

    void module() {
        for (String loss : TextFidelity.losses(m)) {
            out.line(0, ";; note: " + loss);
        }
        String moduleName = names.moduleName();
        if (moduleName != null && !moduleName.isEmpty()) {
            out.line(0, "(module " + TextStrings.id(moduleName));
        } else if (moduleName != null) {
            out.line(0, "(module (@name " + TextStrings.name(moduleName) + ")");
        } else {
            out.line(0, "(module");
        }
        types();
        imports();
        functions();
        tables();
        memories();
        tags();
        globals();
        exports();
        if (m.startFunction() >= 0) {
            out.line(1, "(start " + names.ref(Names.Space.FUNC, (int) m.startFunction()) + ")");
        }
        elements();
        data();
        customSections();
        out.append(')');
    }

    /** One function, as in the module (for disassembling a single function). */
    void function(int index) {
        int imported = m.importCount(ExternKind.FUNC);
        if (index < imported) {
            int i = 0;
            for (Import imp : m.imports()) {
                if (imp.type() instanceof ExternType.Func && i++ == index) {
                    importField(imp, index, 0);
                    return;
                }
            }
        }
        definedFunction(index - imported, 0);
    }

    // ---- types ----

    private void types() {
        int index = 0;
        for (RecType group : m.recTypes()) {
            List<SubType> subs = group.subTypes();
            if (subs.size() == 1) {
                typeField(subs.get(0), index++, 1);
                continue;
            }
            out.line(1, "(rec");
            for (SubType s : subs) {
                typeField(s, index++, 2);
            }
            out.append(')');
        }
    }

    private void typeField(SubType s, int index, int depth) {
        out.line(depth, "(type" + definition(Names.Space.TYPE, index) + " " + types.subType(s) + ")");
    }

    /** An entity's identifier if it has one, else an index comment: " $id" or " (;3;)". */
    private String definition(Names.Space space, int index) {
        String id = names.id(space, index);
        if (id != null) {
            return " " + id;
        }
        return options.indexComments() ? " (;" + Integer.toUnsignedString(index) + ";)" : "";
    }

    /** The identifier, and an {@code (@name ...)} annotation when the real name could not be the identifier. */
    private String namedDefinition(Names.Space space, int index) {
        String annotation = names.annotation(space, index);
        String d = definition(space, index);
        return annotation == null ? d : d + " (@name " + TextStrings.name(annotation) + ")";
    }

    // ---- imports ----

    private void imports() {
        int[] next = new int[ExternKind.values().length];
        for (Import i : m.imports()) {
            ExternKind kind = i.type().kind();
            importField(i, next[kind.ordinal()]++, 1);
        }
    }

    private void importField(Import i, int index, int depth) {
        ExternType t = i.type();
        String where = "(import " + TextStrings.name(i.module()) + " " + TextStrings.name(i.name()) + ")";
        switch (t.kind()) {
            case FUNC, TAG -> {
                Names.Space space = t.kind() == ExternKind.FUNC ? Names.Space.FUNC : Names.Space.TAG;
                int typeIndex = t instanceof ExternType.Func f ? f.typeIndex() : ((TagType) t).typeIndex();
                String use = typeUse(typeIndex);
                String keyword = t.kind().text();
                if (names.annotation(space, index) != null) {
                    // @name is only allowed in the abbreviated form of the import
                    out.line(depth, "(" + keyword + namedDefinition(space, index) + " " + where + " " + use + ")");
                } else {
                    out.line(depth, where.substring(0, where.length() - 1) + " (" + keyword
                            + definition(space, index) + " " + use + "))");
                }
            }
            case TABLE -> importDesc(depth, where, "table", Names.Space.TABLE, index, types.tableType((TableType) t));
            case MEMORY -> importDesc(depth, where, "memory", Names.Space.MEMORY, index,
                    TypeText.memoryType((MemoryType) t));
            case GLOBAL -> importDesc(depth, where, "global", Names.Space.GLOBAL, index, globalType((GlobalType) t));
            default -> throw new IllegalStateException("import kind " + t.kind());
        }
    }

    private void importDesc(int depth, String where, String keyword, Names.Space space, int index, String type) {
        out.line(depth, where.substring(0, where.length() - 1) + " (" + keyword + definition(space, index) + " "
                + type + "))");
    }

    /** {@code (type x)} and, when x is a function type, its parameters and results spelled out. */
    private String typeUse(int typeIndex) {
        StringBuilder sb = new StringBuilder("(type ").append(names.ref(Names.Space.TYPE, typeIndex)).append(')');
        FuncType f = Names.functionType(typeList, typeIndex);
        if (f != null) {
            types.appendSignature(sb, f);
        }
        return sb.toString();
    }

    private String globalType(GlobalType g) {
        String t = types.valType(g.valueType());
        return g.mutable() ? "(mut " + t + ")" : t;
    }

    // ---- functions ----

    private void functions() {
        for (int i = 0; i < m.functions().size(); i++) {
            definedFunction(i, 1);
        }
    }

    private void definedFunction(int defined, int depth) {
        int index = m.importCount(ExternKind.FUNC) + defined;
        int typeIndex = m.functions().get(defined);
        FuncType type = Names.functionType(typeList, typeIndex);
        StringBuilder head = new StringBuilder("(func").append(namedDefinition(Names.Space.FUNC, index));
        head.append(" (type ").append(names.ref(Names.Space.TYPE, typeIndex)).append(')');
        int local = 0;
        if (type != null) {
            local = params(head, type.params(), index);
            types.appendList(head, "result", type.results());
        }
        out.line(depth, head);
        if (defined >= m.codes().size()) {
            out.append(')');
            return;
        }
        FunctionBody body = m.codes().get(defined);
        long remaining = TextFidelity.MAX_PRINTED_LOCALS;
        StringBuilder group = new StringBuilder();
        for (Locals l : TextFidelity.canonicalLocals(body.locals())) {
            long count = Math.min(Integer.toUnsignedLong(l.count()), remaining);
            remaining -= count;
            local = locals(depth + 1, l.type(), count, index, local, group);
        }
        flushLocals(depth + 1, group);
        if (body.localCount() > TextFidelity.MAX_PRINTED_LOCALS) {
            long left = body.localCount() - TextFidelity.MAX_PRINTED_LOCALS;
            out.line(depth + 1, ";; " + left + " more locals left out");
        }
        text.function(index);
        if (body.branchHints().isEmpty()) {
            code(body.instructions(), depth + 1, type == null ? -1 : type.results().size());
        } else {
            // A hint must stand right before its if / br_if, ahead of the folded operands:
            // bodies with hints are printed flat, where that position is simply the line above.
            FlatCode.print(out, body.instructions(), body.branchHints(), depth + 1, text);
        }
        text.function(-1);
        out.append(')');
    }

    /**
     * Appends {@code (param ...)} declarations to a line: a named one on its own, unnamed ones
     * grouped. Returns the next local index.
     */
    private int params(StringBuilder sb, List<ValType> list, int function) {
        String keyword = "param";
        int local = 0;
        boolean open = false;
        for (ValType t : list) {
            String id = names.localId(function, local);
            if (id != null) {
                if (open) {
                    sb.append(')');
                    open = false;
                }
                sb.append(" (").append(keyword).append(' ').append(id).append(' ').append(types.valType(t)).append(')');
            } else {
                if (!open) {
                    sb.append(" (").append(keyword);
                    open = true;
                }
                sb.append(' ').append(types.valType(t));
            }
            local++;
        }
        if (open) {
            sb.append(')');
        }
        return local;
    }

    /**
     * Declares {@code count} locals of one type: named ones on a line of their own, unnamed ones
     * gathered in {@code group} (which may hold locals of earlier runs) and written a few per line.
     */
    private int locals(int depth, ValType type, long count, int function, int first, StringBuilder group) {
        String t = types.valType(type);
        int local = first;
        for (long i = 0; i < count; i++) {
            String id = names.localId(function, local);
            if (id != null) {
                flushLocals(depth, group);
                out.line(depth, "(local " + id + " " + t + ")");
            } else {
                if (group.length() == 0) {
                    group.append("(local");
                }
                group.append(' ').append(t);
                if (++groupSize == TYPES_PER_LINE) {
                    flushLocals(depth, group);
                }
            }
            local++;
        }
        return local;
    }

    private void flushLocals(int depth, StringBuilder group) {
        if (group.length() > 0) {
            out.line(depth, group.append(')'));
            group.setLength(0);
        }
        groupSize = 0;
    }

    private void code(List<Instruction> code, int depth, int returnArity) {
        if (options.folded()) {
            FoldedCode.print(out, code, depth, text, effects, returnArity);
        } else {
            FlatCode.print(out, code, depth, text);
        }
    }

    /**
     * A constant expression on the current line: folded instructions when they fold, else (for
     * expressions with block structure, which only invalid modules have) flat instructions.
     */
    private String constExpr(ConstExpr e) {
        List<Instruction> code = e.instructions();
        if (!FlatCode.hasStructure(code)) {
            String folded = options.folded() ? FoldedCode.oneLine(code, text, effects) : null;
            if (folded != null) {
                return folded;
            }
            StringBuilder sb = new StringBuilder();
            int n = FlatCode.endsWithEnd(code) ? code.size() - 1 : code.size();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "(" : " (").append(text.text(code.get(i))).append(')');
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int n = code.size() - 1;
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(text.text(code.get(i)));
        }
        return sb.toString();
    }

    // ---- tables, memories, tags, globals, exports ----

    private void tables() {
        int first = m.importCount(ExternKind.TABLE);
        for (int i = 0; i < m.tables().size(); i++) {
            Table t = m.tables().get(i);
            String init = t.init() == null ? "" : " " + constExpr(t.init());
            out.line(1, "(table" + definition(Names.Space.TABLE, first + i) + " " + types.tableType(t.type()) + init
                    + ")");
        }
    }

    private void memories() {
        int first = m.importCount(ExternKind.MEMORY);
        for (int i = 0; i < m.memories().size(); i++) {
            out.line(1, "(memory" + definition(Names.Space.MEMORY, first + i) + " "
                    + TypeText.memoryType(m.memories().get(i)) + ")");
        }
    }

    private void tags() {
        int first = m.importCount(ExternKind.TAG);
        for (int i = 0; i < m.tags().size(); i++) {
            out.line(1, "(tag" + namedDefinition(Names.Space.TAG, first + i) + " "
                    + typeUse(m.tags().get(i).typeIndex()) + ")");
        }
    }

    private void globals() {
        int first = m.importCount(ExternKind.GLOBAL);
        for (int i = 0; i < m.globals().size(); i++) {
            Global g = m.globals().get(i);
            out.line(1, "(global" + definition(Names.Space.GLOBAL, first + i) + " " + globalType(g.type()) + " "
                    + constExpr(g.init()) + ")");
        }
    }

    private void exports() {
        for (Export e : m.exports()) {
            Names.Space space = switch (e.kind()) {
                case FUNC -> Names.Space.FUNC;
                case TABLE -> Names.Space.TABLE;
                case MEMORY -> Names.Space.MEMORY;
                case GLOBAL -> Names.Space.GLOBAL;
                case TAG -> Names.Space.TAG;
            };
            out.line(1, "(export " + TextStrings.name(e.name()) + " (" + e.kind().text() + " "
                    + names.ref(space, e.index()) + "))");
        }
    }

    // ---- segments ----

    private void elements() {
        for (int i = 0; i < m.elements().size(); i++) {
            ElementSegment e = m.elements().get(i);
            StringBuilder sb = new StringBuilder("(elem").append(definition(Names.Space.ELEM, i));
            if (e.mode() == SegmentMode.DECLARATIVE) {
                sb.append(" declare");
            } else if (e.mode() == SegmentMode.ACTIVE) {
                sb.append(" (table ").append(names.ref(Names.Space.TABLE, e.tableIndex())).append(") (offset ")
                        .append(e.offset() == null ? "" : constExpr(e.offset())).append(')');
            }
            if (isFunctionList(e)) {
                sb.append(" func");
                for (ConstExpr item : e.items()) {
                    sb.append(' ').append(names.ref(Names.Space.FUNC,
                            ((Instruction.Index) item.instructions().get(0)).index()));
                }
                out.line(1, sb.append(')'));
                continue;
            }
            sb.append(' ').append(types.valType(e.type()));
            if (e.items().size() <= 1) {
                for (ConstExpr item : e.items()) {
                    sb.append(" (item ").append(constExpr(item)).append(')');
                }
                out.line(1, sb.append(')'));
                continue;
            }
            out.line(1, sb);
            for (ConstExpr item : e.items()) {
                out.line(2, "(item " + constExpr(item) + ")");
            }
            out.append(')');
        }
    }

    /** A segment of type {@code (ref func)} whose items are single {@code ref.func}s: the {@code func x*} form. */
    private static boolean isFunctionList(ElementSegment e) {
        if (!e.type().equals(ValType.ref(false, HeapType.FUNC))) {
            return false;
        }
        for (ConstExpr item : e.items()) {
            List<Instruction> ins = item.instructions();
            if (ins.size() != 2 || ins.get(0).opcode() != Opcode.REF_FUNC || ins.get(1).opcode() != Opcode.END) {
                return false;
            }
        }
        return true;
    }

    private void data() {
        for (int i = 0; i < m.data().size(); i++) {
            DataSegment d = m.data().get(i);
            StringBuilder sb = new StringBuilder("(data").append(definition(Names.Space.DATA, i));
            if (d.mode() == SegmentMode.ACTIVE) {
                sb.append(" (memory ").append(names.ref(Names.Space.MEMORY, d.memoryIndex())).append(") (offset ")
                        .append(d.offset() == null ? "" : constExpr(d.offset())).append(')');
            }
            bytesField(sb, d.bytes());
        }
    }

    /** Ends a field with its bytes: one string on the same line when short, else one string per line. */
    private void bytesField(StringBuilder head, byte[] bytes) {
        if (bytes.length <= BYTES_PER_STRING) {
            head.append(' ');
            TextStrings.appendBytes(head, bytes, 0, bytes.length);
            out.line(1, head.append(')'));
            return;
        }
        out.line(1, head);
        for (int from = 0; from < bytes.length; from += BYTES_PER_STRING) {
            StringBuilder s = new StringBuilder();
            TextStrings.appendBytes(s, bytes, from, Math.min(bytes.length, from + BYTES_PER_STRING));
            out.line(2, s);
        }
        out.append(')');
    }

    // ---- custom sections ----

    /**
     * Custom sections in the order the encoder writes them, each with its placement; then, when
     * identifiers cannot carry the name section, the name section itself as raw bytes (the
     * encoder writes a raw "name" section instead of the one built from identifiers).
     */
    private void customSections() {
        List<CustomSection> ordered = new ArrayList<>();
        for (int place : PLACEMENT_ORDER) {
            for (CustomSection c : m.customSections()) {
                if (c.afterSection() == place) {
                    ordered.add(c);
                }
            }
        }
        for (CustomSection c : m.customSections()) {
            if (c.afterSection() < 0 || c.afterSection() > 13) {
                ordered.add(c);
            }
        }
        for (CustomSection c : ordered) {
            customSection(c.name(), c.afterSection(), c.content());
        }
        if (names.textLosesNames(m)) {
            customSection("name", 11, nameSectionContent());
        }
    }

    private void customSection(String name, int after, byte[] content) {
        String placement = after == 0 ? "(before first)"
                : after > 0 && after < SECTION_KEYWORDS.length ? "(after " + SECTION_KEYWORDS[after] + ")"
                : "(after data)";
        bytesField(new StringBuilder("(@custom ").append(TextStrings.name(name)).append(' ').append(placement),
                content);
    }

    /** The content of the "name" section the encoder writes for this module's names. */
    private byte[] nameSectionContent() {
        WasmModule namesOnly = new WasmModule(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), -1, List.of(), -1, List.of(), List.of(), List.of(), m.names());
        // the encoding is the header, then one custom section: id 0, size, name "name", content
        byte[] encoded = ModuleEncoder.encode(namesOnly);
        int[] pos = {9};
        leb(encoded, pos);
        int nameLength = leb(encoded, pos);
        int content = pos[0] + nameLength;
        return Arrays.copyOfRange(encoded, content, encoded.length);
    }

    private static int leb(byte[] b, int[] pos) {
        int value = 0;
        int shift = 0;
        int next;
        do {
            next = b[pos[0]++] & 0xFF;
            value |= (next & 0x7F) << shift;
            shift += 7;
        } while ((next & 0x80) != 0);
        return value;
    }
}
