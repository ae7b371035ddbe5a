package dev.jwasm.parser.text;

import java.util.HashMap;
import java.util.Map;

/**
 * One index space of a module or function (types, functions, locals, ...) with the identifiers
 * bound in it. The category names the space in messages, as the reference interpreter does:
 * "duplicate function $f", "unknown global $g".
 */
final class IndexSpace {
    private final String category;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private long count;

    IndexSpace(String category) {
        this.category = category;
    }

    /** Adds one entry, named when {@code id} is not null; returns its index. */
    int bind(String id, SExpr at) {
        if (count >= 0xFFFF_FFFFL) {
            throw new TextSyntaxException("too many " + category + " bindings", at.line(), at.column());
        }
        int index = (int) count++;
        if (id != null) {
            if (ids.containsKey(id)) {
                throw new TextSyntaxException("duplicate " + category + " $" + id, at.line(), at.column());
            }
            ids.put(id, index);
            names.put(index, id);
        }
        return index;
    }

    /** Adds {@code n} unnamed entries. */
    void bindAnonymous(long n, SExpr at) {
        if (count + n > 0xFFFF_FFFFL) {
            throw new TextSyntaxException("too many " + category + " bindings", at.line(), at.column());
        }
        count += n;
    }

    int lookup(String id, SExpr at) {
        Integer index = ids.get(id);
        if (index == null) {
            throw new TextSyntaxException("unknown " + category + " $" + id, at.line(), at.column());
        }
        return index;
    }

    int size() {
        return (int) count;
    }

    /** Names bound so far, by index. */
    Map<Integer, String> names() {
        return names;
    }
}
