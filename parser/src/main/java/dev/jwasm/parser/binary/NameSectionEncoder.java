package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.NameSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Encodes a {@link NameSection} as the content of a "name" custom section, indices ascending. */
final class NameSectionEncoder {
    private NameSectionEncoder() {
    }

    static void encode(ByteWriter out, NameSection names) {
        ByteWriter sub = new ByteWriter();
        if (names.moduleName() != null) {
            sub.name(names.moduleName());
            subsection(out, NameSectionDecoder.MODULE, sub);
        }
        nameMap(out, sub, NameSectionDecoder.FUNCTION, names.functionNames());
        if (!names.localNames().isEmpty()) {
            sub.reset();
            List<Integer> functions = sortedKeys(names.localNames());
            sub.u32(functions.size());
            for (int f : functions) {
                sub.u32(f);
                entries(sub, names.localNames().get(f));
            }
            subsection(out, NameSectionDecoder.LOCAL, sub);
        }
        nameMap(out, sub, NameSectionDecoder.TYPE, names.typeNames());
        nameMap(out, sub, NameSectionDecoder.TABLE, names.tableNames());
        nameMap(out, sub, NameSectionDecoder.MEMORY, names.memoryNames());
        nameMap(out, sub, NameSectionDecoder.GLOBAL, names.globalNames());
        nameMap(out, sub, NameSectionDecoder.ELEM, names.elementNames());
        nameMap(out, sub, NameSectionDecoder.DATA, names.dataNames());
        nameMap(out, sub, NameSectionDecoder.TAG, names.tagNames());
    }

    private static void nameMap(ByteWriter out, ByteWriter sub, int id, Map<Integer, String> map) {
        if (map.isEmpty()) {
            return;
        }
        sub.reset();
        entries(sub, map);
        subsection(out, id, sub);
    }

    private static void entries(ByteWriter w, Map<Integer, String> map) {
        List<Integer> keys = sortedKeys(map);
        w.u32(keys.size());
        for (int k : keys) {
            w.u32(k);
            w.name(map.get(k));
        }
    }

    private static void subsection(ByteWriter out, int id, ByteWriter content) {
        out.u8(id);
        out.sized(content);
        content.reset();
    }

    private static List<Integer> sortedKeys(Map<Integer, ?> map) {
        List<Integer> keys = new ArrayList<>(map.keySet());
        keys.sort(Integer::compareUnsigned);
        return keys;
    }
}
