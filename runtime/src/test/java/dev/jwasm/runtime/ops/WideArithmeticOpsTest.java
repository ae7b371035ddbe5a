package dev.jwasm.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WideArithmeticOpsTest {
    private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static BigInteger u128(long lo, long hi) {
        return BigInteger.valueOf(hi).shiftLeft(64).or(BigInteger.valueOf(lo).and(MASK_64));
    }

    private static BigInteger unsigned(long v) {
        return BigInteger.valueOf(v).and(MASK_64);
    }

    private static void assertHalves(BigInteger expected, long lo, long hi) {
        assertEquals(expected.longValue(), lo, "low half");
        assertEquals(expected.shiftRight(64).longValue(), hi, "high half");
    }

    @Test
    void carriesAndBorrowsCrossTheHalves() {
        assertEquals(0, WideArithmeticOps.add128Low(1, 0, -1, 0));
        assertEquals(1, WideArithmeticOps.add128High(1, 0, -1, 0));
        assertEquals(1, WideArithmeticOps.add128High(1, 1, -1, -1));
        assertEquals(-1, WideArithmeticOps.sub128Low(0, 0, 1, 0));
        assertEquals(-1, WideArithmeticOps.sub128High(0, 0, 1, 0));
        assertEquals(-2, WideArithmeticOps.sub128High(0, 0, 1, 1));
    }

    @Test
    void wideMultiplicationOfExtremes() {
        assertEquals(1, WideArithmeticOps.mulWideULow(-1, -1));
        assertEquals(-2, WideArithmeticOps.mulWideUHigh(-1, -1));
        assertEquals(1, WideArithmeticOps.mulWideSLow(-1, -1));
        assertEquals(0, WideArithmeticOps.mulWideSHigh(-1, -1));
        assertEquals(0x4000_0000_0000_0000L, WideArithmeticOps.mulWideSHigh(Long.MIN_VALUE, Long.MIN_VALUE));
        assertEquals(0x4000_0000_0000_0000L, WideArithmeticOps.mulWideUHigh(Long.MIN_VALUE, Long.MIN_VALUE));
    }

    @Property
    void addAndSubtractAreModulo2To128(@ForAll long aLo, @ForAll long aHi, @ForAll long bLo, @ForAll long bHi) {
        BigInteger a = u128(aLo, aHi);
        BigInteger b = u128(bLo, bHi);
        assertHalves(a.add(b), WideArithmeticOps.add128Low(aLo, aHi, bLo, bHi),
                WideArithmeticOps.add128High(aLo, aHi, bLo, bHi));
        assertHalves(a.subtract(b), WideArithmeticOps.sub128Low(aLo, aHi, bLo, bHi),
                WideArithmeticOps.sub128High(aLo, aHi, bLo, bHi));
    }

    @Property
    void wideProductsAreExact(@ForAll long a, @ForAll long b) {
        assertHalves(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)),
                WideArithmeticOps.mulWideSLow(a, b), WideArithmeticOps.mulWideSHigh(a, b));
        assertHalves(unsigned(a).multiply(unsigned(b)),
                WideArithmeticOps.mulWideULow(a, b), WideArithmeticOps.mulWideUHigh(a, b));
    }
}
