package dev.jwasm.wasi;

import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.wasi.internal.Bindings;
import dev.jwasm.wasi.internal.WasiContext;
import java.io.IOException;
import java.util.List;

/**
 * WASI preview1 for one guest: the host functions of {@code wasi_snapshot_preview1}, and of
 * the older {@code wasi_unstable} (preview0, with its own layouts of {@code filestat} and
 * poll subscriptions and its own {@code whence} numbering, as Wasmtime provides it), over the
 * state a {@link WasiConfig} describes.
 *
 * <pre>{@code
 * try (WasiPreview1 wasi = WasiPreview1.create(config)) {
 *     Linker linker = new Linker(engine);
 *     wasi.addTo(linker);
 *     Instance instance = linker.instantiate(engine.newStore(), module);
 *     int exitCode = wasi.runCommand(instance);
 * }
 * }</pre>
 */
public final class WasiPreview1 implements AutoCloseable {
    /** The import module name of WASI preview1. */
    public static final String MODULE = "wasi_snapshot_preview1";
    /** The import module name of WASI's earlier snapshot (preview0). */
    public static final String MODULE_PREVIEW0 = "wasi_unstable";

    private final WasiContext context;

    private WasiPreview1(WasiContext context) {
        this.context = context;
    }

    /**
     * Opens what the configuration gives the guest.
     *
     * @throws IOException when a preopened directory does not exist or a listening address cannot be bound
     */
    public static WasiPreview1 create(WasiConfig config) throws IOException {
        return new WasiPreview1(WasiContext.create(config));
    }

    /** Defines both {@value #MODULE} and {@value #MODULE_PREVIEW0} in the linker. */
    public Linker addTo(Linker linker) {
        Bindings.define(linker, MODULE, false, context);
        Bindings.define(linker, MODULE_PREVIEW0, true, context);
        return linker;
    }

    /** The names of the functions of {@value #MODULE} (all of them are implemented). */
    public static List<String> functionNames() {
        return Bindings.names(false);
    }

    /**
     * Runs a command module's {@code _start} and returns its exit code: 0 when it returns, the
     * code it passed to {@code proc_exit} otherwise. The guest's output is flushed either way.
     *
     * @throws IllegalArgumentException when the instance exports no {@code _start} function
     * @throws dev.jwasm.runtime.Trap   when the guest traps
     */
    public int runCommand(Instance instance) {
        WasmFunction start = instance.function("_start");
        if (start == null) {
            throw new IllegalArgumentException("the module exports no _start function (is it a WASI command?)");
        }
        try {
            start.call();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        } finally {
            context.flush();
        }
    }

    /** Flushes the guest's standard output streams. */
    public void flush() {
        context.flush();
    }

    /** Closes the files, directories and sockets the guest still holds. */
    @Override
    public void close() {
        context.close();
    }
}
