package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.ResourceLimits;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.UnlinkableException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstantiationTest {

    @Test
    void missingAndMismatchedImportsAreUnlinkable() {
        Linker linker = new Linker(Wasm.ENGINE);
        UnlinkableException missing = assertThrows(UnlinkableException.class, () -> new Wasm(Wasm.ENGINE, linker,
                "(module (import \"m\" \"f\" (func)))"));
        assertEquals("unknown import \"m\".\"f\"", missing.getMessage());
        linker.define("m", "mem", Memory.create(new MemoryType(new Limits(1, 2, false), false, 16)));
        UnlinkableException mismatch = assertThrows(UnlinkableException.class, () -> new Wasm(Wasm.ENGINE, linker,
                "(module (import \"m\" \"mem\" (memory 2)))"));
        assertTrue(mismatch.getMessage().startsWith("incompatible import type"), mismatch.getMessage());
        new Wasm(Wasm.ENGINE, linker, "(module (import \"m\" \"mem\" (memory 1 3)))");
    }

    @Test
    void writesBeforeAFailingSegmentStayVisible() {
        Linker linker = new Linker(Wasm.ENGINE);
        Wasm owner = new Wasm(Wasm.ENGINE, linker, """
                (module (memory (export "mem") 1)
                  (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0))))
                """);
        linker.define("owner", owner.instance);
        Trap t = assertThrows(Trap.class, () -> new Wasm(Wasm.ENGINE, linker, """
                (module (import "owner" "mem" (memory 1))
                  (data (i32.const 0) "a")
                  (data (i32.const 65536) "b"))
                """));
        assertEquals("out of bounds memory access", t.getMessage());
        assertEquals('a', owner.i32("peek", i(0)));
    }

    @Test
    void theStartFunctionRunsLast() {
        Wasm w = new Wasm("""
                (module (memory 1) (data (i32.const 0) "\\05")
                  (global $g (mut i32) (i32.const 0))
                  (func $start (global.set $g (i32.add (i32.load8_u (i32.const 0)) (i32.const 1))))
                  (start $start)
                  (func (export "g") (result i32) (global.get $g)))
                """);
        assertEquals(6, w.i32("g"));
    }

    @Test
    void theStoreLimitsInstances() {
        Engine engine = Engine.builder().limits(ResourceLimits.DEFAULT.withMaxInstances(2)).build();
        var store = engine.newStore();
        var module = engine.compile("(module)".getBytes(StandardCharsets.UTF_8));
        Linker linker = new Linker(engine);
        linker.instantiate(store, module);
        linker.instantiate(store, module);
        assertThrows(Trap.class, () -> linker.instantiate(store, module));
    }
}
