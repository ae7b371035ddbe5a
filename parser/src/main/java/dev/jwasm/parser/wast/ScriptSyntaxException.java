package dev.jwasm.parser.wast;

/** A script command is not well-formed; caught per command and turned into a bad command. */
final class ScriptSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScriptSyntaxException(String message) {
        super(message, null, false, false);
    }
}
