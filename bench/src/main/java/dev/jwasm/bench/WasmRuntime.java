package dev.jwasm.bench;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.WasmFunction;
import java.util.function.LongSupplier;

/**
 * The runtimes a workload runs on, each behind one {@code run()} call: jwasm's interpreter,
 * Chicory's interpreter and Chicory's compiler (Wasm to JVM bytecode at run time).
 */
public enum WasmRuntime {
    JWASM("jwasm") {
        @Override
        LongSupplier load(byte[] wasm) {
            Engine engine = Engine.create();
            Module module = engine.compile(wasm);
            Instance instance = new Linker(engine).instantiate(engine.newStore(), module);
            instance.function("_initialize").call();
            WasmFunction run = instance.function("run");
            return () -> run.call()[0].asLong();
        }
    },
    CHICORY_INTERPRETER("chicory-interpreter") {
        @Override
        LongSupplier load(byte[] wasm) {
            WasmModule module = Parser.parse(wasm);
            return chicoryRun(com.dylibso.chicory.runtime.Instance.builder(module).build());
        }
    },
    CHICORY_COMPILER("chicory-compiler") {
        @Override
        LongSupplier load(byte[] wasm) {
            WasmModule module = Parser.parse(wasm);
            // FAIL: a function Chicory cannot compile must not silently fall back to its interpreter.
            var machines = MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.FAIL).compile();
            return chicoryRun(com.dylibso.chicory.runtime.Instance.builder(module).withMachineFactory(machines).build());
        }
    };

    private final String id;

    WasmRuntime(String id) {
        this.id = id;
    }

    /** The name used in benchmark parameters and tables. */
    public String id() {
        return id;
    }

    public static WasmRuntime byId(String id) {
        for (WasmRuntime r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown runtime " + id);
    }

    /**
     * Whether the runtime can run a workload at all. Chicory's SIMD interpreter ({@code
     * com.dylibso.chicory:simd}) is not published on Maven Central and its compiler has no
     * SIMD, so SIMD workloads run on jwasm only.
     */
    public boolean supports(Workloads.Workload w) {
        return this == JWASM || !w.usesSimd();
    }

    /** Instantiates a reactor workload, calls {@code _initialize}, and returns its {@code run()}. */
    abstract LongSupplier load(byte[] wasm);

    /** Loads a workload and checks that its {@code run()} returns the recorded checksum. */
    public LongSupplier loadChecked(Workloads.Workload w) {
        if (!supports(w)) {
            throw new UnsupportedOperationException(id + " cannot run " + w.name() + " (n/a)");
        }
        LongSupplier run = load(Workloads.reactor(w.name()));
        verify(w, run.getAsLong());
        return run;
    }

    /** Throws unless {@code checksum} is the workload's; a wrong result voids any timing. */
    public void verify(Workloads.Workload w, long checksum) {
        if (checksum != w.checksum()) {
            throw new IllegalStateException(id + " computed checksum " + checksum + " for " + w.name()
                    + ", expected " + w.checksum());
        }
    }

    private static LongSupplier chicoryRun(com.dylibso.chicory.runtime.Instance instance) {
        instance.export("_initialize").apply();
        ExportFunction run = instance.export("run");
        return () -> run.apply()[0];
    }
}
