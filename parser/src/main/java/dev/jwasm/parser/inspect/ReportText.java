package dev.jwasm.parser.inspect;

import java.util.List;
import java.util.Locale;

/**
 * A {@link ModuleReport} as text for people: one block per kind of entity, one line per entity,
 * offsets in hex, names from the name section in angle brackets. Empty blocks are left out.
 */
public final class ReportText {
    private final StringBuilder sb = new StringBuilder();

    private ReportText() {
    }

    public static String render(ModuleReport r) {
        ReportText t = new ReportText();
        t.module(r);
        return t.sb.toString();
    }

    private void module(ModuleReport r) {
        line("module" + (r.moduleName() == null ? "" : " " + quote(r.moduleName())) + ", " + r.size() + " bytes");
        header("sections", r.sections());
        line(String.format(Locale.ROOT, "  %3s  %-10s %10s %10s %8s", "id", "kind", "offset", "size", "entries"));
        for (ModuleReport.Section s : r.sections()) {
            String entries = s.entries() == null ? "" : s.entries().toString();
            String custom = s.customName() == null ? "" : "  " + quote(s.customName());
            line(String.format(Locale.ROOT, "  %3d  %-10s %10s %10d %8s%s", s.id(), s.kind(), hex(s.offset()), s.size(),
                    entries, custom));
        }
        if (!r.types().isEmpty()) {
            header("types", r.types());
            for (ModuleReport.Type t : r.types()) {
                line("  " + t.index() + name(t.name()) + "  " + t.text() + "  (rec group " + t.recGroup() + ")");
            }
        }
        if (!r.imports().isEmpty()) {
            header("imports", r.imports());
            for (ModuleReport.Import i : r.imports()) {
                line("  " + i.kind() + " " + i.index() + "  " + quote(i.module()) + " " + quote(i.name()) + "  "
                        + i.type());
            }
        }
        if (!r.exports().isEmpty()) {
            header("exports", r.exports());
            for (ModuleReport.Export e : r.exports()) {
                line("  " + quote(e.name()) + " -> " + e.kind() + " " + Integer.toUnsignedString(e.index()));
            }
        }
        functions(r.functions());
        tables(r.tables());
        memories(r.memories());
        if (!r.globals().isEmpty()) {
            header("globals", r.globals());
            for (ModuleReport.Global g : r.globals()) {
                String type = g.mutable() ? "(mut " + g.type() + ")" : g.type();
                line("  " + g.index() + name(g.name()) + "  " + type
                        + (g.importedFrom() != null ? "  imported from " + g.importedFrom() : "  = " + g.init()));
            }
        }
        if (!r.tags().isEmpty()) {
            header("tags", r.tags());
            for (ModuleReport.Tag t : r.tags()) {
                line("  " + t.index() + name(t.name()) + "  type " + Integer.toUnsignedString(t.typeIndex()) + " "
                        + t.signature() + imported(t.importedFrom()));
            }
        }
        segments(r);
        if (!r.customSections().isEmpty()) {
            header("custom sections", r.customSections());
            for (ModuleReport.Custom c : r.customSections()) {
                line("  " + quote(c.name()) + "  at " + hex(c.offset()) + ", " + c.size() + " bytes, "
                        + (c.after() == null ? "before all sections" : "after the " + c.after() + " section"));
            }
        }
        if (r.startFunction() != null) {
            line("");
            line("start: function " + r.startFunction());
        }
        line("");
        if (r.features().isEmpty()) {
            line("features: none beyond WebAssembly 1.0");
        } else {
            line("features (" + r.features().size() + "):");
            for (ModuleReport.FeatureUse f : r.features()) {
                line(String.format(Locale.ROOT, "  %-20s %s", f.feature().cliName(), f.evidence()));
            }
        }
    }

    private void functions(List<ModuleReport.Function> functions) {
        if (functions.isEmpty()) {
            return;
        }
        header("functions", functions);
        for (ModuleReport.Function f : functions) {
            StringBuilder l = new StringBuilder("  ").append(f.index()).append(name(f.name())).append("  ");
            l.append(f.signature().isEmpty() ? "(no params, no results)" : f.signature());
            if (f.importedFrom() != null) {
                l.append("  imported from ").append(f.importedFrom());
            } else {
                if (f.bodySize() != null) {
                    l.append("  body ").append(f.bodySize()).append(" bytes at ").append(hex(f.bodyOffset()));
                }
                l.append(", ").append(f.locals()).append(f.locals() == 1 ? " local, " : " locals, ")
                        .append(f.instructions()).append(" instructions");
            }
            if (!f.exportedAs().isEmpty()) {
                l.append("  exported as");
                for (String e : f.exportedAs()) {
                    l.append(' ').append(quote(e));
                }
            }
            line(l.toString());
        }
    }

    private void tables(List<ModuleReport.Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        header("tables", tables);
        for (ModuleReport.Table t : tables) {
            line("  " + t.index() + name(t.name()) + "  " + t.elementType() + "  " + (t.is64() ? "i64 " : "")
                    + limits(t.min(), t.max()) + " elements" + imported(t.importedFrom())
                    + (t.init() == null ? "" : "  init " + t.init()));
        }
    }

    private void memories(List<ModuleReport.Memory> memories) {
        if (memories.isEmpty()) {
            return;
        }
        header("memories", memories);
        for (ModuleReport.Memory m : memories) {
            line("  " + m.index() + name(m.name()) + "  " + (m.is64() ? "i64 " : "") + limits(m.min(), m.max())
                    + " pages of " + pageSize(m.pageSize()) + (m.shared() ? ", shared" : "")
                    + imported(m.importedFrom()));
        }
    }

    private void segments(ModuleReport r) {
        if (!r.elements().isEmpty()) {
            header("element segments", r.elements());
            for (ModuleReport.Element e : r.elements()) {
                line("  " + e.index() + name(e.name()) + "  " + e.mode()
                        + (e.table() == null ? ""
                                : " table " + Integer.toUnsignedString(e.table()) + " offset " + e.offset())
                        + "  " + e.count() + " x " + e.type());
            }
        }
        if (!r.data().isEmpty()) {
            header("data segments", r.data());
            for (ModuleReport.Data d : r.data()) {
                line("  " + d.index() + name(d.name()) + "  " + d.mode()
                        + (d.memory() == null ? ""
                                : " memory " + Integer.toUnsignedString(d.memory()) + " offset " + d.offset())
                        + "  " + d.size() + " bytes");
            }
        }
    }

    private void header(String title, List<?> items) {
        line("");
        line(title + " (" + items.size() + "):");
    }

    private void line(String s) {
        sb.append(s).append('\n');
    }

    private static String imported(String from) {
        return from == null ? "" : "  imported from " + from;
    }

    private static String name(String name) {
        if (name == null) {
            return "";
        }
        String q = quote(name);
        return " <" + q.substring(1, q.length() - 1) + ">";
    }

    private static String limits(long min, Long max) {
        return Long.toUnsignedString(min) + ".." + (max == null ? "unbounded" : Long.toUnsignedString(max));
    }

    private static String pageSize(long bytes) {
        if (bytes >= 1024 && bytes % 1024 == 0 && bytes < (1L << 40)) {
            return (bytes / 1024) + " KiB";
        }
        return Long.toUnsignedString(bytes) + (bytes == 1 ? " byte" : " bytes");
    }

    private static String hex(Integer offset) {
        return offset == null ? "" : String.format(Locale.ROOT, "0x%x", offset);
    }

    /** A name in double quotes, control characters escaped so one entity stays on one line. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                q.append(String.format(Locale.ROOT, "\\%02x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
