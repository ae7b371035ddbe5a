package dev.jwasm.parser.text;

import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import java.util.ArrayList;
import java.util.List;

/**
 * The type index space while a module is parsed: identifiers, field identifiers per type, the
 * definitions in index order, and the implicit function types that type-use abbreviations add at
 * the end of the module (spec "Type Uses", abbreviations).
 */
final class TypeTable {
    private final IndexSpace ids = new IndexSpace("type");
    private final List<IndexSpace> fieldIds = new ArrayList<>();
    /** Definitions by type index; null until the definition has been parsed. */
    private final List<SubType> definitions = new ArrayList<>();
    /** Whether the type at an index is alone in its recursive group. */
    private final List<Boolean> singular = new ArrayList<>();
    private final List<RecType> groups = new ArrayList<>();

    /** Binds the next type index (first pass). */
    int bind(String id, SExpr at) {
        int index = ids.bind(id, at);
        fieldIds.add(new IndexSpace("field"));
        definitions.add(null);
        singular.add(false);
        return index;
    }

    int lookup(String id, SExpr at) {
        return ids.lookup(id, at);
    }

    int size() {
        return ids.size();
    }

    IndexSpace ids() {
        return ids;
    }

    /** The field identifiers of a type, or null when the index is out of range. */
    IndexSpace fields(int typeIndex) {
        return typeIndex >= 0 && typeIndex < fieldIds.size() ? fieldIds.get(typeIndex) : null;
    }

    /** Records a parsed recursive group whose types start at {@code firstIndex}. */
    void define(RecType group, int firstIndex) {
        List<SubType> subTypes = group.subTypes();
        for (int i = 0; i < subTypes.size(); i++) {
            definitions.set(firstIndex + i, subTypes.get(i));
            singular.set(firstIndex + i, subTypes.size() == 1);
        }
        groups.add(group);
    }

    List<RecType> groups() {
        return groups;
    }

    /**
     * The index of the first type that is a singular, final function type without supertypes and
     * with exactly these parameters and results; such a type is added when there is none.
     */
    int functionTypeFor(FuncType type, SExpr at) {
        for (int i = 0; i < definitions.size(); i++) {
            SubType s = definitions.get(i);
            if (s != null && singular.get(i) && s.isFinal() && s.supertypes().isEmpty()
                    && type.equals(s.composite())) {
                return i;
            }
        }
        int index = bind(null, at);
        define(new RecType(List.of(SubType.plain(type))), index);
        return index;
    }

    /** The function type at an index, for checking inline declarations against it. */
    FuncType functionType(int index, SExpr at) {
        SubType s = index >= 0 && index < definitions.size() ? definitions.get(index) : null;
        if (s == null) {
            throw new TextSyntaxException("unknown type " + Integer.toUnsignedString(index), at.line(), at.column());
        }
        CompositeType c = s.composite();
        if (!(c instanceof FuncType f)) {
            throw new TextSyntaxException("non-function type " + index, at.line(), at.column());
        }
        return f;
    }
}
