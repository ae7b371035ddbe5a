package dev.jwasm.parser.model;

/** A struct field or array element: storage type and mutability. */
public record FieldType(StorageType storage, boolean mutable) {
}
