package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.WatFragments;
import dev.jwasm.runtime.Extern;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.WasmFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The module the REPL is working with: its model, its compiled form, its instance, and how
 * its entities are named. An entity is found by export name, by {@code $name} from the name
 * section (or the text's identifiers), or by index.
 */
final class LoadedModule implements ValueText.References {
    private final String label;
    private final byte[] binary;
    private final Module module;
    private final Instance instance;
    private final WatFragments text;

    LoadedModule(String label, byte[] binary, Module module, Instance instance) {
        this.label = label;
        this.binary = binary;
        this.module = module;
        this.instance = instance;
        this.text = WatFragments.of(module.model());
    }

    String label() {
        return label;
    }

    /** The binary encoding the module was loaded from, or null when it came as text. */
    byte[] binary() {
        return binary;
    }

    WasmModule model() {
        return module.model();
    }

    Module module() {
        return module;
    }

    Instance instance() {
        return instance;
    }

    WatFragments text() {
        return text;
    }

    // ---------------------------------------------------------------- index spaces

    int count(ExternKind kind) {
        WasmModule m = model();
        int imported = m.importCount(kind);
        return imported + switch (kind) {
            case FUNC -> m.functions().size();
            case TABLE -> m.tables().size();
            case MEMORY -> m.memories().size();
            case GLOBAL -> m.globals().size();
            case TAG -> m.tags().size();
        };
    }

    /** The type index of a function. */
    int functionTypeIndex(int function) {
        WasmModule m = model();
        List<Import> imported = m.imports(ExternKind.FUNC);
        if (function < imported.size()) {
            return ((ExternType.Func) imported.get(function).type()).typeIndex();
        }
        return m.functions().get(function - imported.size());
    }

    /** {@code (param i32) (result i64)}, or {@code (type N)}. */
    String signature(int function) {
        String s = text.signature(functionTypeIndex(function));
        return s.isEmpty() ? "(no params or results)" : s;
    }

    /** The names of an entity: its export names, then its {@code $name}, or its index. */
    String label(ExternKind kind, int index) {
        List<String> names = new ArrayList<>();
        for (Export e : model().exports()) {
            if (e.kind() == kind && e.index() == index) {
                names.add(Words.quoteIfNeeded(e.name()));
            }
        }
        String debug = debugName(kind, index);
        if (debug != null && (names.isEmpty() || !names.contains(debug))) {
            names.add("$" + debug);
        }
        return names.isEmpty() ? kind.text() + " " + index
                : String.join(" ", names);
    }

    String debugName(ExternKind kind, int index) {
        var names = model().names();
        Map<Integer, String> map = switch (kind) {
            case FUNC -> names.functionNames();
            case TABLE -> names.tableNames();
            case MEMORY -> names.memoryNames();
            case GLOBAL -> names.globalNames();
            case TAG -> names.tagNames();
        };
        return map.get(index);
    }

    /**
     * The index of the entity a word names: an export of that kind, {@code $name}, or a decimal
     * index; -1 when none.
     */
    int resolve(ExternKind kind, String word) {
        for (Export e : model().exports()) {
            if (e.kind() == kind && e.name().equals(word)) {
                return e.index();
            }
        }
        if (word.startsWith("$")) {
            String name = word.substring(1);
            var map = switch (kind) {
                case FUNC -> model().names().functionNames();
                case TABLE -> model().names().tableNames();
                case MEMORY -> model().names().memoryNames();
                case GLOBAL -> model().names().globalNames();
                case TAG -> model().names().tagNames();
            };
            for (var entry : map.entrySet()) {
                if (entry.getValue().equals(name)) {
                    return entry.getKey();
                }
            }
            return -1;
        }
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit) && word.length() < 10) {
            int index = Integer.parseInt(word);
            return index < count(kind) ? index : -1;
        }
        return -1;
    }

    /** Export names of one kind, in order. */
    List<String> exportNames(ExternKind kind) {
        List<String> out = new ArrayList<>();
        for (Export e : model().exports()) {
            if (e.kind() == kind) {
                out.add(e.name());
            }
        }
        return out;
    }

    FuncType functionType(int function) {
        return instance.function(function).type();
    }

    WasmFunction function(int index) {
        return instance.function(index);
    }

    Global global(int index) {
        return instance.global(index);
    }

    Memory memory(int index) {
        return instance.memory(index);
    }

    // ---------------------------------------------------------------- ValueText.References

    @Override
    public WasmFunction function(String name) {
        int index = resolve(ExternKind.FUNC, name);
        return index < 0 ? null : instance.function(index);
    }

    @Override
    public boolean isFunctionType(int typeIndex) {
        var types = model().types();
        return typeIndex >= 0 && typeIndex < types.size() && types.get(typeIndex).composite() instanceof FuncType;
    }

    @Override
    public String describe(Object ref) {
        for (Map.Entry<String, Extern> e : instance.exports().entrySet()) {
            if (e.getValue() == ref) {
                return Words.quoteIfNeeded(e.getKey());
            }
        }
        if (ref instanceof WasmFunction) {
            for (int i = 0; i < instance.functionCount(); i++) {
                if (instance.function(i) == ref) {
                    String debug = debugName(ExternKind.FUNC, i);
                    return debug != null ? "$" + debug : "function " + i;
                }
            }
        }
        return null;
    }
}
