package dev.jwasm.wasi.internal;

import dev.jwasm.runtime.Memory;
import dev.jwasm.wasi.Errno;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The guest's linear memory as WASI functions see it: little-endian reads and writes at
 * guest addresses (unsigned 32-bit), where an access outside the memory is the errno
 * {@code EFAULT}, never a trap. The backing array is fetched on every access because
 * {@code memory.grow} replaces it.
 */
public final class GuestMemory {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Memory memory;

    public GuestMemory(Memory memory) {
        this.memory = memory;
    }

    /** A guest pointer or length (an i32 argument) as the unsigned value it stands for. */
    static long address(int pointer) {
        return Integer.toUnsignedLong(pointer);
    }

    /** Checks that {@code [address, address + length)} lies in memory; returns the array index. */
    int check(long address, long length) throws ErrnoException {
        if (address < 0 || length < 0 || address + length > memory.byteSize()) {
            throw ErrnoException.of(Errno.FAULT);
        }
        return (int) address;
    }

    /** The backing array, valid until the guest's memory next grows. */
    byte[] array() {
        return memory.bytes();
    }

    int u8(long address) throws ErrnoException {
        return array()[check(address, 1)] & 0xFF;
    }

    int u16(long address) throws ErrnoException {
        return (short) SHORT.get(array(), check(address, 2)) & 0xFFFF;
    }

    int i32(long address) throws ErrnoException {
        return (int) INT.get(array(), check(address, 4));
    }

    /** An unsigned 32-bit value (a pointer or a size) read from memory. */
    long u32(long address) throws ErrnoException {
        return Integer.toUnsignedLong(i32(address));
    }

    long i64(long address) throws ErrnoException {
        return (long) LONG.get(array(), check(address, 8));
    }

    void setU8(long address, int value) throws ErrnoException {
        array()[check(address, 1)] = (byte) value;
    }

    void setU16(long address, int value) throws ErrnoException {
        SHORT.set(array(), check(address, 2), (short) value);
    }

    void setI32(long address, int value) throws ErrnoException {
        INT.set(array(), check(address, 4), value);
    }

    void setI64(long address, long value) throws ErrnoException {
        LONG.set(array(), check(address, 8), value);
    }

    void fill(long address, int length, byte value) throws ErrnoException {
        int at = check(address, length);
        java.util.Arrays.fill(array(), at, at + length, value);
    }

    /** Copies bytes into memory. */
    void write(long address, byte[] source, int offset, int length) throws ErrnoException {
        System.arraycopy(source, offset, array(), check(address, length), length);
    }

    void write(long address, byte[] source) throws ErrnoException {
        write(address, source, 0, source.length);
    }

    /** Copies bytes out of memory. */
    byte[] read(long address, long length) throws ErrnoException {
        int at = check(address, length);
        return java.util.Arrays.copyOfRange(array(), at, at + (int) length);
    }

    /** A buffer over guest memory (no copy), for channel reads and writes. */
    ByteBuffer buffer(long address, long length) throws ErrnoException {
        return ByteBuffer.wrap(array(), check(address, length), (int) length);
    }

    /** A UTF-8 string (a path) from memory; invalid UTF-8 is {@code EILSEQ}. */
    String string(long address, long length) throws ErrnoException {
        int at = check(address, length);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(array(), at, (int) length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw ErrnoException.of(Errno.ILSEQ);
        }
    }
}
