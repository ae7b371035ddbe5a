package dev.jwasm.parser.model;

/**
 * The type of a block: empty, a single result value type, or a type index (a function type
 * giving params and results). Exactly one of the forms: {@code valueType} non-null, or
 * {@code typeIndex >= 0}, or neither (empty).
 */
public record BlockType(ValType valueType, int typeIndex) {
    public static final BlockType EMPTY = new BlockType(null, -1);

    public static BlockType of(ValType valueType) {
        return new BlockType(valueType, -1);
    }

    public static BlockType ofTypeIndex(int typeIndex) {
        return new BlockType(null, typeIndex);
    }

    public boolean isEmpty() {
        return valueType == null && typeIndex < 0;
    }

    public boolean isTypeIndex() {
        return typeIndex >= 0;
    }
}
