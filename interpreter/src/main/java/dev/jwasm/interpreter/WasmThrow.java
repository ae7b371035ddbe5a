package dev.jwasm.interpreter;

import dev.jwasm.runtime.ExceptionReference;

/**
 * A Wasm exception travelling inside one interpreter loop, from a throw instruction to the
 * loop's handler search. Stackless and cheap; it never leaves the interpreter (escaping
 * exceptions become {@link dev.jwasm.runtime.ThrownException}s).
 */
final class WasmThrow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient ExceptionReference exception;

    WasmThrow(ExceptionReference exception) {
        super(null, null, false, false);
        this.exception = exception;
    }
}
