package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Tag;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exceptions in both directions across the host boundary. */
class HostBoundaryTest {

    @Test
    void anUncaughtWasmExceptionReachesTheHostWithTagAndPayload() {
        Wasm w = new Wasm("""
                (module
                  (tag $e (export "e") (param i32 i64))
                  (func (export "throw") (param i32) (throw $e (local.get 0) (i64.const 99))))
                """);
        ThrownException e = assertThrows(ThrownException.class, () -> w.call("throw", i(7)));
        assertSame(w.instance.tag("e"), e.tag());
        Value[] payload = e.payload();
        assertEquals(7, payload[0].asInt());
        assertEquals(99L, payload[1].asLong());
    }

    @Test
    void guestCodeCatchesAWasmExceptionThrownByTheHost() {
        Tag tag = Tag.create(Wasm.ENGINE, new FuncType(List.of(ValType.I32), List.of()));
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("host", "tag", tag);
        linker.define("host", "fail", new FuncType(List.of(ValType.I32), List.of()),
                (caller, args) -> {
                    throw new ThrownException(tag, Value.i32(args[0].asInt() * 10));
                });
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "host" "tag" (tag $t (param i32)))
                  (import "host" "fail" (func $fail (param i32)))
                  (func (export "catch") (param i32) (result i32)
                    (block $caught (result i32)
                      (try_table (catch $t $caught) (call $fail (local.get 0)))
                      (i32.const -1))))
                """);
        assertEquals(40, w.i32("catch", i(4)));
    }

    @Test
    void aJavaExceptionFromTheHostIsATrapThatCatchAllCannotCatch() {
        IllegalStateException bug = new IllegalStateException("host bug");
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("host", "broken", new FuncType(List.of(), List.of()), (caller, args) -> {
            throw bug;
        });
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "host" "broken" (func $broken))
                  (func (export "guarded") (result i32)
                    (block $caught
                      (try_table (catch_all $caught) (call $broken))
                      (return (i32.const 1)))
                    (i32.const 2)))
                """);
        Trap t = assertThrows(Trap.class, () -> w.call("guarded"));
        assertSame(bug, t.getCause());
        assertTrue(t.getMessage().contains("host bug"), t.getMessage());
    }

    @Test
    void exceptionsPassThroughHostFramesBetweenWasmFrames() {
        Linker linker = new Linker(Wasm.ENGINE);
        Wasm inner = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (tag $e (export "e") (param i32))
                  (func (export "throw") (param i32) (throw $e (local.get 0))))
                """);
        linker.define("inner", inner.instance);
        linker.define("host", "relay", new FuncType(List.of(ValType.I32), List.of()),
                (caller, args) -> inner.call("throw", args));
        Wasm outer = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "inner" "e" (tag $e (param i32)))
                  (import "host" "relay" (func $relay (param i32)))
                  (func (export "run") (param i32) (result i32)
                    (block $h (result i32)
                      (try_table (catch $e $h) (call $relay (local.get 0)))
                      (i32.const 0))))
                """);
        assertEquals(5, outer.i32("run", i(5)));
    }

    @Test
    void hostFunctionsSeeTheCallingInstanceAndItsMemory() {
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("host", "peek", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> new Value[] {Value.i32(caller.memory().loadU8(args[0].asInt()))});
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "host" "peek" (func $peek (param i32) (result i32)))
                  (memory 1)
                  (data (i32.const 3) "\\2a")
                  (func (export "peek3") (result i32) (call $peek (i32.const 3))))
                """);
        assertEquals(42, w.i32("peek3"));
        assertInstanceOf(InterpretedFunction.class, w.instance.function("peek3"));
    }
}
