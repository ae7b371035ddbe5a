package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.WasmException;
import dev.jwasm.runtime.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Real compiler output with a few bytes changed goes through the whole front end and the
 * pre-decoder ({@link Engine#compile}): it compiles, or fails with a {@link WasmException}.
 * A mutant that the validator wrongly accepts tends to break the pre-decoder, which trusts
 * validated code; that is how a validator bug (ref.is_null on an empty stack) was found.
 */
class CompileRobustnessTest {
    private static final Engine ENGINE = Engine.create();
    private static final List<byte[]> WORKLOADS = workloads();

    private static List<byte[]> workloads() {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../bench/workloads/wasm").normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".wasm")).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedWorkloads() {
        return Arbitraries.randomValue(random -> {
            byte[] b = WORKLOADS.get(random.nextInt(WORKLOADS.size())).clone();
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                int at = 8 + random.nextInt(b.length - 8); // keep the header: a bad one stops at once
                switch (random.nextInt(3)) {
                    case 0 -> b[at] = (byte) random.nextInt(256);
                    case 1 -> b[at] ^= (byte) (1 << random.nextInt(8));
                    default -> b[at] += random.nextBoolean() ? 1 : -1;
                }
            }
            return b;
        });
    }

    @Property(tries = 3000, shrinking = ShrinkingMode.OFF)
    void compilesOrFailsWithAWasmError(@ForAll("mutatedWorkloads") byte[] bytes) {
        try {
            ENGINE.compile(bytes);
        } catch (WasmException expected) {
            // malformed or invalid: the only acceptable failures
        } catch (Throwable t) {
            fail("compiling a mutated workload threw " + t, t);
        }
    }
}
