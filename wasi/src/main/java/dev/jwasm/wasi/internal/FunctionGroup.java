package dev.jwasm.wasi.internal;

import java.io.IOException;

/**
 * A family of WASI functions (the fd functions, the path functions, ...) dispatching on a
 * function number. Plain classes and switches rather than a lambda per function: each
 * lambda costs {@code jwasm run} an invokedynamic bootstrap at start-up.
 */
interface FunctionGroup {
    /** Runs function {@code op}; its arguments are {@code slots[base]}, {@code slots[base + 1]}, ... */
    int call(int op, boolean preview0, WasiContext wasi, GuestMemory memory, long[] slots, int base)
            throws ErrnoException, IOException;
}
