package dev.jwasm.runtime;

import dev.jwasm.parser.WasmException;

/**
 * A WebAssembly trap: execution stopped because an instruction could not produce a result
 * (division by zero, out-of-bounds access, {@code unreachable}, ...).
 *
 * <p>The message is the spec testsuite's wording, so that {@code assert_trap} can compare it;
 * the standard wordings are the constants of {@link TrapMessages}.
 */
public class Trap extends WasmException {
    private static final long serialVersionUID = 1L;

    public Trap(String message) {
        super(message);
    }

    public Trap(String message, Throwable cause) {
        super(message, cause);
    }
}
