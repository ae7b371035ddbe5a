package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.TrapAssertions.assertTrap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class I64OpsTest {
    private static final long MIN = Long.MIN_VALUE;
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(TWO_TO_64) : b;
    }

    @Test
    void divisionTraps() {
        assertTrap("integer divide by zero", () -> I64Ops.divS(1, 0));
        assertTrap("integer divide by zero", () -> I64Ops.divU(1, 0));
        assertTrap("integer divide by zero", () -> I64Ops.remS(MIN, 0));
        assertTrap("integer divide by zero", () -> I64Ops.remU(1, 0));
        assertTrap("integer overflow", () -> I64Ops.divS(MIN, -1));
        assertEquals(0, I64Ops.remS(MIN, -1));
    }

    @Test
    void unsignedDivisionOfLargeValues() {
        assertEquals(0x7FFF_FFFF_FFFF_FFFFL, I64Ops.divU(-1, 2));
        assertEquals(1, I64Ops.remU(-1, 2));
        assertEquals(1, I64Ops.divU(MIN, MIN));
        assertEquals(0x1000_0000_0000_0000L, I64Ops.remU(0x8ff0_0000_0000_0000L, 0x7ff0_0000_0000_0000L));
    }

    @Test
    void shiftsRotatesAndCountsUse64BitWidth() {
        assertEquals(2, I64Ops.shl(1, 65));
        assertEquals(-1, I64Ops.shrS(MIN, 63));
        assertEquals(1, I64Ops.shrU(MIN, 63));
        assertEquals(1, I64Ops.rotl(MIN, 1));
        assertEquals(MIN, I64Ops.rotr(1, 65));
        assertEquals(64, I64Ops.clz(0));
        assertEquals(64, I64Ops.ctz(0));
        assertEquals(64, I64Ops.popcnt(-1));
        assertEquals(63, I64Ops.ctz(MIN));
    }

    @Test
    void signExtensions() {
        assertEquals(-128, I64Ops.extend8S(0x80));
        assertEquals(-32768, I64Ops.extend16S(0x8000));
        assertEquals(-0x8000_0000L, I64Ops.extend32S(0x8000_0000L));
        assertEquals(0x7FFF_FFFFL, I64Ops.extend32S(0xFFFF_FFFF_7FFF_FFFFL));
    }

    @Test
    void comparisons() {
        assertEquals(1, I64Ops.ltS(-1, 0));
        assertEquals(0, I64Ops.ltU(-1, 0));
        assertEquals(1, I64Ops.geU(MIN, Long.MAX_VALUE));
        assertEquals(1, I64Ops.eqz(0));
        assertEquals(0, I64Ops.eqz(1L << 32)); // not an i32 test of the low half
    }

    @Property
    void divisionMatchesBigIntegerArithmetic(@ForAll long a, @ForAll long b) {
        if (b == 0) {
            return;
        }
        assertEquals(unsigned(a).divide(unsigned(b)).longValue(), I64Ops.divU(a, b));
        assertEquals(unsigned(a).remainder(unsigned(b)).longValue(), I64Ops.remU(a, b));
        assertEquals(BigInteger.valueOf(a).remainder(BigInteger.valueOf(b)).longValue(), I64Ops.remS(a, b));
        if (!(a == MIN && b == -1)) {
            assertEquals(BigInteger.valueOf(a).divide(BigInteger.valueOf(b)).longValue(), I64Ops.divS(a, b));
        }
    }

    @Property
    void unsignedComparisonsMatchBigInteger(@ForAll long a, @ForAll long b) {
        int c = unsigned(a).compareTo(unsigned(b));
        assertEquals(c < 0 ? 1 : 0, I64Ops.ltU(a, b));
        assertEquals(c > 0 ? 1 : 0, I64Ops.gtU(a, b));
        assertEquals(c <= 0 ? 1 : 0, I64Ops.leU(a, b));
        assertEquals(c >= 0 ? 1 : 0, I64Ops.geU(a, b));
    }

    @Property
    void rotatesAreInversesAndCountsWrap(@ForAll long a, @ForAll long count) {
        assertEquals(a, I64Ops.rotr(I64Ops.rotl(a, count), count));
        assertEquals(I64Ops.rotl(a, count & 63), I64Ops.rotl(a, count));
        assertEquals(I64Ops.shl(a, count & 63), I64Ops.shl(a, count));
        assertEquals(I64Ops.shrS(a, count & 63), I64Ops.shrS(a, count));
    }
}
