package dev.jwasm.parser.model;

/** A tag type (exception handling): the index of a function type whose params are the payload. */
public record TagType(int typeIndex) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }
}
