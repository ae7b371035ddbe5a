package dev.jwasm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JMH result: benchmark method, parameters, score and its 99.9 % error, as JMH writes them
 * to a CSV result file ({@code -rf csv}).
 */
public record Measurement(String benchmark, Map<String, String> params, double score, double error, String unit) {

    /** The benchmark's class and method, without the package: {@code WorkloadBenchmark.run}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int cls = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(cls + 1);
    }

    public String param(String name) {
        return params.get(name);
    }


    /** Reads a JMH CSV result file. */
    public static List<Measurement> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Measurement> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = splitCsv(lines.get(0));
        int benchmark = header.indexOf("Benchmark");
        int score = header.indexOf("Score");
        int error = header.indexOf("Score Error (99.9%)");
        int unit = header.indexOf("Unit");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("Param: ") && i < f.size() && !f.get(i).isEmpty()) {
                    params.put(header.get(i).substring("Param: ".length()), f.get(i));
                }
            }
            out.add(new Measurement(f.get(benchmark), params, number(f.get(score)), number(f.get(error)), f.get(unit)));
        }
        return out;
    }

    private static double number(String s) {
        return s.isEmpty() || s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
    }

    /** Splits a CSV line with double-quoted fields (JMH quotes strings, doubling inner quotes). */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }
}
