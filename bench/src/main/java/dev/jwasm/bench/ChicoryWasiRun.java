package dev.jwasm.bench;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a WASI preview1 command on Chicory the way a Chicory user would, so whole-process
 * timings (bench/whole-process.sh) compare jwasm's launcher with a plain Chicory program:
 *
 * <pre>ChicoryWasiRun [--compiler] module.wasm [args...]</pre>
 *
 * Standard streams are the process's own; argv[0] is the module's file name. The default is
 * Chicory's interpreter; {@code --compiler} translates the module to JVM bytecode first. The
 * process exits with the program's exit code.
 */
public final class ChicoryWasiRun {
    private ChicoryWasiRun() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean compiler = !rest.isEmpty() && rest.get(0).equals("--compiler");
        if (compiler) {
            rest.remove(0);
        }
        if (rest.isEmpty()) {
            System.err.println("usage: ChicoryWasiRun [--compiler] module.wasm [args...]");
            System.exit(2);
        }
        Path file = Path.of(rest.get(0));
        List<String> argv = new ArrayList<>(rest);
        argv.set(0, file.getFileName().toString());
        System.exit(run(file, argv, compiler));
    }

    /** Instantiates the command, which runs its {@code _start}; returns its exit code. */
    static int run(Path file, List<String> argv, boolean compiler) {
        WasmModule module = Parser.parse(file);
        WasiOptions options = WasiOptions.builder().inheritSystem().withArguments(argv).build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            Instance.Builder instance = Instance.builder(module).withImportValues(imports);
            if (compiler) {
                // FAIL, as in WasmRuntime: no silent fallback to the interpreter for some functions.
                instance.withMachineFactory(MachineFactoryCompiler.builder(module)
                        .withInterpreterFallback(InterpreterFallback.FAIL).compile());
            }
            instance.build(); // runs _start
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        } finally {
            System.out.flush();
        }
    }
}
