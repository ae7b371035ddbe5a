package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import org.junit.jupiter.api.Test;

class SimdAndTablesTest {

    @Test
    void vectorsComputeLaneWiseAndAcrossHalves() {
        Wasm w = new Wasm("""
                (module
                  (memory 1)
                  (func (export "f") (result v128)
                    (v128.store (i32.const 16) (v128.const i32x4 1 2 3 4))
                    (i32x4.add (v128.load (i32.const 16))
                      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
                        (v128.const i32x4 10 20 30 40) (v128.const i32x4 0 0 0 0))))
                  (func (export "narrow") (result v128)
                    (i8x16.narrow_i16x8_s (v128.const i16x8 300 -300 5 6 7 8 9 10) (i16x8.splat (i32.const 1))))
                  (func (export "lane") (param i32) (result i32)
                    (i32x4.extract_lane 2 (i32x4.replace_lane 2 (v128.const i32x4 0 0 0 0) (local.get 0)))))
                """);
        Value v = w.call("f")[0];
        assertEquals(21L | (12L << 32), v.bits());
        assertEquals(43L | (34L << 32), v.high());
        assertEquals(0x07_06_05_80_7FL, w.call("narrow")[0].bits() & 0xFF_FF_FF_FF_FFL);
        assertEquals(-9, w.i32("lane", i(-9)));
    }

    @Test
    void relaxedSimdGivesTheSameAnswerEveryTime() {
        Wasm w = new Wasm("""
                (module
                  (func (export "swizzle") (result v128)
                    (i8x16.relaxed_swizzle (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
                                           (v128.const i8x16 0 200 255 16 1 1 1 1 1 1 1 1 1 1 1 1))))
                """);
        Value first = w.call("swizzle")[0];
        for (int k = 0; k < 10; k++) {
            assertEquals(first, w.call("swizzle")[0]);
        }
    }

    @Test
    void tablesGrowFillCopyAndInit() {
        Wasm w = new Wasm("""
                (module
                  (table $t 2 10 funcref)
                  (table $u i64 1 externref)
                  (elem $e func $a $b)
                  (func $a (result i32) (i32.const 1))
                  (func $b (result i32) (i32.const 2))
                  (func (export "grow") (result i32) (table.grow $t (ref.func $a) (i32.const 3)))
                  (func (export "init") (table.init $t $e (i32.const 3) (i32.const 0) (i32.const 2)))
                  (func (export "drop") (elem.drop $e))
                  (func (export "call") (param i32) (result i32) (call_indirect $t (result i32) (local.get 0)))
                  (func (export "set") (param externref) (table.set $u (i64.const 0) (local.get 0)))
                  (func (export "get") (result externref) (table.get $u (i64.const 0))))
                """);
        assertEquals(2, w.i32("grow"));
        assertEquals(1, w.i32("call", i(4)));
        w.call("init");
        assertEquals(2, w.i32("call", i(4)));
        w.call("init");
        w.call("drop");
        assertEquals("out of bounds table access", assertThrows(Trap.class, () -> w.call("init")).getMessage());
        Object host = "host";
        assertNull(w.call("get")[0].ref());
        w.call("set", Value.externref(host));
        assertSame(host, w.call("get")[0].ref());
    }
}
