package dev.jwasm.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Instantiating an already compiled module: the {@code trees} reactor (dlmalloc: memory, data
 * segments, globals, a table). Compilation (and Chicory's compilation to bytecode) happens
 * once in setup; each operation makes a new instance with its own memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class InstantiateBenchmark {
    static final String WORKLOAD = "trees";

    private Engine engine;
    private Module jwasmModule;
    private Linker linker;
    private WasmModule chicoryModule;
    private Function<com.dylibso.chicory.runtime.Instance, Machine> chicoryCompiled;

    @Setup
    public void setup() {
        byte[] wasm = Workloads.reactor(WORKLOAD);
        engine = Engine.create();
        jwasmModule = engine.compile(wasm);
        linker = new Linker(engine);
        chicoryModule = Parser.parse(wasm);
        chicoryCompiled = MachineFactoryCompiler.compile(chicoryModule);
    }

    @Benchmark
    public Object jwasm() {
        return linker.instantiate(engine.newStore(), jwasmModule);
    }

    @Benchmark
    public Object chicoryInterpreter() {
        return com.dylibso.chicory.runtime.Instance.builder(chicoryModule).build();
    }

    @Benchmark
    public Object chicoryCompiler() {
        return com.dylibso.chicory.runtime.Instance.builder(chicoryModule).withMachineFactory(chicoryCompiled).build();
    }
}
