package dev.jwasm.parser.inspect;

import dev.jwasm.parser.Feature;
import java.util.List;

/**
 * What {@link ModuleInspector} found in a module. Indices are those of the module's index
 * spaces (imports first); names come from the name section (null when absent); types are in
 * text format. Render with {@link ReportText} or {@link ReportJson}.
 *
 * @param size          the module's size in bytes
 * @param moduleName    the module's name from the name section, or null
 * @param startFunction the start function's index, or null
 */
public record ModuleReport(
        int size,
        String moduleName,
        List<Section> sections,
        List<Type> types,
        List<Import> imports,
        List<Export> exports,
        List<Function> functions,
        List<Table> tables,
        List<Memory> memories,
        List<Global> globals,
        List<Tag> tags,
        List<Element> elements,
        List<Data> data,
        List<Custom> customSections,
        Long startFunction,
        List<FeatureUse> features) {

    public ModuleReport {
        sections = List.copyOf(sections);
        types = List.copyOf(types);
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        memories = List.copyOf(memories);
        globals = List.copyOf(globals);
        tags = List.copyOf(tags);
        elements = List.copyOf(elements);
        data = List.copyOf(data);
        customSections = List.copyOf(customSections);
        features = List.copyOf(features);
    }

    /**
     * A section as laid out in the file.
     *
     * @param id         the section id (0: custom)
     * @param kind       the section's name in the spec ("type", "import", ..., "custom")
     * @param customName the name of a custom section, else null
     * @param offset     offset of the section's id byte
     * @param size       size of the section's content (after its header)
     * @param entries    the number of entries of a section holding a vector, else null
     */
    public record Section(int id, String kind, String customName, int offset, int size, Integer entries) {
    }

    /** A defined type: {@code kind} is func, struct or array; {@code recGroup} the index of its recursive group. */
    public record Type(int index, String name, String kind, String text, int recGroup) {
    }

    /** An import: {@code index} is its index in its kind's space; {@code type} its type in text format. */
    public record Import(String module, String name, String kind, int index, String type) {
    }

    public record Export(String name, String kind, int index) {
    }

    /**
     * A function. Imported functions have no body: {@code bodyOffset}, {@code bodySize},
     * {@code locals} and {@code instructions} are null for them.
     *
     * @param bodyOffset   offset of the body (its local declarations) in the module
     * @param bodySize     the body's size in bytes, as its code section entry declares
     * @param locals       declared locals, parameters not counted
     * @param instructions instructions in the body, its final {@code end} included
     */
    public record Function(int index, String name, int typeIndex, String signature, String importedFrom,
            List<String> exportedAs, Integer bodyOffset, Integer bodySize, Long locals, Integer instructions) {
        public Function {
            exportedAs = List.copyOf(exportedAs);
        }
    }

    /** A table; {@code max} is null without a maximum; {@code init} its initializer expression or null. */
    public record Table(int index, String name, String importedFrom, String elementType, boolean is64, long min,
            Long max, String init) {
    }

    /** A memory, limits in pages of {@code pageSize} bytes. */
    public record Memory(int index, String name, String importedFrom, boolean is64, boolean shared, long min,
            Long max, long pageSize) {
    }

    /** A global; {@code init} is null for imported globals. */
    public record Global(int index, String name, String importedFrom, String type, boolean mutable, String init) {
    }

    public record Tag(int index, String name, String importedFrom, int typeIndex, String signature) {
    }

    /**
     * An element segment: {@code mode} active, passive or declarative; {@code table} and
     * {@code offset} only for active segments.
     */
    public record Element(int index, String name, String mode, Integer table, String offset, String type,
            int count) {
    }

    /** A data segment: {@code memory} and {@code offset} only for active segments. */
    public record Data(int index, String name, String mode, Integer memory, String offset, int size) {
    }

    /**
     * A custom section: {@code size} is its content without the name; {@code after} the kind of
     * the section it follows, null when it comes first.
     */
    public record Custom(String name, int offset, int size, String after) {
    }

    /** A feature the module uses, with where it was first seen. */
    public record FeatureUse(Feature feature, String evidence) {
    }

    /** Text rendering, see {@link ReportText}. */
    public String toText() {
        return ReportText.render(this);
    }

    /** JSON rendering, see {@link ReportJson}. */
    public String toJson() {
        return ReportJson.render(this);
    }
}
