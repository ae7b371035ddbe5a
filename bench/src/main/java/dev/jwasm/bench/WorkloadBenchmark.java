package dev.jwasm.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of a workload's {@code run()}, steady state, on each runtime. The setup checks the
 * checksum once and every measured call checks it again (a comparison, next to milliseconds of
 * work). Chicory on {@code simd} fails in setup with "n/a" (see {@link WasmRuntime#supports});
 * {@link Suite} leaves that combination out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorkloadBenchmark {
    @Param({"fib", "sieve", "nbody", "hash", "interp", "bulkmem", "simd", "trees"})
    public String workload;

    @Param({"jwasm", "chicory-interpreter", "chicory-compiler"})
    public String runtime;

    private Workloads.Workload work;
    private WasmRuntime wasm;
    private LongSupplier run;

    @Setup
    public void setup() {
        work = Workloads.named(workload);
        wasm = WasmRuntime.byId(runtime);
        run = wasm.loadChecked(work);
    }

    @Benchmark
    public long run() {
        long checksum = run.getAsLong();
        if (checksum != work.checksum()) {
            wasm.verify(work, checksum);
        }
        return checksum;
    }
}
