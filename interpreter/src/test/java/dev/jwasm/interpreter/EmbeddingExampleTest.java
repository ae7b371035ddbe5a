package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Caller;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of the README, as a test: load a module, link a host function, call
 * an export, read and write memory. The second test checks that the README shows exactly this
 * code, so the README cannot rot.
 */
class EmbeddingExampleTest {

    @Test
    void readmeExample() {
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

        List<Integer> logged = new ArrayList<>();
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

    @Test
    void typedHostFunctionsExample() {
        Engine engine = Engine.create();
        List<String> printed = new ArrayList<>();
        // --- README typed example begins
        Linker linker = new Linker(engine)
                .func("env", "add", (int a, int b) -> a + b)          // (i32, i32) -> i32
                .func("env", "print", (Caller caller, int ptr, int len) -> {
                    printed.add(new String(caller.memory().read(ptr, len), StandardCharsets.UTF_8));
                });                                                   // (i32, i32) -> ()
        Instance instance = linker.instantiate(engine.newStore(), engine.compile("""
                (module
                  (import "env" "add" (func $add (param i32 i32) (result i32)))
                  (import "env" "print" (func $print (param i32 i32)))
                  (memory 1)
                  (data (i32.const 0) "hi")
                  (func (export "run") (result i32)
                    (call $print (i32.const 0) (i32.const 2))
                    (call $add (i32.const 2) (i32.const 3))))
                """.getBytes(StandardCharsets.UTF_8)));
        int five = instance.function("run").call()[0].asInt();
        // --- README typed example ends

        assertEquals(5, five);
        assertEquals(List.of("hi"), printed);
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        Path module = Path.of(System.getProperty("basedir", "."));
        String test = Files.readString(module.resolve("src/test/java/dev/jwasm/interpreter/EmbeddingExampleTest.java"));
        String readme = Files.readString(module.resolve("../README.md"));
        int section = readme.indexOf("## Embedding");
        assertTrue(section >= 0, "README.md has no '## Embedding' section");
        int first = readme.indexOf("```java\n", section) + "```java\n".length();
        assertEquals(normalized(marked(test, "README example")), normalized(readme.substring(first, readme.indexOf("```", first))));
        int second = readme.indexOf("```java\n", readme.indexOf("```", first) + 3) + "```java\n".length();
        assertEquals(normalized(marked(test, "README typed example")),
                normalized(readme.substring(second, readme.indexOf("```", second))));
    }

    /** The lines between {@code // --- NAME begins} and {@code // --- NAME ends}. */
    private static String marked(String source, String name) {
        String tested = source.substring(source.indexOf("// --- " + name + " begins"), source.indexOf("// --- " + name + " ends"));
        return tested.substring(tested.indexOf('\n') + 1);
    }

    /** Lines without indentation, blank lines dropped. */
    private static List<String> normalized(String code) {
        List<String> lines = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
