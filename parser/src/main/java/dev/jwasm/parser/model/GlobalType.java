package dev.jwasm.parser.model;

/** A global type: value type and mutability. */
public record GlobalType(ValType valueType, boolean mutable) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }
}
