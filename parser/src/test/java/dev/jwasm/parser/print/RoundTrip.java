package dev.jwasm.parser.print;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The printer's contract, shared by the tests: text read back encodes as the module does. */
final class RoundTrip {
    static final Features ALL = TestsuiteModules.ALL;

    private RoundTrip() {
    }

    /** The module read back from its printed text. */
    static WasmModule reparse(WasmModule m, WatPrinter.Options options) {
        return WatParser.parseModule(WatPrinter.print(m, options)).module();
    }

    /**
     * Null when {@code parse(print(m))} encodes to the bytes {@code m} encodes to (after the
     * documented text losses), else a description of the difference.
     */
    static String check(WasmModule m, WatPrinter.Options options) {
        byte[] expected = ModuleEncoder.encode(expressible(m));
        String text = WatPrinter.print(m, options);
        WasmModule back;
        try {
            back = WatParser.parseModule(text).module();
        } catch (RuntimeException e) {
            return "printed text does not parse: " + e.getMessage() + "\n" + excerpt(text);
        }
        byte[] actual = ModuleEncoder.encode(back);
        if (Arrays.equals(expected, actual)) {
            return null;
        }
        int at = Arrays.mismatch(expected, actual);
        return "bytes differ at offset " + at + " (expected " + expected.length + " bytes, got " + actual.length
                + ")\n" + excerpt(text);
    }

    private static String excerpt(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + "\n..." : text;
    }

    /**
     * The module as text can say it: locals in maximal runs, the data count section exactly
     * when code needs it, and the other losses {@link TextFidelity#losses} names.
     */
    static WasmModule expressible(WasmModule m) {
        List<FunctionBody> codes = new ArrayList<>();
        for (FunctionBody b : m.codes()) {
            List<Locals> locals = TextFidelity.canonicalLocals(b.locals());
            if (b.localCount() > TextFidelity.MAX_PRINTED_LOCALS) {
                locals = truncate(locals, TextFidelity.MAX_PRINTED_LOCALS);
            }
            codes.add(new FunctionBody(locals, b.instructions(), b.branchHints()));
        }
        List<MemoryType> memories = new ArrayList<>();
        for (MemoryType mt : m.memories()) {
            memories.add(expressible(mt));
        }
        List<Import> imports = new ArrayList<>();
        for (Import i : m.imports()) {
            imports.add(i.type() instanceof MemoryType mt ? new Import(i.module(), i.name(), expressible(mt)) : i);
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            tables.add(t.init() != null && t.init().instructions().size() <= 1 ? new Table(t.type(), null) : t);
        }
        long dataCount = TextFidelity.usesDataIndex(m) ? m.data().size() : -1;
        return new WasmModule(m.recTypes(), imports, m.functions(), tables, memories, m.globals(), m.tags(),
                m.exports(), m.startFunction(), m.elements(), dataCount, codes, m.data(), m.customSections(),
                m.names());
    }

    private static MemoryType expressible(MemoryType mt) {
        return mt.pageSizeLog2() >= 64 ? new MemoryType(mt.limits(), mt.shared(), MemoryType.DEFAULT_PAGE_SIZE_LOG2) : mt;
    }

    private static List<Locals> truncate(List<Locals> locals, long max) {
        List<Locals> out = new ArrayList<>();
        long left = max;
        for (Locals l : locals) {
            long n = Math.min(Integer.toUnsignedLong(l.count()), left);
            if (n > 0) {
                out.add(new Locals((int) n, l.type()));
            }
            left -= n;
        }
        return out;
    }
}
