package dev.jwasm.parser.model;

/** The type of a struct field or array element: a value type or a packed integer type. */
public sealed interface StorageType permits ValType, PackedType {
    /** Size in bytes when stored in memory (used by array.new_data and friends). */
    int byteSize();
}
