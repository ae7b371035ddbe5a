package dev.jwasm.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Crossing the host boundary, per call: the host calling a Wasm export {@code add(i32, i32)}
 * through each runtime's public API, and Wasm calling an imported host function
 * {@code inc(i32) -> i32} in a loop of {@value #HOST_CALLS} calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CallBenchmark {
    static final int HOST_CALLS = 1000;

    static final String MODULE = """
            (module
              (import "env" "inc" (func $inc (param i32) (result i32)))
              (func (export "add") (param i32 i32) (result i32)
                (i32.add (local.get 0) (local.get 1)))
              (func (export "callHost") (param $n i32) (result i32) (local $acc i32)
                (loop $next
                  (local.set $acc (call $inc (local.get $acc)))
                  (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $acc)))
            """;

    private WasmFunction jwasmAdd;
    private WasmFunction jwasmCallHost;
    private ExportFunction chicoryAdd;
    private ExportFunction chicoryCallHost;
    private ExportFunction chicoryCompiledAdd;
    private ExportFunction chicoryCompiledCallHost;
    private int counter;

    @Setup
    public void setup() {
        byte[] wasm = ModuleEncoder.encode(WatParser.parseModule(MODULE).module());

        Engine engine = Engine.create();
        Linker linker = new Linker(engine);
        linker.define("env", "inc", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> new Value[] {Value.i32(args[0].asInt() + 1)});
        Instance instance = linker.instantiate(engine.newStore(), engine.compile(wasm));
        jwasmAdd = instance.function("add");
        jwasmCallHost = instance.function("callHost");

        WasmModule module = Parser.parse(wasm);
        ImportValues imports = ImportValues.builder().addFunction(new HostFunction("env", "inc",
                com.dylibso.chicory.wasm.types.FunctionType.of(
                        List.of(com.dylibso.chicory.wasm.types.ValType.I32),
                        List.of(com.dylibso.chicory.wasm.types.ValType.I32)),
                (inst, args) -> new long[] {(int) args[0] + 1})).build();
        var interpreted = com.dylibso.chicory.runtime.Instance.builder(module).withImportValues(imports).build();
        chicoryAdd = interpreted.export("add");
        chicoryCallHost = interpreted.export("callHost");
        var compiled = com.dylibso.chicory.runtime.Instance.builder(module).withImportValues(imports)
                .withMachineFactory(MachineFactoryCompiler.compile(module)).build();
        chicoryCompiledAdd = compiled.export("add");
        chicoryCompiledCallHost = compiled.export("callHost");

        check(jwasmCallHost.call(Value.i32(HOST_CALLS))[0].asInt() == HOST_CALLS, "jwasm callHost");
        check(chicoryCallHost.apply(HOST_CALLS)[0] == HOST_CALLS, "chicory callHost");
        check(chicoryCompiledCallHost.apply(HOST_CALLS)[0] == HOST_CALLS, "chicory compiled callHost");
        check(jwasmAdd.call(Value.i32(2), Value.i32(3))[0].asInt() == 5, "jwasm add");
        check(chicoryAdd.apply(2, 3)[0] == 5, "chicory add");
        check(chicoryCompiledAdd.apply(2, 3)[0] == 5, "chicory compiled add");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + " returned a wrong result");
        }
    }

    @Benchmark
    public int hostToWasmJwasm() {
        return jwasmAdd.call(Value.i32(counter++), Value.i32(1))[0].asInt();
    }

    @Benchmark
    public long hostToWasmChicoryInterpreter() {
        return chicoryAdd.apply(counter++, 1)[0];
    }

    @Benchmark
    public long hostToWasmChicoryCompiler() {
        return chicoryCompiledAdd.apply(counter++, 1)[0];
    }

    @Benchmark
    @OperationsPerInvocation(HOST_CALLS)
    public int wasmToHostJwasm() {
        return jwasmCallHost.call(Value.i32(HOST_CALLS))[0].asInt();
    }

    @Benchmark
    @OperationsPerInvocation(HOST_CALLS)
    public long wasmToHostChicoryInterpreter() {
        return chicoryCallHost.apply(HOST_CALLS)[0];
    }

    @Benchmark
    @OperationsPerInvocation(HOST_CALLS)
    public long wasmToHostChicoryCompiler() {
        return chicoryCompiledCallHost.apply(HOST_CALLS)[0];
    }
}
