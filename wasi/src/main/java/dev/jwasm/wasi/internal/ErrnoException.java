package dev.jwasm.wasi.internal;

/**
 * A WASI function's failure with an errno. Preallocated and stackless: host functions throw
 * it on their error paths and the binding turns it into the function's return value.
 */
public final class ErrnoException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final ErrnoException[] ALL = new ErrnoException[77];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new ErrnoException(i);
        }
    }

    private final int errno;

    private ErrnoException(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    /** The exception for an errno value of {@link dev.jwasm.wasi.Errno}. */
    public static ErrnoException of(int errno) {
        return ALL[errno];
    }

    public int errno() {
        return errno;
    }

    @Override
    public String getMessage() {
        return dev.jwasm.wasi.Errno.name(errno);
    }
}
