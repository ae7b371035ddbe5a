package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import org.junit.jupiter.api.Test;

class ExceptionHandlingTest {

    @Test
    void tryTableClausesPickByTagAndPushWhatTheyPromise() {
        Wasm w = new Wasm("""
                (module
                  (tag $a (param i32))
                  (tag $b (param i64 i32))
                  (func $throw (param i32)
                    (if (i32.eq (local.get 0) (i32.const 0)) (then (throw $a (i32.const 11))))
                    (if (i32.eq (local.get 0) (i32.const 1)) (then (throw $b (i64.const 5) (i32.const 22)))))
                  (func (export "f") (param i32) (result i32)
                    (block $all (result exnref)
                      (block $onB (result i64 i32)
                        (block $onA (result i32)
                          (try_table (catch $a $onA) (catch $b $onB) (catch_all_ref $all)
                            (call $throw (local.get 0)))
                          (return (i32.const -1)))
                        (return))
                      (local.set 0) (i32.wrap_i64) (i32.add (local.get 0)) (i32.const 100) (i32.add) (return))
                    (drop)
                    (i32.const -2)))
                """);
        assertEquals(11, w.i32("f", i(0)));
        assertEquals(127, w.i32("f", i(1)));
        assertEquals(-1, w.i32("f", i(2)));
    }

    @Test
    void throwRefRethrowsTheSameExceptionObject() {
        Wasm w = new Wasm("""
                (module
                  (tag $e (export "e") (param i32))
                  (func (export "rethrow") (param i32)
                    (throw_ref
                      (block $h (result exnref)
                        (try_table (catch_all_ref $h) (throw $e (local.get 0)))
                        (unreachable))))
                  (func (export "null") (throw_ref (ref.null exn))))
                """);
        ThrownException e = assertThrows(ThrownException.class, () -> w.call("rethrow", i(3)));
        assertEquals(3, e.payload()[0].asInt());
        assertEquals("null exception reference", assertThrows(Trap.class, () -> w.call("null")).getMessage());
    }

    @Test
    void exceptionsUnwindInterpretedFramesAndRestoreTheStack() {
        Wasm w = new Wasm("""
                (module
                  (tag $e (param i32))
                  (func $deep (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0))
                      (then (throw $e (i32.const 42)))
                      (else (i32.add (i32.const 1) (call $deep (i32.sub (local.get 0) (i32.const 1)))))))
                  (func (export "f") (param i32) (result i32)
                    (i32.add (i32.const 1000)
                      (block $h (result i32)
                        (i32.const 1) (i32.const 2) (drop) (drop)
                        (try_table (result i32) (catch $e $h) (call $deep (local.get 0)))))))
                """);
        assertEquals(1042, w.i32("f", i(5000)));
        assertEquals(1042, w.i32("f", i(3)));
    }

    @Test
    void legacyTryCatchRethrowAndDelegate() {
        Wasm w = new Wasm("""
                (module
                  (tag $e (param i32))
                  (func (export "catch") (result i32)
                    (try (result i32) (do (throw $e (i32.const 7))) (catch $e (i32.add (i32.const 1)))))
                  (func (export "rethrow") (result i32)
                    (try (result i32)
                      (do (try (do (throw $e (i32.const 9))) (catch_all (rethrow 0))) (i32.const 0))
                      (catch $e)))
                  (func (export "delegate") (result i32)
                    (try $outer (result i32)
                      (do (try (result i32)
                            (do (try (do (throw $e (i32.const 3))) (delegate $outer)) (i32.const 0))
                            (catch $e (drop) (i32.const -1))))
                      (catch $e (i32.mul (i32.const 10))))))
                """);
        assertEquals(8, w.i32("catch"));
        assertEquals(9, w.i32("rethrow"));
        assertEquals(30, w.i32("delegate"));
    }

    @Test
    void exnrefValuesReachTheHost() {
        Wasm w = new Wasm("""
                (module
                  (tag $e (param i32))
                  (func (export "catch") (result exnref)
                    (block $h (result exnref)
                      (try_table (catch_all_ref $h) (throw $e (i32.const 1)))
                      (unreachable))))
                """);
        ExceptionReference exn = (ExceptionReference) w.call("catch")[0].ref();
        assertEquals(1, exn.payload()[0].asInt());
        assertSame(exn.tag(), exn.tag());
    }
}
