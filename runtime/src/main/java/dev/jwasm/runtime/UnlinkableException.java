package dev.jwasm.runtime;

import dev.jwasm.parser.WasmException;

/**
 * Instantiation failed while resolving imports: an import is missing ("unknown import") or
 * does not match the imported entity ("incompatible import type"). Nothing of the module
 * was created.
 */
public class UnlinkableException extends WasmException {
    private static final long serialVersionUID = 1L;

    public UnlinkableException(String message) {
        super(message);
    }
}
