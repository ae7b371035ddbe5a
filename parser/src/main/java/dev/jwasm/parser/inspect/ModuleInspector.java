package dev.jwasm.parser.inspect;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.WatFragments;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks inside a binary module: where its sections are and how large, and what it defines,
 * imports, exports and uses. Offsets and sizes come from the section headers (read here);
 * everything else from the decoded model.
 */
public final class ModuleInspector {
    private static final String[] SECTION_KINDS = {
        "custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code",
        "data", "datacount", "tag"};

    private final byte[] bytes;
    private final WasmModule m;
    private final WatFragments text;
    private final List<RawSection> layout;
    private final Map<String, List<String>> exportNames = new HashMap<>();

    private ModuleInspector(byte[] bytes, WasmModule m, List<RawSection> layout) {
        this.bytes = bytes;
        this.m = m;
        this.text = WatFragments.of(m);
        this.layout = layout;
        for (Export e : m.exports()) {
            exportNames.computeIfAbsent(e.kind() + ":" + e.index(), k -> new ArrayList<>()).add(e.name());
        }
    }

    /** Inspects a module with every feature jwasm knows switched on (inspection shows, it does not judge). */
    public static ModuleReport inspect(byte[] bytes) {
        return inspect(bytes, Features.of(EnumSet.allOf(Feature.class)));
    }

    /**
     * Inspects a module.
     *
     * @throws dev.jwasm.parser.MalformedModuleException when the bytes are not a well-formed module
     */
    public static ModuleReport inspect(byte[] bytes, Features features) {
        WasmModule m = ModuleDecoder.decode(bytes, features);
        List<RawSection> layout = SectionLayout.sections(bytes);
        return new ModuleInspector(bytes, m, layout).report();
    }

    private ModuleReport report() {
        boolean dataCount = false;
        for (RawSection s : layout) {
            dataCount |= s.id() == 12;
        }
        return new ModuleReport(bytes.length, m.names().moduleName(), sections(), types(), imports(), exports(),
                functions(), tables(), memories(), globals(), tags(), elements(), data(), customSections(),
                m.startFunction() < 0 ? null : m.startFunction(), FeatureScanner.scan(m, text, dataCount));
    }

    private List<ModuleReport.Section> sections() {
        List<ModuleReport.Section> out = new ArrayList<>();
        for (RawSection s : layout) {
            // every known section but start and datacount holds a vector
            Integer entries = s.id() == 0 || s.id() == 8 || s.id() == 12 ? null : SectionLayout.vectorLength(bytes, s);
            out.add(new ModuleReport.Section(s.id(), s.id() < SECTION_KINDS.length ? SECTION_KINDS[s.id()] : "unknown",
                    s.name(), s.offset(), s.size(), entries));
        }
        return out;
    }

    private List<ModuleReport.Type> types() {
        List<ModuleReport.Type> out = new ArrayList<>();
        int index = 0;
        for (int g = 0; g < m.recTypes().size(); g++) {
            RecType group = m.recTypes().get(g);
            for (SubType s : group.subTypes()) {
                String kind = s.composite() instanceof StructType ? "struct"
                        : s.composite() instanceof ArrayType ? "array" : "func";
                out.add(new ModuleReport.Type(index, m.names().typeNames().get(index), kind, text.type(index), g));
                index++;
            }
        }
        return out;
    }

    private List<ModuleReport.Import> imports() {
        List<ModuleReport.Import> out = new ArrayList<>();
        int[] next = new int[ExternKind.values().length];
        for (Import i : m.imports()) {
            ExternType t = i.type();
            out.add(new ModuleReport.Import(i.module(), i.name(), t.kind().text(), next[t.kind().ordinal()]++,
                    externType(t)));
        }
        return out;
    }

    private String externType(ExternType t) {
        if (t instanceof ExternType.Func f) {
            return "(func " + text.signature(f.typeIndex()) + ")";
        }
        if (t instanceof TableType tt) {
            return "(table " + text.tableType(tt) + ")";
        }
        if (t instanceof MemoryType mt) {
            return "(memory " + text.memoryType(mt) + ")";
        }
        if (t instanceof GlobalType g) {
            return "(global " + text.globalType(g) + ")";
        }
        return "(tag " + text.signature(((TagType) t).typeIndex()) + ")";
    }

    private List<ModuleReport.Export> exports() {
        List<ModuleReport.Export> out = new ArrayList<>();
        for (Export e : m.exports()) {
            out.add(new ModuleReport.Export(e.name(), e.kind().text(), e.index()));
        }
        return out;
    }

    private List<String> exported(ExternKind kind, int index) {
        return exportNames.getOrDefault(kind + ":" + index, List.of());
    }

    /** "module.name" of each import of a kind, in index order. */
    private List<String> importedFrom(ExternKind kind) {
        List<String> out = new ArrayList<>();
        for (Import i : m.imports(kind)) {
            out.add(i.module() + "." + i.name());
        }
        return out;
    }

    private List<ModuleReport.Function> functions() {
        List<ModuleReport.Function> out = new ArrayList<>();
        NameSection names = m.names();
        int index = 0;
        List<String> from = importedFrom(ExternKind.FUNC);
        for (Import i : m.imports(ExternKind.FUNC)) {
            int type = ((ExternType.Func) i.type()).typeIndex();
            out.add(new ModuleReport.Function(index, names.functionNames().get(index), type, text.signature(type),
                    from.get(index), exported(ExternKind.FUNC, index), null, null, null, null));
            index++;
        }
        List<SectionLayout.CodeEntry> entries = List.of();
        for (RawSection s : layout) {
            if (s.id() == 10) {
                entries = SectionLayout.codeEntries(bytes, s);
            }
        }
        for (int d = 0; d < m.functions().size(); d++) {
            int type = m.functions().get(d);
            FunctionBody body = m.codes().get(d);
            SectionLayout.CodeEntry entry = d < entries.size() ? entries.get(d) : null;
            out.add(new ModuleReport.Function(index, names.functionNames().get(index), type, text.signature(type), null,
                    exported(ExternKind.FUNC, index), entry == null ? null : entry.bodyOffset(),
                    entry == null ? null : entry.size(), body.localCount(), body.instructions().size()));
            index++;
        }
        return out;
    }

    private List<ModuleReport.Table> tables() {
        List<ModuleReport.Table> out = new ArrayList<>();
        List<String> from = importedFrom(ExternKind.TABLE);
        int index = 0;
        for (Import i : m.imports(ExternKind.TABLE)) {
            out.add(table(index, from.get(index), (TableType) i.type(), null));
            index++;
        }
        for (Table t : m.tables()) {
            out.add(table(index++, null, t.type(), t.init()));
        }
        return out;
    }

    private ModuleReport.Table table(int index, String from, TableType t, ConstExpr init) {
        Limits l = t.limits();
        return new ModuleReport.Table(index, m.names().tableNames().get(index), from, text.valType(t.elementType()),
                l.is64(), l.min(), max(l), init == null ? null : text.constExpr(init));
    }

    private static Long max(Limits l) {
        return l.hasMax() ? l.max() : null;
    }

    private List<ModuleReport.Memory> memories() {
        List<ModuleReport.Memory> out = new ArrayList<>();
        List<String> from = importedFrom(ExternKind.MEMORY);
        List<MemoryType> all = new ArrayList<>();
        for (Import i : m.imports(ExternKind.MEMORY)) {
            all.add((MemoryType) i.type());
        }
        all.addAll(m.memories());
        for (int index = 0; index < all.size(); index++) {
            MemoryType mt = all.get(index);
            Limits l = mt.limits();
            out.add(new ModuleReport.Memory(index, m.names().memoryNames().get(index),
                    index < from.size() ? from.get(index) : null, l.is64(), mt.shared(), l.min(), max(l),
                    mt.pageSize()));
        }
        return out;
    }

    private List<ModuleReport.Global> globals() {
        List<ModuleReport.Global> out = new ArrayList<>();
        List<String> from = importedFrom(ExternKind.GLOBAL);
        int index = 0;
        for (Import i : m.imports(ExternKind.GLOBAL)) {
            GlobalType g = (GlobalType) i.type();
            out.add(new ModuleReport.Global(index, m.names().globalNames().get(index), from.get(index),
                    text.valType(g.valueType()), g.mutable(), null));
            index++;
        }
        for (Global g : m.globals()) {
            out.add(new ModuleReport.Global(index, m.names().globalNames().get(index), null,
                    text.valType(g.type().valueType()), g.type().mutable(), text.constExpr(g.init())));
            index++;
        }
        return out;
    }

    private List<ModuleReport.Tag> tags() {
        List<ModuleReport.Tag> out = new ArrayList<>();
        List<String> from = importedFrom(ExternKind.TAG);
        List<TagType> all = new ArrayList<>();
        for (Import i : m.imports(ExternKind.TAG)) {
            all.add((TagType) i.type());
        }
        all.addAll(m.tags());
        for (int index = 0; index < all.size(); index++) {
            int type = all.get(index).typeIndex();
            out.add(new ModuleReport.Tag(index, m.names().tagNames().get(index),
                    index < from.size() ? from.get(index) : null, type, text.signature(type)));
        }
        return out;
    }

    private List<ModuleReport.Element> elements() {
        List<ModuleReport.Element> out = new ArrayList<>();
        for (int i = 0; i < m.elements().size(); i++) {
            ElementSegment e = m.elements().get(i);
            boolean active = e.mode() == SegmentMode.ACTIVE;
            out.add(new ModuleReport.Element(i, m.names().elementNames().get(i), mode(e.mode()),
                    active ? e.tableIndex() : null, active && e.offset() != null ? text.constExpr(e.offset()) : null,
                    text.valType(e.type()), e.items().size()));
        }
        return out;
    }

    private List<ModuleReport.Data> data() {
        List<ModuleReport.Data> out = new ArrayList<>();
        for (int i = 0; i < m.data().size(); i++) {
            DataSegment d = m.data().get(i);
            boolean active = d.mode() == SegmentMode.ACTIVE;
            out.add(new ModuleReport.Data(i, m.names().dataNames().get(i), mode(d.mode()),
                    active ? d.memoryIndex() : null, active && d.offset() != null ? text.constExpr(d.offset()) : null,
                    d.bytes().length));
        }
        return out;
    }

    private static String mode(SegmentMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** Every custom section, the name section included (it is one, even when decoded). */
    private List<ModuleReport.Custom> customSections() {
        List<ModuleReport.Custom> out = new ArrayList<>();
        String after = null;
        for (RawSection s : layout) {
            if (s.id() == 0) {
                out.add(new ModuleReport.Custom(s.name(), s.offset(), s.payloadSize(), after));
            } else {
                after = s.id() < SECTION_KINDS.length ? SECTION_KINDS[s.id()] : "unknown";
            }
        }
        return out;
    }
}
