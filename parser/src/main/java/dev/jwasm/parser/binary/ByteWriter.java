package dev.jwasm.parser.binary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the primitive writers of the binary format (shortest LEB128s). */
final class ByteWriter {
    private byte[] buf;
    private int size;

    ByteWriter() {
        this(256);
    }

    ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    void reset() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    void u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    void bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    void append(ByteWriter other) {
        bytes(other.buf, 0, other.size);
    }

    /** An unsigned LEB128 of the int's bits (a u32). */
    void u32(int value) {
        u64(Integer.toUnsignedLong(value));
    }

    void u64(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** A signed LEB128 (s32, s33 and s64 share the shortest form of their value). */
    void signed(long value) {
        ensure(10);
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            if (done) {
                buf[size++] = (byte) b;
                return;
            }
            buf[size++] = (byte) (b | 0x80);
        }
    }

    void fixed32(int bits) {
        ensure(4);
        buf[size++] = (byte) bits;
        buf[size++] = (byte) (bits >>> 8);
        buf[size++] = (byte) (bits >>> 16);
        buf[size++] = (byte) (bits >>> 24);
    }

    void fixed64(long bits) {
        fixed32((int) bits);
        fixed32((int) (bits >>> 32));
    }

    void name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        bytes(b);
    }

    /** Writes {@code content} preceded by its size, as sections and function bodies are. */
    void sized(ByteWriter content) {
        u32(content.size);
        append(content);
    }
}
