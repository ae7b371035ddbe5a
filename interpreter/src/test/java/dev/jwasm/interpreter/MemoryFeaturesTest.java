package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static dev.jwasm.interpreter.Wasm.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.ResourceLimits;
import dev.jwasm.runtime.Trap;
import org.junit.jupiter.api.Test;

/** memory64, multiple memories, custom page sizes and the store's memory limit. */
class MemoryFeaturesTest {

    @Test
    void memory64AddressesAreUnsignedAndNeverWrap() {
        Wasm w = new Wasm("""
                (module
                  (memory i64 1)
                  (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
                  (func (export "load") (param i64) (result i64) (i64.load offset=8 (local.get 0)))
                  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
                  (func (export "size") (result i64) (memory.size)))
                """);
        w.call("store", l(16), l(-5));
        assertEquals(-5, w.i64("load", l(8)));
        assertEquals("out of bounds memory access",
                assertThrows(Trap.class, () -> w.call("load", l(-8))).getMessage());
        assertEquals("out of bounds memory access",
                assertThrows(Trap.class, () -> w.call("load", l(Long.MAX_VALUE))).getMessage());
        assertEquals(1, w.i64("grow", l(2)));
        assertEquals(3, w.i64("size"));
        assertEquals(-1, w.i64("grow", l(1L << 40)));
    }

    @Test
    void instructionsNameTheirMemory() {
        Wasm w = new Wasm("""
                (module
                  (memory $a 1)
                  (memory $b 1)
                  (data (memory $b) (i32.const 0) "hello")
                  (func (export "copy") (memory.copy $a $b (i32.const 100) (i32.const 0) (i32.const 5)))
                  (func (export "peek") (param i32) (result i32 i32)
                    (i32.load8_u $a (local.get 0)) (i32.load8_u $b (local.get 0))))
                """);
        w.call("copy");
        assertEquals('h', w.call("peek", i(100))[0].asInt());
        assertEquals(0, w.call("peek", i(100))[1].asInt());
        assertEquals('e', w.call("peek", i(1))[1].asInt());
    }

    @Test
    void onePageBytesGrowOneByteAtATime() {
        Wasm w = new Wasm("""
                (module
                  (memory 3 (pagesize 1))
                  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
                  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1))))
                """);
        w.call("store", i(2), i(1));
        assertThrows(Trap.class, () -> w.call("store", i(3), i(1)));
        assertEquals(3, w.i32("grow", i(1)));
        w.call("store", i(3), i(1));
    }

    @Test
    void growthStopsAtTheStoreLimit() {
        Engine engine = Engine.builder().limits(ResourceLimits.DEFAULT.withMaxMemoryBytes(4 * 65536)).build();
        Wasm w = new Wasm(engine, new Linker(engine), """
                (module (memory 1) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
                """);
        assertEquals(1, w.i32("grow", i(3)));
        assertEquals(-1, w.i32("grow", i(1)));
        assertEquals(4, w.i32("grow", i(0)));
    }

    @Test
    void wideArithmetic() {
        Wasm w = new Wasm("""
                (module
                  (func (export "add") (param i64 i64 i64 i64) (result i64 i64)
                    (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
                  (func (export "mul") (param i64 i64) (result i64 i64)
                    (i64.mul_wide_u (local.get 0) (local.get 1))))
                """);
        var r = w.call("add", l(-1), l(0), l(1), l(0));
        assertEquals(0, r[0].asLong());
        assertEquals(1, r[1].asLong());
        r = w.call("mul", l(-1), l(2));
        assertEquals(-2, r[0].asLong());
        assertEquals(1, r[1].asLong());
    }
}
