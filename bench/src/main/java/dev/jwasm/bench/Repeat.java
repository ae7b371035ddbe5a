package dev.jwasm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Calls one workload's {@code run()} over and over outside JMH and prints the call times: a
 * target for profilers (JFR, {@code -XX:+PrintCompilation}, {@code -XX:+PrintInlining}) and for
 * quick before/after checks while working on a runtime. The figures to report come from JMH.
 *
 * <pre>java -cp benchmarks.jar dev.jwasm.bench.Repeat jwasm sieve [calls]</pre>
 */
public final class Repeat {
    private Repeat() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Repeat RUNTIME WORKLOAD [CALLS]   (runtimes: jwasm, chicory-interpreter, chicory-compiler)");
            System.exit(2);
        }
        WasmRuntime runtime = WasmRuntime.byId(args[0]);
        Workloads.Workload w = Workloads.named(args[1]);
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        LongSupplier run = runtime.loadChecked(w);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[calls];
        double[] cpu = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long checksum = run.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            runtime.verify(w, checksum);
        }
        double[] last = Arrays.copyOfRange(ms, calls / 2, calls);
        double[] lastCpu = Arrays.copyOfRange(cpu, calls / 2, calls);
        Arrays.sort(last);
        Arrays.sort(lastCpu);
        // CPU time of this thread is steadier than wall time on a loaded machine
        System.out.printf("%s %s: first %.1f ms, second half min %.2f ms, median %.2f ms, cpu min %.2f ms, median %.2f ms%n",
                runtime.id(), w.name(), ms[0], last[0], last[last.length / 2], lastCpu[0], lastCpu[lastCpu.length / 2]);
    }
}
