package dev.jwasm.parser.model;

/** A run of {@code count} locals of one type, as declared in the code section. */
public record Locals(int count, ValType type) {
}
