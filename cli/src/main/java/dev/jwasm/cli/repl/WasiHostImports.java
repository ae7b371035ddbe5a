package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.Linker;
import dev.jwasm.wasi.WasiConfig;
import dev.jwasm.wasi.WasiPreview1;
import java.io.IOException;

/**
 * WASI preview1 for the modules the REPL loads: a module that imports from
 * {@code wasi_snapshot_preview1} or {@code wasi_unstable} gets a WASI environment built from
 * its load options (program arguments, environment, preopened directories) and the REPL's own
 * standard streams, as {@code jwasm run} would give it. Each load gets a fresh environment; the
 * previous one is closed.
 */
public final class WasiHostImports implements HostImports {
    private final String programName;
    private WasiPreview1 current;

    public WasiHostImports(String programName) {
        this.programName = programName;
    }

    @Override
    public void define(Linker linker, WasmModule module, LoadOptions options) throws HostImportsException {
        if (!importsWasi(module)) {
            return;
        }
        WasiConfig.Builder config = WasiConfig.builder().arg(programName).args(options.args()).env(options.env())
                .inheritStdin().inheritStdout().inheritStderr();
        for (LoadOptions.Preopen dir : options.dirs()) {
            config.preopen(dir.hostPath(), dir.guestPath());
        }
        closeCurrent();
        try {
            current = WasiPreview1.create(config.build());
        } catch (IOException | RuntimeException e) {
            throw new HostImportsException("cannot set up WASI: " + e.getMessage());
        }
        current.addTo(linker);
    }

    @Override
    public String missingImportHint(String importModule) {
        return null;
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static boolean importsWasi(WasmModule module) {
        for (Import i : module.imports()) {
            if (i.module().equals(WasiPreview1.MODULE) || i.module().equals(WasiPreview1.MODULE_PREVIEW0)) {
                return true;
            }
        }
        return false;
    }
}
