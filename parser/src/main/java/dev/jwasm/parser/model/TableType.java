package dev.jwasm.parser.model;

/** A table type: element reference type and limits (with the address type). */
public record TableType(ValType elementType, Limits limits) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }
}
