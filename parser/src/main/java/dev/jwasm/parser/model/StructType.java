package dev.jwasm.parser.model;

import java.util.List;

/** A struct type: its fields in order. */
public record StructType(List<FieldType> fields) implements CompositeType {
    public StructType {
        fields = List.copyOf(fields);
    }
}
