package dev.jwasm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every runtime computes the recorded checksum (the benchmarks check it too; no timing here). */
class WasmRuntimeTest {
    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void computesTheChecksumOfEveryWorkloadItSupports(WasmRuntime runtime) {
        for (Workloads.Workload w : Workloads.all()) {
            if (runtime.supports(w)) {
                assertEquals(w.checksum(), runtime.loadChecked(w).getAsLong(), runtime.id() + " " + w.name());
            }
        }
    }

    @Test
    void chicoryHasNoSimdAndSaysSo() {
        Workloads.Workload simd = Workloads.named("simd");
        assertTrue(WasmRuntime.JWASM.supports(simd));
        assertFalse(WasmRuntime.CHICORY_INTERPRETER.supports(simd));
        assertThrows(UnsupportedOperationException.class, () -> WasmRuntime.CHICORY_COMPILER.loadChecked(simd));
    }

    @Test
    void aWrongChecksumIsAnError() {
        Workloads.Workload fib = Workloads.named("fib");
        assertThrows(IllegalStateException.class, () -> WasmRuntime.JWASM.verify(fib, fib.checksum() + 1));
    }
}
