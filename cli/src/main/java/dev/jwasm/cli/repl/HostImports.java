package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.Linker;

/**
 * What the host gives the modules the REPL loads, beyond what {@code :register} made
 * importable: the seam where WASI preview1 comes in. {@link #NONE} provides nothing.
 */
public interface HostImports {

    /**
     * Defines the host's imports for a module about to be instantiated.
     *
     * @throws HostImportsException when the options cannot be honoured
     */
    void define(Linker linker, WasmModule module, LoadOptions options) throws HostImportsException;

    /** Words added to an "unknown import" error for an import from this module name, or null. */
    String missingImportHint(String importModule);

    /** The options cannot be honoured; the message is for the user. */
    final class HostImportsException extends Exception {
        private static final long serialVersionUID = 1L;

        public HostImportsException(String message) {
            super(message);
        }
    }

    /** No host imports: this build has no WASI yet. */
    HostImports NONE = new HostImports() {
        @Override
        public void define(Linker linker, WasmModule module, LoadOptions options) throws HostImportsException {
            if (!options.isEmpty()) {
                throw new HostImportsException("--dir, --env and program arguments are for WASI,"
                        + " which this build does not include yet");
            }
        }

        @Override
        public String missingImportHint(String importModule) {
            return importModule.startsWith("wasi_") ? "WASI is not included in this build yet" : null;
        }
    };
}
