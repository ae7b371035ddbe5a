package dev.jwasm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH results (and native timings) into the Markdown tables of the README's Performance
 * section: workload times per runtime with JMH's 99.9 % error bars, ratios with propagated
 * errors, geometric means, decode throughput, instantiation time and host-call overhead.
 */
public final class Report {
    /** A native build's call times in milliseconds (from the driver in {@code src/main.c}). */
    public record NativeTime(double min, double median) {}

    private static final String WORKLOAD = "WorkloadBenchmark.run";
    private static final String[] RUNTIMES = {"jwasm", "chicory-interpreter", "chicory-compiler"};

    private final List<Measurement> results;
    private final Map<String, NativeTime> natives;
    private final long largeModuleBytes;

    public Report(List<Measurement> results, Map<String, NativeTime> natives, long largeModuleBytes) {
        this.results = results;
        this.natives = natives;
        this.largeModuleBytes = largeModuleBytes;
    }

    /** A value with its absolute error. */
    record Value(double v, double e) {
        static final Value NONE = new Value(Double.NaN, Double.NaN);

        boolean present() {
            return Double.isFinite(v);
        }

        double relative() {
            return v == 0 ? 0 : e / v;
        }

        Value over(Value o) {
            if (!present() || !o.present()) {
                return NONE;
            }
            double r = v / o.v;
            return new Value(r, r * Math.hypot(relative(), o.relative()));
        }
    }

    Value workload(String workload, String runtime) {
        for (Measurement m : results) {
            if (m.shortName().equals(WORKLOAD) && workload.equals(m.param("workload"))
                    && runtime.equals(m.param("runtime"))) {
                return new Value(m.score(), m.error());
            }
        }
        return Value.NONE;
    }

    Value method(String shortName) {
        for (Measurement m : results) {
            if (m.shortName().equals(shortName)) {
                return new Value(m.score(), m.error());
            }
        }
        return Value.NONE;
    }

    /** The workloads that have any result, in {@code workloads.tsv} order. */
    List<String> workloads() {
        List<String> out = new ArrayList<>();
        for (Workloads.Workload w : Workloads.all()) {
            for (String r : RUNTIMES) {
                if (workload(w.name(), r).present()) {
                    out.add(w.name());
                    break;
                }
            }
        }
        return out;
    }

    Value nativeTime(String workload) {
        NativeTime t = natives.get(workload);
        return t == null ? Value.NONE : new Value(t.median(), 0);
    }

    /** The geometric mean of ratios, with the error of its logarithm propagated from theirs. */
    static Value geomean(List<Value> ratios) {
        double logSum = 0;
        double varSum = 0;
        int n = 0;
        for (Value r : ratios) {
            if (r.present()) {
                logSum += Math.log(r.v);
                varSum += r.relative() * r.relative();
                n++;
            }
        }
        if (n == 0) {
            return Value.NONE;
        }
        double g = Math.exp(logSum / n);
        return new Value(g, g * Math.sqrt(varSum) / n);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        workloadTable(sb);
        decodeTable(sb);
        instantiationTable(sb);
        callTable(sb);
        return sb.toString();
    }

    private void workloadTable(StringBuilder sb) {
        List<String> names = workloads();
        if (names.isEmpty()) {
            return;
        }
        sb.append("### Workloads: one `run()` call, steady state (ms, mean ± 99.9 % error)\n\n");
        sb.append("| workload | jwasm | Chicory interpreter | Chicory compiler | native | jwasm / Chicory int. "
                + "| jwasm / Chicory comp. | jwasm ×native | Chicory int. ×native | Chicory comp. ×native |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<List<Value>> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(new ArrayList<>());
        }
        for (String w : names) {
            Value j = workload(w, RUNTIMES[0]);
            Value ci = workload(w, RUNTIMES[1]);
            Value cc = workload(w, RUNTIMES[2]);
            Value nat = nativeTime(w);
            Value[] ratios = {j.over(ci), j.over(cc), j.over(nat), ci.over(nat), cc.over(nat)};
            for (int i = 0; i < ratios.length; i++) {
                columns.get(i).add(ratios[i]);
            }
            sb.append("| ").append(w)
                    .append(" | ").append(time(j)).append(" | ").append(time(ci)).append(" | ").append(time(cc))
                    .append(" | ").append(nat.present() ? fmt(nat.v) : "–");
            for (Value r : ratios) {
                sb.append(" | ").append(ratio(r));
            }
            sb.append(" |\n");
        }
        sb.append("| **geomean** | | | | ");
        for (List<Value> c : columns) {
            sb.append(" | **").append(ratio(geomean(c))).append("**");
        }
        sb.append(" |\n\n");

        Value g = geomean(columns.get(0));
        if (g.present()) {
            int n = (int) columns.get(0).stream().filter(Value::present).count();
            Value slowest = columns.get(0).stream().filter(Value::present)
                    .max((a, b) -> Double.compare(a.v, b.v)).orElse(Value.NONE);
            sb.append(String.format(Locale.ROOT,
                    "jwasm's interpreter is **%.2f× faster** than Chicory's interpreter (geometric mean over %d "
                            + "workloads; the closest workload: %.2f×).%n",
                    1 / g.v, n, 1 / slowest.v));
        }
        List<String> missing = new ArrayList<>();
        for (String w : names) {
            if (!workload(w, RUNTIMES[1]).present() || !workload(w, RUNTIMES[2]).present()) {
                missing.add(w);
            }
        }
        if (!missing.isEmpty()) {
            sb.append("Chicory n/a for ").append(String.join(", ", missing))
                    .append(" (Chicory's SIMD interpreter is not published on Maven Central and its compiler "
                            + "has no SIMD): outside the Chicory geomeans.\n");
        }
        sb.append("Ratios below 1 mean jwasm takes less time. ×native divides by the native build's median call "
                + "time (clang -O2).\n\n");
    }

    private void decodeTable(StringBuilder sb) {
        Value jd = method("DecodeBenchmark.jwasmDecodeValidate");
        Value jc = method("DecodeBenchmark.jwasmCompile");
        Value cp = method("DecodeBenchmark.chicoryParse");
        if (!jd.present() && !jc.present() && !cp.present()) {
            return;
        }
        sb.append(String.format(Locale.ROOT,
                "### Decode + validate: a %.1f MB module (%s's functions repeated; MB = 10^6 bytes)%n%n",
                largeModuleBytes / 1e6, LargeModule.SOURCE + "-cmd.wasm"));
        sb.append("| | ms | MB/s |\n|---|---:|---:|\n");
        row(sb, "jwasm decode + validate", jd);
        row(sb, "jwasm `Engine.compile` (+ interpreter pre-decoding)", jc);
        row(sb, "Chicory `Parser.parse` (decode + validate)", cp);
        Value speed = cp.over(jd);
        if (speed.present()) {
            sb.append(String.format(Locale.ROOT,
                    "%njwasm decodes and validates at %s× Chicory's parser throughput.%n", time(speed)));
        }
        sb.append('\n');
    }

    private void row(StringBuilder sb, String label, Value ms) {
        if (!ms.present()) {
            return;
        }
        double mbs = largeModuleBytes / 1e6 / (ms.v / 1000);
        sb.append("| ").append(label).append(" | ").append(time(ms)).append(" | ")
                .append(time(new Value(mbs, mbs * ms.relative()))).append(" |\n");
    }

    private void instantiationTable(StringBuilder sb) {
        Value j = method("InstantiateBenchmark.jwasm");
        Value ci = method("InstantiateBenchmark.chicoryInterpreter");
        Value cc = method("InstantiateBenchmark.chicoryCompiler");
        if (!j.present() && !ci.present() && !cc.present()) {
            return;
        }
        sb.append("### Instantiation of `" + InstantiateBenchmark.WORKLOAD
                + ".wasm`, already compiled (µs)\n\n");
        sb.append("| jwasm | Chicory interpreter | Chicory compiler |\n|---:|---:|---:|\n");
        sb.append("| ").append(time(j)).append(" | ").append(time(ci)).append(" | ").append(time(cc)).append(" |\n\n");
    }

    private void callTable(StringBuilder sb) {
        String[] kinds = {"hostToWasm", "wasmToHost"};
        String[] labels = {"host → Wasm (`add(i32, i32)` through the public API)",
            "Wasm → host (an imported `inc(i32)` called in a loop)"};
        boolean any = false;
        StringBuilder t = new StringBuilder();
        t.append("### Host calls (ns per call)\n\n");
        t.append("| | jwasm | Chicory interpreter | Chicory compiler |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < kinds.length; i++) {
            Value j = method("CallBenchmark." + kinds[i] + "Jwasm");
            Value ci = method("CallBenchmark." + kinds[i] + "ChicoryInterpreter");
            Value cc = method("CallBenchmark." + kinds[i] + "ChicoryCompiler");
            any |= j.present() || ci.present() || cc.present();
            t.append("| ").append(labels[i]).append(" | ").append(time(j)).append(" | ").append(time(ci))
                    .append(" | ").append(time(cc)).append(" |\n");
        }
        if (any) {
            sb.append(t).append('\n');
        }
    }

    static String time(Value v) {
        if (!v.present()) {
            return "n/a";
        }
        return Double.isFinite(v.e) ? fmt(v.v) + " ± " + fmt(v.e) : fmt(v.v);
    }

    static String ratio(Value r) {
        if (!r.present()) {
            return "–";
        }
        return time(r);
    }

    /** Three significant digits, at least one decimal below 100. */
    static String fmt(double x) {
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
