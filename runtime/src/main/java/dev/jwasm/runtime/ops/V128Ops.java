package dev.jwasm.runtime.ops;

/**
 * The v128 bitwise instructions, and the calling convention of every SIMD method in this
 * package.
 *
 * <h2>Representation</h2>
 * A v128 is two {@code long}s: {@code lo} holds bytes 0..7, {@code hi} bytes 8..15, both
 * little-endian, so lane {@code i} of an {@code NxM} shape sits in {@code lo} for
 * {@code i < M/2}. Methods are pure functions returning one {@code long} half: they allocate
 * nothing, work on JVM locals as well as on an interpreter's {@code long[]} operand stack, and
 * the JIT inlines them. (A {@code long[] dst} form would force the compiler through memory.)
 *
 * <h2>Three kinds of methods</h2>
 * <ol>
 * <li><b>Half-wise</b> — lane-wise instructions, and those whose lanes only combine within an
 *     8-byte half ({@code extadd_pairwise}, {@code dot}, {@code relaxed_dot}): one method on
 *     one half of each operand; call it twice:
 *     {@code lo = I8x16Ops.add(aLo, bLo); hi = I8x16Ops.add(aHi, bHi)}. Shifts take the half
 *     and the i32 count: {@code I32x4Ops.shl(aLo, n)}.</li>
 * <li><b>Cross-half</b> — instructions that move lanes between halves (narrow, extend,
 *     extmul, promote, demote, convert_low, trunc_sat_..._zero, replace_lane): a pair
 *     {@code opLo} / {@code opHi}, each taking the whole operands {@code (aLo, aHi[, bLo, bHi])}
 *     and returning the named half of the result. Compute both before overwriting an operand
 *     slot.</li>
 * <li><b>To scalar</b> — {@code any_true}, {@code all_true}, {@code bitmask},
 *     {@code extract_lane}: take {@code (lo, hi)} and return the scalar.</li>
 * </ol>
 * Exceptions, each documented where it is defined: {@code splat} returns the one half both
 * halves equal; {@code i8x16.shuffle} and {@code i8x16.swizzle} take both halves of the data
 * and the selector half (shuffle immediate bytes, or the swizzle operand's half) of the result
 * half they compute.
 */
public final class V128Ops {
    private V128Ops() {}

    // ---- half-wise ----

    public static long not(long a) {
        return ~a;
    }

    public static long and(long a, long b) {
        return a & b;
    }

    /** {@code a & ~b}. */
    public static long andnot(long a, long b) {
        return a & ~b;
    }

    public static long or(long a, long b) {
        return a | b;
    }

    public static long xor(long a, long b) {
        return a ^ b;
    }

    /** Bits of {@code a} where {@code mask} is 1, bits of {@code b} where it is 0. */
    public static long bitselect(long a, long b, long mask) {
        return (a & mask) | (b & ~mask);
    }

    // ---- to scalar ----

    public static int anyTrue(long lo, long hi) {
        return (lo | hi) != 0 ? 1 : 0;
    }
}
