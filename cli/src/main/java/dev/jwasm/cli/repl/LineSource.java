package dev.jwasm.cli.repl;

/**
 * Where the REPL's input comes from, one complete input at a time: a command line, a call, or
 * the whole text of a module typed over several lines.
 */
public interface LineSource {

    /** The next input, or null at the end of input. */
    String next() throws Interrupted;

    /** Ctrl-C while reading. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }
}
