package dev.jwasm.parser.text;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.RecType;
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

/**
 * Turns the fields of one module into a {@link WasmModule} in three passes, like the reference
 * interpreter: (1) bind every identifier of every module-level index space, so fields may refer
 * forward; (2) define all explicit types, in order; (3) parse the remaining fields in order,
 * appending the function types that type-use abbreviations call for.
 */
final class ModuleParser {
    private final ModuleContext context;
    private final Segments segments;

    private final List<Import> imports = new ArrayList<>();
    private final List<Integer> functions = new ArrayList<>();
    private final List<FunctionBody> codes = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<TagType> tags = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<CustomSection> customSections = new ArrayList<>();
    private final BranchHintAnnotations branchHints = new BranchHintAnnotations();
    private final Map<Integer, String> functionNames = new HashMap<>();
    private final Map<Integer, String> tagNames = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> localNames = new HashMap<>();
    private long start = -1;
    private boolean usesDataIndices;

    /** Type fields and the first type index each binds (pass 1), for pass 2. */
    private final List<SExpr.Node> typeFields = new ArrayList<>();
    private final List<Integer> typeFieldStarts = new ArrayList<>();

    private ModuleParser(Features features) {
        context = new ModuleContext(features);
        segments = new Segments(context);
    }

    /**
     * Parses the fields {@code container.children()[from..]} of a module; the container's own
     * annotations are the module-level ones.
     */
    static WasmModule parse(SExpr.Node container, int from, String moduleName, Features features) {
        List<SExpr> fields = container.children();
        ModuleParser p = new ModuleParser(features);
        List<SExpr.Node> nodes = new ArrayList<>();
        for (int i = from; i < fields.size(); i++) {
            Keywords.rejectUnknownTokens(fields.get(i));
        }
        for (int i = from; i < fields.size(); i++) {
            SExpr f = fields.get(i);
            if (!(f instanceof SExpr.Node n) || n.size() == 0) {
                throw Keywords.unexpected(f);
            }
            nodes.add(n);
        }
        p.bindAll(nodes);
        p.defineTypes();
        for (SExpr.Node n : nodes) {
            p.field(n);
        }
        String annotatedName = p.moduleAnnotations(container, from);
        p.branchHints.outsideFunctions(container.annotations());
        p.attachBranchHints();
        return p.build(annotatedName != null ? annotatedName : moduleName);
    }

    // ---- pass 1: identifiers ----

    private void bindAll(List<SExpr.Node> fields) {
        String lastDefinition = null;
        String importAfter = null;
        SExpr importAfterAt = null;
        for (SExpr.Node f : fields) {
            SExpr head = f.get(0);
            if (!(head instanceof SExpr.Atom h) || h.kind() != TokenKind.KEYWORD) {
                throw Keywords.unexpected(head);
            }
            Cursor c = new Cursor(f, 1);
            switch (h.text()) {
                case "type":
                    typeFields.add(f);
                    typeFieldStarts.add(context.types.bind(c.optionalId(), f));
                    break;
                case "rec": {
                    typeFields.add(f);
                    typeFieldStarts.add(context.types.size());
                    while (!c.atEnd()) {
                        SExpr t = c.next();
                        if (!(t instanceof SExpr.Node tn) || !tn.startsWith("type")) {
                            throw Keywords.unexpected(t instanceof SExpr.Node tn2 && tn2.size() > 0 ? tn2.get(0) : t);
                        }
                        context.types.bind(new Cursor(tn, 1).optionalId(), tn);
                    }
                    break;
                }
                case "import": {
                    c.atom(TokenKind.STRING);
                    c.atom(TokenKind.STRING);
                    SExpr.Node desc = c.list();
                    c.expectEnd();
                    IndexSpace space = spaceOf(desc.size() > 0 ? desc.get(0) : desc);
                    space.bind(new Cursor(desc, 1).optionalId(), desc);
                    if (lastDefinition != null) {
                        importAfter = lastDefinition;
                        importAfterAt = f;
                    }
                    break;
                }
                case "func":
                case "table":
                case "memory":
                case "global":
                case "tag": {
                    String id = c.optionalId();
                    spaceOf(h).bind(id, f);
                    skipExports(c);
                    if (c.peekList("import")) {
                        if (lastDefinition != null) {
                            importAfter = lastDefinition;
                            importAfterAt = f;
                        }
                    } else {
                        lastDefinition = h.text().equals("func") ? "function" : h.text();
                        if (h.text().equals("table") && Segments.hasInlineElements(c)) {
                            context.elems.bindAnonymous(1, f);
                        } else if (h.text().equals("memory") && Segments.hasInlineData(c)) {
                            context.datas.bindAnonymous(1, f);
                        }
                    }
                    break;
                }
                case "elem":
                    context.elems.bind(c.optionalId(), f);
                    break;
                case "data":
                    context.datas.bind(c.optionalId(), f);
                    break;
                case "export":
                case "start":
                    break;
                default:
                    throw Keywords.unexpected(h);
            }
        }
        if (importAfter != null) {
            throw new TextSyntaxException("import after " + importAfter + " definition",
                    importAfterAt.line(), importAfterAt.column());
        }
    }

    private IndexSpace spaceOf(SExpr kind) {
        if (kind instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
            switch (a.text()) {
                case "func": return context.funcs;
                case "table": return context.tables;
                case "memory": return context.memories;
                case "global": return context.globals;
                case "tag": return context.tags;
                default: break;
            }
        }
        throw Keywords.unexpected(kind);
    }

    private static void skipExports(Cursor c) {
        while (c.peekList("export")) {
            c.skip();
        }
    }

    // ---- pass 2: explicit types ----

    private void defineTypes() {
        for (int i = 0; i < typeFields.size(); i++) {
            SExpr.Node f = typeFields.get(i);
            int first = typeFieldStarts.get(i);
            List<SubType> group = new ArrayList<>();
            if (f.startsWith("rec")) {
                for (int j = 1; j < f.size(); j++) {
                    group.add(typeDefinition((SExpr.Node) f.get(j), first + j - 1));
                }
            } else {
                group.add(typeDefinition(f, first));
            }
            context.types.define(new RecType(group), first);
        }
    }

    /** {@code (type $id? subtype)}. */
    private SubType typeDefinition(SExpr.Node f, int index) {
        Cursor c = new Cursor(f, 1);
        c.optionalId();
        SubType t = context.typeSyntax.subType(c.next(), index);
        c.expectEnd();
        return t;
    }

    // ---- pass 3: everything else ----

    private void field(SExpr.Node f) {
        Cursor c = new Cursor(f, 1);
        String kind = ((SExpr.Atom) f.get(0)).text();
        boolean named = kind.equals("func") || kind.equals("tag");
        int namePosition = named ? (c.peekIs(TokenKind.ID) ? 2 : 1) : -1;
        SExpr.Node name = Annotations.checkField(f, namePosition);
        if (name != null) {
            String n = Annotations.name(name);
            if (kind.equals("func")) {
                functionNames.put(importCount(ExternKind.FUNC) + functions.size(), n);
            } else {
                tagNames.put(importCount(ExternKind.TAG) + tags.size(), n);
            }
        }
        if (!kind.equals("func")) {
            branchHints.outsideFunctions(f);
        }
        switch (kind) {
            case "type":
            case "rec":
                return;
            case "import":
                importField(f, c);
                return;
            case "func":
                function(f, c);
                return;
            case "table":
                table(f, c);
                return;
            case "memory":
                memory(f, c);
                return;
            case "global":
                global(f, c);
                return;
            case "tag":
                tag(f, c);
                return;
            case "export":
                export(c);
                return;
            case "start":
                startField(f, c);
                return;
            case "elem":
                segments.addElement(f, c);
                return;
            case "data":
                segments.addData(f, c);
                return;
            default:
                throw Keywords.unexpected(f.get(0));
        }
    }

    /** {@code (import "module" "name" (kind $id? type))}. */
    private void importField(SExpr.Node f, Cursor c) {
        String module = name(c.atom(TokenKind.STRING));
        String name = name(c.atom(TokenKind.STRING));
        SExpr.Node desc = c.list();
        Cursor d = new Cursor(desc, 1);
        d.optionalId();
        ExternType type = externType(((SExpr.Atom) desc.get(0)).text(), d, desc);
        d.expectEnd();
        imports.add(new Import(module, name, type));
    }

    /** The type after an import's or inline import's kind keyword and optional id. */
    private ExternType externType(String kind, Cursor c, SExpr at) {
        switch (kind) {
            case "func":
                return new ExternType.Func(context.functionTypeIndex(context.typeUse(c, true, at)));
            case "tag":
                return new TagType(context.functionTypeIndex(context.typeUse(c, true, at)));
            case "table":
                return context.typeSyntax.tableType(c);
            case "memory":
                return context.typeSyntax.memoryType(c);
            case "global":
                return context.typeSyntax.globalType(c.next());
            default:
                throw Keywords.unexpected(at);
        }
    }

    /** Inline exports of a definition: {@code (export "name")*}. */
    private void inlineExports(Cursor c, ExternKind kind, int index) {
        while (c.peekList("export")) {
            Cursor e = new Cursor(c.list(), 1);
            String name = name(e.atom(TokenKind.STRING));
            e.expectEnd();
            exports.add(new Export(name, kind, index));
        }
    }

    /** An inline import {@code (import "module" "name")} if one follows; then the rest is its type. */
    private boolean inlineImport(Cursor c, String kind, SExpr at) {
        if (!c.peekList("import")) {
            return false;
        }
        Cursor i = new Cursor(c.list(), 1);
        String module = name(i.atom(TokenKind.STRING));
        String name = name(i.atom(TokenKind.STRING));
        i.expectEnd();
        ExternType type = externType(kind, c, at);
        c.expectEnd();
        imports.add(new Import(module, name, type));
        return true;
    }

    private void function(SExpr.Node f, Cursor c) {
        c.optionalId();
        int index = importCount(ExternKind.FUNC) + functions.size();
        inlineExports(c, ExternKind.FUNC, index);
        if (inlineImport(c, "func", f)) {
            branchHints.outsideFunctions(f);
            return;
        }
        ModuleContext.TypeUse use = context.typeUse(c, true, f);
        int typeIndex = context.functionTypeIndex(use);
        IndexSpace locals = new IndexSpace("local");
        TextSyntaxException unknownParams = null;
        if (use.explicit() && !use.hasInline()) {
            try {
                locals.bindAnonymous(context.parameterCount(use), f);
            } catch (TextSyntaxException e) {
                unknownParams = e; // matters only if locals are named below
            }
        } else {
            for (String p : use.paramIds()) {
                locals.bind(p, f);
            }
        }
        List<Locals> declared = new ArrayList<>();
        while (c.peekList("local")) {
            SExpr.Node l = c.list();
            Cursor lc = new Cursor(l, 1);
            if (lc.peekIs(TokenKind.ID)) {
                if (unknownParams != null) {
                    throw unknownParams;
                }
                SExpr.Atom localId = lc.atom();
                addLocals(declared, 1, context.typeSyntax.valType(lc));
                lc.expectEnd();
                locals.bind(localId.text(), localId);
            } else {
                List<ValType> ts = context.typeSyntax.valTypes(lc);
                for (ValType t : ts) {
                    addLocals(declared, 1, t);
                }
                locals.bindAnonymous(ts.size(), l);
            }
        }
        InstructionParser.Parsed parsed = InstructionParser.parseWithStarts(context, locals, c, true);
        List<Instruction> body = parsed.instructions();
        noteDataIndices(body);
        branchHints.function(f, codes.size(), parsed);
        functions.add(typeIndex);
        codes.add(new FunctionBody(declared, body));
        if (!locals.names().isEmpty()) {
            localNames.put(index, new HashMap<>(locals.names()));
        }
    }

    private static void addLocals(List<Locals> runs, int count, ValType type) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).type().equals(type)) {
            Locals last = runs.remove(runs.size() - 1);
            runs.add(new Locals(last.count() + count, type));
        } else {
            runs.add(new Locals(count, type));
        }
    }

    private void table(SExpr.Node f, Cursor c) {
        c.optionalId();
        int index = importCount(ExternKind.TABLE) + tables.size();
        inlineExports(c, ExternKind.TABLE, index);
        if (inlineImport(c, "table", f)) {
            return;
        }
        if (Segments.hasInlineElements(c)) {
            tables.add(segments.tableWithElements(f, c, index));
            return;
        }
        TableType type = context.typeSyntax.tableType(c);
        ConstExpr init = null;
        if (!c.atEnd()) {
            init = constExpr(c);
        }
        tables.add(new Table(type, init));
    }

    private void memory(SExpr.Node f, Cursor c) {
        c.optionalId();
        int index = importCount(ExternKind.MEMORY) + memories.size();
        inlineExports(c, ExternKind.MEMORY, index);
        if (inlineImport(c, "memory", f)) {
            return;
        }
        if (Segments.hasInlineData(c)) {
            memories.add(segments.memoryWithData(f, c, index));
            return;
        }
        memories.add(context.typeSyntax.memoryType(c));
        c.expectEnd();
    }

    private void global(SExpr.Node f, Cursor c) {
        c.optionalId();
        int index = importCount(ExternKind.GLOBAL) + globals.size();
        inlineExports(c, ExternKind.GLOBAL, index);
        if (inlineImport(c, "global", f)) {
            return;
        }
        GlobalType type = context.typeSyntax.globalType(c.next());
        globals.add(new Global(type, constExpr(c)));
    }

    private void tag(SExpr.Node f, Cursor c) {
        c.optionalId();
        int index = importCount(ExternKind.TAG) + tags.size();
        inlineExports(c, ExternKind.TAG, index);
        if (inlineImport(c, "tag", f)) {
            return;
        }
        tags.add(new TagType(context.functionTypeIndex(context.typeUse(c, true, f))));
        c.expectEnd();
    }

    /** {@code (export "name" (kind idx))}. */
    private void export(Cursor c) {
        String name = name(c.atom(TokenKind.STRING));
        SExpr.Node desc = c.list();
        c.expectEnd();
        Cursor d = new Cursor(desc, 1);
        SExpr kindAtom = desc.size() > 0 ? desc.get(0) : desc;
        IndexSpace space = spaceOf(kindAtom);
        ExternKind kind = ExternKind.valueOf(((SExpr.Atom) kindAtom).text().toUpperCase(java.util.Locale.ROOT));
        int index = ModuleContext.index(space, d.next());
        d.expectEnd();
        exports.add(new Export(name, kind, index));
    }

    private void startField(SExpr.Node f, Cursor c) {
        int index = ModuleContext.index(context.funcs, c.next());
        c.expectEnd();
        if (start >= 0) {
            throw new TextSyntaxException("multiple start sections", f.line(), f.column());
        }
        start = Integer.toUnsignedLong(index);
    }

    /**
     * Custom sections from module-level {@code @custom}, and the module's {@code @name}, which
     * must come before the first field.
     */
    private String moduleAnnotations(SExpr.Node container, int firstField) {
        String name = null;
        for (SExpr.Annotation a : container.annotations()) {
            switch (a.node().annotationId()) {
                case "custom":
                    customSections.add(Annotations.customSection(a.node()));
                    break;
                case "name":
                    if (a.position() > firstField) {
                        throw new CustomAnnotationException("misplaced @name annotation", a.node());
                    }
                    String n = Annotations.name(a.node());
                    if (name != null) {
                        throw new CustomAnnotationException("@name annotation: multiple module names", a.node());
                    }
                    name = n;
                    break;
                default:
                    break;
            }
        }
        return name;
    }

    private void attachBranchHints() {
        for (Map.Entry<Integer, Map<Integer, Integer>> e : branchHints.resolve().entrySet()) {
            codes.set(e.getKey(), codes.get(e.getKey()).withBranchHints(e.getValue()));
        }
    }

    // ---- helpers ----

    private int importCount(ExternKind kind) {
        int n = 0;
        for (Import i : imports) {
            if (i.type().kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /** The rest of the cursor as a constant expression. */
    ConstExpr constExpr(Cursor c) {
        return Segments.constExpr(context, c);
    }

    /** Names must be valid UTF-8. */
    static String name(SExpr.Atom string) {
        String s = Lexer.decodeUtf8(string.token().bytes());
        if (s == null) {
            throw new TextSyntaxException("malformed UTF-8 encoding", string.line(), string.column());
        }
        return s;
    }

    /** Code that names data segments needs the binary format's data count section. */
    private void noteDataIndices(List<Instruction> instructions) {
        for (Instruction i : instructions) {
            switch (i.opcode().immediates()) {
                case DATA: case DATA_MEMORY: case TYPE_DATA:
                    usesDataIndices = true;
                    return;
                default:
                    break;
            }
        }
    }

    private WasmModule build(String moduleName) {
        List<DataSegment> data = segments.data();
        Map<Integer, String> funcNames = new HashMap<>(context.funcs.names());
        funcNames.putAll(functionNames);
        Map<Integer, String> tagNameMap = new HashMap<>(context.tags.names());
        tagNameMap.putAll(tagNames);
        NameSection names = new NameSection(moduleName, funcNames, localNames,
                context.types.ids().names(), context.tables.names(), context.memories.names(),
                context.globals.names(), context.elems.names(), context.datas.names(), tagNameMap);
        return new WasmModule(context.types.groups(), imports, functions, tables, memories, globals, tags,
                exports, start, segments.elements(), usesDataIndices ? data.size() : -1, codes, data,
                Annotations.inModuleOrder(customSections), names);
    }
}
