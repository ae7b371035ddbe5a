package dev.jwasm.validator.types;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.validator.InvalidModuleException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a recursion group of the module model into a {@link RecGroupKey}, checking that every
 * type index it uses is defined (before the group or inside it).
 *
 * <p>Per sub type: {@code final(0|1) supertypeCount supertype* kind payload}, where a supertype
 * is a canonical id (outside the group) or {@code -1 - relativeIndex} (inside); kind is
 * {@link #FUNC} ({@code n param* m result*}), {@link #STRUCT} ({@code n (storage mut)*}) or
 * {@link #ARRAY} ({@code storage mut}). Value and storage types are {@link TypeCodes} codes, except
 * references into the group: {@code -1 - (2 * relativeIndex + nullable)}.
 */
final class RecGroupEncoder {
    static final int FUNC = 0;
    static final int STRUCT = 1;
    static final int ARRAY = 2;

    private int[] buf = new int[32];
    private int len;
    private final int groupStart;
    private final int groupSize;
    private final int[] ids;

    private RecGroupEncoder(int groupStart, int groupSize, int[] ids) {
        this.groupStart = groupStart;
        this.groupSize = groupSize;
        this.ids = ids;
    }

    /**
     * Encodes the group whose first type has module index {@code groupStart}; {@code ids} holds
     * the canonical ids of the module's earlier types.
     */
    static RecGroupKey encode(RecType group, int groupStart, int[] ids) {
        List<SubType> subs = group.subTypes();
        RecGroupEncoder e = new RecGroupEncoder(groupStart, subs.size(), ids);
        for (SubType st : subs) {
            e.subType(st);
        }
        return new RecGroupKey(Arrays.copyOf(e.buf, e.len), subs.size());
    }

    private void subType(SubType st) {
        add(st.isFinal() ? 1 : 0);
        add(st.supertypes().size());
        for (int s : st.supertypes()) {
            add(typeRef(s));
        }
        CompositeType ct = st.composite();
        if (ct instanceof FuncType f) {
            add(FUNC);
            add(f.params().size());
            for (ValType t : f.params()) {
                add(valType(t));
            }
            add(f.results().size());
            for (ValType t : f.results()) {
                add(valType(t));
            }
        } else if (ct instanceof StructType s) {
            add(STRUCT);
            add(s.fields().size());
            for (FieldType ft : s.fields()) {
                field(ft);
            }
        } else if (ct instanceof ArrayType a) {
            add(ARRAY);
            field(a.element());
        } else {
            throw new InvalidModuleException("malformed type: missing composite type");
        }
    }

    private void field(FieldType ft) {
        if (ft == null || ft.storage() == null) {
            throw new InvalidModuleException("malformed type: missing field type");
        }
        add(storage(ft.storage()));
        add(ft.mutable() ? 1 : 0);
    }

    private int storage(StorageType st) {
        if (st instanceof PackedType p) {
            return p == PackedType.I8 ? TypeCodes.I8 : TypeCodes.I16;
        }
        return valType((ValType) st);
    }

    private int typeRef(int index) {
        if (index >= 0 && index < groupStart) {
            return ids[index];
        }
        if (index >= groupStart && index - groupStart < groupSize) {
            return -1 - (index - groupStart);
        }
        throw unknownType(index);
    }

    private int valType(ValType t) {
        switch (t.kind()) {
            case I32: return TypeCodes.I32;
            case I64: return TypeCodes.I64;
            case F32: return TypeCodes.F32;
            case F64: return TypeCodes.F64;
            case V128: return TypeCodes.V128;
            default: break;
        }
        HeapType ht = t.heapType();
        if (!ht.isConcrete()) {
            return TypeCodes.ref(AbstractHeaps.code(ht.abstractType()), t.nullable());
        }
        int index = ht.typeIndex();
        if (index < groupStart) {
            return TypeCodes.ref(TypeCodes.concreteHeap(ids[index]), t.nullable());
        }
        if (index - groupStart < groupSize) {
            return -1 - (2 * (index - groupStart) + (t.nullable() ? 1 : 0));
        }
        throw unknownType(index);
    }

    static InvalidModuleException unknownType(int index) {
        return new InvalidModuleException("unknown type " + Integer.toUnsignedString(index));
    }

    private void add(int v) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = v;
    }
}
