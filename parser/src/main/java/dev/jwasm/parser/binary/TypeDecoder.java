package dev.jwasm.parser.binary;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Decoders for types: value, heap and reference types, block types, recursive type groups,
 * limits and the external types. Where the format lets several encodings share a first byte
 * (a type index or a type constructor), the error reported is the one the reference
 * interpreter reports after trying its alternatives in order.
 */
final class TypeDecoder {
    private static final ValType[] NULLABLE_ABSTRACT = new ValType[128];
    private static final ValType[] NON_NULL_ABSTRACT = new ValType[128];
    private static final int CACHED_CONCRETE = 256;
    private static final HeapType[] CONCRETE = new HeapType[CACHED_CONCRETE];

    static {
        for (HeapType.Abstract a : HeapType.Abstract.values()) {
            NULLABLE_ABSTRACT[a.code()] = ValType.ref(true, HeapType.of(a));
            NON_NULL_ABSTRACT[a.code()] = ValType.ref(false, HeapType.of(a));
        }
        for (int i = 0; i < CACHED_CONCRETE; i++) {
            CONCRETE[i] = HeapType.concrete(i);
        }
    }

    private final ByteReader in;
    private final boolean threads;
    private final boolean customPageSizes;

    TypeDecoder(ByteReader in, Features features) {
        this.in = in;
        this.threads = features.has(Feature.THREADS);
        this.customPageSizes = features.has(Feature.CUSTOM_PAGE_SIZES);
    }

    static HeapType concrete(int index) {
        return index < CACHED_CONCRETE ? CONCRETE[index] : HeapType.concrete(index);
    }

    // ---- value types

    ValType valType() {
        int at = in.pos();
        int b = in.u8();
        switch (b) {
            case 0x7F:
                return ValType.I32;
            case 0x7E:
                return ValType.I64;
            case 0x7D:
                return ValType.F32;
            case 0x7C:
                return ValType.F64;
            case 0x7B:
                return ValType.V128;
            default:
                return refTypeAfter(at, b);
        }
    }

    ValType refType() {
        int at = in.pos();
        return refTypeAfter(at, in.u8());
    }

    private ValType refTypeAfter(int at, int b) {
        if (b == 0x63 || b == 0x64) {
            HeapType ht = heapType();
            boolean nullable = b == 0x63;
            if (!ht.isConcrete()) {
                return (nullable ? NULLABLE_ABSTRACT : NON_NULL_ABSTRACT)[ht.abstractType().code()];
            }
            return ValType.ref(nullable, ht);
        }
        if (b < 0x80) {
            ValType shorthand = NULLABLE_ABSTRACT[b];
            if (shorthand != null) {
                return shorthand;
            }
            throw in.errorAt(at, "malformed reference type");
        }
        throw in.errorAt(at + 1, ByteReader.TOO_LONG);
    }

    /** A heap type: an abstract type byte or a non-negative s33 type index. */
    HeapType heapType() {
        int at = in.pos();
        int b = in.peek();
        if (b < 0) {
            throw in.error(ByteReader.UNEXPECTED_END);
        }
        if ((b & 0x80) == 0) {
            in.u8();
            if ((b & 0x40) == 0) {
                return concrete(b);
            }
            HeapType.Abstract a = HeapType.Abstract.byCode(b);
            if (a == null) {
                throw in.errorAt(at, "malformed heap type");
            }
            return HeapType.of(a);
        }
        long v = multiByteS33(at);
        if (v >= 0 && v <= Integer.MAX_VALUE) {
            return concrete((int) v);
        }
        // a negative or out-of-range index: the abstract reading of the first byte is too long
        throw in.errorAt(at + 1, ByteReader.TOO_LONG);
    }

    /** Reads an s33 whose first byte has the continuation bit; any failure reads as "too long". */
    private long multiByteS33(int at) {
        try {
            return in.s33();
        } catch (MalformedModuleException e) {
            throw in.errorAt(at + 1, ByteReader.TOO_LONG);
        }
    }

    BlockType blockType() {
        int at = in.pos();
        int b = in.peek();
        if (b == 0x40) {
            in.u8();
            return BlockType.EMPTY;
        }
        if (b >= 0 && (b & 0xC0) == 0) {
            in.u8();
            return BlockType.ofTypeIndex(b);
        }
        if (b >= 0x80) {
            long v = multiByteS33(at);
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                return BlockType.ofTypeIndex((int) v);
            }
            throw in.errorAt(at + 1, ByteReader.TOO_LONG);
        }
        return BlockType.of(valType());
    }

    List<ValType> resultType() {
        int n = in.length();
        if (n == 0) {
            return List.of();
        }
        List<ValType> out = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) {
            out.add(valType());
        }
        return out;
    }

    // ---- defined types

    RecType recType() {
        if (in.peek() == 0x4E) {
            in.u8();
            int n = in.length();
            List<SubType> subs = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                subs.add(subType());
            }
            return new RecType(subs);
        }
        return new RecType(List.of(subType()));
    }

    private SubType subType() {
        int b = in.peek();
        if (b == 0x50 || b == 0x4F) {
            in.u8();
            int n = in.length();
            List<Integer> supers = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                supers.add(typeUse());
            }
            return new SubType(b == 0x4F, supers, compositeType());
        }
        return SubType.plain(compositeType());
    }

    /** A type index where the reference interpreter requires it to fit a signed 32-bit int. */
    int typeUse() {
        int at = in.pos();
        int x = in.u32();
        if (x < 0) {
            throw in.errorAt(at, "malformed type index");
        }
        return x;
    }

    private CompositeType compositeType() {
        int at = in.pos();
        int b = in.u8();
        switch (b) {
            case 0x60: {
                List<ValType> params = resultType();
                List<ValType> results = resultType();
                return new FuncType(params, results);
            }
            case 0x5F: {
                int n = in.length();
                List<FieldType> fields = new ArrayList<>(Math.min(n, 64));
                for (int i = 0; i < n; i++) {
                    fields.add(fieldType());
                }
                return new StructType(fields);
            }
            case 0x5E:
                return new ArrayType(fieldType());
            default:
                if (b >= 0x80) {
                    throw in.errorAt(at + 1, ByteReader.TOO_LONG);
                }
                throw in.errorAt(at, "malformed definition type");
        }
    }

    private FieldType fieldType() {
        StorageType storage = storageType();
        return new FieldType(storage, mutability());
    }

    private StorageType storageType() {
        int at = in.pos();
        int b = in.peek();
        if (b == PackedType.I8.code()) {
            in.u8();
            return PackedType.I8;
        }
        if (b == PackedType.I16.code()) {
            in.u8();
            return PackedType.I16;
        }
        if (b < 0) {
            throw in.error(ByteReader.UNEXPECTED_END);
        }
        if (b >= 0x80) {
            throw in.errorAt(at + 1, ByteReader.TOO_LONG);
        }
        try {
            return valType();
        } catch (MalformedModuleException e) {
            // the reference retries as a packed type, whose error is the one reported
            throw in.errorAt(at, "malformed storage type");
        }
    }

    boolean mutability() {
        int at = in.pos();
        int b = in.u8();
        if (b == 0) {
            return false;
        }
        if (b == 1) {
            return true;
        }
        throw in.errorAt(at, "malformed mutability");
    }

    // ---- external types

    GlobalType globalType() {
        ValType t = valType();
        return new GlobalType(t, mutability());
    }

    TableType tableType() {
        ValType element = refType();
        int at = in.pos();
        int flags = in.u8();
        if ((flags & ~0x05) != 0) {
            throw in.errorAt(at, "malformed limits flags");
        }
        return new TableType(element, limits(flags));
    }

    MemoryType memoryType() {
        int at = in.pos();
        int flags = in.u8();
        int allowed = 0x05 | (threads ? 0x02 : 0) | (customPageSizes ? 0x08 : 0);
        if ((flags & ~allowed) != 0) {
            throw in.errorAt(at, "malformed limits flags");
        }
        Limits limits = limits(flags);
        int pageSizeLog2 = MemoryType.DEFAULT_PAGE_SIZE_LOG2;
        if ((flags & 0x08) != 0) {
            int pat = in.pos();
            long log2 = in.u32Long();
            if (log2 > 64) {
                throw in.errorAt(pat, "invalid custom page size");
            }
            pageSizeLog2 = (int) log2;
        }
        return new MemoryType(limits, (flags & 0x02) != 0, pageSizeLog2);
    }

    private Limits limits(int flags) {
        long min = in.u64();
        boolean hasMax = (flags & 0x01) != 0;
        long max = hasMax ? in.u64() : Limits.NO_MAX;
        return new Limits(min, max, hasMax, (flags & 0x04) != 0);
    }

    TagType tagType() {
        in.expect(0x00, "zero byte expected");
        return new TagType(typeUse());
    }
}
