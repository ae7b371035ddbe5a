package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.Wasm.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.gc.ArrayObject;
import dev.jwasm.runtime.gc.StructObject;
import org.junit.jupiter.api.Test;

class GcTest {
    private static final String TYPES = """
            (type $point (sub (struct (field $x (mut i32)) (field $y i8))))
            (type $point3 (sub $point (struct (field $x (mut i32)) (field $y i8) (field $z (mut f64)))))
            (type $bytes (array (mut i8)))
            (type $refs (array (mut anyref)))
            """;

    @Test
    void structsHoldPackedAndWideFields() {
        Wasm w = new Wasm("(module " + TYPES + """
                  (func (export "f") (result i32 i32 i32 f64) (local $p (ref $point3))
                    (local.set $p (struct.new $point3 (i32.const 5) (i32.const 200) (f64.const 2.5)))
                    (struct.set $point3 $x (local.get $p) (i32.add (struct.get $point3 $x (local.get $p)) (i32.const 1)))
                    (struct.get $point3 $x (local.get $p))
                    (struct.get_s $point3 $y (local.get $p))
                    (struct.get_u $point3 $y (local.get $p))
                    (struct.get $point3 $z (local.get $p)))
                  (func (export "null") (result i32) (struct.get $point $x (ref.null $point))))
                """);
        Value[] r = w.call("f");
        assertEquals(6, r[0].asInt());
        assertEquals(-56, r[1].asInt());
        assertEquals(200, r[2].asInt());
        assertEquals(2.5, r[3].asDouble());
        assertEquals("null structure reference", assertThrows(Trap.class, () -> w.call("null")).getMessage());
    }

    @Test
    void castsFollowDeclaredSubtypes() {
        Wasm w = new Wasm("(module " + TYPES + """
                  (func (export "test") (param i32) (result i32 i32 i32) (local $r anyref)
                    (local.set $r
                      (if (result anyref) (local.get 0)
                        (then (struct.new_default $point3))
                        (else (struct.new_default $point))))
                    (ref.test (ref $point) (local.get $r))
                    (ref.test (ref $point3) (local.get $r))
                    (block $no (result anyref)
                      (br_on_cast_fail $no anyref (ref $point3) (local.get $r))
                      (drop) (return (i32.const 1) (i32.const 1) (i32.const 1)))
                    (drop) (i32.const 0))
                  (func (export "cast") (result i32)
                    (ref.test (ref $point3) (ref.cast (ref $point) (struct.new_default $point))))
                  (func (export "bad") (drop (ref.cast (ref $point3) (struct.new_default $point)))))
                """);
        Value[] r = w.call("test", i(1));
        assertEquals(1, r[0].asInt());
        assertEquals(1, r[1].asInt());
        r = w.call("test", i(0));
        assertEquals(1, r[0].asInt());
        assertEquals(0, r[1].asInt());
        assertEquals(0, r[2].asInt());
        assertEquals(0, w.i32("cast"));
        assertEquals("cast failure", assertThrows(Trap.class, () -> w.call("bad")).getMessage());
    }

    @Test
    void arraysFromValuesDataAndCopies() {
        Wasm w = new Wasm("(module " + TYPES + """
                  (data $d "\\01\\02\\03\\04\\05")
                  (func (export "f") (result i32) (local $a (ref $bytes)) (local $b (ref $bytes))
                    (local.set $a (array.new_data $bytes $d (i32.const 1) (i32.const 4)))
                    (local.set $b (array.new $bytes (i32.const 9) (i32.const 6)))
                    (array.copy $bytes $bytes (local.get $b) (i32.const 1) (local.get $a) (i32.const 0) (i32.const 4))
                    (array.fill $bytes (local.get $a) (i32.const 0) (i32.const 255) (i32.const 2))
                    (i32.add
                      (i32.add (array.get_u $bytes (local.get $b) (i32.const 1)) (array.get_u $bytes (local.get $b) (i32.const 5)))
                      (i32.add (array.get_s $bytes (local.get $a) (i32.const 0)) (array.len (local.get $b)))))
                  (func (export "oob") (drop (array.get_u $bytes (array.new_default $bytes (i32.const 2)) (i32.const 2))))
                  (func (export "fixed") (result anyref)
                    (array.new_fixed $refs 3 (ref.i31 (i32.const 1)) (ref.null any) (struct.new_default $point))))
                """);
        assertEquals(2 + 9 + -1 + 6, w.i32("f"));
        assertEquals("out of bounds array access", assertThrows(Trap.class, () -> w.call("oob")).getMessage());
        ArrayObject a = (ArrayObject) w.call("fixed")[0].ref();
        assertEquals(3, a.length());
        assertInstanceOf(StructObject.class, a.getRef(2));
    }

    @Test
    void externalizedReferencesRoundTrip() {
        Wasm w = new Wasm("""
                (module
                  (func (export "in") (param externref) (result anyref) (any.convert_extern (local.get 0)))
                  (func (export "out") (param anyref) (result externref) (extern.convert_any (local.get 0)))
                  (func (export "i31") (param i32) (result i32 i32)
                    (i31.get_s (ref.i31 (local.get 0))) (i31.get_u (ref.i31 (local.get 0)))))
                """);
        Object host = new Object();
        Value internal = w.call("in", Value.externref(host))[0];
        assertSame(host, w.call("out", internal)[0].ref());
        Value[] r = w.call("i31", i(-1));
        assertEquals(-1, r[0].asInt());
        assertEquals(0x7FFF_FFFF, r[1].asInt());
    }
}
