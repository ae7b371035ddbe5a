package dev.jwasm.runtime.ops;

/**
 * The wide-arithmetic proposal's 128-bit instructions. A 128-bit value is two i64s, low half
 * first, as on the Wasm stack ({@code i64.add128} pops lhsLo, lhsHi, rhsLo, rhsHi and pushes
 * lo, hi). Each instruction is a pair of allocation-free methods, {@code ...Low} and
 * {@code ...High}, called with the same operands; the caller pushes both results.
 */
public final class WideArithmeticOps {
    private WideArithmeticOps() {}

    public static long add128Low(long aLo, long aHi, long bLo, long bHi) {
        return aLo + bLo;
    }

    public static long add128High(long aLo, long aHi, long bLo, long bHi) {
        long lo = aLo + bLo;
        long carry = Long.compareUnsigned(lo, aLo) < 0 ? 1 : 0;
        return aHi + bHi + carry;
    }

    public static long sub128Low(long aLo, long aHi, long bLo, long bHi) {
        return aLo - bLo;
    }

    public static long sub128High(long aLo, long aHi, long bLo, long bHi) {
        long borrow = Long.compareUnsigned(aLo, bLo) < 0 ? 1 : 0;
        return aHi - bHi - borrow;
    }

    /** The low 64 bits of a product are the same for signed and unsigned operands. */
    public static long mulWideSLow(long a, long b) {
        return a * b;
    }

    public static long mulWideSHigh(long a, long b) {
        return Math.multiplyHigh(a, b);
    }

    public static long mulWideULow(long a, long b) {
        return a * b;
    }

    /** Java 17 lacks Math.unsignedMultiplyHigh: correct the signed high half instead. */
    public static long mulWideUHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
