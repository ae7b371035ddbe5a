package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.V.halfWise;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every half-wise integer SIMD operation agrees with a plain per-lane reference: the vector is
 * split into sign-extended lanes ({@link V#lanes}), each lane is computed with ordinary Java
 * arithmetic on longs, and the lanes are packed back.
 */
class IntegerLaneOpsTest {

    private record Binary(String name, int bits, LongBinaryOperator half, LongBinaryOperator lane) {}

    private record Unary(String name, int bits, LongUnaryOperator half, LongUnaryOperator lane) {}

    private interface Shift {
        long apply(long half, int count);
    }

    private interface LaneShift {
        long apply(long lane, int count);
    }

    private record Shifting(String name, int bits, Shift half, LaneShift lane) {}

    private static long smin(int bits) {
        return -(1L << (bits - 1));
    }

    private static long smax(int bits) {
        return (1L << (bits - 1)) - 1;
    }

    private static long sat(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }

    private static long u(long lane, int bits) {
        return V.unsigned(lane, bits);
    }

    private static long mask(boolean b) {
        return b ? -1 : 0;
    }

    /** Comparisons, add/sub, min/max for one lane width (unsigned variants where they exist). */
    private static void common(List<Binary> c, int bits, LongBinaryOperator add, LongBinaryOperator sub,
            LongBinaryOperator eq, LongBinaryOperator ne, LongBinaryOperator ltS, LongBinaryOperator gtS,
            LongBinaryOperator leS, LongBinaryOperator geS) {
        c.add(new Binary("add", bits, add, (x, y) -> x + y));
        c.add(new Binary("sub", bits, sub, (x, y) -> x - y));
        c.add(new Binary("eq", bits, eq, (x, y) -> mask(x == y)));
        c.add(new Binary("ne", bits, ne, (x, y) -> mask(x != y)));
        c.add(new Binary("lt_s", bits, ltS, (x, y) -> mask(x < y)));
        c.add(new Binary("gt_s", bits, gtS, (x, y) -> mask(x > y)));
        c.add(new Binary("le_s", bits, leS, (x, y) -> mask(x <= y)));
        c.add(new Binary("ge_s", bits, geS, (x, y) -> mask(x >= y)));
    }

    private static void unsignedCompare(List<Binary> c, int bits, LongBinaryOperator ltU, LongBinaryOperator gtU,
            LongBinaryOperator leU, LongBinaryOperator geU, LongBinaryOperator minS, LongBinaryOperator minU,
            LongBinaryOperator maxS, LongBinaryOperator maxU) {
        c.add(new Binary("lt_u", bits, ltU, (x, y) -> mask(u(x, bits) < u(y, bits))));
        c.add(new Binary("gt_u", bits, gtU, (x, y) -> mask(u(x, bits) > u(y, bits))));
        c.add(new Binary("le_u", bits, leU, (x, y) -> mask(u(x, bits) <= u(y, bits))));
        c.add(new Binary("ge_u", bits, geU, (x, y) -> mask(u(x, bits) >= u(y, bits))));
        c.add(new Binary("min_s", bits, minS, Math::min));
        c.add(new Binary("min_u", bits, minU, (x, y) -> u(x, bits) <= u(y, bits) ? x : y));
        c.add(new Binary("max_s", bits, maxS, Math::max));
        c.add(new Binary("max_u", bits, maxU, (x, y) -> u(x, bits) >= u(y, bits) ? x : y));
    }

    private static void saturating(List<Binary> c, int bits, LongBinaryOperator addSatS, LongBinaryOperator addSatU,
            LongBinaryOperator subSatS, LongBinaryOperator subSatU, LongBinaryOperator avgrU) {
        long umax = (1L << bits) - 1;
        c.add(new Binary("add_sat_s", bits, addSatS, (x, y) -> sat(x + y, smin(bits), smax(bits))));
        c.add(new Binary("add_sat_u", bits, addSatU, (x, y) -> sat(u(x, bits) + u(y, bits), 0, umax)));
        c.add(new Binary("sub_sat_s", bits, subSatS, (x, y) -> sat(x - y, smin(bits), smax(bits))));
        c.add(new Binary("sub_sat_u", bits, subSatU, (x, y) -> sat(u(x, bits) - u(y, bits), 0, umax)));
        c.add(new Binary("avgr_u", bits, avgrU, (x, y) -> (u(x, bits) + u(y, bits) + 1) / 2));
    }

    private static final List<Binary> BINARY = new ArrayList<>();
    private static final List<Unary> UNARY = new ArrayList<>();
    private static final List<Shifting> SHIFTS = new ArrayList<>();

    static {
        List<Binary> c = BINARY;
        common(c, 8, I8x16Ops::add, I8x16Ops::sub, I8x16Ops::eq, I8x16Ops::ne, I8x16Ops::ltS, I8x16Ops::gtS,
                I8x16Ops::leS, I8x16Ops::geS);
        unsignedCompare(c, 8, I8x16Ops::ltU, I8x16Ops::gtU, I8x16Ops::leU, I8x16Ops::geU, I8x16Ops::minS,
                I8x16Ops::minU, I8x16Ops::maxS, I8x16Ops::maxU);
        saturating(c, 8, I8x16Ops::addSatS, I8x16Ops::addSatU, I8x16Ops::subSatS, I8x16Ops::subSatU,
                I8x16Ops::avgrU);

        common(c, 16, I16x8Ops::add, I16x8Ops::sub, I16x8Ops::eq, I16x8Ops::ne, I16x8Ops::ltS, I16x8Ops::gtS,
                I16x8Ops::leS, I16x8Ops::geS);
        unsignedCompare(c, 16, I16x8Ops::ltU, I16x8Ops::gtU, I16x8Ops::leU, I16x8Ops::geU, I16x8Ops::minS,
                I16x8Ops::minU, I16x8Ops::maxS, I16x8Ops::maxU);
        saturating(c, 16, I16x8Ops::addSatS, I16x8Ops::addSatU, I16x8Ops::subSatS, I16x8Ops::subSatU,
                I16x8Ops::avgrU);
        c.add(new Binary("mul", 16, I16x8Ops::mul, (x, y) -> x * y));
        c.add(new Binary("q15mulr_sat_s", 16, I16x8Ops::q15mulrSatS,
                (x, y) -> sat(Math.floorDiv(x * y + 0x4000, 0x8000), -0x8000, 0x7fff)));

        common(c, 32, I32x4Ops::add, I32x4Ops::sub, I32x4Ops::eq, I32x4Ops::ne, I32x4Ops::ltS, I32x4Ops::gtS,
                I32x4Ops::leS, I32x4Ops::geS);
        unsignedCompare(c, 32, I32x4Ops::ltU, I32x4Ops::gtU, I32x4Ops::leU, I32x4Ops::geU, I32x4Ops::minS,
                I32x4Ops::minU, I32x4Ops::maxS, I32x4Ops::maxU);
        c.add(new Binary("mul", 32, I32x4Ops::mul, (x, y) -> x * y));

        common(c, 64, I64x2Ops::add, I64x2Ops::sub, I64x2Ops::eq, I64x2Ops::ne, I64x2Ops::ltS, I64x2Ops::gtS,
                I64x2Ops::leS, I64x2Ops::geS);
        c.add(new Binary("mul", 64, I64x2Ops::mul, (x, y) -> x * y));

        c.add(new Binary("v128.and", 8, V128Ops::and, (x, y) -> x & y));
        c.add(new Binary("v128.or", 8, V128Ops::or, (x, y) -> x | y));
        c.add(new Binary("v128.xor", 8, V128Ops::xor, (x, y) -> x ^ y));
        c.add(new Binary("v128.andnot", 8, V128Ops::andnot, (x, y) -> x & ~y));

        UNARY.add(new Unary("abs", 8, I8x16Ops::abs, Math::abs));
        UNARY.add(new Unary("neg", 8, I8x16Ops::neg, x -> -x));
        UNARY.add(new Unary("popcnt", 8, I8x16Ops::popcnt, x -> Long.bitCount(u(x, 8))));
        UNARY.add(new Unary("abs", 16, I16x8Ops::abs, Math::abs));
        UNARY.add(new Unary("neg", 16, I16x8Ops::neg, x -> -x));
        UNARY.add(new Unary("abs", 32, I32x4Ops::abs, Math::abs));
        UNARY.add(new Unary("neg", 32, I32x4Ops::neg, x -> -x));
        UNARY.add(new Unary("abs", 64, I64x2Ops::abs, Math::abs));
        UNARY.add(new Unary("neg", 64, I64x2Ops::neg, x -> -x));
        UNARY.add(new Unary("v128.not", 8, V128Ops::not, x -> ~x));

        int[] widths = {8, 16, 32, 64};
        Shift[][] ops = {
            {I8x16Ops::shl, I8x16Ops::shrS, I8x16Ops::shrU},
            {I16x8Ops::shl, I16x8Ops::shrS, I16x8Ops::shrU},
            {I32x4Ops::shl, I32x4Ops::shrS, I32x4Ops::shrU},
            {I64x2Ops::shl, I64x2Ops::shrS, I64x2Ops::shrU},
        };
        for (int w = 0; w < 4; w++) {
            int bits = widths[w];
            SHIFTS.add(new Shifting("shl", bits, ops[w][0], (x, n) -> x << Math.floorMod(n, bits)));
            SHIFTS.add(new Shifting("shr_s", bits, ops[w][1], (x, n) -> x >> Math.floorMod(n, bits)));
            SHIFTS.add(new Shifting("shr_u", bits, ops[w][2], (x, n) -> u(x, bits) >>> Math.floorMod(n, bits)));
        }
    }

    @Provide
    Arbitrary<V> vectors() {
        return Values.vectors();
    }

    @Property(tries = 2000)
    void binaryOperationsAgreeWithPerLaneReference(@ForAll("vectors") V a, @ForAll("vectors") V b) {
        for (Binary op : BINARY) {
            long[] x = a.lanes(op.bits());
            long[] y = b.lanes(op.bits());
            long[] r = new long[x.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = op.lane().applyAsLong(x[i], y[i]);
            }
            assertEquals(V.ofLanes(r, op.bits()), halfWise(op.half(), a, b), () -> op.name() + " i" + op.bits());
        }
    }

    @Property(tries = 2000)
    void unaryOperationsAgreeWithPerLaneReference(@ForAll("vectors") V a) {
        for (Unary op : UNARY) {
            long[] x = a.lanes(op.bits());
            long[] r = new long[x.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = op.lane().applyAsLong(x[i]);
            }
            V actual = new V(op.half().applyAsLong(a.lo()), op.half().applyAsLong(a.hi()));
            assertEquals(V.ofLanes(r, op.bits()), actual, () -> op.name() + " i" + op.bits());
        }
    }

    @Property(tries = 2000)
    void shiftsAgreeWithPerLaneReference(@ForAll("vectors") V a, @ForAll int count) {
        for (int n : new int[] {count, count & 7, count & 63, -count}) {
            for (Shifting op : SHIFTS) {
                long[] x = a.lanes(op.bits());
                long[] r = new long[x.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = op.lane().apply(x[i], n);
                }
                V actual = new V(op.half().apply(a.lo(), n), op.half().apply(a.hi(), n));
                assertEquals(V.ofLanes(r, op.bits()), actual, () -> op.name() + " i" + op.bits() + " by " + n);
            }
        }
    }

    @Property
    void bitselectTakesEachBitFromTheMask(@ForAll long a, @ForAll long b, @ForAll long m) {
        long r = V128Ops.bitselect(a, b, m);
        for (int i = 0; i < 64; i++) {
            long bit = 1L << i;
            assertEquals(((m & bit) != 0 ? a : b) & bit, r & bit);
        }
    }
}
