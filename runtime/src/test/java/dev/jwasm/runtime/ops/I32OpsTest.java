package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.TrapAssertions.assertTrap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class I32OpsTest {
    private static final int MIN = Integer.MIN_VALUE;

    @Test
    void divisionByZeroTrapsForEveryDivision() {
        assertTrap("integer divide by zero", () -> I32Ops.divS(1, 0));
        assertTrap("integer divide by zero", () -> I32Ops.divU(1, 0));
        assertTrap("integer divide by zero", () -> I32Ops.remS(1, 0));
        assertTrap("integer divide by zero", () -> I32Ops.remU(1, 0));
        assertTrap("integer divide by zero", () -> I32Ops.divS(0, 0));
    }

    @Test
    void signedDivisionOfMinByMinusOneOverflowsButRemainderIsZero() {
        assertTrap("integer overflow", () -> I32Ops.divS(MIN, -1));
        assertEquals(0, I32Ops.remS(MIN, -1));
        assertEquals(MIN, I32Ops.divS(MIN, 1));
        assertEquals(0, I32Ops.divU(MIN, -1));
        assertEquals(MIN, I32Ops.remU(MIN, -1));
    }

    @Test
    void divisionTruncatesTowardZeroAndRemainderTakesTheDividendsSign() {
        assertEquals(-2, I32Ops.divS(-5, 2));
        assertEquals(-1, I32Ops.remS(-5, 2));
        assertEquals(1, I32Ops.remS(5, -2));
        assertEquals(0x7FFF_FFFD, I32Ops.divU(-5, 2)); // 0xfffffffb / 2
        assertEquals(1, I32Ops.remU(-5, 2));
        assertEquals(0x4000_0000, I32Ops.divU(MIN, 2));
    }

    @Test
    void shiftsAndRotatesTakeTheCountModulo32() {
        assertEquals(2, I32Ops.shl(1, 33));
        assertEquals(1, I32Ops.shl(1, 32));
        assertEquals(-1, I32Ops.shrS(MIN, 31));
        assertEquals(1, I32Ops.shrU(MIN, 31));
        assertEquals(MIN, I32Ops.shrS(MIN, -32));
        assertEquals(0x0000_0001, I32Ops.rotl(MIN, 1));
        assertEquals(MIN, I32Ops.rotr(1, 1));
        assertEquals(0xbcde_f01a, I32Ops.rotl(0xabcd_ef01, 36)); // 36 = 4 mod 32
        assertEquals(0x1abc_def0, I32Ops.rotr(0xabcd_ef01, -28)); // count -28 = 4 mod 32
    }

    @Test
    void bitCounts() {
        assertEquals(32, I32Ops.clz(0));
        assertEquals(32, I32Ops.ctz(0));
        assertEquals(0, I32Ops.clz(MIN));
        assertEquals(31, I32Ops.ctz(MIN));
        assertEquals(31, I32Ops.clz(1));
        assertEquals(32, I32Ops.popcnt(-1));
        assertEquals(16, I32Ops.popcnt(0xAAAA_AAAA));
    }

    @Test
    void signExtensionsReadOnlyTheLowBits() {
        assertEquals(-128, I32Ops.extend8S(0x80));
        assertEquals(0x7F, I32Ops.extend8S(0xFFFF_FF7F));
        assertEquals(-32768, I32Ops.extend16S(0x8000));
        assertEquals(0x7FFF, I32Ops.extend16S(0x1234_7FFF));
    }

    @Test
    void comparisonsReturnZeroOrOne() {
        assertEquals(1, I32Ops.ltS(-1, 0));
        assertEquals(0, I32Ops.ltU(-1, 0));
        assertEquals(1, I32Ops.gtU(-1, 0));
        assertEquals(1, I32Ops.leU(MIN, MIN));
        assertEquals(0, I32Ops.geS(MIN, 0));
        assertEquals(1, I32Ops.eqz(0));
        assertEquals(0, I32Ops.eqz(MIN));
        assertEquals(1, I32Ops.ne(1, 2));
    }

    @Property
    void signedDivisionAndRemainderRecomposeTheDividend(@ForAll int a, @ForAll int b) {
        if (b == 0 || (a == MIN && b == -1)) {
            return;
        }
        int q = I32Ops.divS(a, b);
        int r = I32Ops.remS(a, b);
        assertEquals(a, q * b + r);
        assertEquals(true, Math.abs((long) r) < Math.abs((long) b));
        assertEquals(true, r == 0 || (r < 0) == (a < 0));
    }

    @Property
    void unsignedDivisionMatchesLongArithmetic(@ForAll int a, @ForAll int b) {
        if (b == 0) {
            return;
        }
        long ua = Integer.toUnsignedLong(a);
        long ub = Integer.toUnsignedLong(b);
        assertEquals((int) (ua / ub), I32Ops.divU(a, b));
        assertEquals((int) (ua % ub), I32Ops.remU(a, b));
    }

    @Property
    void unsignedComparisonsMatchLongComparisons(@ForAll int a, @ForAll int b) {
        long ua = Integer.toUnsignedLong(a);
        long ub = Integer.toUnsignedLong(b);
        assertEquals(ua < ub ? 1 : 0, I32Ops.ltU(a, b));
        assertEquals(ua > ub ? 1 : 0, I32Ops.gtU(a, b));
        assertEquals(ua <= ub ? 1 : 0, I32Ops.leU(a, b));
        assertEquals(ua >= ub ? 1 : 0, I32Ops.geU(a, b));
    }

    @Property
    void rotatesAreInversesAndShiftsIgnoreHighCountBits(@ForAll int a, @ForAll int count) {
        assertEquals(a, I32Ops.rotr(I32Ops.rotl(a, count), count));
        assertEquals(I32Ops.shl(a, count & 31), I32Ops.shl(a, count));
        assertEquals(I32Ops.shrU(a, count), I32Ops.shrU(a, count + 32));
        if ((count & 31) != 0) {
            assertEquals(I32Ops.shl(a, count) | I32Ops.shrU(a, 32 - (count & 31)), I32Ops.rotl(a, count));
        }
    }
}
