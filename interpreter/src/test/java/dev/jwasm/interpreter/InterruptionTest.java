package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A running call can be stopped from another thread; the store works normally afterwards. */
class InterruptionTest {

    @Test
    @Timeout(20)
    void anEndlessLoopStopsWithTheInterruptedTrap() {
        Wasm w = new Wasm("""
                (module
                  (func (export "spin") (loop $l (br $l)))
                  (func $rec (export "recurse") (call $rec))
                  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
                """);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(w.store::interrupt, 100, TimeUnit.MILLISECONDS);
            Trap t = assertThrows(Trap.class, () -> w.call("spin"));
            assertEquals(TrapMessages.INTERRUPTED, t.getMessage());
            assertEquals(5, w.i32("add", i(2), i(3)));
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    @Timeout(20)
    void aLoopMadeOfCaughtExceptionsStopsToo() {
        Wasm w = new Wasm("""
                (module
                  (tag $e)
                  (func (export "spin") (loop $l (try_table (catch_all $l) (throw $e)))))
                """);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(w.store::interrupt, 100, TimeUnit.MILLISECONDS);
            assertEquals(TrapMessages.INTERRUPTED, assertThrows(Trap.class, () -> w.call("spin")).getMessage());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void anInterruptRequestedBeforeACallDoesNotStopTheNextCall() {
        Wasm w = new Wasm("(module (func (export \"one\") (result i32) (i32.const 1)))");
        w.store.interrupt();
        assertEquals(1, w.i32("one"));
    }
}
