package dev.jwasm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiled C programs committed in the repository: WASI test programs and benchmark workloads. */
final class RealPrograms {
    static final Path WASI_PROGRAMS = Path.of("../wasi/src/test/resources/programs");
    static final Path WORKLOADS = Path.of("../bench/workloads/wasm");

    private RealPrograms() {
    }

    /** Every committed .wasm file of both folders. */
    static List<Path> all() {
        return Stream.concat(list(WASI_PROGRAMS).stream(), list(WORKLOADS).stream()).toList();
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".wasm")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
