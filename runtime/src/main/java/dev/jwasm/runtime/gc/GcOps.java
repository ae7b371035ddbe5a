package dev.jwasm.runtime.gc;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;

/**
 * The struct and array instructions of the GC proposal, written once for every tier: null
 * checks, bounds checks and packing. Numeric values travel as raw bits in a {@code long}
 * (i32 and f32 in the low 32 bits), v128 as two longs, references as objects.
 */
public final class GcOps {
    private GcOps() {}

    /** The most elements an array may have (the JVM's array limit). */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    // ---------------------------------------------------------------- structs

    public static StructObject struct(Object ref) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_STRUCTURE_REFERENCE);
        }
        return (StructObject) ref;
    }

    /** Stores a numeric field, truncating packed fields. */
    public static void setField(StructObject s, int field, long v, long hi) {
        StructLayout l = s.layout;
        int slot = l.slot(field);
        switch (l.kind(field)) {
            case StorageKind.I8:
                s.nums[slot] = v & 0xFF;
                break;
            case StorageKind.I16:
                s.nums[slot] = v & 0xFFFF;
                break;
            case StorageKind.I32:
            case StorageKind.F32:
                s.nums[slot] = (int) v;
                break;
            case StorageKind.V128:
                s.nums[slot] = v;
                s.nums[slot + 1] = hi;
                break;
            default:
                s.nums[slot] = v;
                break;
        }
    }

    /** {@code struct.get} / {@code struct.get_s} / {@code struct.get_u} of a numeric field (the low half of a v128). */
    public static long getField(StructObject s, int field, boolean signed) {
        StructLayout l = s.layout;
        long v = s.nums[l.slot(field)];
        switch (l.kind(field)) {
            case StorageKind.I8:
                return signed ? (byte) v : v;
            case StorageKind.I16:
                return signed ? (short) v : v;
            default:
                return v;
        }
    }

    /** The high half of a v128 field. */
    public static long getFieldHigh(StructObject s, int field) {
        return s.nums[s.layout.slot(field) + 1];
    }

    public static Object getRefField(StructObject s, int field) {
        return s.refs[s.layout.slot(field)];
    }

    public static void setRefField(StructObject s, int field, Object v) {
        s.refs[s.layout.slot(field)] = v;
    }

    // ---------------------------------------------------------------- arrays

    public static ArrayObject array(Object ref) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_ARRAY_REFERENCE);
        }
        return (ArrayObject) ref;
    }

    /** A new array of {@code length} (an unsigned i32) elements, all zero / null. */
    public static ArrayObject newDefault(ArrayLayout layout, int length) {
        if (length < 0 || length > MAX_ARRAY_LENGTH / (layout.kind() == StorageKind.V128 ? 2 : 1)) {
            throw new Trap(TrapMessages.ARRAY_TOO_LARGE);
        }
        try {
            return ArrayObject.create(layout, length);
        } catch (OutOfMemoryError e) {
            throw new Trap(TrapMessages.ARRAY_TOO_LARGE);
        }
    }

    /** {@code array.new}: {@code length} copies of one value. */
    public static ArrayObject newFilled(ArrayLayout layout, int length, long v, long hi, Object ref) {
        ArrayObject a = newDefault(layout, length);
        if (length > 0) {
            a.fill(0, length, v, hi, ref);
        }
        return a;
    }

    /** {@code array.new_data}: elements read little-endian from a data segment. */
    public static ArrayObject newData(ArrayLayout layout, byte[] data, int offset, int length) {
        long bytes = Integer.toUnsignedLong(length) * StorageKind.byteSize(layout.kind());
        if (Integer.toUnsignedLong(offset) + bytes > data.length) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_MEMORY_ACCESS);
        }
        ArrayObject a = newDefault(layout, length);
        a.setFromBytes(0, data, offset, length);
        return a;
    }

    /** {@code array.new_elem}: elements copied from an element segment. */
    public static ArrayObject newElem(ArrayLayout layout, Object[] elem, int offset, int length) {
        if (Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(length) > elem.length) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_TABLE_ACCESS);
        }
        ArrayObject a = newDefault(layout, length);
        System.arraycopy(elem, offset, ((ArrayObject.Ref) a).data, 0, length);
        return a;
    }

    /** Checks one index of {@code array.get} / {@code array.set}; returns the array. */
    public static ArrayObject checkIndex(Object ref, int index) {
        ArrayObject a = array(ref);
        if (Integer.compareUnsigned(index, a.length()) >= 0) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_ARRAY_ACCESS);
        }
        return a;
    }

    /** Checks that {@code [index, index+n)} (unsigned) lies in the array; returns the array. */
    public static ArrayObject checkRange(Object ref, int index, int n) {
        ArrayObject a = array(ref);
        if (Integer.toUnsignedLong(index) + Integer.toUnsignedLong(n) > a.length()) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_ARRAY_ACCESS);
        }
        return a;
    }

    public static int len(Object ref) {
        return array(ref).length();
    }

    /** {@code array.fill}. */
    public static void fill(Object ref, int index, long v, long hi, Object value, int n) {
        ArrayObject a = checkRange(ref, index, n);
        a.fill(index, n, v, hi, value);
    }

    /** {@code array.copy} (overlap-safe). */
    public static void copy(Object dstRef, int dst, Object srcRef, int src, int n) {
        ArrayObject d = array(dstRef);
        ArrayObject s = array(srcRef);
        if (Integer.toUnsignedLong(dst) + Integer.toUnsignedLong(n) > d.length()
                || Integer.toUnsignedLong(src) + Integer.toUnsignedLong(n) > s.length()) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_ARRAY_ACCESS);
        }
        if (n > 0) {
            d.copyFrom(dst, s, src, n);
        }
    }

    /** {@code array.init_data}. */
    public static void initData(Object ref, int dst, byte[] data, int offset, int n) {
        ArrayObject a = checkRange(ref, dst, n);
        long bytes = Integer.toUnsignedLong(n) * StorageKind.byteSize(a.layout.kind());
        if (Integer.toUnsignedLong(offset) + bytes > data.length) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_MEMORY_ACCESS);
        }
        if (n > 0) {
            a.setFromBytes(dst, data, offset, n);
        }
    }

    /** {@code array.init_elem}. */
    public static void initElem(Object ref, int dst, Object[] elem, int offset, int n) {
        ArrayObject a = checkRange(ref, dst, n);
        if (Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(n) > elem.length) {
            throw new Trap(TrapMessages.OUT_OF_BOUNDS_TABLE_ACCESS);
        }
        if (n > 0) {
            System.arraycopy(elem, offset, ((ArrayObject.Ref) a).data, dst, n);
        }
    }
}
