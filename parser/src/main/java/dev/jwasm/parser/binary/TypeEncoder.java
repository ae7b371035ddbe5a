package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import java.util.List;

/** Canonical encodings of types: shorthands where they exist, shortest integers. */
final class TypeEncoder {
    private TypeEncoder() {
    }

    static void valType(ByteWriter out, ValType t) {
        if (!t.isRef()) {
            out.u8(t.kind().code());
            return;
        }
        HeapType ht = t.heapType();
        if (t.nullable() && !ht.isConcrete()) {
            out.u8(ht.abstractType().code());
            return;
        }
        out.u8(t.nullable() ? 0x63 : 0x64);
        heapType(out, ht);
    }

    static void heapType(ByteWriter out, HeapType ht) {
        if (ht.isConcrete()) {
            out.signed(ht.typeIndex());
        } else {
            out.u8(ht.abstractType().code());
        }
    }

    static void blockType(ByteWriter out, BlockType bt) {
        if (bt.isTypeIndex()) {
            out.signed(bt.typeIndex());
        } else if (bt.valueType() != null) {
            valType(out, bt.valueType());
        } else {
            out.u8(0x40);
        }
    }

    static void resultType(ByteWriter out, List<ValType> types) {
        out.u32(types.size());
        for (ValType t : types) {
            valType(out, t);
        }
    }

    static void recType(ByteWriter out, RecType rec) {
        List<SubType> subs = rec.subTypes();
        if (subs.size() == 1) {
            subType(out, subs.get(0));
            return;
        }
        out.u8(0x4E);
        out.u32(subs.size());
        for (SubType s : subs) {
            subType(out, s);
        }
    }

    private static void subType(ByteWriter out, SubType s) {
        if (!s.isFinal() || !s.supertypes().isEmpty()) {
            out.u8(s.isFinal() ? 0x4F : 0x50);
            out.u32(s.supertypes().size());
            for (int x : s.supertypes()) {
                out.u32(x);
            }
        }
        compositeType(out, s.composite());
    }

    private static void compositeType(ByteWriter out, CompositeType c) {
        if (c instanceof FuncType f) {
            out.u8(0x60);
            resultType(out, f.params());
            resultType(out, f.results());
        } else if (c instanceof StructType s) {
            out.u8(0x5F);
            out.u32(s.fields().size());
            for (FieldType f : s.fields()) {
                fieldType(out, f);
            }
        } else {
            out.u8(0x5E);
            fieldType(out, ((ArrayType) c).element());
        }
    }

    private static void fieldType(ByteWriter out, FieldType f) {
        StorageType st = f.storage();
        if (st instanceof PackedType p) {
            out.u8(p.code());
        } else {
            valType(out, (ValType) st);
        }
        out.u8(f.mutable() ? 1 : 0);
    }

    static void globalType(ByteWriter out, GlobalType g) {
        valType(out, g.valueType());
        out.u8(g.mutable() ? 1 : 0);
    }

    static void tableType(ByteWriter out, TableType t) {
        valType(out, t.elementType());
        limits(out, t.limits(), 0);
    }

    static void memoryType(ByteWriter out, MemoryType m) {
        boolean customPage = m.pageSizeLog2() != MemoryType.DEFAULT_PAGE_SIZE_LOG2;
        limits(out, m.limits(), (m.shared() ? 0x02 : 0) | (customPage ? 0x08 : 0));
        if (customPage) {
            out.u32(m.pageSizeLog2());
        }
    }

    private static void limits(ByteWriter out, Limits l, int extraFlags) {
        int flags = extraFlags | (l.hasMax() ? 0x01 : 0) | (l.is64() ? 0x04 : 0);
        out.u8(flags);
        out.u64(l.min());
        if (l.hasMax()) {
            out.u64(l.max());
        }
    }

    static void tagType(ByteWriter out, TagType t) {
        out.u8(0x00);
        out.u32(t.typeIndex());
    }
}
