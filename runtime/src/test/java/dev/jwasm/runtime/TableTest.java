package dev.jwasm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void growFillCopyAndBounds() {
        Table t = Table.create(new TableType(ValType.EXTERNREF, new Limits(2, 5, false)), "x");
        assertEquals("x", t.get(1));
        assertEquals(2, t.grow(2, "y"));
        assertEquals(-1, t.grow(2, "z"));
        assertEquals("y", t.get(3));
        t.fill(0, null, 2);
        assertNull(t.get(0));
        Table.copy(t, 1, t, 2, 2);
        assertEquals("y", t.get(1));
        assertEquals(TrapMessages.OUT_OF_BOUNDS_TABLE_ACCESS, assertThrows(Trap.class, () -> t.get(4)).getMessage());
        assertThrows(Trap.class, () -> t.init(3, new Object[] {"a", "b"}, 0, 2));
        assertThrows(Trap.class, () -> t.get(-1));
    }

    @Test
    void tablesStopAtTheStoreLimit() {
        Table t = new Table(new TableType(ValType.FUNCREF, new Limits(0, Limits.NO_MAX, false)), 0, 10, null);
        assertEquals(0, t.grow(10, null));
        assertEquals(-1, t.grow(1, null));
        assertThrows(Trap.class, () -> new Table(new TableType(ValType.FUNCREF, new Limits(11, 20, false)), 0, 10, null));
    }
}
