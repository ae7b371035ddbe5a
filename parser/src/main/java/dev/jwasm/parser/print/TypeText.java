package dev.jwasm.parser.print;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.util.List;

/** The text of types, with type references through the module's identifiers. */
final class TypeText {
    private final Names names;

    TypeText(Names names) {
        this.names = names;
    }

    String heapType(HeapType h) {
        return h.isConcrete() ? names.ref(Names.Space.TYPE, h.typeIndex()) : h.abstractType().text();
    }

    /** A value type; nullable abstract references use their shorthand ({@code funcref}). */
    String valType(ValType t) {
        if (!t.isRef()) {
            return t.kind().text();
        }
        if (t.nullable() && !t.heapType().isConcrete()) {
            return shorthand(t.heapType().abstractType());
        }
        return refType(t);
    }

    /** The shorthand of {@code (ref null ht)}: the bottom types read {@code nullref}, not {@code noneref}. */
    static String shorthand(HeapType.Abstract a) {
        return switch (a) {
            case NONE -> "nullref";
            case NOFUNC -> "nullfuncref";
            case NOEXTERN -> "nullexternref";
            case NOEXN -> "nullexnref";
            default -> a.text() + "ref";
        };
    }

    /** A reference type in full, {@code (ref null? ht)}, so its nullability is always visible. */
    String refType(ValType t) {
        return "(ref " + (t.nullable() ? "null " : "") + heapType(t.heapType()) + ")";
    }

    String storageType(StorageType s) {
        return s instanceof PackedType p ? p.text() : valType((ValType) s);
    }

    String fieldType(FieldType f) {
        String s = storageType(f.storage());
        return f.mutable() ? "(mut " + s + ")" : s;
    }

    /** {@code (param t*)? (result t*)?}, each part only when non-empty; a leading space when anything is written. */
    void appendSignature(StringBuilder sb, FuncType f) {
        appendList(sb, "param", f.params());
        appendList(sb, "result", f.results());
    }

    void appendList(StringBuilder sb, String keyword, List<ValType> types) {
        if (types.isEmpty()) {
            return;
        }
        sb.append(" (").append(keyword);
        for (ValType t : types) {
            sb.append(' ').append(valType(t));
        }
        sb.append(')');
    }

    String compositeType(CompositeType c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof FuncType f) {
            sb.append("(func");
            appendSignature(sb, f);
        } else if (c instanceof StructType s) {
            sb.append("(struct");
            for (FieldType f : s.fields()) {
                sb.append(" (field ").append(fieldType(f)).append(')');
            }
        } else {
            sb.append("(array ").append(fieldType(((ArrayType) c).element()));
        }
        return sb.append(')').toString();
    }

    /** A sub type; the plain form for a final type without supertypes, as the parser reads it back. */
    String subType(SubType s) {
        if (s.isFinal() && s.supertypes().isEmpty()) {
            return compositeType(s.composite());
        }
        StringBuilder sb = new StringBuilder("(sub");
        if (s.isFinal()) {
            sb.append(" final");
        }
        for (int sup : s.supertypes()) {
            sb.append(' ').append(names.ref(Names.Space.TYPE, sup));
        }
        return sb.append(' ').append(compositeType(s.composite())).append(')').toString();
    }

    /**
     * A block type: nothing, {@code (result t)}, or {@code (type x)} alone, which the parser keeps
     * as that very type index (inline declarations could resolve to another index).
     */
    String blockType(BlockType b) {
        if (b.isTypeIndex()) {
            return "(type " + names.ref(Names.Space.TYPE, b.typeIndex()) + ")";
        }
        return b.valueType() == null ? "" : "(result " + valType(b.valueType()) + ")";
    }

    static String limits(Limits l) {
        String min = Long.toUnsignedString(l.min());
        return l.hasMax() ? min + " " + Long.toUnsignedString(l.max()) : min;
    }

    String tableType(TableType t) {
        return (t.limits().is64() ? "i64 " : "") + limits(t.limits()) + " " + valType(t.elementType());
    }

    static String memoryType(MemoryType m) {
        StringBuilder sb = new StringBuilder();
        if (m.limits().is64()) {
            sb.append("i64 ");
        }
        sb.append(limits(m.limits()));
        if (m.shared()) {
            sb.append(" shared");
        }
        if (m.pageSizeLog2() != MemoryType.DEFAULT_PAGE_SIZE_LOG2 && m.pageSizeLog2() < 64) {
            sb.append(" (pagesize ").append(Long.toUnsignedString(1L << m.pageSizeLog2())).append(')');
        }
        return sb.toString();
    }
}
