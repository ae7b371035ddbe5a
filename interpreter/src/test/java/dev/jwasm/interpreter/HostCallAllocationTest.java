package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Caller;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call from Wasm to a typed (or raw) host function allocates nothing: 100,000 calls from a
 * Wasm loop allocate no more than the constant cost of the one call from Java that runs the
 * loop. The boxed {@link dev.jwasm.runtime.HostFunction} is the control: it allocates on every
 * call, which shows that the measurement sees per-call allocations.
 */
class HostCallAllocationTest {
    private static final int CALLS = 100_000;
    /** The call from Java that runs the loop: argument and result arrays and values. */
    private static final long CONSTANT_ALLOWANCE = 4096;
    private static final int EXPECTED_SUM = (int) ((long) CALLS * (CALLS + 1) / 2);

    private static final String LOOP = """
            (module
              (import "env" "add" (func $add (param i32 i32) (result i32)))
              (func (export "loop") (param $n i32) (result i32) (local $acc i32)
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $acc (call $add (local.get $acc) (local.get $n)))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $next)))
                (local.get $acc)))
            """;

    /** Bytes this thread allocates running the loop once more after a warm-up run. */
    private static long allocatedByLoop(Linker linker) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        WasmFunction loop = new Wasm(Wasm.ENGINE, linker, LOOP).instance.function("loop");
        assertEquals(EXPECTED_SUM, loop.call(i(CALLS))[0].asInt()); // class loading, stack growth
        long before = threads.getCurrentThreadAllocatedBytes();
        Value[] result = loop.call(i(CALLS));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(EXPECTED_SUM, result[0].asInt());
        return allocated;
    }

    @Test
    void typedHostCallsFromWasmAllocateNothing() {
        long bytes = allocatedByLoop(new Linker(Wasm.ENGINE).func("env", "add", (int a, int b) -> a + b));
        assertTrue(bytes < CONSTANT_ALLOWANCE, bytes + " bytes for " + CALLS + " calls");
    }

    @Test
    void typedHostCallsWithTheCallerAllocateNothing() {
        long bytes = allocatedByLoop(new Linker(Wasm.ENGINE).func("env", "add",
                (Caller c, int a, int b) -> c.instance() != null ? a + b : -1));
        assertTrue(bytes < CONSTANT_ALLOWANCE, bytes + " bytes for " + CALLS + " calls");
    }

    @Test
    void rawHostCallsAllocateNothing() {
        long bytes = allocatedByLoop(new Linker(Wasm.ENGINE).func("env", "add",
                new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                (caller, slots, refs, base) -> slots[base] = (int) slots[base] + (int) slots[base + 1]));
        assertTrue(bytes < CONSTANT_ALLOWANCE, bytes + " bytes for " + CALLS + " calls");
    }

    @Test
    void boxedHostCallsAllocateOnEveryCall() {
        Linker linker = new Linker(Wasm.ENGINE);
        linker.define("env", "add", new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                (caller, args) -> new Value[] {Value.i32(args[0].asInt() + args[1].asInt())});
        long bytes = allocatedByLoop(linker);
        assertTrue(bytes > 16L * CALLS, bytes + " bytes for " + CALLS + " calls");
    }
}
