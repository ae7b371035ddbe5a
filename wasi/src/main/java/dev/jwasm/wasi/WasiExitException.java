package dev.jwasm.wasi;

import dev.jwasm.runtime.Trap;

/**
 * The guest called {@code proc_exit}: execution unwinds to the host with the exit code. It is
 * a {@link Trap} so that no guest handler, not even {@code catch_all}, can intercept it.
 */
public final class WasiExitException extends Trap {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public WasiExitException(int exitCode) {
        super("exit with code " + Integer.toUnsignedString(exitCode));
        this.exitCode = exitCode;
    }

    /** The code the guest passed to {@code proc_exit} (an unsigned 32-bit value). */
    public int exitCode() {
        return exitCode;
    }
}
