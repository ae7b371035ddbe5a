package dev.jwasm.runtime.ops;

import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;

/**
 * The i32 instructions on Java {@code int}s. Comparisons and {@code eqz} return 0 or 1.
 * Shift and rotate counts are taken modulo 32, as Java's own shifts do.
 */
public final class I32Ops {
    private I32Ops() {}

    public static int add(int a, int b) {
        return a + b;
    }

    public static int sub(int a, int b) {
        return a - b;
    }

    public static int mul(int a, int b) {
        return a * b;
    }

    /** Traps on a zero divisor and on MIN_VALUE / -1, whose quotient 2^31 does not fit. */
    public static int divS(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw new Trap(TrapMessages.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static int divU(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.divideUnsigned(a, b);
    }

    /** MIN_VALUE rem_s -1 is 0 (no trap); Java's {@code %} already gives that. */
    public static int remS(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return a % b;
    }

    public static int remU(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapMessages.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static int and(int a, int b) {
        return a & b;
    }

    public static int or(int a, int b) {
        return a | b;
    }

    public static int xor(int a, int b) {
        return a ^ b;
    }

    public static int shl(int a, int count) {
        return a << (count & 31);
    }

    public static int shrS(int a, int count) {
        return a >> (count & 31);
    }

    public static int shrU(int a, int count) {
        return a >>> (count & 31);
    }

    public static int rotl(int a, int count) {
        return Integer.rotateLeft(a, count);
    }

    public static int rotr(int a, int count) {
        return Integer.rotateRight(a, count);
    }

    public static int clz(int a) {
        return Integer.numberOfLeadingZeros(a);
    }

    public static int ctz(int a) {
        return Integer.numberOfTrailingZeros(a);
    }

    public static int popcnt(int a) {
        return Integer.bitCount(a);
    }

    public static int extend8S(int a) {
        return (byte) a;
    }

    public static int extend16S(int a) {
        return (short) a;
    }

    public static int eqz(int a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int ltS(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int ltU(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtS(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int gtU(int a, int b) {
        return Integer.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leS(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int leU(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geS(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int geU(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }
}
