package dev.jwasm.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators that reach the boundaries where Wasm numerics differ from naive code. */
final class Values {
    private Values() {}

    private static final double[] BOUNDARIES = {
        0, 0.5, 1, 1.5, 2.5, 0x1p23, 0x1p24, 0x1p31, 0x1p32, 0x1p52, 0x1p53, 0x1p63, 0x1p64,
        Float.MAX_VALUE, Double.MAX_VALUE, Float.MIN_VALUE, Double.MIN_VALUE
    };

    /** Every boundary, positive and negative, and its neighbours one ulp away. */
    static List<Double> doubleBoundaries() {
        List<Double> values = new ArrayList<>();
        for (double b : BOUNDARIES) {
            for (double v : new double[] {b, -b}) {
                values.add(v);
                values.add(Math.nextUp(v));
                values.add(Math.nextDown(v));
            }
        }
        values.add(Double.POSITIVE_INFINITY);
        values.add(Double.NEGATIVE_INFINITY);
        values.add(Double.NaN);
        values.add(Double.longBitsToDouble(0xfff8_0000_0000_0000L)); // -nan
        values.add(Double.longBitsToDouble(0x7ff0_0000_0000_0001L)); // signalling
        values.add(Double.longBitsToDouble(0x7ff4_0000_0000_0000L)); // signalling
        values.add(Double.longBitsToDouble(0x7ffc_0000_0000_0001L)); // quiet, payload
        return values;
    }

    static List<Float> floatBoundaries() {
        List<Float> values = new ArrayList<>();
        for (double b : BOUNDARIES) {
            float f = (float) b;
            for (float v : new float[] {f, -f}) {
                values.add(v);
                values.add(Math.nextUp(v));
                values.add(Math.nextDown(v));
            }
        }
        values.add(Float.intBitsToFloat(0xffc0_0000)); // -nan
        values.add(Float.intBitsToFloat(0x7f80_0001)); // signalling
        values.add(Float.intBitsToFloat(0x7fa0_0000)); // signalling
        values.add(Float.intBitsToFloat(0x7fc0_0001)); // quiet, payload
        values.add(Float.NaN);
        values.add(Float.POSITIVE_INFINITY);
        values.add(Float.NEGATIVE_INFINITY);
        return values;
    }

    /** Arbitrary bit patterns, boundary values, and ordinary magnitudes with fractions. */
    static Arbitrary<Double> doubles() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(3, Arbitraries.of(doubleBoundaries())),
                Tuple.of(3, Arbitraries.doubles().between(-0x1p65, 0x1p65).ofScale(3)),
                Tuple.of(2, Arbitraries.doubles().between(-8, 8).ofScale(2)));
    }

    static Arbitrary<Float> floats() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().map(Float::intBitsToFloat)),
                Tuple.of(3, Arbitraries.of(floatBoundaries())),
                Tuple.of(3, Arbitraries.floats().between(-0x1p65f, 0x1p65f).ofScale(3)),
                Tuple.of(2, Arbitraries.floats().between(-8, 8).ofScale(2)));
    }

    /** Bytes that sit on lane boundaries of every width (0x7f / 0x80 / 0xff ...). */
    private static Arbitrary<Integer> interestingByte() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(0x00, 0x01, 0x7f, 0x80, 0x81, 0xfe, 0xff)),
                Tuple.of(3, Arbitraries.integers().between(0, 255)));
    }

    /** A v128 half built from interesting bytes, so saturation and sign edges are common. */
    static Arbitrary<Long> halves() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs()),
                Tuple.of(2, interestingByte().list().ofSize(8).map(bytes -> {
                    long h = 0;
                    for (int i = 0; i < 8; i++) {
                        h |= (long) bytes.get(i) << (8 * i);
                    }
                    return h;
                })));
    }

    static Arbitrary<V> vectors() {
        return Combinators.combine(halves(), halves()).as(V::new);
    }

    /** A half whose two f32 lanes come from {@link #floats()}. */
    static Arbitrary<V> f32Vectors() {
        return floats().list().ofSize(4).map(f -> V.f32(f.get(0), f.get(1), f.get(2), f.get(3)));
    }

    static Arbitrary<V> f64Vectors() {
        return Combinators.combine(doubles(), doubles()).as(V::f64);
    }
}
