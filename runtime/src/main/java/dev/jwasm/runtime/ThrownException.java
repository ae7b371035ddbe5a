package dev.jwasm.runtime;

import dev.jwasm.parser.WasmException;

/**
 * A WebAssembly exception crossing the host boundary: thrown by guest code that did not
 * catch it (the host sees tag and payload), or thrown by a host function so that guest
 * code can catch it with {@code try_table} / {@code catch}. Unlike a {@link Trap}, guest
 * code can catch it.
 */
public final class ThrownException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final transient ExceptionReference exception;

    public ThrownException(ExceptionReference exception) {
        super("uncaught exception: " + exception);
        this.exception = exception;
    }

    /** A Wasm exception with this tag and payload, for a host function to throw. */
    public ThrownException(Tag tag, Value... payload) {
        this(ExceptionReference.of(tag, payload));
    }

    public ExceptionReference exception() {
        return exception;
    }

    public Tag tag() {
        return exception.tag();
    }

    public Value[] payload() {
        return exception.payload();
    }
}
