package dev.jwasm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.model.ValType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ValueTest {
    @Property
    void valuesSurviveTheSlotConvention(@ForAll int i, @ForAll long l, @ForAll long hi) {
        long[] slots = new long[8];
        Object[] refs = new Object[8];
        Value[] values = {Value.i32(i), Value.i64(l), Value.f32Bits(i), Value.f64Bits(l), Value.v128(l, hi),
            Value.externref("r")};
        int at = 0;
        for (Value v : values) {
            v.write(slots, refs, at);
            at += Value.slots(v.type());
        }
        at = 0;
        for (Value v : values) {
            assertEquals(v, Value.read(v.type(), slots, refs, at));
            at += Value.slots(v.type());
        }
        assertEquals(ValType.V128, values[4].type());
    }
}
