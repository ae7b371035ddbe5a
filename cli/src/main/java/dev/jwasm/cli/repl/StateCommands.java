package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.text.NumericLiterals;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Value;
import java.util.List;

/** The instance's state: {@code :globals}, {@code :get}, {@code :set}, {@code :mem}. */
final class StateCommands {
    /** Bytes {@code :mem} shows when no length is given. */
    static final int DEFAULT_DUMP_LENGTH = 128;
    /** The most {@code :mem} shows at once. */
    static final int MAX_DUMP_LENGTH = 1 << 20;

    private final Session session;
    private final Output out;

    StateCommands(Session session, Output out) {
        this.session = session;
        this.out = out;
    }

    /** {@code :globals}: every global of the instance, imported and defined, with its value. */
    void globals(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        int count = loaded.count(ExternKind.GLOBAL);
        if (count == 0) {
            out.line(out.paint(Style.DIM, "(no globals)"));
            return;
        }
        int width = 0;
        for (int i = 0; i < count; i++) {
            width = Math.max(width, loaded.label(ExternKind.GLOBAL, i).length());
        }
        width = Math.min(width, 32);
        for (int i = 0; i < count; i++) {
            Global g = loaded.global(i);
            String label = loaded.label(ExternKind.GLOBAL, i);
            String padded = label.length() >= width ? label : label + " ".repeat(width - label.length());
            String type = g.isMutable() ? "(mut " + g.type() + ")" : g.type().toString();
            out.line(String.format("  %3d  ", i) + out.paint(Style.NAME, padded) + "  "
                    + out.paint(Style.TYPE, String.format("%-10s", type)) + " " + out.paint(Style.VALUE,
                            ValueText.body(g.get(), loaded)));
        }
    }

    /** {@code :get NAME}. */
    void get(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        List<String> words = Words.split(arguments);
        if (words.size() != 1) {
            throw new ReplException("usage: :get GLOBAL");
        }
        Global g = global(loaded, words.get(0));
        out.line(ValueText.show(g.get(), loaded, out));
    }

    /** {@code :set NAME VALUE}. */
    void set(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        List<String> words = Words.split(arguments);
        if (words.size() != 2) {
            throw new ReplException("usage: :set GLOBAL VALUE");
        }
        Global g = global(loaded, words.get(0));
        if (!g.isMutable()) {
            throw new ReplException("global " + words.get(0) + " is immutable");
        }
        Value v = ValueText.parse(words.get(1), g.type(), loaded);
        g.set(v);
        out.line(ValueText.show(g.get(), loaded, out));
    }

    private static Global global(LoadedModule loaded, String name) throws ReplException {
        int index = loaded.resolve(ExternKind.GLOBAL, name);
        if (index < 0) {
            throw new ReplException("no global '" + name + "' (see :globals)");
        }
        return loaded.global(index);
    }

    /** {@code :mem [MEMORY] ADDR [LEN]}: a hex dump with the bytes as ASCII. */
    void mem(String arguments) throws ReplException {
        LoadedModule loaded = session.require();
        List<String> words = Words.split(arguments);
        String memoryName = null;
        String address;
        String length = null;
        switch (words.size()) {
            case 1 -> address = words.get(0);
            case 2 -> {
                if (isNumber(words.get(0))) {
                    address = words.get(0);
                    length = words.get(1);
                } else {
                    memoryName = words.get(0);
                    address = words.get(1);
                }
            }
            case 3 -> {
                memoryName = words.get(0);
                address = words.get(1);
                length = words.get(2);
            }
            default -> throw new ReplException("usage: :mem [MEMORY] ADDR [LEN]");
        }
        int memoryIndex;
        if (memoryName == null) {
            if (loaded.count(ExternKind.MEMORY) == 0) {
                throw new ReplException("the module has no memory");
            }
            memoryIndex = 0;
            memoryName = loaded.label(ExternKind.MEMORY, 0);
        } else {
            memoryIndex = loaded.resolve(ExternKind.MEMORY, memoryName);
            if (memoryIndex < 0) {
                throw new ReplException("no memory '" + memoryName + "'");
            }
        }
        Memory memory = loaded.memory(memoryIndex);
        long start = number(address, "address");
        long n = length == null ? DEFAULT_DUMP_LENGTH : number(length, "length");
        if (n > MAX_DUMP_LENGTH) {
            throw new ReplException("at most " + MAX_DUMP_LENGTH + " bytes at a time");
        }
        long size = memory.byteSize();
        if (Long.compareUnsigned(start, size) >= 0) {
            throw new ReplException("address " + hex(start) + " is out of bounds: memory " + memoryName + " has "
                    + size + " bytes (" + memory.pages() + (memory.pages() == 1 ? " page)" : " pages)"));
        }
        long end = Math.min(size, start + n);
        byte[] bytes = memory.read(start, (int) (end - start));
        HexDump.print(out, start, bytes, size > 0xFFFF_FFFFL);
        if (end < start + n) {
            out.line(out.paint(Style.DIM, "(memory ends at " + hex(size) + ")"));
        }
    }

    private static boolean isNumber(String word) {
        try {
            NumericLiterals.parseUnsigned(word, 64);
            return true;
        } catch (NumericLiterals.LiteralException e) {
            return false;
        }
    }

    private static long number(String word, String what) throws ReplException {
        try {
            long v = NumericLiterals.parseUnsigned(word, 64);
            if (v < 0) {
                throw new ReplException(what + " " + word + " is too large");
            }
            return v;
        } catch (NumericLiterals.LiteralException e) {
            throw new ReplException(what + " must be a number such as 1024 or 0x400, not '" + word + "'");
        }
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
