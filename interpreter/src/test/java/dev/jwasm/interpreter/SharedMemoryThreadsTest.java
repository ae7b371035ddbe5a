package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static dev.jwasm.interpreter.Wasm.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Trap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Java threads on one shared memory: atomics do not lose updates (including the 16-bit
 * ones, which update their half of an int by compare-and-swap), wait / notify hand over
 * between threads, and a grow on one thread is seen by the other.
 */
@Timeout(60)
class SharedMemoryThreadsTest {
    private static final String MODULE = """
            (module
              (memory (export "mem") 1 4 shared)
              (func (export "add") (param i32 i32) (drop (i32.atomic.rmw.add (local.get 0) (local.get 1))))
              (func (export "add16") (param i32 i32) (drop (i32.atomic.rmw16.add_u (local.get 0) (local.get 1))))
              (func (export "load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
              (func (export "store") (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1)))
              (func (export "wait") (param i32 i32 i64) (result i32)
                (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
              (func (export "notify") (param i32 i32) (result i32)
                (memory.atomic.notify (local.get 0) (local.get 1)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "size") (result i32) (memory.size))
              (func (export "count") (param $addr i32) (param $n i32)
                (loop $l
                  (drop (i32.atomic.rmw.add (local.get $addr) (i32.const 1)))
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
            """;

    /** A second instance, in a store of its own, importing the first one's shared memory. */
    private static Wasm sharing(Wasm owner) {
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("owner", owner.instance);
        return new Wasm(Wasm.ENGINE, linker, MODULE.replace("(memory (export \"mem\") 1 4 shared)",
                "(import \"owner\" \"mem\" (memory 1 4 shared))"));
    }

    @Test
    void atomicIncrementsFromTwoThreadsAreAllCounted() throws Exception {
        Wasm a = new Wasm(MODULE);
        Wasm b = sharing(a);
        CompletableFuture<Void> t1 = CompletableFuture.runAsync(() -> a.call("count", i(64), i(200_000)));
        CompletableFuture<Void> t2 = CompletableFuture.runAsync(() -> b.call("count", i(64), i(200_000)));
        t1.get(30, TimeUnit.SECONDS);
        t2.get(30, TimeUnit.SECONDS);
        assertEquals(400_000, a.i32("load", i(64)));
    }

    @Test
    void sixteenBitAtomicsOnBothHalvesOfAnIntLoseNothing() throws Exception {
        Wasm a = new Wasm(MODULE);
        Wasm b = sharing(a);
        Runnable low = () -> {
            for (int k = 0; k < 30_000; k++) {
                a.call("add16", i(128), i(1));
            }
        };
        Runnable high = () -> {
            for (int k = 0; k < 30_000; k++) {
                b.call("add16", i(130), i(1));
            }
        };
        CompletableFuture<Void> t1 = CompletableFuture.runAsync(low);
        CompletableFuture<Void> t2 = CompletableFuture.runAsync(high);
        t1.get(30, TimeUnit.SECONDS);
        t2.get(30, TimeUnit.SECONDS);
        assertEquals(30_000 | (30_000 << 16), a.i32("load", i(128)));
    }

    @Test
    void waitBlocksUntilAnotherThreadNotifies() throws Exception {
        Wasm a = new Wasm(MODULE);
        Wasm b = sharing(a);
        CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> b.i32("wait", i(0), i(0), l(-1)));
        assertEquals(1, notifyOnceSomeoneWaits(a));
        assertEquals(0, waiter.get(30, TimeUnit.SECONDS), "ok: woken by notify");
    }

    /** Notifies address 0 until a waiter was there to be woken (it may not have started waiting yet). */
    private static int notifyOnceSomeoneWaits(Wasm w) throws InterruptedException {
        int woken = 0;
        while (woken == 0) {
            woken = w.i32("notify", i(0), i(1));
            Thread.sleep(1);
        }
        return woken;
    }

    @Test
    void waitReportsNotEqualAndTimeout() {
        Wasm a = new Wasm(MODULE);
        a.call("store", i(8), i(5));
        assertEquals(1, a.i32("wait", i(8), i(4), l(0)), "not-equal");
        assertEquals(2, a.i32("wait", i(8), i(5), l(1_000_000)), "timed-out");
        assertEquals("unaligned atomic", assertThrows(Trap.class, () -> a.call("wait", i(2), i(0), l(0))).getMessage());
    }

    @Test
    void waitOnUnsharedMemoryTraps() {
        Wasm w = new Wasm("""
                (module (memory 1)
                  (func (export "wait") (result i32)
                    (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 0))))
                """);
        assertEquals("expected shared memory", assertThrows(Trap.class, () -> w.call("wait")).getMessage());
    }

    @Test
    void growOnOneThreadIsSeenByTheOther() throws Exception {
        Wasm a = new Wasm(MODULE);
        Wasm b = sharing(a);
        int newPage = 65536 + 16;
        assertEquals("out of bounds memory access",
                assertThrows(Trap.class, () -> b.call("store", i(newPage), i(1))).getMessage());
        CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> {
            int r = b.i32("wait", i(0), i(0), l(-1));
            b.call("store", i(newPage), i(77));
            return r;
        });
        assertEquals(1, a.i32("grow", i(1)));
        assertEquals(1, notifyOnceSomeoneWaits(a));
        waiter.get(30, TimeUnit.SECONDS);
        assertEquals(2, b.i32("size"));
        assertEquals(77, a.i32("load", i(newPage)));
        Memory shared = a.instance.memory("mem");
        assertEquals(2, shared.pages());
    }
}
