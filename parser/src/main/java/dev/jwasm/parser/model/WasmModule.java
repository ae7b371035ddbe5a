package dev.jwasm.parser.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded (or text-parsed) module, before validation. Index spaces follow the spec:
 * imported entities come first, then the module's own definitions.
 *
 * @param recTypes       the type section as recursive groups; {@link #types()} flattens them
 * @param functions      type indices of the defined functions (function section)
 * @param startFunction  the start function index (unsigned 32-bit, so a long), or -1 when absent
 * @param dataCount      the data count section's value, or -1 when the section is absent
 * @param codes          bodies of the defined functions, parallel to {@code functions}
 */
public record WasmModule(
        List<RecType> recTypes,
        List<Import> imports,
        List<Integer> functions,
        List<Table> tables,
        List<MemoryType> memories,
        List<Global> globals,
        List<TagType> tags,
        List<Export> exports,
        long startFunction,
        List<ElementSegment> elements,
        long dataCount,
        List<FunctionBody> codes,
        List<DataSegment> data,
        List<CustomSection> customSections,
        NameSection names) {

    public WasmModule {
        recTypes = List.copyOf(recTypes);
        imports = List.copyOf(imports);
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        memories = List.copyOf(memories);
        globals = List.copyOf(globals);
        tags = List.copyOf(tags);
        exports = List.copyOf(exports);
        elements = List.copyOf(elements);
        codes = List.copyOf(codes);
        data = List.copyOf(data);
        customSections = List.copyOf(customSections);
        if (names == null) {
            names = NameSection.EMPTY;
        }
    }

    /** The type index space: every sub type of every recursive group, in order. */
    public List<SubType> types() {
        List<SubType> all = new ArrayList<>();
        for (RecType r : recTypes) {
            all.addAll(r.subTypes());
        }
        return all;
    }

    /** Index of the first type of each recursive group, parallel to {@link #recTypes()}. */
    public int[] recGroupStarts() {
        int[] starts = new int[recTypes.size()];
        int next = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = next;
            next += recTypes.get(i).subTypes().size();
        }
        return starts;
    }

    /** The imports of one kind, in order: they take the first indices of that kind's space. */
    public List<Import> imports(ExternKind kind) {
        List<Import> out = new ArrayList<>();
        for (Import i : imports) {
            if (i.type().kind() == kind) {
                out.add(i);
            }
        }
        return out;
    }

    public int importCount(ExternKind kind) {
        int n = 0;
        for (Import i : imports) {
            if (i.type().kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /** An empty module. */
    public static WasmModule empty() {
        return new WasmModule(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), -1, List.of(), -1, List.of(), List.of(), List.of(), NameSection.EMPTY);
    }
}
