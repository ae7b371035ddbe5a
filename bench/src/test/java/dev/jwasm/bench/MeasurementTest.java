package dev.jwasm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementTest {
    @Test
    void readsJmhCsvWithParametersAndMissingErrors(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: runtime","Param: workload"
                "dev.jwasm.bench.WorkloadBenchmark.run","avgt",1,5,52.5,1.25,"ms/op",jwasm,fib
                "dev.jwasm.bench.DecodeBenchmark.chicoryParse","avgt",1,1,1500.0,NaN,"ms/op",,
                """);
        List<Measurement> ms = Measurement.readCsv(csv);
        assertEquals(2, ms.size());
        Measurement run = ms.get(0);
        assertEquals("WorkloadBenchmark.run", run.shortName());
        assertEquals(Map.of("runtime", "jwasm", "workload", "fib"), run.params());
        assertEquals(52.5, run.score());
        assertEquals(1.25, run.error());
        assertEquals("ms/op", run.unit());
        assertTrue(ms.get(1).params().isEmpty());
        assertTrue(Double.isNaN(ms.get(1).error()));
    }

    @Test
    void splitsQuotedFieldsWithCommasAndQuotes() {
        assertEquals(List.of("a,b", "say \"hi\"", "3"), Measurement.splitCsv("\"a,b\",\"say \"\"hi\"\"\",3"));
    }
}
