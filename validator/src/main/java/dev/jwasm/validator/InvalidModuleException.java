package dev.jwasm.validator;

import dev.jwasm.parser.WasmException;

/** The module is well-formed but does not validate (type error, unknown index, ...). */
public class InvalidModuleException extends WasmException {
    private static final long serialVersionUID = 1L;

    public InvalidModuleException(String message) {
        super(message);
    }
}
