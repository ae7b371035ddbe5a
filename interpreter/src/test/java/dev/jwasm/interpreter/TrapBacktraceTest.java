package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.WasmFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trap records the Wasm frames it unwinds, innermost first, across host re-entry too. */
class TrapBacktraceTest {

    @Test
    void framesAreInnermostFirst() {
        Wasm w = new Wasm("""
                (module
                  (func $inner (unreachable))
                  (func $middle (call $inner))
                  (func (export "outer") (call $middle)))
                """);
        Trap t = assertThrows(Trap.class, () -> w.call("outer"));
        List<Trap.Frame> frames = t.frames();
        assertEquals(3, frames.size());
        for (int k = 0; k < 3; k++) {
            assertSame(w.instance, frames.get(k).instance());
            assertSame(w.instance.function(k), frames.get(k).function());
        }
    }

    @Test
    void framesOnBothSidesOfAHostFunction() {
        Linker linker = new Linker(Wasm.ENGINE);
        Wasm[] holder = new Wasm[1];
        linker.define("host", "reenter", new FuncType(List.of(ValType.I32), List.of()),
                (caller, args) -> holder[0].call("fail", args));
        holder[0] = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "host" "reenter" (func $reenter (param i32)))
                  (func (export "fail") (param i32) (drop (i32.div_u (i32.const 1) (local.get 0))))
                  (func (export "start") (call $reenter (i32.const 0))))
                """);
        Trap t = assertThrows(Trap.class, () -> holder[0].call("start", new dev.jwasm.runtime.Value[0]));
        WasmFunction[] expected = {holder[0].instance.function(1), holder[0].instance.function(2)};
        assertEquals(2, t.frames().size());
        assertSame(expected[0], t.frames().get(0).function());
        assertSame(expected[1], t.frames().get(1).function());
        assertEquals("integer divide by zero", t.getMessage());
        assertEquals(0, i(0).asInt());
    }
}
