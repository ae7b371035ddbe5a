package dev.jwasm.parser.print;

import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers the printer gives to entities, taken from the name section. A name that is
 * empty or already used in its index space gets a fresh identifier ({@code $f_1}); functions and
 * tags then carry their real name in an {@code (@name "...")} annotation. {@link #induced()} is
 * the name section the text parser will build from the printed identifiers, so the printer can
 * tell whether the text alone carries the module's names.
 */
final class Names {
    /** The index spaces that identifiers name. */
    enum Space {
        TYPE, FUNC, TABLE, MEMORY, GLOBAL, ELEM, DATA, TAG
    }

    private final EnumMap<Space, Map<Integer, String>> ids = new EnumMap<>(Space.class);
    private final EnumMap<Space, Map<Integer, String>> annotations = new EnumMap<>(Space.class);
    private final Map<Integer, Map<Integer, String>> localIds = new HashMap<>();
    private final String moduleName;
    private final NameSection induced;
    private final boolean hasRawNameSection;

    private Names(WasmModule m) {
        NameSection n = m.names();
        moduleName = n.moduleName();
        Map<Integer, Map<Integer, String>> inducedLocals = new HashMap<>();
        EnumMap<Space, Map<Integer, String>> inducedNames = new EnumMap<>(Space.class);
        for (Space s : Space.values()) {
            Map<Integer, String> raw = new HashMap<>();
            Map<Integer, String> renamed = new HashMap<>();
            Map<Integer, String> display = new HashMap<>();
            assign(source(n, s), count(m, s), raw, renamed, display);
            ids.put(s, display);
            boolean annotatable = s == Space.FUNC || s == Space.TAG;
            annotations.put(s, annotatable ? renamed : Map.of());
            Map<Integer, String> result = new HashMap<>(raw);
            if (annotatable) {
                result.putAll(renamed);
            }
            inducedNames.put(s, result);
        }
        int importedFunctions = m.importCount(ExternKind.FUNC);
        List<SubType> types = m.types();
        for (Map.Entry<Integer, Map<Integer, String>> e : n.localNames().entrySet()) {
            long f = Integer.toUnsignedLong(e.getKey());
            long defined = f - importedFunctions;
            if (defined < 0 || defined >= m.functions().size()) {
                continue; // locals of imported or missing functions have no place in the text
            }
            long locals = localCount(m, types, (int) defined);
            Map<Integer, String> raw = new HashMap<>();
            Map<Integer, String> display = new HashMap<>();
            assign(e.getValue(), locals, raw, new HashMap<>(), display);
            if (!display.isEmpty()) {
                localIds.put(e.getKey(), display);
                inducedLocals.put(e.getKey(), raw);
            }
        }
        induced = new NameSection(moduleName, inducedNames.get(Space.FUNC), inducedLocals,
                inducedNames.get(Space.TYPE), inducedNames.get(Space.TABLE), inducedNames.get(Space.MEMORY),
                inducedNames.get(Space.GLOBAL), inducedNames.get(Space.ELEM), inducedNames.get(Space.DATA),
                inducedNames.get(Space.TAG));
        boolean raw = false;
        for (CustomSection c : m.customSections()) {
            raw |= c.name().equals("name");
        }
        hasRawNameSection = raw;
    }

    static Names of(WasmModule m) {
        return new Names(m);
    }

    /**
     * Identifiers for the names of one index space: the first entity with a name keeps it, later
     * ones with the same name (and empty names) get {@code name_N}, never a name another entity has.
     */
    private static void assign(Map<Integer, String> names, long count, Map<Integer, String> raw,
            Map<Integer, String> renamed, Map<Integer, String> display) {
        List<Integer> keys = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            if (Integer.toUnsignedLong(e.getKey()) < count) {
                keys.add(e.getKey());
                taken.add(e.getValue());
            }
        }
        keys.sort(Integer::compareUnsigned);
        Set<String> used = new HashSet<>();
        for (int k : keys) {
            String name = names.get(k);
            String id = name;
            if (name.isEmpty() || used.contains(name)) {
                String base = name.isEmpty() ? "unnamed_" : name + "_";
                int suffix = 1;
                do {
                    id = base + suffix++;
                } while (taken.contains(id) || used.contains(id));
                renamed.put(k, name);
            }
            used.add(id);
            raw.put(k, id);
            display.put(k, TextStrings.id(id));
        }
    }

    private static Map<Integer, String> source(NameSection n, Space s) {
        return switch (s) {
            case TYPE -> n.typeNames();
            case FUNC -> n.functionNames();
            case TABLE -> n.tableNames();
            case MEMORY -> n.memoryNames();
            case GLOBAL -> n.globalNames();
            case ELEM -> n.elementNames();
            case DATA -> n.dataNames();
            case TAG -> n.tagNames();
        };
    }

    private static long count(WasmModule m, Space s) {
        return switch (s) {
            case TYPE -> m.types().size();
            case FUNC -> m.importCount(ExternKind.FUNC) + m.functions().size();
            case TABLE -> m.importCount(ExternKind.TABLE) + m.tables().size();
            case MEMORY -> m.importCount(ExternKind.MEMORY) + m.memories().size();
            case GLOBAL -> m.importCount(ExternKind.GLOBAL) + m.globals().size();
            case ELEM -> m.elements().size();
            case DATA -> m.data().size();
            case TAG -> m.importCount(ExternKind.TAG) + m.tags().size();
        };
    }

    /**
     * How many locals (parameters included) of a defined function the text can name: none when
     * its type is not a function type, since parameters are named through inline declarations.
     */
    private static long localCount(WasmModule m, List<SubType> types, int definedIndex) {
        FuncType type = functionType(types, m.functions().get(definedIndex));
        if (type == null || definedIndex >= m.codes().size()) {
            return 0;
        }
        return type.params().size() + m.codes().get(definedIndex).localCount();
    }

    /** The function type at a type index, or null when the index is out of range or not a function type. */
    static FuncType functionType(List<SubType> types, int typeIndex) {
        if (typeIndex < 0 || typeIndex >= types.size()) {
            return null;
        }
        return types.get(typeIndex).composite() instanceof FuncType f ? f : null;
    }

    /** The identifier of an entity ({@code $name}), or null when it has none. */
    String id(Space s, int index) {
        return ids.get(s).get(index);
    }

    /** A reference to an entity: its identifier, else its index. */
    String ref(Space s, int index) {
        String id = ids.get(s).get(index);
        return id != null ? id : Integer.toUnsignedString(index);
    }

    /** The real name of a function or tag whose identifier had to differ from it, or null. */
    String annotation(Space s, int index) {
        return annotations.get(s).get(index);
    }

    String localId(int function, int local) {
        Map<Integer, String> l = localIds.get(function);
        return l == null ? null : l.get(local);
    }

    String localRef(int function, int local) {
        String id = localId(function, local);
        return id != null ? id : Integer.toUnsignedString(local);
    }

    String moduleName() {
        return moduleName;
    }

    /** The name section the text parser builds from the printed identifiers and annotations. */
    NameSection induced() {
        return induced;
    }

    /**
     * Whether the printed identifiers lose names of the model's name section (duplicates outside
     * functions and tags, names of missing entities, locals of imported functions, ...). The
     * encoder ignores the model's names when a raw "name" section is present, so then nothing is lost.
     */
    boolean textLosesNames(WasmModule m) {
        return !hasRawNameSection && !induced.equals(m.names());
    }
}
