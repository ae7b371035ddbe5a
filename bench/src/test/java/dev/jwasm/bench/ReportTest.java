package dev.jwasm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Measurement run(String runtime, String workload, double ms, double err) {
        return new Measurement("dev.jwasm.bench.WorkloadBenchmark.run", Map.of("runtime", runtime, "workload", workload),
                ms, err, "ms/op");
    }

    @Test
    void geometricMeanOfRatiosWithPropagatedError() {
        Report.Value g = Report.geomean(List.of(new Report.Value(2, 0.2), new Report.Value(8, 0), Report.Value.NONE));
        assertEquals(4, g.v(), 1e-12);
        // relative errors 0.1 and 0: the log's error is sqrt(0.01) / 2
        assertEquals(4 * 0.05, g.e(), 1e-12);
    }

    @Test
    void ratioPropagatesRelativeErrors() {
        Report.Value r = new Report.Value(10, 1).over(new Report.Value(20, 4));
        assertEquals(0.5, r.v(), 1e-12);
        assertEquals(0.5 * Math.hypot(0.1, 0.2), r.e(), 1e-12);
    }

    @Test
    void workloadTableHasRatiosGeomeanAndMarksChicoryNa() {
        List<Measurement> results = new ArrayList<>();
        results.add(run("jwasm", "fib", 50, 1));
        results.add(run("chicory-interpreter", "fib", 500, 10));
        results.add(run("chicory-compiler", "fib", 2, 0.1));
        results.add(run("jwasm", "simd", 80, 2));
        String table = new Report(results, Map.of("fib", new Report.NativeTime(1.0, 1.25)), 4_000_000).render();
        assertTrue(table.contains("| fib | 50.0 ± 1.00 | 500 ± 10.0 | 2.00 ± 0.100 | 1.25 | 0.100 ± 0.003 | 25.0 ± 1.35 "
                + "| 40.0 ± 0.800 | 400 ± 8.00 | 1.60 ± 0.080 |"), table);
        assertTrue(table.contains("**10.00× faster**"), table);
        assertTrue(table.contains("Chicory n/a for simd"), table);
    }

    @Test
    void decodeThroughputIsModuleSizeOverTime() {
        List<Measurement> results = List.of(
                new Measurement("dev.jwasm.bench.DecodeBenchmark.jwasmDecodeValidate", Map.of(), 100, 5, "ms/op"),
                new Measurement("dev.jwasm.bench.DecodeBenchmark.chicoryParse", Map.of(), 400, 8, "ms/op"));
        String table = new Report(results, Map.of(), 5_000_000).render();
        assertTrue(table.contains("| jwasm decode + validate | 100 ± 5.00 | 50.0 ± 2.50 |"), table);
        assertTrue(table.contains("at 4.00 ± 0.215× Chicory's parser throughput"), table);
    }
}
