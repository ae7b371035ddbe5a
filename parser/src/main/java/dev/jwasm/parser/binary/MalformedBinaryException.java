package dev.jwasm.parser.binary;

import dev.jwasm.parser.MalformedModuleException;

/**
 * A decoding error with the byte offset where it was found. The message is exactly the spec
 * testsuite's wording; the offset is kept apart so scripts can still match the message.
 */
public final class MalformedBinaryException extends MalformedModuleException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public MalformedBinaryException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Offset in the module's bytes where the problem was found. */
    public int offset() {
        return offset;
    }
}
