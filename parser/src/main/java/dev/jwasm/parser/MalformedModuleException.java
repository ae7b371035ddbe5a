package dev.jwasm.parser;

/** The bytes or text are not a well-formed module (decoding or text syntax error). */
public class MalformedModuleException extends WasmException {
    private static final long serialVersionUID = 1L;

    public MalformedModuleException(String message) {
        super(message);
    }

    public MalformedModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
