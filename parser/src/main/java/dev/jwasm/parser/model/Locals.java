package dev.jwasm.parser.model;

/**
 * A run of locals of one type, as declared in the code section. {@code count} holds the
 * unsigned 32-bit count's bits: read it with {@link Integer#toUnsignedLong(int)}.
 */
public record Locals(int count, ValType type) {
}
