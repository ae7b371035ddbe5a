package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of the README, as a test: load a module, link a host function, call
 * an export, read and write memory. Keep the two in step.
 */
class EmbeddingExampleTest {

    @Test
    void readmeExample() {
        List<Integer> logged = new ArrayList<>();

        // --- README example begins
        Engine engine = Engine.create();
        Module module = engine.compile("""
                (module
                  (import "env" "log" (func $log (param i32)))
                  (memory (export "memory") 1)
                  (func (export "sum") (param $ptr i32) (param $len i32) (result i32) (local $acc i32)
                    (block $done
                      (loop $next
                        (br_if $done (i32.eqz (local.get $len)))
                        (local.set $acc (i32.add (local.get $acc) (i32.load8_u (local.get $ptr))))
                        (local.set $ptr (i32.add (local.get $ptr) (i32.const 1)))
                        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
                        (br $next)))
                    (call $log (local.get $acc))
                    (i32.store8 (i32.const 100) (local.get $acc))
                    (local.get $acc)))
                """.getBytes(StandardCharsets.UTF_8));   // or the bytes of a .wasm file

        Linker linker = new Linker(engine);
        linker.define("env", "log", new FuncType(List.of(ValType.I32), List.of()), (caller, args) -> {
            logged.add(args[0].asInt());                  // a host function: Java called by Wasm
            return new Value[0];
        });

        Store store = engine.newStore();
        Instance instance = linker.instantiate(store, module);

        Memory memory = instance.memory("memory");
        memory.write(0, new byte[] {1, 2, 3, 4});       // write guest memory
        Value[] result = instance.function("sum").call(Value.i32(0), Value.i32(4));
        byte[] stored = memory.read(100, 1);            // read guest memory
        // --- README example ends

        assertEquals(10, result[0].asInt());
        assertEquals(List.of(10), logged);
        assertArrayEquals(new byte[] {10}, stored);
    }
}
