package dev.jwasm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Calls one workload's {@code run()} over and over outside JMH and prints the call times: a
 * target for profilers (JFR, {@code -XX:+PrintCompilation}, {@code -XX:+PrintInlining}) and for
 * quick before/after checks while working on a runtime. It warms up for a while first (the
 * JIT needs seconds to compile a large interpreter loop), then times calls for a while. The
 * figures to report come from JMH.
 *
 * <pre>java -cp benchmarks.jar dev.jwasm.bench.Repeat jwasm sieve [warm-up seconds] [measured seconds]</pre>
 */
public final class Repeat {
    private Repeat() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Repeat RUNTIME WORKLOAD [WARMUP_SECONDS] [MEASURE_SECONDS]"
                    + "   (runtimes: jwasm, chicory-interpreter, chicory-compiler)");
            System.exit(2);
        }
        WasmRuntime runtime = WasmRuntime.byId(args[0]);
        Workloads.Workload w = Workloads.named(args[1]);
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        double measure = args.length > 3 ? Double.parseDouble(args[3]) : 3;
        LongSupplier run = runtime.loadChecked(w);
        long t0 = System.nanoTime();
        double first = Double.NaN;
        while (System.nanoTime() - t0 < warmup * 1e9) {
            long s = System.nanoTime();
            runtime.verify(w, run.getAsLong());
            if (Double.isNaN(first)) {
                first = (System.nanoTime() - s) / 1e6;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[100_000];
        double[] cpu = new double[ms.length];
        int n = 0;
        long m0 = System.nanoTime();
        while (n < ms.length && (n < 3 || System.nanoTime() - m0 < measure * 1e9)) {
            long c0 = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            long checksum = run.getAsLong();
            ms[n] = (System.nanoTime() - s) / 1e6;
            cpu[n] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            runtime.verify(w, checksum);
            n++;
        }
        double[] wall = Arrays.copyOf(ms, n);
        double[] own = Arrays.copyOf(cpu, n);
        Arrays.sort(wall);
        Arrays.sort(own);
        // CPU time of this thread is steadier than wall time on a loaded machine
        System.out.printf("%s %s: first %.1f ms; after %.0f s: %d calls, min %.2f ms, median %.2f ms, "
                + "cpu min %.2f ms, median %.2f ms%n", runtime.id(), w.name(), first, warmup, n, wall[0], wall[n / 2],
                own[0], own[n / 2]);
    }
}
