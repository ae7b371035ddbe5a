package dev.jwasm.cli.repl;

/**
 * A command could not do what was asked; the message is for the user, on one line. A trap is
 * reported as one too, marked so that it is shown as a trap rather than as an error.
 */
final class ReplException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean trap;

    ReplException(String message) {
        this(message, false);
    }

    private ReplException(String message, boolean trap) {
        super(message, null, false, false);
        this.trap = trap;
    }

    /** Wasm code trapped or threw. */
    static ReplException trap(String message) {
        return new ReplException(message, true);
    }

    boolean isTrap() {
        return trap;
    }
}
