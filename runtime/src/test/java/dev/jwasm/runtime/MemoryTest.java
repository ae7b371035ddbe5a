package dev.jwasm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MemoryTest {
    private static Memory memory(long min, long max, boolean shared) {
        return Memory.create(new MemoryType(new Limits(min, max, false), shared, 16));
    }

    @Test
    void accessesAreLittleEndianAndBoundsChecked() {
        Memory m = memory(1, 1, false);
        m.storeI32(0, 0x11223344);
        assertEquals(0x44, m.loadU8(0));
        assertEquals(0x3344, m.loadU16(0));
        m.storeI64(65528, -2);
        assertEquals(-2, m.loadI64(65528));
        assertEquals(TrapMessages.OUT_OF_BOUNDS_MEMORY_ACCESS, assertThrows(Trap.class, () -> m.loadI64(65529)).getMessage());
        assertThrows(Trap.class, () -> m.loadI8(-1));
        assertThrows(Trap.class, () -> m.loadV128Low(65521));
    }

    @Property
    void effectiveAddressesNeverWrap(@ForAll long address, @ForAll long offset) {
        long ea = Memory.ea64(address, offset);
        boolean fits = address >= 0 && offset >= 0 && address + offset >= 0;
        assertEquals(fits ? address + offset : -1, ea);
    }

    @Test
    void growReturnsTheOldSizeOrMinusOne() {
        Memory m = memory(1, 3, false);
        assertEquals(1, m.grow(2));
        assertEquals(-1, m.grow(1));
        assertEquals(3, m.grow(0));
        assertEquals(-1, m.grow(-1));
        Memory unbounded = Memory.create(new MemoryType(new Limits(0, Limits.NO_MAX, false), false, 16));
        assertEquals(-1, unbounded.grow(65536), "past what a byte[] holds");
    }

    @Test
    void sharedMemoriesNeverMove() {
        Memory m = memory(1, 4, true);
        byte[] before = m.bytes();
        assertEquals(1, m.grow(3));
        assertSame(before, m.bytes());
        assertEquals(4 * 65536, m.byteSize());
    }

    @Test
    void sharedMemoriesReserveAtMostTheConfiguredBytes() {
        ResourceLimits limits = ResourceLimits.DEFAULT.withSharedMemoryReserve(4 * 65536);
        Memory m = new Memory(new MemoryType(new Limits(1, 65536, false), true, 16), limits);
        assertEquals(4 * 65536, m.bytes().length);
        assertEquals(1, m.grow(3));
        assertEquals(-1, m.grow(1));
    }

    @Test
    void narrowAtomicsUpdateOnlyTheirBytes() {
        Memory m = memory(1, 1, true);
        m.storeI32(0, 0xAABBCCDD);
        assertEquals(0xCC, m.atomicRmw(1, 1, Memory.RMW_ADD, 1));
        assertEquals(0xAABBCDDD, m.loadI32(0));
        assertEquals(0xAABB, m.atomicCmpxchg(2, 2, 0x1AABB, 0x1234));
        assertEquals(0x1234CDDD, m.loadI32(0));
        assertEquals(TrapMessages.UNALIGNED_ATOMIC, assertThrows(Trap.class, () -> m.atomicLoad(2, 4)).getMessage());
        assertEquals(0, m.atomicNotify(0, 5));
    }

    @Test
    void bulkOperationsCheckTheWholeRange() {
        Memory m = memory(1, 1, false);
        m.write(10, new byte[] {1, 2, 3});
        m.copy(11, m, 10, 3);
        assertArrayEquals(new byte[] {1, 1, 2, 3}, m.read(10, 4));
        assertThrows(Trap.class, () -> m.fill(65535, 0, 2));
        m.fill(65536, 0, 0);
        assertThrows(Trap.class, () -> m.fill(65537, 0, 0));
        assertThrows(Trap.class, () -> m.init(0, new byte[2], 1, 2));
    }
}
