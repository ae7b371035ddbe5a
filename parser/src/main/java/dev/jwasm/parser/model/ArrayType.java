package dev.jwasm.parser.model;

/** An array type: its element field type. */
public record ArrayType(FieldType element) implements CompositeType {
}
