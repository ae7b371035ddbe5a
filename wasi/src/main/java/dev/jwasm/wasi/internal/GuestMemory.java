package dev.jwasm.wasi.internal;

import dev.jwasm.runtime.Memory;
import dev.jwasm.wasi.Errno;
import java.nio.ByteBuffer;
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

    // The memory's own accessors, called once the range is checked (so they never trap).

    int u8(long address) throws ErrnoException {
        return memory.loadU8(check(address, 1));
    }

    int u16(long address) throws ErrnoException {
        return memory.loadU16(check(address, 2));
    }

    int i32(long address) throws ErrnoException {
        return memory.loadI32(check(address, 4));
    }

    /** An unsigned 32-bit value (a pointer or a size) read from memory. */
    long u32(long address) throws ErrnoException {
        return Integer.toUnsignedLong(i32(address));
    }

    long i64(long address) throws ErrnoException {
        return memory.loadI64(check(address, 8));
    }

    void setU8(long address, int value) throws ErrnoException {
        memory.storeI8(check(address, 1), value);
    }

    void setU16(long address, int value) throws ErrnoException {
        memory.storeI16(check(address, 2), value);
    }

    void setI32(long address, int value) throws ErrnoException {
        memory.storeI32(check(address, 4), value);
    }

    void setI64(long address, long value) throws ErrnoException {
        memory.storeI64(check(address, 8), value);
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
