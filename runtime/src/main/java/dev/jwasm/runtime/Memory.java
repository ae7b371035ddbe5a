package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A linear memory over a {@code byte[]}, read and written little-endian through
 * {@link MethodHandles#byteArrayViewVarHandle} views.
 *
 * <h2>Addresses</h2>
 * Every access takes an effective address {@code ea}: the operand (an i32 zero-extended, or
 * an i64 of a 64-bit memory) plus the static offset, computed without wrapping by
 * {@link #ea32} / {@link #ea64} (an overflowing sum becomes -1). An access of {@code n}
 * bytes traps with "out of bounds memory access" unless {@code 0 <= ea <= size - n}.
 *
 * <h2>Growth</h2>
 * An unshared memory replaces its array on {@code memory.grow}. Growth stops (returns -1)
 * at the declared maximum, at the store's limit and at what a {@code byte[]} holds (just
 * under 2 GiB). A <em>shared</em> memory never moves — other threads hold on to its array —
 * so it allocates its maximum up front (at most {@link ResourceLimits#sharedMemoryReserve()}
 * bytes when the declared maximum is larger) and grows within it.
 *
 * <h2>Atomics</h2>
 * 32- and 64-bit atomics use the VarHandle atomic modes on aligned addresses; 8- and 16-bit
 * read-modify-write operations are compare-and-swap loops on the enclosing aligned int.
 * {@code memory.atomic.wait} / {@code notify} queue waiters by address and work across Java
 * threads.
 */
public final class Memory implements Extern {
    private static final VarHandle BYTE = MethodHandles.arrayElementVarHandle(byte[].class);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryType declared;
    private final int pageSizeLog2;
    private final boolean shared;
    private final boolean is64;
    /** The most pages this memory may ever have: declared or implied maximum, store limit, array limit. */
    private final long maxPages;
    private byte[] bytes;
    private long byteSize;
    private final Waiters waiters;

    /** A memory of the given type whose size the limits bound. */
    public Memory(MemoryType type, ResourceLimits limits) {
        this.declared = type;
        this.pageSizeLog2 = type.pageSizeLog2();
        this.shared = type.shared();
        Limits l = type.limits();
        this.is64 = l.is64();
        long impliedMax = is64 ? (pageSizeLog2 == 0 ? Long.MAX_VALUE : 1L << (64 - pageSizeLog2))
                : 1L << (32 - pageSizeLog2);
        long declaredMax = l.hasMax() && Long.compareUnsigned(l.max(), impliedMax) < 0 ? l.max() : impliedMax;
        long byLimit = limits.maxMemoryBytes() >>> pageSizeLog2;
        long reachable = Math.min(declaredMax, byLimit);
        if (shared) {
            reachable = Math.min(reachable, Math.max(limits.sharedMemoryReserve() >>> pageSizeLog2, l.min()));
        }
        this.maxPages = reachable;
        if (Long.compareUnsigned(l.min(), reachable) > 0) {
            throw new Trap("memory of " + Long.toUnsignedString(l.min()) + " pages exceeds the limit of "
                    + reachable + " pages");
        }
        this.byteSize = l.min() << pageSizeLog2;
        try {
            this.bytes = new byte[(int) (shared ? maxPages << pageSizeLog2 : byteSize)];
        } catch (OutOfMemoryError e) {
            throw new Trap("out of memory allocating a memory of " + byteSize + " bytes");
        }
        this.waiters = shared ? new Waiters() : null;
    }

    /** A host memory with the default limits. */
    public static Memory create(MemoryType type) {
        return new Memory(type, ResourceLimits.DEFAULT);
    }

    /** The memory's current type: its limits have the current size as minimum. */
    public MemoryType type() {
        Limits l = declared.limits();
        return new MemoryType(new Limits(pages(), l.max(), l.is64()), shared, pageSizeLog2);
    }

    public boolean isShared() {
        return shared;
    }

    public boolean is64() {
        return is64;
    }

    public int pageSizeLog2() {
        return pageSizeLog2;
    }

    /** The declared maximum in pages, or {@link Limits#NO_MAX}. */
    public long declaredMax() {
        return declared.limits().max();
    }

    /** The current size in pages ({@code memory.size}). */
    public long pages() {
        return byteSize >>> pageSizeLog2;
    }

    /** The current size in bytes. */
    public long byteSize() {
        return byteSize;
    }

    /** {@code memory.grow}: the old size in pages, or -1 when the memory cannot grow by {@code delta} (unsigned). */
    public long grow(long delta) {
        if (shared) {
            synchronized (this) {
                return growTo(delta);
            }
        }
        return growTo(delta);
    }

    private long growTo(long delta) {
        long old = pages();
        if (Long.compareUnsigned(delta, maxPages - old) > 0) {
            return -1;
        }
        long newSize = (old + delta) << pageSizeLog2;
        if (!shared && newSize > bytes.length) {
            try {
                bytes = Arrays.copyOf(bytes, (int) newSize);
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        byteSize = newSize;
        return old;
    }

    /** The backing array. Unshared memories replace it on growth: do not keep it across calls. */
    public byte[] bytes() {
        return bytes;
    }

    // ---------------------------------------------------------------- addresses

    /** The effective address of an i32 operand and a static offset. */
    public static long ea32(int address, long offset) {
        return Integer.toUnsignedLong(address) + offset;
    }

    /** The effective address of an i64 operand and a static offset, or -1 when the sum exceeds 2^63. */
    public static long ea64(long address, long offset) {
        long ea = address + offset;
        return (address | offset | ea) < 0 ? -1 : ea;
    }

    /** Checks an access of {@code n} bytes at {@code ea}; returns the array index. */
    private int index(long ea, int n) {
        if ((ea | (byteSize - n - ea)) < 0) {
            throw outOfBounds();
        }
        return (int) ea;
    }

    private static Trap outOfBounds() {
        return new Trap(TrapMessages.OUT_OF_BOUNDS_MEMORY_ACCESS);
    }

    // ---------------------------------------------------------------- loads and stores

    public int loadI8(long ea) {
        return bytes[index(ea, 1)];
    }

    public int loadU8(long ea) {
        return bytes[index(ea, 1)] & 0xFF;
    }

    public int loadI16(long ea) {
        return (short) SHORT.get(bytes, index(ea, 2));
    }

    public int loadU16(long ea) {
        return (short) SHORT.get(bytes, index(ea, 2)) & 0xFFFF;
    }

    public int loadI32(long ea) {
        return (int) INT.get(bytes, index(ea, 4));
    }

    public long loadU32(long ea) {
        return Integer.toUnsignedLong((int) INT.get(bytes, index(ea, 4)));
    }

    public long loadI64(long ea) {
        return (long) LONG.get(bytes, index(ea, 8));
    }

    /** The low half of a v128 load after checking all 16 bytes; read the high half with {@link #loadI64} at ea + 8. */
    public long loadV128Low(long ea) {
        return (long) LONG.get(bytes, index(ea, 16));
    }

    public void storeI8(long ea, int v) {
        bytes[index(ea, 1)] = (byte) v;
    }

    public void storeI16(long ea, int v) {
        SHORT.set(bytes, index(ea, 2), (short) v);
    }

    public void storeI32(long ea, int v) {
        INT.set(bytes, index(ea, 4), v);
    }

    public void storeI64(long ea, long v) {
        LONG.set(bytes, index(ea, 8), v);
    }

    public void storeV128(long ea, long lo, long hi) {
        int i = index(ea, 16);
        LONG.set(bytes, i, lo);
        LONG.set(bytes, i + 8, hi);
    }

    // ---------------------------------------------------------------- bulk memory

    /** {@code memory.fill}: {@code n} bytes of {@code value} at {@code dst} (unsigned). */
    public void fill(long dst, int value, long n) {
        checkRange(dst, n, byteSize);
        Arrays.fill(bytes, (int) dst, (int) (dst + n), (byte) value);
    }

    /** {@code memory.copy} from {@code src} of another (or this) memory; overlap-safe. */
    public void copy(long dst, Memory from, long src, long n) {
        checkRange(dst, n, byteSize);
        checkRange(src, n, from.byteSize);
        System.arraycopy(from.bytes, (int) src, bytes, (int) dst, (int) n);
    }

    /** {@code memory.init} from a data segment's bytes. */
    public void init(long dst, byte[] data, long src, long n) {
        checkRange(dst, n, byteSize);
        checkRange(src, n, data.length);
        System.arraycopy(data, (int) src, bytes, (int) dst, (int) n);
    }

    private static void checkRange(long at, long n, long length) {
        if (Long.compareUnsigned(at, length) > 0 || Long.compareUnsigned(n, length - at) > 0) {
            throw outOfBounds();
        }
    }

    /** Copies bytes out of memory (host access). */
    public void read(long offset, byte[] dst, int dstOffset, int length) {
        checkRange(offset, length, byteSize);
        System.arraycopy(bytes, (int) offset, dst, dstOffset, length);
    }

    public byte[] read(long offset, int length) {
        byte[] out = new byte[length];
        read(offset, out, 0, length);
        return out;
    }

    /** Copies bytes into memory (host access). */
    public void write(long offset, byte[] src) {
        checkRange(offset, src.length, byteSize);
        System.arraycopy(src, 0, bytes, (int) offset, src.length);
    }

    // ---------------------------------------------------------------- atomics

    /** The operations of {@link #atomicRmw}. */
    public static final int RMW_ADD = 0;
    public static final int RMW_SUB = 1;
    public static final int RMW_AND = 2;
    public static final int RMW_OR = 3;
    public static final int RMW_XOR = 4;
    public static final int RMW_XCHG = 5;

    private int atomicIndex(long ea, int n) {
        int i = index(ea, n);
        if ((i & (n - 1)) != 0) {
            throw new Trap(TrapMessages.UNALIGNED_ATOMIC);
        }
        return i;
    }

    private static long mask(int width) {
        return width == 8 ? -1L : (1L << (width * 8)) - 1;
    }

    /** An atomic load of {@code width} (1, 2, 4 or 8) bytes, zero-extended. */
    public long atomicLoad(long ea, int width) {
        int i = atomicIndex(ea, width);
        switch (width) {
            case 1:
                return (byte) BYTE.getVolatile(bytes, i) & 0xFFL;
            case 2:
                return (short) SHORT.getVolatile(bytes, i) & 0xFFFFL;
            case 4:
                return Integer.toUnsignedLong((int) INT.getVolatile(bytes, i));
            default:
                return (long) LONG.getVolatile(bytes, i);
        }
    }

    /** An atomic store of the low {@code width} bytes of {@code v}. */
    public void atomicStore(long ea, int width, long v) {
        int i = atomicIndex(ea, width);
        switch (width) {
            case 1:
                BYTE.setVolatile(bytes, i, (byte) v);
                break;
            case 2:
                SHORT.setVolatile(bytes, i, (short) v);
                break;
            case 4:
                INT.setVolatile(bytes, i, (int) v);
                break;
            default:
                LONG.setVolatile(bytes, i, v);
                break;
        }
    }

    /** An atomic read-modify-write ({@link #RMW_ADD} ...) of {@code width} bytes; returns the old value zero-extended. */
    public long atomicRmw(long ea, int width, int op, long v) {
        int i = atomicIndex(ea, width);
        if (width == 8) {
            switch (op) {
                case RMW_ADD:
                    return (long) LONG.getAndAdd(bytes, i, v);
                case RMW_SUB:
                    return (long) LONG.getAndAdd(bytes, i, -v);
                case RMW_AND:
                    return (long) LONG.getAndBitwiseAnd(bytes, i, v);
                case RMW_OR:
                    return (long) LONG.getAndBitwiseOr(bytes, i, v);
                case RMW_XOR:
                    return (long) LONG.getAndBitwiseXor(bytes, i, v);
                default:
                    return (long) LONG.getAndSet(bytes, i, v);
            }
        }
        if (width == 4) {
            int x = (int) v;
            int old;
            switch (op) {
                case RMW_ADD:
                    old = (int) INT.getAndAdd(bytes, i, x);
                    break;
                case RMW_SUB:
                    old = (int) INT.getAndAdd(bytes, i, -x);
                    break;
                case RMW_AND:
                    old = (int) INT.getAndBitwiseAnd(bytes, i, x);
                    break;
                case RMW_OR:
                    old = (int) INT.getAndBitwiseOr(bytes, i, x);
                    break;
                case RMW_XOR:
                    old = (int) INT.getAndBitwiseXor(bytes, i, x);
                    break;
                default:
                    old = (int) INT.getAndSet(bytes, i, x);
                    break;
            }
            return Integer.toUnsignedLong(old);
        }
        return narrowUpdate(i, width, op, v, 0, false);
    }

    /**
     * An atomic compare-exchange of {@code width} bytes: the expected and replacement values are
     * wrapped to the width (as hardware compare-and-swap does); returns the old value zero-extended.
     */
    public long atomicCmpxchg(long ea, int width, long expected, long replacement) {
        int i = atomicIndex(ea, width);
        if (width == 8) {
            return (long) LONG.compareAndExchange(bytes, i, expected, replacement);
        }
        if (width == 4) {
            return Integer.toUnsignedLong((int) INT.compareAndExchange(bytes, i, (int) expected, (int) replacement));
        }
        return narrowUpdate(i, width, -1, replacement, expected & mask(width), true);
    }

    /** An 8- or 16-bit atomic update as a compare-and-swap loop on the enclosing aligned int. */
    private long narrowUpdate(int i, int width, int op, long v, long expected, boolean cmpxchg) {
        int base = i & ~3;
        int shift = (i & 3) * 8;
        int m = (int) mask(width);
        if (base + 4 > bytes.length) {
            synchronized (this) { // a tail shorter than an int (page size 1): no wider word to CAS on
                long old = (width == 1 ? bytes[i] & 0xFF : (short) SHORT.get(bytes, i) & 0xFFFF);
                long updated = cmpxchg ? (old == expected ? v : old) : apply(op, old, v);
                if (width == 1) {
                    bytes[i] = (byte) updated;
                } else {
                    SHORT.set(bytes, i, (short) updated);
                }
                return old;
            }
        }
        for (;;) {
            int word = (int) INT.getVolatile(bytes, base);
            long old = (word >>> shift) & m;
            long updated = cmpxchg ? (old == expected ? v : old) : apply(op, old, v);
            int next = (word & ~(m << shift)) | (((int) updated & m) << shift);
            if (next == word || INT.compareAndSet(bytes, base, word, next)) {
                return old;
            }
        }
    }

    private static long apply(int op, long old, long v) {
        switch (op) {
            case RMW_ADD:
                return old + v;
            case RMW_SUB:
                return old - v;
            case RMW_AND:
                return old & v;
            case RMW_OR:
                return old | v;
            case RMW_XOR:
                return old ^ v;
            default:
                return v;
        }
    }

    /**
     * {@code memory.atomic.wait32} / {@code wait64}: 0 when woken by a notify, 1 when the value
     * at {@code ea} is not {@code expected}, 2 when {@code timeoutNanos} (negative: forever) passed.
     */
    public int atomicWait(long ea, int width, long expected, long timeoutNanos) {
        atomicIndex(ea, width);
        if (!shared) {
            throw new Trap(TrapMessages.EXPECTED_SHARED_MEMORY);
        }
        return waiters.await(this, ea, width, expected, timeoutNanos);
    }

    /** {@code memory.atomic.notify}: wakes up to {@code count} (unsigned) waiters at {@code ea}; returns how many. */
    public int atomicNotify(long ea, int count) {
        atomicIndex(ea, 4);
        return shared ? waiters.notify(ea, count) : 0;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    @Override
    public String toString() {
        return "memory [" + pages() + " pages" + (shared ? ", shared" : "") + "]";
    }

    /** Threads waiting on addresses of a shared memory. */
    private static final class Waiters {
        private final java.util.Map<Long, java.util.ArrayDeque<boolean[]>> queues = new java.util.HashMap<>();

        synchronized int await(Memory memory, long ea, int width, long expected, long timeoutNanos) {
            long current = memory.atomicLoad(ea, width);
            if (current != (width == 4 ? expected & 0xFFFF_FFFFL : expected)) {
                return 1;
            }
            boolean[] woken = new boolean[1];
            queues.computeIfAbsent(ea, k -> new java.util.ArrayDeque<>()).add(woken);
            long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
            try {
                while (!woken[0]) {
                    if (timeoutNanos < 0) {
                        wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            remove(ea, woken);
                            return 2;
                        }
                        wait(left / 1_000_000, (int) (left % 1_000_000));
                    }
                }
                return 0;
            } catch (InterruptedException e) {
                remove(ea, woken);
                Thread.currentThread().interrupt();
                throw new Trap(TrapMessages.INTERRUPTED);
            }
        }

        private void remove(long ea, boolean[] waiter) {
            java.util.ArrayDeque<boolean[]> q = queues.get(ea);
            if (q != null) {
                q.remove(waiter);
                if (q.isEmpty()) {
                    queues.remove(ea);
                }
            }
        }

        synchronized int notify(long ea, int count) {
            java.util.ArrayDeque<boolean[]> q = queues.get(ea);
            int woken = 0;
            while (q != null && !q.isEmpty() && Integer.toUnsignedLong(woken) < Integer.toUnsignedLong(count)) {
                q.poll()[0] = true;
                woken++;
            }
            if (q != null && q.isEmpty()) {
                queues.remove(ea);
            }
            if (woken > 0) {
                notifyAll();
            }
            return woken;
        }
    }
}
