package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.runtime.Caller;
import dev.jwasm.runtime.HostFunctions;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed host functions called from Wasm code: arguments and results in order from the middle
 * of the interpreter's stack, the calling instance and its memory, references of a module's
 * own types.
 */
class TypedHostFunctionTest {

    @Test
    void wasmCallsTypedFunctionsOfEveryNumberType() {
        Linker linker = new Linker(Wasm.ENGINE)
                .func("env", "sub", (int a, int b) -> a - b)
                .func("env", "mix", (int a, int b, int c, int d) -> a * 1000 + b * 100 + c * 10 + d)
                .func("env", "shl", (long a, long b) -> a << b)
                .func("env", "half", (float a) -> a / 2)
                .func("env", "pow", (double a, double b) -> Math.pow(a, b))
                .func("env", "seven", () -> 7L);
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "env" "sub" (func $sub (param i32 i32) (result i32)))
                  (import "env" "mix" (func $mix (param i32 i32 i32 i32) (result i32)))
                  (import "env" "shl" (func $shl (param i64 i64) (result i64)))
                  (import "env" "half" (func $half (param f32) (result f32)))
                  (import "env" "pow" (func $pow (param f64 f64) (result f64)))
                  (import "env" "seven" (func $seven (result i64)))
                  (func (export "run") (result i32)
                    ;; values below the call stay where they are: 1000 + ...
                    (i32.add (i32.const 1000000)
                      (i32.add (call $sub (i32.const 10) (i32.const 3))
                        (call $mix (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4)))))
                  (func (export "wide") (result i64)
                    (i64.add (call $seven) (call $shl (i64.const 3) (i64.const 40))))
                  (func (export "floats") (result f64)
                    (f64.add (f64.promote_f32 (call $half (f32.const 5)))
                      (call $pow (f64.const 2) (f64.const 10)))))
                """);
        assertEquals(1_000_000 + 7 + 1234, w.i32("run"));
        assertEquals(7L + (3L << 40), w.i64("wide"));
        assertEquals(2.5 + 1024, w.call("floats")[0].asDouble());
    }

    @Test
    void callerFunctionsSeeTheCallingInstanceAndItsMemory() {
        List<String> printed = new ArrayList<>();
        List<Instance> callers = new ArrayList<>();
        Linker linker = new Linker(Wasm.ENGINE)
                .func("env", "print", (Caller c, int ptr, int len) -> {
                    callers.add(c.instance());
                    printed.add(new String(c.memory().read(ptr, len), StandardCharsets.UTF_8));
                })
                .func("env", "poke", (Caller c, int ptr, int value) -> {
                    c.memory().storeI32(ptr, value);
                    return ptr + 4;
                });
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "env" "print" (func $print (param i32 i32)))
                  (import "env" "poke" (func $poke (param i32 i32) (result i32)))
                  (memory 1)
                  (data (i32.const 16) "hello")
                  (func (export "run") (result i32)
                    (call $print (i32.const 16) (i32.const 5))
                    (i32.load (i32.sub (call $poke (i32.const 32) (i32.const 77)) (i32.const 4)))))
                """);
        assertEquals(77, w.i32("run"));
        assertEquals(List.of("hello"), printed);
        assertSame(w.instance, callers.get(0));
    }

    private static final String KEEPER = """
            (module
              (type $point (struct (field $x i32)))
              (type $keep (func (param (ref $point)) (result (ref $point))))
              (import "host" "keep" (func $keep (type $keep)))
              (func (export "run") (param i32) (result i32)
                (struct.get $point $x (call $keep (struct.new $point (local.get 0))))))
            """;

    @Test
    void aHostFunctionMayTakeAndReturnReferencesOfTheModulesOwnTypes() {
        Module module = Wasm.ENGINE.compile(KEEPER.getBytes(StandardCharsets.UTF_8));
        Object[] kept = new Object[1];
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("host", "keep", HostFunctions.raw(module, 1, (caller, slots, refs, base) -> {
            if (kept[0] == null) {
                kept[0] = refs[base];
            }
            refs[base] = kept[0];
        }));
        Instance instance = linker.instantiate(Wasm.ENGINE.newStore(), module);
        assertEquals(5, instance.function("run").call(i(5))[0].asInt());
        assertEquals(5, instance.function("run").call(i(9))[0].asInt(), "the first point, kept by the host");
        assertNotNull(kept[0]);

        linker.define("host", "keep", WasmFunction.host(module, 1, (caller, args) -> args));
        Instance boxed = linker.instantiate(Wasm.ENGINE.newStore(), module);
        assertEquals(9, boxed.function("run").call(i(9))[0].asInt());
    }

    @Test
    void aHostFunctionReturningAReferenceOfAnotherTypeTraps() {
        Module module = Wasm.ENGINE.compile(KEEPER.getBytes(StandardCharsets.UTF_8));
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("host", "keep", HostFunctions.raw(module, 1, (caller, slots, refs, base) -> refs[base] = "no point"));
        Instance wrong = linker.instantiate(Wasm.ENGINE.newStore(), module);
        Trap t = assertThrows(Trap.class, () -> wrong.function("run").call(i(1)));
        assertTrue(t.getMessage().startsWith("host function returned no point"), t.getMessage());

        linker.define("host", "keep", HostFunctions.raw(module, 1, (caller, slots, refs, base) -> refs[base] = null));
        Instance nulls = linker.instantiate(Wasm.ENGINE.newStore(), module);
        assertThrows(Trap.class, () -> nulls.function("run").call(i(1)), "(ref $point) is not nullable");
    }
}
