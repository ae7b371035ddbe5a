package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * A running call can be stopped from another thread; the store works normally afterwards.
 * The timeouts run each test on its own thread, since an endless Wasm loop does not answer
 * {@link Thread#interrupt()}: a lost request fails the test instead of hanging the build.
 */
@Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
class InterruptionTest {

    /** Starts a thread that asks the store to stop until a call is running to be stopped. */
    private static Thread interruptWhenRunning(Store store, long delayMillis) {
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            }
            while (!store.interrupt()) {
                Thread.onSpinWait();
            }
        });
        interrupter.start();
        return interrupter;
    }

    @Test
    void anEndlessLoopStopsWithTheInterruptedTrap() throws InterruptedException {
        Wasm w = new Wasm("""
                (module
                  (func (export "spin") (loop $l (br $l)))
                  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
                """);
        Thread interrupter = interruptWhenRunning(w.store, 100);
        Trap t = assertThrows(Trap.class, () -> w.call("spin"));
        assertEquals(TrapMessages.INTERRUPTED, t.getMessage());
        interrupter.join();
        assertEquals(5, w.i32("add", i(2), i(3)));
    }

    @Test
    void aLoopMadeOfCaughtExceptionsStopsToo() throws InterruptedException {
        Wasm w = new Wasm("""
                (module
                  (tag $e)
                  (func (export "spin") (loop $l (try_table (catch_all $l) (throw $e)))))
                """);
        Thread interrupter = interruptWhenRunning(w.store, 100);
        assertEquals(TrapMessages.INTERRUPTED, assertThrows(Trap.class, () -> w.call("spin")).getMessage());
        interrupter.join();
    }

    @Test
    void anInterruptRequestedBeforeACallDoesNotStopTheNextCall() {
        Wasm w = new Wasm("(module (func (export \"one\") (result i32) (i32.const 1)))");
        assertFalse(w.store.interrupt(), "nothing runs, so the request is refused");
        assertEquals(1, w.i32("one"));
    }

    /**
     * A request made as soon as a call is running always stops it, however the threads interleave
     * with the call's start (the REPL's Ctrl-C relies on this; a lost request once hung CI).
     */
    @Test
    void aRequestRacingTheStartOfACallIsNeverLost() throws InterruptedException {
        Wasm w = new Wasm("(module (func (export \"spin\") (loop $l (br $l))))");
        for (int round = 0; round < 200; round++) {
            Thread interrupter = interruptWhenRunning(w.store, 0);
            assertEquals(TrapMessages.INTERRUPTED, assertThrows(Trap.class, () -> w.call("spin")).getMessage());
            interrupter.join();
            assertFalse(w.store.interruptRequested(), "the request ends with the call");
        }
    }
}
