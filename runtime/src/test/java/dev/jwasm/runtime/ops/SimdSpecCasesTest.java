package dev.jwasm.runtime.ops;

import static dev.jwasm.runtime.ops.V.f32;
import static dev.jwasm.runtime.ops.V.f64;
import static dev.jwasm.runtime.ops.V.halfWise;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Boundary cases of the SIMD instructions, with values as the spec testsuite states them. */
class SimdSpecCasesTest {

    private static V i8(long... lanes) {
        return V.ofLanes(lanes, 8);
    }

    private static V i16(long... lanes) {
        return V.ofLanes(lanes, 16);
    }

    private static V i32(long... lanes) {
        return V.ofLanes(lanes, 32);
    }

    private static V splat8(int v) {
        return new V(I8x16Ops.splat(v), I8x16Ops.splat(v));
    }

    @Test
    void saturatingByteArithmetic() {
        assertEquals(splat8(127), halfWise(I8x16Ops::addSatS, splat8(127), splat8(1)));
        assertEquals(splat8(-128), halfWise(I8x16Ops::subSatS, splat8(-128), splat8(1)));
        assertEquals(splat8(255), halfWise(I8x16Ops::addSatU, splat8(255), splat8(1)));
        assertEquals(splat8(0), halfWise(I8x16Ops::subSatU, splat8(0), splat8(1)));
        assertEquals(splat8(-128), halfWise(I8x16Ops::add, splat8(127), splat8(1)));
    }

    @Test
    void roundingAverageOfUnsignedBytes() {
        assertEquals(splat8(128), halfWise(I8x16Ops::avgrU, splat8(0), splat8(-1)));
        assertEquals(splat8(255), halfWise(I8x16Ops::avgrU, splat8(-1), splat8(-1)));
        assertEquals(splat8(2), halfWise(I8x16Ops::avgrU, splat8(1), splat8(2)));
    }

    @Test
    void q15MultiplicationSaturatesOnlyMinusOneSquared() {
        V min = i16(-32768, -32768, 16384, 16384, 1, -1, 32767, -32768);
        V other = i16(-32768, 32767, 16384, -16384, 1, 1, 32767, 1);
        V expected = i16(32767, -32767, 8192, -8192, 0, 0, 32766, -1);
        assertEquals(expected, halfWise(I16x8Ops::q15mulrSatS, min, other));
        assertEquals(expected, halfWise(RelaxedSimdOps::i16x8RelaxedQ15mulrS, min, other));
    }

    @Test
    void dotProductWrapsAtTheI32Boundary() {
        V min = i16(-32768, -32768, -32768, -32768, -32768, -32768, -32768, -32768);
        assertEquals(i32(65536, 65536, 65536, 65536), halfWise(I32x4Ops::dotI16x8S, min, i16(-1, -1, -1, -1, -1, -1, -1, -1)));
        assertEquals(i32(-65536, -65536, -65536, -65536), halfWise(I32x4Ops::dotI16x8S, min, i16(1, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals(i32(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE),
                halfWise(I32x4Ops::dotI16x8S, min, min));
    }

    @Test
    void shiftCountsWrapAtTheLaneWidth() {
        V a = i8(1, 2, 4, 8, -128, 64, 32, 16, 1, 2, 4, 8, -128, 64, 32, 16);
        assertEquals(a, new V(I8x16Ops.shl(a.lo(), 8), I8x16Ops.shl(a.hi(), 8)));
        assertEquals(i8(2, 4, 8, 16, 0, -128, 64, 32, 2, 4, 8, 16, 0, -128, 64, 32),
                new V(I8x16Ops.shl(a.lo(), 9), I8x16Ops.shl(a.hi(), 9)));
        assertEquals(i8(0, 1, 2, 4, -64, 32, 16, 8, 0, 1, 2, 4, -64, 32, 16, 8),
                new V(I8x16Ops.shrS(a.lo(), 1), I8x16Ops.shrS(a.hi(), 1)));
        assertEquals(i8(0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0),
                new V(I8x16Ops.shrS(a.lo(), -1), I8x16Ops.shrS(a.hi(), -1)));
        V w = i32(1, -1, Integer.MIN_VALUE, 0x7fff_ffff);
        assertEquals(i32(0, 1, 1, 0), new V(I32x4Ops.shrU(w.lo(), 63), I32x4Ops.shrU(w.hi(), 63))); // 63 = 31 mod 32
    }

    @Test
    void narrowingSaturates() {
        V a = i16(-32768, -129, -128, 0, 127, 128, 255, 32767);
        V b = i16(256, -1, 1, 2, 3, 4, 5, 6);
        assertEquals(i8(-128, -128, -128, 0, 127, 127, 127, 127, 127, -1, 1, 2, 3, 4, 5, 6),
                new V(I8x16Ops.narrowI16x8SLo(a.lo(), a.hi(), b.lo(), b.hi()),
                        I8x16Ops.narrowI16x8SHi(a.lo(), a.hi(), b.lo(), b.hi())));
        assertEquals(i8(0, 0, 0, 0, 127, 128, 255, 255, 255, 0, 1, 2, 3, 4, 5, 6),
                new V(I8x16Ops.narrowI16x8ULo(a.lo(), a.hi(), b.lo(), b.hi()),
                        I8x16Ops.narrowI16x8UHi(a.lo(), a.hi(), b.lo(), b.hi())));
    }

    @Test
    void bitmaskPopcntAndAbs() {
        V a = i8(-1, 0, -128, 127, 1, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
        assertEquals(0b1000_0000_0010_0101, I8x16Ops.bitmask(a.lo(), a.hi()));
        assertEquals(i8(8, 0, 1, 7, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8),
                new V(I8x16Ops.popcnt(a.lo()), I8x16Ops.popcnt(a.hi())));
        assertEquals(i8(1, 0, -128, 127, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
                new V(I8x16Ops.abs(a.lo()), I8x16Ops.abs(a.hi())));
        assertEquals(Long.MIN_VALUE, I64x2Ops.abs(Long.MIN_VALUE));
        assertEquals(0, I8x16Ops.allTrue(a.lo(), a.hi()));
        assertEquals(1, I8x16Ops.allTrue(splat8(1).lo(), splat8(1).hi()));
    }

    @Test
    void floatLaneMinMaxAndPseudoMinMax() {
        float nan = Float.intBitsToFloat(0x7fc0_0000);
        float payloadNan = Float.intBitsToFloat(0x7fa0_0000); // nan:0x200000
        V a = f32(0.0f, -0.0f, nan, 1.0f);
        V b = f32(-0.0f, 0.0f, 1.0f, payloadNan);
        assertEquals(f32(-0.0f, -0.0f, nan, nan), halfWise(F32x4Ops::min, a, b));
        assertEquals(f32(0.0f, 0.0f, nan, nan), halfWise(F32x4Ops::max, a, b));
        // pmin(a, b) = b < a ? b : a: zeros and NaNs keep a's exact bits
        assertEquals(f32(0.0f, -0.0f, nan, 1.0f), halfWise(F32x4Ops::pmin, a, b));
        assertEquals(f32(0.0f, -0.0f, nan, 1.0f), halfWise(F32x4Ops::pmax, a, b));
        V c = f32(payloadNan, 2.0f, 2.0f, -1.0f);
        assertEquals(f32(payloadNan, 1.0f, 2.0f, -1.0f), halfWise(F32x4Ops::pmin, c, f32(nan, 1.0f, 3.0f, 0.0f)));
        assertEquals(f32(payloadNan, 2.0f, 3.0f, 0.0f), halfWise(F32x4Ops::pmax, c, f32(nan, 1.0f, 3.0f, 0.0f)));
    }

    @Test
    void floatLaneRounding() {
        V a = f32(2.5f, -0.5f, 3.5f, -1.5f);
        assertEquals(f32(2.0f, -0.0f, 4.0f, -2.0f), new V(F32x4Ops.nearest(a.lo()), F32x4Ops.nearest(a.hi())));
        assertEquals(f32(3.0f, -0.0f, 4.0f, -1.0f), new V(F32x4Ops.ceil(a.lo()), F32x4Ops.ceil(a.hi())));
        assertEquals(f32(2.0f, -1.0f, 3.0f, -2.0f), new V(F32x4Ops.floor(a.lo()), F32x4Ops.floor(a.hi())));
        assertEquals(f32(2.0f, -0.0f, 3.0f, -1.0f), new V(F32x4Ops.trunc(a.lo()), F32x4Ops.trunc(a.hi())));
        V d = f64(-0.5, 4503599627370495.5);
        assertEquals(f64(-0.0, 4503599627370496.0), new V(F64x2Ops.nearest(d.lo()), F64x2Ops.nearest(d.hi())));
    }

    @Test
    void laneConversions() {
        V f = f32(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -1.5f);
        assertEquals(i32(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1),
                new V(I32x4Ops.truncSatF32x4S(f.lo()), I32x4Ops.truncSatF32x4S(f.hi())));
        assertEquals(i32(0, -1, 0, 0), new V(I32x4Ops.truncSatF32x4U(f.lo()), I32x4Ops.truncSatF32x4U(f.hi())));
        V ints = i32(-1, Integer.MIN_VALUE, 16777217, 0);
        assertEquals(f32(4294967296.0f, 2147483648.0f, 16777216.0f, 0.0f),
                new V(F32x4Ops.convertI32x4U(ints.lo()), F32x4Ops.convertI32x4U(ints.hi())));
        assertEquals(f64(4294967295.0, 2147483648.0),
                new V(F64x2Ops.convertLowI32x4ULo(ints.lo(), ints.hi()), F64x2Ops.convertLowI32x4UHi(ints.lo(), ints.hi())));
        assertEquals(f64(-1.0, -2147483648.0),
                new V(F64x2Ops.convertLowI32x4SLo(ints.lo(), ints.hi()), F64x2Ops.convertLowI32x4SHi(ints.lo(), ints.hi())));
        V d = f64(Double.MAX_VALUE, -4294967296.0);
        assertEquals(f32(Float.POSITIVE_INFINITY, -4294967296.0f, 0, 0),
                new V(F32x4Ops.demoteF64x2ZeroLo(d.lo(), d.hi()), F32x4Ops.demoteF64x2ZeroHi(d.lo(), d.hi())));
        assertEquals(i32(Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 0),
                new V(I32x4Ops.truncSatF64x2SZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2SZeroHi(d.lo(), d.hi())));
        assertEquals(i32(-1, 0, 0, 0),
                new V(I32x4Ops.truncSatF64x2UZeroLo(d.lo(), d.hi()), I32x4Ops.truncSatF64x2UZeroHi(d.lo(), d.hi())));
    }

    @Test
    void shuffleAndSwizzleIndices() {
        V a = i8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        V b = i8(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
        V selectors = i8(31, 0, 16, 15, 1, 30, 8, 23, 24, 7, 2, 2, 17, 9, 0, 31);
        assertEquals(selectors, new V(I8x16Ops.shuffle(a.lo(), a.hi(), b.lo(), b.hi(), selectors.lo()),
                I8x16Ops.shuffle(a.lo(), a.hi(), b.lo(), b.hi(), selectors.hi())));
        V s = i8(15, 16, -1, 0, 255, 128, 1, 17, 14, 13, 12, 11, 10, 9, 8, 7);
        assertEquals(i8(15, 0, 0, 0, 0, 0, 1, 0, 14, 13, 12, 11, 10, 9, 8, 7),
                new V(I8x16Ops.swizzle(a.lo(), a.hi(), s.lo()), I8x16Ops.swizzle(a.lo(), a.hi(), s.hi())));
    }
}
