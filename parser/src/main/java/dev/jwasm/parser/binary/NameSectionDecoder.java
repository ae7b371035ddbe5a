package dev.jwasm.parser.binary;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.NameSection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the content of the "name" custom section (the extended name section: module,
 * function, local, type, table, memory, global, element, data and tag names; label and field
 * names are skipped). A custom section must never make a module malformed, so any problem
 * yields null and the caller keeps the section as opaque bytes.
 */
final class NameSectionDecoder {
    static final int MODULE = 0;
    static final int FUNCTION = 1;
    static final int LOCAL = 2;
    static final int LABEL = 3;
    static final int TYPE = 4;
    static final int TABLE = 5;
    static final int MEMORY = 6;
    static final int GLOBAL = 7;
    static final int ELEM = 8;
    static final int DATA = 9;
    static final int FIELD = 10;
    static final int TAG = 11;

    private NameSectionDecoder() {
    }

    /** The names in {@code bytes[start..end)}, or null when the content is malformed. */
    static NameSection decode(byte[] bytes, int start, int end) {
        try {
            return read(new ByteReader(bytes, start, end));
        } catch (MalformedModuleException e) {
            return null;
        }
    }

    private static NameSection read(ByteReader in) {
        String moduleName = null;
        Map<Integer, String> functions = Map.of();
        Map<Integer, Map<Integer, String>> locals = Map.of();
        Map<Integer, String> types = Map.of();
        Map<Integer, String> tables = Map.of();
        Map<Integer, String> memories = Map.of();
        Map<Integer, String> globals = Map.of();
        Map<Integer, String> elements = Map.of();
        Map<Integer, String> datas = Map.of();
        Map<Integer, String> tags = Map.of();
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.length();
            int subEnd = in.pos() + size;
            if (subEnd > in.end()) {
                return null;
            }
            ByteReader sub = new ByteReader(in.array(), in.pos(), subEnd);
            switch (id) {
                case MODULE:
                    moduleName = sub.name();
                    break;
                case FUNCTION:
                    functions = nameMap(sub);
                    break;
                case LOCAL:
                    locals = indirectNameMap(sub);
                    break;
                case TYPE:
                    types = nameMap(sub);
                    break;
                case TABLE:
                    tables = nameMap(sub);
                    break;
                case MEMORY:
                    memories = nameMap(sub);
                    break;
                case GLOBAL:
                    globals = nameMap(sub);
                    break;
                case ELEM:
                    elements = nameMap(sub);
                    break;
                case DATA:
                    datas = nameMap(sub);
                    break;
                case TAG:
                    tags = nameMap(sub);
                    break;
                default:
                    // labels, fields and unknown subsections are skipped
                    sub.skip(sub.remaining());
                    break;
            }
            if (!sub.atEnd()) {
                return null;
            }
            in.skip(size);
        }
        return new NameSection(moduleName, functions, locals, types, tables, memories, globals, elements, datas, tags);
    }

    private static Map<Integer, String> nameMap(ByteReader in) {
        int n = in.length();
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int index = in.u32();
            out.put(index, in.name());
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<Integer, Map<Integer, String>> indirectNameMap(ByteReader in) {
        int n = in.length();
        Map<Integer, Map<Integer, String>> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int index = in.u32();
            out.put(index, nameMap(in));
        }
        return Collections.unmodifiableMap(out);
    }
}
