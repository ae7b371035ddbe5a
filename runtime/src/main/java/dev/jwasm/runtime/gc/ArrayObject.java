package dev.jwasm.runtime.gc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A GC array: a plain JVM object over a primitive array chosen by the element kind
 * ({@code byte[]} for i8, {@code short[]} for i16, {@code int[]} for i32 and f32 bits,
 * {@code long[]} for i64, f64 bits and v128 pairs, {@code Object[]} for references).
 * Bounds are the caller's to check ({@link GcOps} does); these methods are the storage.
 */
public abstract class ArrayObject {
    public final ArrayLayout layout;

    ArrayObject(ArrayLayout layout) {
        this.layout = layout;
    }

    public final int typeId() {
        return layout.typeId();
    }

    public abstract int length();

    /** A numeric element, sign-extended for packed kinds (the bits for floats, the low half of a v128). */
    public long get(int i) {
        throw new UnsupportedOperationException();
    }

    /** A numeric element, zero-extended for packed kinds. */
    public long getUnsigned(int i) {
        return get(i);
    }

    /** The high half of a v128 element. */
    public long getHigh(int i) {
        throw new UnsupportedOperationException();
    }

    public Object getRef(int i) {
        throw new UnsupportedOperationException();
    }

    /** Stores a numeric element (packed kinds keep the low bits; {@code hi} only for v128). */
    public void set(int i, long v, long hi) {
        throw new UnsupportedOperationException();
    }

    public void setRef(int i, Object v) {
        throw new UnsupportedOperationException();
    }

    /** Fills {@code [from, from+n)} with one numeric value (or, for a reference array, {@code ref}). */
    public abstract void fill(int from, int n, long v, long hi, Object ref);

    /** {@code array.copy} between arrays of the same kind; overlapping ranges behave like memmove. */
    public abstract void copyFrom(int dst, ArrayObject src, int srcIndex, int n);

    /** Sets {@code n} elements from little-endian bytes (numeric kinds only). */
    public abstract void setFromBytes(int dst, byte[] data, int offset, int n);

    /** A new array of {@code length} zero / null elements. */
    public static ArrayObject create(ArrayLayout layout, int length) {
        switch (layout.kind()) {
            case StorageKind.I8:
                return new I8(layout, new byte[length]);
            case StorageKind.I16:
                return new I16(layout, new short[length]);
            case StorageKind.I32:
            case StorageKind.F32:
                return new I32(layout, new int[length]);
            case StorageKind.I64:
            case StorageKind.F64:
                return new I64(layout, new long[length]);
            case StorageKind.V128:
                return new V128(layout, new long[length * 2]);
            default:
                return new Ref(layout, new Object[length]);
        }
    }

    @Override
    public String toString() {
        return "array#" + layout.typeId() + "[" + length() + "]";
    }

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** i8 elements. */
    public static final class I8 extends ArrayObject {
        public final byte[] data;

        I8(ArrayLayout layout, byte[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length;
        }

        @Override
        public long get(int i) {
            return data[i];
        }

        @Override
        public long getUnsigned(int i) {
            return data[i] & 0xFF;
        }

        @Override
        public void set(int i, long v, long hi) {
            data[i] = (byte) v;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            Arrays.fill(data, from, from + n, (byte) v);
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((I8) src).data, srcIndex, data, dst, n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            System.arraycopy(bytes, offset, data, dst, n);
        }
    }

    /** i16 elements. */
    public static final class I16 extends ArrayObject {
        public final short[] data;

        I16(ArrayLayout layout, short[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length;
        }

        @Override
        public long get(int i) {
            return data[i];
        }

        @Override
        public long getUnsigned(int i) {
            return data[i] & 0xFFFF;
        }

        @Override
        public void set(int i, long v, long hi) {
            data[i] = (short) v;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            Arrays.fill(data, from, from + n, (short) v);
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((I16) src).data, srcIndex, data, dst, n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            for (int k = 0; k < n; k++) {
                data[dst + k] = (short) SHORT.get(bytes, offset + 2 * k);
            }
        }
    }

    /** i32 elements, and f32 elements as their bits. */
    public static final class I32 extends ArrayObject {
        public final int[] data;

        I32(ArrayLayout layout, int[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length;
        }

        @Override
        public long get(int i) {
            return data[i];
        }

        @Override
        public void set(int i, long v, long hi) {
            data[i] = (int) v;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            Arrays.fill(data, from, from + n, (int) v);
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((I32) src).data, srcIndex, data, dst, n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            for (int k = 0; k < n; k++) {
                data[dst + k] = (int) INT.get(bytes, offset + 4 * k);
            }
        }
    }

    /** i64 elements, and f64 elements as their bits. */
    public static final class I64 extends ArrayObject {
        public final long[] data;

        I64(ArrayLayout layout, long[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length;
        }

        @Override
        public long get(int i) {
            return data[i];
        }

        @Override
        public void set(int i, long v, long hi) {
            data[i] = v;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            Arrays.fill(data, from, from + n, v);
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((I64) src).data, srcIndex, data, dst, n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            for (int k = 0; k < n; k++) {
                data[dst + k] = (long) LONG.get(bytes, offset + 8 * k);
            }
        }
    }

    /** v128 elements as (low, high) pairs. */
    public static final class V128 extends ArrayObject {
        public final long[] data;

        V128(ArrayLayout layout, long[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length >> 1;
        }

        @Override
        public long get(int i) {
            return data[2 * i];
        }

        @Override
        public long getHigh(int i) {
            return data[2 * i + 1];
        }

        @Override
        public void set(int i, long v, long hi) {
            data[2 * i] = v;
            data[2 * i + 1] = hi;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            for (int k = from; k < from + n; k++) {
                data[2 * k] = v;
                data[2 * k + 1] = hi;
            }
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((V128) src).data, 2 * srcIndex, data, 2 * dst, 2 * n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            for (int k = 0; k < 2 * n; k++) {
                data[2 * dst + k] = (long) LONG.get(bytes, offset + 8 * k);
            }
        }
    }

    /** Reference elements. */
    public static final class Ref extends ArrayObject {
        public final Object[] data;

        Ref(ArrayLayout layout, Object[] data) {
            super(layout);
            this.data = data;
        }

        @Override
        public int length() {
            return data.length;
        }

        @Override
        public Object getRef(int i) {
            return data[i];
        }

        @Override
        public void setRef(int i, Object v) {
            data[i] = v;
        }

        @Override
        public void fill(int from, int n, long v, long hi, Object ref) {
            Arrays.fill(data, from, from + n, ref);
        }

        @Override
        public void copyFrom(int dst, ArrayObject src, int srcIndex, int n) {
            System.arraycopy(((Ref) src).data, srcIndex, data, dst, n);
        }

        @Override
        public void setFromBytes(int dst, byte[] bytes, int offset, int n) {
            throw new UnsupportedOperationException("reference arrays are not initialized from data");
        }
    }
}
