package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static dev.jwasm.interpreter.Wasm.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import org.junit.jupiter.api.Test;

class BasicExecutionTest {

    @Test
    void recursiveFactorial() {
        Wasm w = new Wasm("""
                (module
                  (func $fac (export "fac") (param i64) (result i64)
                    (if (result i64) (i64.eqz (local.get 0))
                      (then (i64.const 1))
                      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
                """);
        assertEquals(2432902008176640000L, w.i64("fac", l(20)));
    }

    @Test
    void loopWithBranches() {
        Wasm w = new Wasm("""
                (module
                  (func (export "sum") (param $n i32) (result i32) (local $acc i32)
                    (block $done
                      (loop $next
                        (br_if $done (i32.eqz (local.get $n)))
                        (local.set $acc (i32.add (local.get $acc) (local.get $n)))
                        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                        (br $next)))
                    (local.get $acc)))
                """);
        assertEquals(5050, w.i32("sum", i(100)));
    }

    @Test
    void blocksWithValuesUnwindTheStack() {
        Wasm w = new Wasm("""
                (module
                  (func (export "f") (param i32) (result i32)
                    (i32.add (i32.const 100)
                      (block $b (result i32)
                        (i32.const 1) (i32.const 2) (drop) (drop)
                        (br_if $b (i32.const 7) (local.get 0))
                        (drop)
                        (i32.const 9)))))
                """);
        assertEquals(107, w.i32("f", i(1)));
        assertEquals(109, w.i32("f", i(0)));
    }

    @Test
    void brTableSelectsTargets() {
        Wasm w = new Wasm("""
                (module
                  (func (export "f") (param i32) (result i32)
                    (block $c (result i32)
                      (block $b (result i32)
                        (block $a (result i32)
                          (i32.const 10) (local.get 0) (br_table $a $b $c))
                        (i32.add (i32.const 1)))
                      (i32.add (i32.const 2)))))
                """);
        assertEquals(13, w.i32("f", i(0)));
        assertEquals(12, w.i32("f", i(1)));
        assertEquals(10, w.i32("f", i(2)));
        assertEquals(10, w.i32("f", i(99)));
    }

    @Test
    void memoryLoadsAndStores() {
        Wasm w = new Wasm("""
                (module
                  (memory (export "mem") 1)
                  (data (i32.const 8) "\\01\\02\\03\\04")
                  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "store") (param i32 i64) (i64.store offset=4 (local.get 0) (local.get 1))))
                """);
        assertEquals(0x04030201, w.i32("load", i(8)));
        w.call("store", i(0), l(0x1122334455667788L));
        assertEquals(0x55667788, w.i32("load", i(4)));
        Trap t = assertThrows(Trap.class, () -> w.call("load", i(65534)));
        assertEquals("out of bounds memory access", t.getMessage());
    }

    @Test
    void multiValueAndFloats() {
        Wasm w = new Wasm("""
                (module
                  (func $pair (result f64 i32) (f64.const 1.5) (i32.const 3))
                  (func (export "f") (result f64)
                    (call $pair) (f64.convert_i32_s) (f64.mul)))
                """);
        assertEquals(4.5, w.call("f")[0].asDouble());
    }

    @Test
    void trapsCarryTheSpecWording() {
        Wasm w = new Wasm("""
                (module
                  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
                  (func (export "unreachable") unreachable))
                """);
        assertEquals("integer divide by zero", assertThrows(Trap.class, () -> w.call("div", i(1), i(0))).getMessage());
        assertEquals("integer overflow",
                assertThrows(Trap.class, () -> w.call("div", i(Integer.MIN_VALUE), i(-1))).getMessage());
        assertEquals("unreachable", assertThrows(Trap.class, () -> w.call("unreachable")).getMessage());
    }

    @Test
    void callIndirectChecksTypes() {
        Wasm w = new Wasm("""
                (module
                  (type $ii (func (param i32) (result i32)))
                  (table 3 funcref)
                  (elem (i32.const 0) $double $nothing)
                  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
                  (func $nothing)
                  (func (export "call") (param i32 i32) (result i32)
                    (call_indirect (type $ii) (local.get 1) (local.get 0))))
                """);
        assertEquals(42, w.i32("call", i(0), i(21)));
        assertEquals("indirect call type mismatch",
                assertThrows(Trap.class, () -> w.call("call", i(1), i(0))).getMessage());
        assertEquals("uninitialized element 2", assertThrows(Trap.class, () -> w.call("call", i(2), i(0))).getMessage());
        assertEquals("undefined element 3", assertThrows(Trap.class, () -> w.call("call", i(3), i(0))).getMessage());
    }

    @Test
    void globalsAndV128Locals() {
        Wasm w = new Wasm("""
                (module
                  (global $g (mut i64) (i64.const 5))
                  (func (export "f") (result i64) (local v128)
                    (local.set 0 (v128.const i64x2 3 4))
                    (global.set $g (i64.add (global.get $g) (i64x2.extract_lane 1 (local.get 0))))
                    (global.get $g)))
                """);
        assertEquals(9, w.i64("f"));
        assertEquals(13, w.i64("f"));
    }

    @Test
    void hostValuesRoundTrip() {
        Wasm w = new Wasm("(module (func (export \"id\") (param f32) (result f32) (local.get 0)))");
        int nanWithPayload = 0x7fa00001;
        assertEquals(nanWithPayload, (int) w.call("id", Value.f32Bits(nanWithPayload))[0].bits());
    }
}
