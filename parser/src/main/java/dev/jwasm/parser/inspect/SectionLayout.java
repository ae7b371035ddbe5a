package dev.jwasm.parser.inspect;

import dev.jwasm.parser.binary.MalformedBinaryException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the section headers of a module (and the entry headers of its code section) to find
 * where everything is; what the sections say is the decoder's business.
 */
public final class SectionLayout {
    private final byte[] bytes;
    private int pos;

    private SectionLayout(byte[] bytes, int pos) {
        this.bytes = bytes;
        this.pos = pos;
    }

    /** The sections of a module in file order, after checking the magic number and version. */
    public static List<RawSection> sections(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new MalformedBinaryException("magic header not detected", 0);
        }
        if (bytes.length < 8 || bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
            throw new MalformedBinaryException("unknown binary version", 4);
        }
        SectionLayout r = new SectionLayout(bytes, 8);
        List<RawSection> out = new ArrayList<>();
        while (r.pos < bytes.length) {
            int offset = r.pos;
            int id = bytes[r.pos++] & 0xFF;
            int size = r.u32();
            int content = r.pos;
            if (size > bytes.length - content) {
                throw new MalformedBinaryException("length out of bounds", content);
            }
            String name = null;
            int payload = content;
            if (id == 0) {
                SectionLayout n = new SectionLayout(bytes, content);
                int length = n.u32();
                if (length > content + size - n.pos) {
                    throw new MalformedBinaryException("length out of bounds", n.pos);
                }
                name = new String(bytes, n.pos, length, StandardCharsets.UTF_8);
                payload = n.pos + length;
            }
            out.add(new RawSection(id, name, offset, content, size, payload));
            r.pos = content + size;
        }
        return out;
    }

    /** A function body's place in the code section: offset of its size field, of its first byte, and its size. */
    public record CodeEntry(int offset, int bodyOffset, int size) {
    }

    /** The entries of a code section, in order. */
    public static List<CodeEntry> codeEntries(byte[] bytes, RawSection code) {
        SectionLayout r = new SectionLayout(bytes, code.contentOffset());
        int count = r.u32();
        List<CodeEntry> out = new ArrayList<>(Math.min(count, code.size()));
        for (int i = 0; i < count; i++) {
            int offset = r.pos;
            int size = r.u32();
            if (size > code.end() - r.pos) {
                throw new MalformedBinaryException("length out of bounds", r.pos);
            }
            out.add(new CodeEntry(offset, r.pos, size));
            r.pos += size;
        }
        return out;
    }

    /** The entry count at the start of a section's content. */
    public static int vectorLength(byte[] bytes, RawSection s) {
        return new SectionLayout(bytes, s.contentOffset()).u32();
    }

    /** An unsigned LEB128 u32; values over 2^31 - 1 cannot be offsets in a Java array, so they are out of bounds. */
    private int u32() {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= bytes.length) {
                throw new MalformedBinaryException("unexpected end", pos);
            }
            int b = bytes[pos++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value > Integer.MAX_VALUE) {
                    throw new MalformedBinaryException("length out of bounds", pos);
                }
                return (int) value;
            }
        }
        throw new MalformedBinaryException("integer representation too long", pos);
    }
}
