package dev.jwasm.parser.model;

/** Packed storage types of struct fields and array elements. */
public enum PackedType implements StorageType {
    I8(0x78, "i8", 1),
    I16(0x77, "i16", 2);

    private final int code;
    private final String text;
    private final int byteSize;

    PackedType(int code, String text, int byteSize) {
        this.code = code;
        this.text = text;
        this.byteSize = byteSize;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    @Override
    public int byteSize() {
        return byteSize;
    }
}
