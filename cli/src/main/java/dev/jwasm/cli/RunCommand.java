package dev.jwasm.cli;

import dev.jwasm.interpreter.InterpreterTier;
import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.UnlinkableException;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.wasi.WasiConfig;
import dev.jwasm.wasi.WasiExitException;
import dev.jwasm.wasi.WasiPreview1;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jwasm run}: instantiates a module with WASI preview1 and runs its {@code _start}
 * (or {@code --invoke NAME}). Every failure is one line on stderr and an exit status
 * ({@link RunOptions#USAGE}); a trap adds its Wasm backtrace.
 */
final class RunCommand {
    static final int TRAP_STATUS = 134;

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    /**
     * @param in  the guest's stdin, or null for the process's own (inherited)
     * @param out the guest's stdout (and --invoke results), or null for the process's own
     * @param err where errors go, and the guest's stderr when {@code out} is given
     */
    RunCommand(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** {@code jwasm run ARGS}: with the process's own standard streams; returns the exit status. */
    static int main(List<String> args) {
        return new RunCommand(null, null, System.err).run(args);
    }

    int run(List<String> args) {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (RunOptions.UsageException e) {
            err.println("jwasm run: " + e.getMessage());
            return 2;
        }
        if (options.help) {
            PrintStream o = out == null ? System.out : new PrintStream(out, true);
            o.print(RunOptions.USAGE);
            o.flush();
            return 0;
        }
        try {
            return execute(options);
        } catch (StackOverflowError e) {
            err.println("jwasm: " + options.file + ": nesting too deep for the Java stack");
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("jwasm: out of Java heap memory (give the JVM more with JWASM_JAVA_OPTS=-Xmx...)");
            return 1;
        } catch (RuntimeException e) {
            err.println("jwasm: " + ModuleInput.internalError(e));
            return 70;
        }
    }

    private int execute(RunOptions options) {
        Path file = Path.of(options.file);
        byte[] bytes;
        try {
            bytes = ModuleInput.read(file);
        } catch (ModuleInput.UnreadableException e) {
            err.println("jwasm: " + options.file + ": " + e.getMessage());
            return 1;
        }
        if (isComponent(bytes)) {
            err.println("jwasm: " + options.file + ": a WebAssembly component; jwasm run runs core modules"
                    + " (WASI preview1) only");
            return 1;
        }
        Features features = Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true);
        for (RunOptions.FeatureSwitch s : options.features) {
            features = features.with(s.feature(), s.on());
        }
        // the interpreter named directly: finding it through ServiceLoader costs start-up time
        Engine engine;
        try {
            engine = Engine.builder().features(features)
                    .tier(options.tier == null ? new InterpreterTier() : Engine.findTier(options.tier)).build();
        } catch (IllegalArgumentException e) {
            err.println("jwasm run: " + e.getMessage());
            return 2;
        }
        Module module;
        try {
            WasmModule model = ModuleInput.isBinary(bytes) || options.file.endsWith(".wasm")
                    ? ModuleDecoder.decode(bytes, features) : WatParser.parseModule(bytes, features).module();
            module = engine.compile(model);
        } catch (MalformedModuleException e) {
            err.println("jwasm: " + options.file + ": malformed module: " + e.getMessage());
            return 1;
        } catch (InvalidModuleException e) {
            err.println("jwasm: " + options.file + ": invalid module: " + e.getMessage());
            return 1;
        }
        WasiPreview1 wasi;
        try {
            wasi = WasiPreview1.create(config(options));
        } catch (IOException | RuntimeException e) {
            err.println("jwasm: " + e.getMessage());
            return 1;
        }
        try (wasi) {
            Instance instance;
            try {
                instance = wasi.addTo(new Linker(engine)).instantiate(engine.newStore(), module);
            } catch (UnlinkableException e) {
                err.println("jwasm: " + options.file + ": " + e.getMessage());
                return 1;
            }
            return options.invoke != null ? invoke(instance, options) : start(instance);
        } catch (WasiExitException e) {
            return e.exitCode();
        } catch (Trap e) {
            wasi.flush();
            err.println("jwasm: wasm trap: " + e.getMessage());
            Backtrace.print(e, file.getFileName().toString(), err);
            return TRAP_STATUS;
        } catch (ThrownException e) {
            wasi.flush();
            err.println("jwasm: " + e.getMessage());
            return TRAP_STATUS;
        }
    }

    /** The binary header of a component: the magic number, then version 0x0d and layer 1. */
    private static boolean isComponent(byte[] bytes) {
        return ModuleInput.isBinary(bytes) && bytes.length >= 8 && bytes[4] == 0x0d && bytes[5] == 0 && bytes[6] == 1
                && bytes[7] == 0;
    }

    private WasiConfig config(RunOptions options) {
        WasiConfig.Builder c = WasiConfig.builder();
        c.arg(options.argv0 != null ? options.argv0 : options.file);
        for (String a : options.guestArgs) {
            c.arg(a);
        }
        if (options.inheritEnv) {
            c.inheritEnv();
        }
        for (RunOptions.Env e : options.env) {
            String value = e.value() != null ? e.value() : System.getenv(e.name());
            if (value != null) {
                c.env(e.name(), value);
            }
        }
        for (RunOptions.Dir d : options.dirs) {
            c.preopen(new WasiConfig.Preopen(Path.of(d.host()), d.guest(), d.readOnly()));
        }
        for (InetSocketAddress a : options.listeners) {
            c.tcpListen(a);
        }
        if (in == null) {
            c.inheritStdin();
        } else {
            c.stdin(in);
        }
        if (out == null) {
            c.inheritStdout().inheritStderr();
        } else {
            c.stdout(out).stderr(err);
        }
        return c.build();
    }

    /** A command's {@code _start}; a module without one (a reactor) only has its {@code _initialize} run. */
    private int start(Instance instance) {
        WasmFunction start = instance.function("_start");
        if (start == null) {
            start = instance.function("_initialize");
        }
        if (start != null) {
            start.call();
        }
        return 0;
    }

    private int invoke(Instance instance, RunOptions options) {
        WasmFunction f = instance.function(options.invoke);
        if (f == null) {
            err.println("jwasm: " + options.file + ": no exported function named '" + options.invoke + "'");
            return 1;
        }
        List<ValType> params = f.type().params();
        if (params.size() != options.guestArgs.size()) {
            err.println("jwasm: " + options.invoke + " takes " + params.size() + " argument(s), got "
                    + options.guestArgs.size());
            return 1;
        }
        Value[] args = new Value[params.size()];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = InvokeValues.parse(params.get(i), options.guestArgs.get(i));
            }
        } catch (IllegalArgumentException e) {
            err.println("jwasm: " + options.invoke + ": " + e.getMessage());
            return 1;
        }
        WasmFunction initialize = instance.function("_initialize");
        if (initialize != null && !options.invoke.equals("_initialize")) {
            initialize.call();
        }
        Value[] results = f.call(args);
        PrintStream o = out == null ? System.out : new PrintStream(out, true);
        for (Value v : results) {
            o.println(InvokeValues.print(v));
        }
        o.flush();
        return 0;
    }
}
