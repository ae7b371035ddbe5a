package dev.jwasm.wasi.internal;

import dev.jwasm.runtime.Linker;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every WASI function of a module version, defined into a linker. */
public final class Bindings {
    private Bindings() {}

    /** The functions of {@code wasi_snapshot_preview1} ({@code preview0} false) or {@code wasi_unstable}. */
    static List<Binding> of(boolean preview0) {
        List<Binding> all = new ArrayList<>();
        ProcessFunctions.addTo(all);
        FdFunctions.addTo(all, preview0);
        PathFunctions.addTo(all, preview0);
        PollFunction.addTo(all, preview0);
        SocketFunctions.addTo(all, preview0);
        return all;
    }

    /** The names of the functions a module version provides. */
    public static List<String> names(boolean preview0) {
        List<String> names = new ArrayList<>();
        for (Binding b : of(preview0)) {
            names.add(b.name());
        }
        return names;
    }

    /** Defines the functions of one module version under {@code moduleName}, all working on {@code wasi}. */
    public static void define(Linker linker, String moduleName, boolean preview0, WasiContext wasi) {
        // a dozen signatures among the 46 functions: canonicalize each once
        Map<String, Integer> typeIds = new HashMap<>();
        for (Binding b : of(preview0)) {
            String signature = b.returnsErrno() ? b.params() : b.params().concat(":void");
            Integer id = typeIds.get(signature);
            if (id == null) {
                id = linker.engine().canonicalFunctionType(b.type());
                typeIds.put(signature, id);
            }
            linker.define(moduleName, b.name(), HostCall.of(b, id, preview0, wasi));
        }
    }
}
