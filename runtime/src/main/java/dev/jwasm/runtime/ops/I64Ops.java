package dev.jwasm.runtime.ops;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;

/**
 * The i64 instructions on Java {@code long}s. Comparisons and {@code eqz} return 0 or 1.
 * clz/ctz/popcnt return i64 values; shift and rotate counts are taken modulo 64.
 */
public final class I64Ops {
    private I64Ops() {}

    public static long add(long a, long b) {
        return a + b;
    }

    public static long sub(long a, long b) {
        return a - b;
    }

    public static long mul(long a, long b) {
        return a * b;
    }

    /** Traps on a zero divisor and on MIN_VALUE / -1, whose quotient 2^63 does not fit. */
    public static long divS(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new Trap(TrapMessages.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static long divU(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.divideUnsigned(a, b);
    }

    /** MIN_VALUE rem_s -1 is 0 (no trap); Java's {@code %} already gives that. */
    public static long remS(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return a % b;
    }

    public static long remU(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.remainderUnsigned(a, b);
    }

    public static long and(long a, long b) {
        return a & b;
    }

    public static long or(long a, long b) {
        return a | b;
    }

    public static long xor(long a, long b) {
        return a ^ b;
    }

    public static long shl(long a, long count) {
        return a << (int) (count & 63);
    }

    public static long shrS(long a, long count) {
        return a >> (int) (count & 63);
    }

    public static long shrU(long a, long count) {
        return a >>> (int) (count & 63);
    }

    public static long rotl(long a, long count) {
        return Long.rotateLeft(a, (int) count);
    }

    public static long rotr(long a, long count) {
        return Long.rotateRight(a, (int) count);
    }

    public static long clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    public static long ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    public static long popcnt(long a) {
        return Long.bitCount(a);
    }

    public static long extend8S(long a) {
        return (byte) a;
    }

    public static long extend16S(long a) {
        return (short) a;
    }

    public static long extend32S(long a) {
        return (int) a;
    }

    public static int eqz(long a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtS(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(long a, long b) {
        return Long.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leS(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geS(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }
}
