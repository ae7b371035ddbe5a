package dev.jwasm.parser.binary;

import dev.jwasm.parser.MalformedModuleException;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over the bytes of a module with the primitive readers of the binary format
 * (bytes, LEB128 integers, fixed-width floats, names).
 *
 * <p>Like the reference interpreter, a reader is not bounded by the section it is reading:
 * sections and function bodies are checked against their declared size after they are read.
 * That is what makes the testsuite's messages come out the same ("END opcode expected" for a
 * body whose end marker is missing but whose next bytes exist, "section size mismatch" when a
 * body overran its section). Every length or count is checked against the bytes that remain
 * before anything is allocated for it.
 */
final class ByteReader {
    static final String UNEXPECTED_END = "unexpected end of section or function";
    static final String TOO_LONG = "integer representation too long";
    static final String TOO_LARGE = "integer too large";
    static final String LENGTH_OUT_OF_BOUNDS = "length out of bounds";

    private final byte[] bytes;
    private final int end;
    private int pos;

    ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    ByteReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    int pos() {
        return pos;
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int remaining() {
        return end - pos;
    }

    byte[] array() {
        return bytes;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() {
        return pos < end ? bytes[pos] & 0xFF : -1;
    }

    int u8() {
        if (pos >= end) {
            throw error(UNEXPECTED_END);
        }
        return bytes[pos++] & 0xFF;
    }

    void skip(int n) {
        if (n < 0 || n > end - pos) {
            pos = end;
            throw error(UNEXPECTED_END);
        }
        pos += n;
    }

    /** Consumes a byte that must be {@code expected}, else fails with {@code message}. */
    void expect(int expected, String message) {
        int at = pos;
        if (u8() != expected) {
            throw errorAt(at, message);
        }
    }

    /** A u32 LEB128, returned as the bits of an int (values above 2^31-1 are negative). */
    int u32() {
        int p = pos;
        if (p < end) {
            int first = bytes[p];
            if (first >= 0) {
                pos = p + 1;
                return first;
            }
        }
        return u32Slow();
    }

    private int u32Slow() {
        byte[] b = bytes;
        int p = pos;
        int result = 0;
        for (int shift = 0; shift < 28; shift += 7) {
            if (p >= end) {
                pos = p;
                throw error(UNEXPECTED_END);
            }
            int x = b[p++];
            result |= (x & 0x7F) << shift;
            if (x >= 0) {
                pos = p;
                return result;
            }
        }
        if (p >= end) {
            pos = p;
            throw error(UNEXPECTED_END);
        }
        int x = b[p++];
        pos = p;
        if ((x & 0x70) != 0) {
            throw errorAt(p - 1, TOO_LARGE);
        }
        if (x < 0) {
            throw error(TOO_LONG);
        }
        return result | x << 28;
    }

    /** A u32 LEB128 as a non-negative long. */
    long u32Long() {
        return Integer.toUnsignedLong(u32());
    }

    long u64() {
        return unsigned(64);
    }

    int s32() {
        int p = pos;
        if (p < end) {
            int first = bytes[p];
            if (first >= 0) {
                pos = p + 1;
                return (first << 25) >> 25;
            }
        }
        return s32Slow();
    }

    private int s32Slow() {
        byte[] b = bytes;
        int p = pos;
        int result = 0;
        for (int shift = 0; shift < 28; ) {
            if (p >= end) {
                pos = p;
                throw error(UNEXPECTED_END);
            }
            int x = b[p++];
            result |= (x & 0x7F) << shift;
            shift += 7;
            if (x >= 0) {
                pos = p;
                return (result << (32 - shift)) >> (32 - shift);
            }
        }
        if (p >= end) {
            pos = p;
            throw error(UNEXPECTED_END);
        }
        int x = b[p++];
        pos = p;
        int high = x & 0x78;
        if (high != 0 && high != 0x78) {
            throw errorAt(p - 1, TOO_LARGE);
        }
        if (x < 0) {
            throw error(TOO_LONG);
        }
        return result | x << 28;
    }

    long s33() {
        return signed(33);
    }

    long s64() {
        byte[] b = bytes;
        int p = pos;
        long result = 0;
        for (int shift = 0; shift < 63; ) {
            if (p >= end) {
                pos = p;
                throw error(UNEXPECTED_END);
            }
            int x = b[p++];
            result |= (long) (x & 0x7F) << shift;
            shift += 7;
            if (x >= 0) {
                pos = p;
                return (result << (64 - shift)) >> (64 - shift);
            }
        }
        if (p >= end) {
            pos = p;
            throw error(UNEXPECTED_END);
        }
        int x = b[p++];
        pos = p;
        int high = x & 0x7F;
        if (high != 0 && high != 0x7F) {
            throw errorAt(p - 1, TOO_LARGE);
        }
        if (x < 0) {
            throw error(TOO_LONG);
        }
        return result | (long) x << 63;
    }

    /** An unsigned LEB128 of at most {@code bits} bits, with the reference interpreter's checks. */
    long unsigned(int bits) {
        long result = 0;
        int shift = 0;
        int n = bits;
        while (true) {
            if (n <= 0) {
                throw error(TOO_LONG);
            }
            int b = u8();
            if (n < 7 && (b & 0x7F) >= (1 << n)) {
                throw errorAt(pos - 1, TOO_LARGE);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
            n -= 7;
        }
    }

    /** A signed LEB128 of at most {@code bits} bits, with the reference interpreter's checks. */
    long signed(int bits) {
        long result = 0;
        int shift = 0;
        int n = bits;
        while (true) {
            if (n <= 0) {
                throw error(TOO_LONG);
            }
            int b = u8();
            if (n < 7) {
                int mask = (-1 << (n - 1)) & 0x7F;
                int high = b & mask;
                if (high != 0 && high != mask) {
                    throw errorAt(pos - 1, TOO_LARGE);
                }
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
            n -= 7;
        }
    }

    int fixed32() {
        if (end - pos < 4) {
            pos = end;
            throw error(UNEXPECTED_END);
        }
        byte[] b = bytes;
        int p = pos;
        pos = p + 4;
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    long fixed64() {
        long lo = fixed32() & 0xFFFFFFFFL;
        long hi = fixed32() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /**
     * A length or count (u32) that must not exceed the bytes left: every element of every
     * vector takes at least one byte, so nothing larger can be real, and checking first keeps
     * a forged count from becoming an allocation.
     */
    int length() {
        int at = pos;
        long n = u32Long();
        // measured from the start of the length itself, as the reference interpreter does
        if (n > end - at) {
            throw errorAt(at, LENGTH_OUT_OF_BOUNDS);
        }
        return (int) n;
    }

    byte[] bytes(int n) {
        int start = pos;
        skip(n);
        byte[] out = new byte[n];
        System.arraycopy(bytes, start, out, 0, n);
        return out;
    }

    /** A name: a length-prefixed, well-formed UTF-8 string. */
    String name() {
        int at = pos;
        int n = length();
        int start = pos;
        skip(n);
        if (!Utf8.isWellFormed(bytes, start, start + n)) {
            throw errorAt(at, "malformed UTF-8 encoding");
        }
        return new String(bytes, start, n, StandardCharsets.UTF_8);
    }

    MalformedModuleException error(String message) {
        return errorAt(pos, message);
    }

    MalformedModuleException errorAt(int offset, String message) {
        return new MalformedBinaryException(message, offset);
    }
}
