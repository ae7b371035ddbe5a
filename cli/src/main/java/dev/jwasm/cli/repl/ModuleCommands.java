package dev.jwasm.cli.repl;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.inspect.ModuleInspector;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.WatPrinter;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.UnlinkableException;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loading, checking and looking at modules: {@code :load}, inline modules, {@code :validate}, listings. */
final class ModuleCommands {
    private static final int LISTED_EXPORTS = 8;

    private final Session session;
    private final Output out;

    ModuleCommands(Session session, Output out) {
        this.session = session;
        this.out = out;
    }

    // ---------------------------------------------------------------- :load and inline modules

    /** {@code :load FILE [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [-- ARG...]}. */
    void load(String arguments) throws ReplException {
        List<String> words = Words.split(arguments);
        if (words.isEmpty()) {
            throw new ReplException("usage: :load FILE [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [-- ARG...]");
        }
        Path file = null;
        List<String> args = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        List<LoadOptions.Preopen> dirs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--")) {
                args.addAll(words.subList(i + 1, words.size()));
                break;
            } else if (w.equals("--dir") || w.equals("--env")) {
                if (i + 1 == words.size()) {
                    throw new ReplException(w + " needs a value");
                }
                String value = words.get(++i);
                if (w.equals("--dir")) {
                    int sep = value.indexOf("::");
                    String host = sep < 0 ? value : value.substring(0, sep);
                    dirs.add(new LoadOptions.Preopen(Paths.expand(host), sep < 0 ? host : value.substring(sep + 2)));
                } else {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new ReplException("--env takes NAME=VALUE, not '" + value + "'");
                    }
                    env.put(value.substring(0, eq), value.substring(eq + 1));
                }
            } else if (file == null) {
                file = Paths.expand(w);
            } else {
                throw new ReplException("one file at a time (program arguments go after --)");
            }
        }
        if (file == null) {
            throw new ReplException("which file? usage: :load FILE");
        }
        loadFile(file, new LoadOptions(args, env, dirs));
    }

    /** Loads a module file (binary or text) as the current module. */
    void loadFile(Path file, LoadOptions options) throws ReplException {
        byte[] bytes = read(file);
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean binary = isBinary(bytes) || label.endsWith(".wasm");
        WasmModule model = parse(bytes, binary, file.toString() + ": ");
        instantiate(label, binary ? bytes : null, model, options, file.toString() + ": ");
    }

    /** Text typed at the prompt, {@code (module ...)}: loads it as the current module. */
    void define(String text) throws ReplException {
        WasmModule model = parse(text.getBytes(StandardCharsets.UTF_8), false, "");
        String name = model.names().moduleName();
        instantiate(name == null ? "module" : "module $" + name, null, model, LoadOptions.NONE, "");
    }

    private WasmModule parse(byte[] bytes, boolean binary, String where) throws ReplException {
        try {
            return session.parse(bytes, binary);
        } catch (MalformedModuleException e) {
            throw new ReplException(where + "malformed module: " + e.getMessage());
        }
    }

    private void instantiate(String label, byte[] binary, WasmModule model, LoadOptions options, String where)
            throws ReplException {
        LoadedModule loaded;
        try {
            loaded = session.load(label, binary, model, options);
        } catch (InvalidModuleException e) {
            throw new ReplException(where + "invalid module: " + e.getMessage());
        } catch (UnlinkableException e) {
            throw new ReplException(where + "cannot link: " + e.getMessage());
        } catch (Trap | ThrownException e) {
            throw ReplException.trap(e.getMessage() + " (while instantiating " + label + "; it was not loaded)");
        }
        out.line(out.paint(Style.OK, "loaded ") + out.paint(Style.NAME, label) + ": " + summary(loaded));
        initializeReactor(loaded);
    }

    private static String summary(LoadedModule loaded) {
        WasmModule m = loaded.model();
        List<String> names = new ArrayList<>();
        for (Export e : m.exports()) {
            if (names.size() == LISTED_EXPORTS) {
                names.add("...");
                break;
            }
            names.add(Words.quoteIfNeeded(e.name()));
        }
        String exports = m.exports().size() + (m.exports().size() == 1 ? " export" : " exports")
                + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
        String imports = m.imports().isEmpty() ? "" : ", " + m.imports().size()
                + (m.imports().size() == 1 ? " import" : " imports");
        int functions = loaded.count(ExternKind.FUNC);
        return functions + (functions == 1 ? " function, " : " functions, ") + exports + imports;
    }

    /** A WASI reactor expects {@code _initialize} to be called once before anything else. */
    private void initializeReactor(LoadedModule loaded) throws ReplException {
        int index = loaded.resolve(ExternKind.FUNC, "_initialize");
        if (index < 0 || !loaded.exportNames(ExternKind.FUNC).contains("_initialize")) {
            return;
        }
        WasmFunction init = loaded.function(index);
        FuncType type = init.type();
        if (!type.params().isEmpty() || !type.results().isEmpty()) {
            return;
        }
        try {
            session.call(init, new Value[0]);
        } catch (Trap | ThrownException e) {
            throw ReplException.trap(e.getMessage() + " (in _initialize)");
        }
        out.line(out.paint(Style.DIM, "called _initialize (a reactor's set-up)"));
    }

    // ---------------------------------------------------------------- :validate

    /** {@code :validate [FILE | (module ...)]}: without an argument, the current module. */
    void validate(String arguments) throws ReplException {
        WasmModule model;
        String what;
        if (arguments.isEmpty()) {
            LoadedModule loaded = session.require();
            model = loaded.model();
            what = loaded.label();
        } else if (InputBalance.isModuleText(arguments)) {
            model = parse(arguments.getBytes(StandardCharsets.UTF_8), false, "");
            what = "module";
        } else {
            List<String> words = Words.split(arguments);
            if (words.size() != 1) {
                throw new ReplException("usage: :validate [FILE | (module ...)]");
            }
            Path file = Paths.expand(words.get(0));
            byte[] bytes = read(file);
            model = parse(bytes, isBinary(bytes) || file.toString().endsWith(".wasm"), file + ": ");
            what = file.toString();
        }
        try {
            new Validator(session.features()).validate(model);
        } catch (InvalidModuleException e) {
            throw new ReplException(what + ": invalid module: " + e.getMessage());
        }
        out.line(what + ": " + out.paint(Style.OK, "valid"));
    }

    // ---------------------------------------------------------------- listings

    void imports(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        WasmModule m = loaded.model();
        if (m.imports().isEmpty()) {
            out.line(out.paint(Style.DIM, "(no imports)"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        Map<ExternKind, Integer> next = new LinkedHashMap<>();
        for (Import i : m.imports()) {
            int index = next.merge(i.type().kind(), 1, Integer::sum) - 1;
            String name = Words.quoteIfNeeded(i.module()) + "." + Words.quoteIfNeeded(i.name());
            rows.add(new String[] {i.type().kind().text(), name, describe(loaded, i.type().kind(), index)});
        }
        table(rows);
    }

    void exports(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        WasmModule m = loaded.model();
        if (m.exports().isEmpty()) {
            out.line(out.paint(Style.DIM, "(no exports)"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Export e : m.exports()) {
            rows.add(new String[] {e.kind().text(), Words.quoteIfNeeded(e.name()), describe(loaded, e.kind(), e.index())});
        }
        table(rows);
    }

    /** Kind, name, description rows, the names padded to one column. */
    private void table(List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, r[1].length());
        }
        width = Math.min(width, 32);
        for (String[] r : rows) {
            String kind = String.format("%-6s", r[0]);
            String name = r[1].length() >= width ? r[1] : r[1] + " ".repeat(width - r[1].length());
            out.line("  " + out.paint(Style.KIND, kind) + "  " + out.paint(Style.NAME, name) + "  " + r[2]);
        }
    }

    /** What an entity is: a function's signature, a memory's size, a global's type and value. */
    private String describe(LoadedModule loaded, ExternKind kind, int index) {
        return switch (kind) {
            case FUNC -> out.paint(Style.TYPE, loaded.signature(index));
            case MEMORY -> {
                var memory = loaded.memory(index);
                long pages = memory.pages();
                yield pages + (pages == 1 ? " page" : " pages") + " (" + bytes(memory.byteSize()) + ")  "
                        + out.paint(Style.TYPE, "limits " + limits(memory.type()));
            }
            case GLOBAL -> {
                var global = loaded.global(index);
                yield out.paint(Style.TYPE, global.isMutable() ? "(mut " + global.type() + ")" : global.type().toString())
                        + " = " + out.paint(Style.VALUE, ValueText.body(global.get(), loaded));
            }
            case TABLE -> {
                var table = loaded.instance().table(index);
                yield out.paint(Style.TYPE, loaded.text().tableType(table.type())) + "  " + table.size()
                        + (table.size() == 1 ? " element" : " elements");
            }
            case TAG -> out.paint(Style.TYPE, loaded.text().signature(tagTypeIndex(loaded, index)));
        };
    }

    private static int tagTypeIndex(LoadedModule loaded, int index) {
        WasmModule m = loaded.model();
        List<Import> imported = m.imports(ExternKind.TAG);
        if (index < imported.size()) {
            return ((TagType) imported.get(index).type()).typeIndex();
        }
        return m.tags().get(index - imported.size()).typeIndex();
    }

    private static String limits(MemoryType type) {
        var l = type.limits();
        String range = l.hasMax() ? Long.toUnsignedString(l.min()) + ".." + Long.toUnsignedString(l.max())
                : Long.toUnsignedString(l.min()) + "..";
        return range + (l.is64() ? " i64" : "") + (type.shared() ? " shared" : "")
                + (type.pageSizeLog2() != 16 ? " pagesize " + type.pageSize() : "");
    }

    static String bytes(long n) {
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + (n == 1 ? " byte" : " bytes");
    }

    // ---------------------------------------------------------------- :disasm, :inspect, :register

    /** {@code :disasm [FUNC] [--folded]}: one function's text, or the whole module's. */
    void disasm(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        List<String> words = new ArrayList<>(Words.split(arguments));
        boolean folded = words.remove("--folded");
        WatPrinter.Options options = folded ? WatPrinter.Options.FOLDED : WatPrinter.Options.FLAT;
        if (words.size() > 1) {
            throw new ReplException("usage: :disasm [FUNC] [--folded]");
        }
        String text;
        if (words.isEmpty()) {
            text = WatPrinter.print(loaded.model(), options);
        } else {
            int index = loaded.resolve(ExternKind.FUNC, words.get(0));
            if (index < 0) {
                throw new ReplException("no function '" + words.get(0) + "' (name an export, a $name or an index)");
            }
            text = WatPrinter.printFunction(loaded.model(), index, options);
        }
        out.line(text.stripTrailing());
    }

    /** {@code :inspect}: the current module's sections, entities and features. */
    void inspect(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        byte[] binary = loaded.binary() != null ? loaded.binary() : ModuleEncoder.encode(loaded.model());
        out.line(ModuleInspector.inspect(binary, session.features()).toText().stripTrailing());
    }

    /** {@code :register NAME}: later modules may import the current module's exports from NAME. */
    void register(String arguments) throws ReplException {
        List<String> words = Words.split(arguments);
        if (words.size() != 1) {
            throw new ReplException("usage: :register NAME");
        }
        session.register(words.get(0));
        out.line("registered " + out.paint(Style.NAME, session.require().label()) + " as "
                + out.paint(Style.NAME, Words.quoteIfNeeded(words.get(0))));
    }

    // ---------------------------------------------------------------- files

    static byte[] read(Path file) throws ReplException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReplException(file + ": is a directory");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReplException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ReplException(file + ": permission denied");
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            throw new ReplException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean isBinary(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
    }
}
