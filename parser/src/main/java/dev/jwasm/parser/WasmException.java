package dev.jwasm.parser;

/**
 * Base of every error jwasm reports about a WebAssembly module or its execution. Subclasses
 * name the phase (malformed, invalid, unlinkable, trap); messages use the spec testsuite's
 * wording so scripts can match them.
 */
public abstract class WasmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected WasmException(String message) {
        super(message);
    }

    protected WasmException(String message, Throwable cause) {
        super(message, cause);
    }
}
