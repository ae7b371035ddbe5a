package dev.jwasm.runtime.internal;

import dev.jwasm.parser.WasmException;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;

/**
 * What a host function's failure becomes on the Wasm side (the policy
 * {@link dev.jwasm.runtime.HostFunction} documents): a {@link Trap} or a
 * {@link ThrownException} passes through; a {@link StackOverflowError} passes through to the
 * host boundary, which reports "call stack exhausted"; anything else becomes a trap carrying it
 * as cause, which {@code catch_all} cannot catch.
 */
public final class HostFailures {
    private HostFailures() {}

    /** The exception to throw in place of {@code failure}. */
    public static RuntimeException translate(Throwable failure) {
        if (failure instanceof Trap || failure instanceof ThrownException) {
            return (RuntimeException) failure;
        }
        if (failure instanceof StackOverflowError e) {
            throw e;
        }
        if (failure instanceof WasmException e) {
            return new Trap("host function failed: " + e.getMessage(), e);
        }
        return new Trap("host function failed: " + failure, failure);
    }
}
