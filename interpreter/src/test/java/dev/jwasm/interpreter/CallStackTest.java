package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.Value;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep recursion: interpreted calls keep their frames on the heap, so depth does not depend
 * on the Java stack; running out of the call-depth limit, and Java stack overflows caused by
 * host functions that re-enter Wasm, are both the trap "call stack exhausted", after which
 * the same engine keeps working. Each case also runs on a thread with a 256 KiB Java stack.
 */
class CallStackTest {
    private static final String RECURSION = """
            (module
              (func $down (export "down") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1)))))))
              (func $forever (export "forever") (param i32) (result i32)
                (i32.add (call $forever (local.get 0)) (i32.const 1))))
            """;

    @Test
    void recursionFiftyThousandDeepSucceeds() {
        Wasm w = new Wasm(RECURSION);
        assertEquals(50_000, w.i32("down", i(50_000)));
    }

    @Test
    void unboundedRecursionTrapsAndTheEngineStaysUsable() {
        Wasm w = new Wasm(RECURSION);
        Trap t = assertThrows(Trap.class, () -> w.call("forever", i(1)));
        assertEquals(TrapMessages.CALL_STACK_EXHAUSTED, t.getMessage());
        assertEquals(1000, w.i32("down", i(1000)));
        assertEquals(TrapMessages.CALL_STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> w.call("forever", i(1))).getMessage());
        assertEquals(50_000, w.i32("down", i(50_000)));
    }

    @Test
    void deepRecursionOnASmallJavaStack() throws Throwable {
        onSmallStack(() -> {
            recursionFiftyThousandDeepSucceeds();
            unboundedRecursionTrapsAndTheEngineStaysUsable();
        });
    }

    /**
     * Wasm calls a host function that calls Wasm again, without end: the Java stack overflows.
     * Each level costs several Java frames, so a bounded recursion of {@code depth} levels checks
     * that the engine works before and after.
     */
    private static void hostRecursion(int depth) {
        Linker linker = new Linker(Wasm.ENGINE);
        AtomicReference<Wasm> self = new AtomicReference<>();
        linker.define("host", "again", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> self.get().call("enter", args));
        Wasm w = new Wasm(Wasm.ENGINE, linker, """
                (module
                  (import "host" "again" (func $again (param i32) (result i32)))
                  (func (export "enter") (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0))
                      (then (i32.const 0))
                      (else (i32.add (i32.const 1) (call $again (i32.sub (local.get 0) (i32.const 1))))))))
                """);
        self.set(w);
        assertEquals(depth, w.i32("enter", i(depth)));
        Trap t = assertThrows(Trap.class, () -> w.call("enter", i(Integer.MAX_VALUE)));
        assertEquals(TrapMessages.CALL_STACK_EXHAUSTED, t.getMessage());
        assertEquals(depth, w.i32("enter", i(depth)));
    }

    @Test
    void javaStackOverflowThroughHostFunctionsIsATrap() {
        hostRecursion(100);
    }

    @Test
    void javaStackOverflowThroughHostFunctionsOnASmallStack() throws Throwable {
        onSmallStack(() -> hostRecursion(10));
    }

    @Test
    void tailCallsDoNotGrowTheStack() {
        Wasm w = new Wasm("""
                (module
                  (func $count (export "count") (param i32 i64) (result i64)
                    (if (result i64) (i32.eqz (local.get 0))
                      (then (local.get 1))
                      (else (return_call $count (i32.sub (local.get 0) (i32.const 1))
                                               (i64.add (local.get 1) (i64.const 1)))))))
                """);
        assertEquals(5_000_000L, w.call("count", i(5_000_000), Value.i64(0))[0].asLong());
    }

    static void onSmallStack(ThrowingRunnable body) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    interface ThrowingRunnable {
        void run() throws Throwable;
    }
}
