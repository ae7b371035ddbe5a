package dev.jwasm.parser.inspect;

import java.util.List;

/**
 * A {@link ModuleReport} as JSON: one object whose members mirror the report's components;
 * absent values are null, limits are unsigned numbers, features are listed by their
 * command-line names ({@code memory64}, {@code gc}, ...).
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static String render(ModuleReport r) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("size").value(r.size());
        w.name("name").value(r.moduleName());
        w.name("sections").beginArray();
        for (ModuleReport.Section s : r.sections()) {
            w.beginObject().name("id").value(s.id()).name("kind").value(s.kind()).name("name").value(s.customName())
                    .name("offset").value(s.offset()).name("size").value(s.size())
                    .name("entries").value(s.entries()).endObject();
        }
        w.endArray();
        w.name("types").beginArray();
        for (ModuleReport.Type t : r.types()) {
            w.beginObject().name("index").value(t.index()).name("name").value(t.name()).name("kind").value(t.kind())
                    .name("recGroup").value(t.recGroup()).name("text").value(t.text()).endObject();
        }
        w.endArray();
        w.name("imports").beginArray();
        for (ModuleReport.Import i : r.imports()) {
            w.beginObject().name("module").value(i.module()).name("name").value(i.name()).name("kind").value(i.kind())
                    .name("index").value(i.index()).name("type").value(i.type()).endObject();
        }
        w.endArray();
        w.name("exports").beginArray();
        for (ModuleReport.Export e : r.exports()) {
            w.beginObject().name("name").value(e.name()).name("kind").value(e.kind()).name("index")
                    .unsigned(Integer.toUnsignedLong(e.index())).endObject();
        }
        w.endArray();
        w.name("functions").beginArray();
        for (ModuleReport.Function f : r.functions()) {
            w.beginObject().name("index").value(f.index()).name("name").value(f.name())
                    .name("type").unsigned(Integer.toUnsignedLong(f.typeIndex())).name("signature").value(f.signature())
                    .name("importedFrom").value(f.importedFrom());
            strings(w.name("exportedAs"), f.exportedAs());
            w.name("bodyOffset").value(f.bodyOffset()).name("bodySize").value(f.bodySize())
                    .name("locals").value(f.locals()).name("instructions").value(f.instructions()).endObject();
        }
        w.endArray();
        w.name("tables").beginArray();
        for (ModuleReport.Table t : r.tables()) {
            w.beginObject().name("index").value(t.index()).name("name").value(t.name())
                    .name("importedFrom").value(t.importedFrom()).name("elementType").value(t.elementType())
                    .name("addressType").value(t.is64() ? "i64" : "i32");
            limits(w, t.min(), t.max());
            w.name("init").value(t.init()).endObject();
        }
        w.endArray();
        w.name("memories").beginArray();
        for (ModuleReport.Memory m : r.memories()) {
            w.beginObject().name("index").value(m.index()).name("name").value(m.name())
                    .name("importedFrom").value(m.importedFrom()).name("addressType").value(m.is64() ? "i64" : "i32")
                    .name("shared").value(m.shared());
            limits(w, m.min(), m.max());
            w.name("pageSize").unsigned(m.pageSize()).endObject();
        }
        w.endArray();
        w.name("globals").beginArray();
        for (ModuleReport.Global g : r.globals()) {
            w.beginObject().name("index").value(g.index()).name("name").value(g.name())
                    .name("importedFrom").value(g.importedFrom()).name("type").value(g.type())
                    .name("mutable").value(g.mutable()).name("init").value(g.init()).endObject();
        }
        w.endArray();
        w.name("tags").beginArray();
        for (ModuleReport.Tag t : r.tags()) {
            w.beginObject().name("index").value(t.index()).name("name").value(t.name())
                    .name("importedFrom").value(t.importedFrom())
                    .name("type").unsigned(Integer.toUnsignedLong(t.typeIndex()))
                    .name("signature").value(t.signature()).endObject();
        }
        w.endArray();
        w.name("elements").beginArray();
        for (ModuleReport.Element e : r.elements()) {
            w.beginObject().name("index").value(e.index()).name("name").value(e.name()).name("mode").value(e.mode())
                    .name("table").value(unsigned(e.table())).name("offset").value(e.offset())
                    .name("type").value(e.type()).name("count").value(e.count()).endObject();
        }
        w.endArray();
        w.name("data").beginArray();
        for (ModuleReport.Data d : r.data()) {
            w.beginObject().name("index").value(d.index()).name("name").value(d.name()).name("mode").value(d.mode())
                    .name("memory").value(unsigned(d.memory())).name("offset").value(d.offset())
                    .name("size").value(d.size()).endObject();
        }
        w.endArray();
        w.name("customSections").beginArray();
        for (ModuleReport.Custom c : r.customSections()) {
            w.beginObject().name("name").value(c.name()).name("offset").value(c.offset()).name("size").value(c.size())
                    .name("after").value(c.after()).endObject();
        }
        w.endArray();
        w.name("start").value(r.startFunction());
        w.name("features").beginArray();
        for (ModuleReport.FeatureUse f : r.features()) {
            w.beginObject().name("name").value(f.feature().cliName()).name("firstUse").value(f.evidence()).endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString() + "\n";
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String s : values) {
            w.value(s);
        }
        w.endArray();
    }

    private static void limits(JsonWriter w, long min, Long max) {
        w.name("min").unsigned(min);
        if (max == null) {
            w.name("max").nullValue();
        } else {
            w.name("max").unsigned(max);
        }
    }

    /** An index kept in an int's bits, as an unsigned number (or null). */
    private static Long unsigned(Integer index) {
        return index == null ? null : Integer.toUnsignedLong(index);
    }
}
