package dev.jwasm.bench;

import com.dylibso.chicory.wasm.Parser;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.runtime.Engine;
import dev.jwasm.validator.Validator;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and validating the {@link LargeModule} (several MB of clang output): jwasm's decoder
 * and validator, the same plus the interpreter's pre-decoding ({@code Engine.compile}), and
 * Chicory's parser, which validates too. Throughput in MB/s is the module size over the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {
    private byte[] module;
    private Engine engine;

    @Setup
    public void setup() {
        module = LargeModule.build();
        engine = Engine.create();
        // both must accept the module, or the comparison is meaningless
        jwasmDecodeValidate();
        chicoryParse();
    }

    /** Decoding and validation, with a fresh type registry as a new engine would have. */
    @Benchmark
    public Object jwasmDecodeValidate() {
        return new Validator(Features.wasm3(), new TypeRegistry()).validate(ModuleDecoder.decode(module));
    }

    /** What {@code Engine.compile} does: decode, validate, and pre-decode every body for the interpreter. */
    @Benchmark
    public Object jwasmCompile() {
        return engine.compile(module);
    }

    /** Chicory's {@code Parser.parse}: decoding and validation (its default). */
    @Benchmark
    public Object chicoryParse() {
        return Parser.parse(module);
    }
}
