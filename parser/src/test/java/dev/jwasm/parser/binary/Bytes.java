package dev.jwasm.parser.binary;

import java.io.ByteArrayOutputStream;

/** Small helpers to write module bytes by hand in tests. */
final class Bytes {
    static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private Bytes() {
    }

    static byte[] of(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A section with its id and (one-byte or LEB) size computed from the content. */
    static byte[] section(int id, byte[] content) {
        ByteWriter w = new ByteWriter();
        w.u8(id);
        w.u32(content.length);
        w.bytes(content);
        return w.toByteArray();
    }

    static byte[] section(int id, int... content) {
        return section(id, of(content));
    }

    /** The header followed by the given sections. */
    static byte[] module(byte[]... sections) {
        return concat(HEADER, concat(sections));
    }

    /** A type section with the single type {@code (func)}. */
    static byte[] voidFuncType() {
        return section(1, 0x01, 0x60, 0x00, 0x00);
    }

    /** Type, function and code sections for one {@code (func)} with this body (locals vector included). */
    static byte[] oneFunction(byte[] body) {
        ByteWriter code = new ByteWriter();
        code.u32(1);
        code.u32(body.length);
        code.bytes(body);
        return concat(voidFuncType(), section(3, 0x01, 0x00), section(10, code.toByteArray()));
    }
}
