package dev.jwasm.cli;

import dev.jwasm.parser.model.NameSection;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.WasmFunction;
import java.io.PrintStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trap's Wasm backtrace as Wasmtime prints it, one frame a line, innermost first:
 * {@code MODULE!FUNCTION}, with the function's name from the module's name section (or
 * {@code <wasm function N>}). Very deep stacks show their first and last frames.
 */
final class Backtrace {
    private static final int HEAD = 40;
    private static final int TAIL = 10;

    private final Map<Instance, Map<WasmFunction, Integer>> indices = new IdentityHashMap<>();
    private final String defaultModuleName;

    private Backtrace(String defaultModuleName) {
        this.defaultModuleName = defaultModuleName;
    }

    static void print(Trap trap, String moduleFileName, PrintStream err) {
        List<Trap.Frame> frames = trap.frames();
        if (frames.isEmpty()) {
            return;
        }
        Backtrace b = new Backtrace(moduleFileName);
        err.println("wasm backtrace:");
        int n = frames.size();
        int printed = 0;
        for (int i = 0; i < n; ) {
            String line = b.describe(frames.get(i));
            int run = 1;
            while (i + run < n && frames.get(i + run).function() == frames.get(i).function()) {
                run++;
            }
            if (printed == HEAD && n - i > TAIL) {
                int skip = n - TAIL - i;
                err.println("      ... " + skip + " more frames ...");
                i += skip;
                printed++;
                continue;
            }
            err.printf("    %d: %s%n", i, line);
            printed++;
            if (run > 2) {
                err.printf("      ... the same function %d more times (recursion)%n", run - 1);
                i += run;
            } else {
                i++;
            }
        }
    }

    private String describe(Trap.Frame frame) {
        Instance instance = frame.instance();
        if (instance == null) {
            return "<host function>";
        }
        NameSection names = instance.module().model().names();
        String module = names.moduleName() != null ? names.moduleName() : defaultModuleName;
        Integer index = indexOf(instance, frame.function());
        if (index == null) {
            return module + "!<unknown function>";
        }
        String name = names.functionNames().get(index);
        return module + "!" + (name != null ? name : "<wasm function " + index + ">");
    }

    private Integer indexOf(Instance instance, WasmFunction function) {
        return indices.computeIfAbsent(instance, inst -> {
            Map<WasmFunction, Integer> m = new IdentityHashMap<>();
            for (int i = inst.functionCount() - 1; i >= 0; i--) {
                m.put(inst.function(i), i);
            }
            return m;
        }).get(function);
    }
}
