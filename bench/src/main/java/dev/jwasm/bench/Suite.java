package dev.jwasm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole comparison in one process and prints the tables: every workload on every
 * runtime that can run it, decode throughput, instantiation and host calls. Each group is one
 * JMH run (a runtime that cannot run a workload is left out rather than failed); results are
 * kept as JMH CSV files and the tables are rendered from them.
 *
 * <pre>
 * java -cp benchmarks.jar dev.jwasm.bench.Suite [--quick] [--warmup N] [--iterations N]
 *      [--time SECONDS] [--native FILE] [--out DIR] [--only workloads,decode,instantiate,calls]
 *      [--workloads fib,sieve,...] [--report-only]
 * </pre>
 * {@code --native} names a TSV of native call times ({@code name min_ms median_ms}), as
 * {@code bench/run.sh} writes it.
 */
public final class Suite {
    private int warmup = 5;
    private int iterations = 5;
    private int seconds = 1;
    private Path nativeFile;
    private Path out = Path.of("bench-results");
    private Set<String> only = new LinkedHashSet<>(List.of("workloads", "decode", "instantiate", "calls"));
    private List<String> workloadNames;
    private boolean reportOnly;

    public static void main(String[] args) throws Exception {
        Suite s = new Suite();
        s.parse(args);
        s.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    warmup = 1;
                    iterations = 2;
                    seconds = 1;
                }
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--time" -> seconds = Integer.parseInt(args[++i]);
                case "--native" -> nativeFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                case "--workloads" -> workloadNames = List.of(args[++i].split(","));
                case "--report-only" -> reportOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String started = machine();
        if (!reportOnly) {
            deleteResults();
            if (only.contains("workloads")) {
                runWorkloads();
            }
            if (only.contains("decode")) {
                jmh("decode", base().include(DecodeBenchmark.class.getName()));
            }
            if (only.contains("instantiate")) {
                jmh("instantiate", base().include(InstantiateBenchmark.class.getName()));
            }
            if (only.contains("calls")) {
                jmh("calls", base().include(CallBenchmark.class.getName()));
            }
        }
        List<Measurement> results = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                results.addAll(Measurement.readCsv(p));
            }
        }
        String table = new Report(results, readNatives(), LargeModule.build().length).render();
        String text = "## Results\n\n" + started + "\n" + table;
        Files.writeString(out.resolve("results.md"), text);
        System.out.println();
        System.out.println(text);
    }

    /** One JMH run per set of runtimes that can run a group of workloads (Chicory has no SIMD). */
    private void runWorkloads() throws Exception {
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (Workloads.Workload w : Workloads.all()) {
            if (workloadNames != null && !workloadNames.contains(w.name())) {
                continue;
            }
            List<String> runtimes = new ArrayList<>();
            for (WasmRuntime r : WasmRuntime.values()) {
                if (r.supports(w)) {
                    runtimes.add(r.id());
                }
            }
            groups.computeIfAbsent(runtimes, k -> new ArrayList<>()).add(w.name());
        }
        int n = 0;
        for (var g : groups.entrySet()) {
            jmh("workloads-" + n++, base().include(WorkloadBenchmark.class.getName() + ".run$")
                    .param("workload", g.getValue().toArray(new String[0]))
                    .param("runtime", g.getKey().toArray(new String[0])));
        }
    }

    private ChainedOptionsBuilder base() {
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xmx2g", "-D" + Workloads.DIRECTORY_PROPERTY + "="
                        + Workloads.directory().toAbsolutePath());
    }

    private void jmh(String name, ChainedOptionsBuilder options) throws Exception {
        new Runner(options.resultFormat(ResultFormatType.CSV)
                .result(out.resolve(name + ".csv").toString()).build()).run();
    }

    private void deleteResults() throws IOException {
        try (var files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                Files.delete(p);
            }
        }
    }

    private Map<String, Report.NativeTime> readNatives() throws IOException {
        Map<String, Report.NativeTime> m = new LinkedHashMap<>();
        if (nativeFile == null || !Files.isRegularFile(nativeFile)) {
            return m;
        }
        for (String line : Files.readAllLines(nativeFile)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && !f[0].startsWith("#")) {
                m.put(f[0], new Report.NativeTime(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            }
        }
        return m;
    }

    /** What the numbers were measured on: CPU, cores, JVM, load. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        String load = "";
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            load = ", load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format("Measured %s on %s, %d cores, %s %s (%s)%s.%n", Instant.now().toString().substring(0, 16)
                .replace('T', ' ') + " UTC", cpu, java.lang.Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), load);
    }
}
