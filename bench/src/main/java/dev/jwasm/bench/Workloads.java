package dev.jwasm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark workloads of {@code bench/workloads}: their reactor modules and the checksums
 * that {@code workloads.tsv} records for them.
 *
 * <p>The directory is the system property {@code jwasm.bench.workloads}, else
 * {@code bench/workloads} or {@code workloads} below the working directory (so the benchmarks
 * jar runs from the repository root or from {@code bench/}).
 */
public final class Workloads {
    /** The system property naming the workloads directory. */
    public static final String DIRECTORY_PROPERTY = "jwasm.bench.workloads";

    /** A workload: its name, the checksum {@code run()} returns, the Wasm features it needs. */
    public record Workload(String name, long checksum, String features) {
        public boolean usesSimd() {
            return features.contains("simd");
        }
    }

    private Workloads() {}

    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"bench/workloads", "workloads"}) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve("workloads.tsv"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the workloads: run from the repository root or bench/, "
                + "or set -D" + DIRECTORY_PROPERTY + "=<path to bench/workloads>");
    }

    public static List<Workload> all() {
        List<Workload> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(directory().resolve("workloads.tsv"))) {
                String[] f = line.split("\t");
                if (f.length < 3 || f[0].equals("name")) {
                    continue;
                }
                out.add(new Workload(f[0], Long.parseLong(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Workload named(String name) {
        for (Workload w : all()) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no workload " + name + " in workloads.tsv");
    }

    /** The reactor module: no imports, exports {@code _initialize} and {@code run: [] -> [i64]}. */
    public static byte[] reactor(String name) {
        return read("wasm/" + name + ".wasm");
    }

    /** The WASI command variant (imports wasi_snapshot_preview1). */
    public static byte[] command(String name) {
        return read("wasm/" + name + "-cmd.wasm");
    }

    private static byte[] read(String relative) {
        try {
            return Files.readAllBytes(directory().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
