package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.ops.F32x4Ops;
import dev.jwasm.runtime.ops.F64x2Ops;
import dev.jwasm.runtime.ops.I16x8Ops;
import dev.jwasm.runtime.ops.I32x4Ops;
import dev.jwasm.runtime.ops.I64x2Ops;
import dev.jwasm.runtime.ops.I8x16Ops;
import dev.jwasm.runtime.ops.RelaxedSimdOps;
import dev.jwasm.runtime.ops.V128Ops;

/**
 * SIMD instructions whose lanes combine only within an 8-byte half: each method computes
 * one half of the result from the same half of the operands, and {@link SimdFamily} calls it
 * for the low and the high half (see {@link V128Ops} for the convention).
 */
final class SimdHalfwise {
    private SimdHalfwise() {}

    static long binary(Opcode op, long a, long b) {
        switch (op) {
            case I8X16_EQ: return I8x16Ops.eq(a, b);
            case I8X16_NE: return I8x16Ops.ne(a, b);
            case I8X16_LT_S: return I8x16Ops.ltS(a, b);
            case I8X16_LT_U: return I8x16Ops.ltU(a, b);
            case I8X16_GT_S: return I8x16Ops.gtS(a, b);
            case I8X16_GT_U: return I8x16Ops.gtU(a, b);
            case I8X16_LE_S: return I8x16Ops.leS(a, b);
            case I8X16_LE_U: return I8x16Ops.leU(a, b);
            case I8X16_GE_S: return I8x16Ops.geS(a, b);
            case I8X16_GE_U: return I8x16Ops.geU(a, b);
            case I16X8_EQ: return I16x8Ops.eq(a, b);
            case I16X8_NE: return I16x8Ops.ne(a, b);
            case I16X8_LT_S: return I16x8Ops.ltS(a, b);
            case I16X8_LT_U: return I16x8Ops.ltU(a, b);
            case I16X8_GT_S: return I16x8Ops.gtS(a, b);
            case I16X8_GT_U: return I16x8Ops.gtU(a, b);
            case I16X8_LE_S: return I16x8Ops.leS(a, b);
            case I16X8_LE_U: return I16x8Ops.leU(a, b);
            case I16X8_GE_S: return I16x8Ops.geS(a, b);
            case I16X8_GE_U: return I16x8Ops.geU(a, b);
            case I32X4_EQ: return I32x4Ops.eq(a, b);
            case I32X4_NE: return I32x4Ops.ne(a, b);
            case I32X4_LT_S: return I32x4Ops.ltS(a, b);
            case I32X4_LT_U: return I32x4Ops.ltU(a, b);
            case I32X4_GT_S: return I32x4Ops.gtS(a, b);
            case I32X4_GT_U: return I32x4Ops.gtU(a, b);
            case I32X4_LE_S: return I32x4Ops.leS(a, b);
            case I32X4_LE_U: return I32x4Ops.leU(a, b);
            case I32X4_GE_S: return I32x4Ops.geS(a, b);
            case I32X4_GE_U: return I32x4Ops.geU(a, b);
            case I64X2_EQ: return I64x2Ops.eq(a, b);
            case I64X2_NE: return I64x2Ops.ne(a, b);
            case I64X2_LT_S: return I64x2Ops.ltS(a, b);
            case I64X2_GT_S: return I64x2Ops.gtS(a, b);
            case I64X2_LE_S: return I64x2Ops.leS(a, b);
            case I64X2_GE_S: return I64x2Ops.geS(a, b);
            case F32X4_EQ: return F32x4Ops.eq(a, b);
            case F32X4_NE: return F32x4Ops.ne(a, b);
            case F32X4_LT: return F32x4Ops.lt(a, b);
            case F32X4_GT: return F32x4Ops.gt(a, b);
            case F32X4_LE: return F32x4Ops.le(a, b);
            case F32X4_GE: return F32x4Ops.ge(a, b);
            case F64X2_EQ: return F64x2Ops.eq(a, b);
            case F64X2_NE: return F64x2Ops.ne(a, b);
            case F64X2_LT: return F64x2Ops.lt(a, b);
            case F64X2_GT: return F64x2Ops.gt(a, b);
            case F64X2_LE: return F64x2Ops.le(a, b);
            case F64X2_GE: return F64x2Ops.ge(a, b);
            case V128_AND: return V128Ops.and(a, b);
            case V128_ANDNOT: return V128Ops.andnot(a, b);
            case V128_OR: return V128Ops.or(a, b);
            case V128_XOR: return V128Ops.xor(a, b);
            default: return binaryArithmetic(op, a, b);
        }
    }

    private static long binaryArithmetic(Opcode op, long a, long b) {
        switch (op) {
            case I8X16_ADD: return I8x16Ops.add(a, b);
            case I8X16_ADD_SAT_S: return I8x16Ops.addSatS(a, b);
            case I8X16_ADD_SAT_U: return I8x16Ops.addSatU(a, b);
            case I8X16_SUB: return I8x16Ops.sub(a, b);
            case I8X16_SUB_SAT_S: return I8x16Ops.subSatS(a, b);
            case I8X16_SUB_SAT_U: return I8x16Ops.subSatU(a, b);
            case I8X16_MIN_S: return I8x16Ops.minS(a, b);
            case I8X16_MIN_U: return I8x16Ops.minU(a, b);
            case I8X16_MAX_S: return I8x16Ops.maxS(a, b);
            case I8X16_MAX_U: return I8x16Ops.maxU(a, b);
            case I8X16_AVGR_U: return I8x16Ops.avgrU(a, b);
            case I16X8_ADD: return I16x8Ops.add(a, b);
            case I16X8_ADD_SAT_S: return I16x8Ops.addSatS(a, b);
            case I16X8_ADD_SAT_U: return I16x8Ops.addSatU(a, b);
            case I16X8_SUB: return I16x8Ops.sub(a, b);
            case I16X8_SUB_SAT_S: return I16x8Ops.subSatS(a, b);
            case I16X8_SUB_SAT_U: return I16x8Ops.subSatU(a, b);
            case I16X8_MUL: return I16x8Ops.mul(a, b);
            case I16X8_MIN_S: return I16x8Ops.minS(a, b);
            case I16X8_MIN_U: return I16x8Ops.minU(a, b);
            case I16X8_MAX_S: return I16x8Ops.maxS(a, b);
            case I16X8_MAX_U: return I16x8Ops.maxU(a, b);
            case I16X8_AVGR_U: return I16x8Ops.avgrU(a, b);
            case I16X8_Q15MULR_SAT_S: return I16x8Ops.q15mulrSatS(a, b);
            case I32X4_ADD: return I32x4Ops.add(a, b);
            case I32X4_SUB: return I32x4Ops.sub(a, b);
            case I32X4_MUL: return I32x4Ops.mul(a, b);
            case I32X4_MIN_S: return I32x4Ops.minS(a, b);
            case I32X4_MIN_U: return I32x4Ops.minU(a, b);
            case I32X4_MAX_S: return I32x4Ops.maxS(a, b);
            case I32X4_MAX_U: return I32x4Ops.maxU(a, b);
            case I32X4_DOT_I16X8_S: return I32x4Ops.dotI16x8S(a, b);
            case I64X2_ADD: return I64x2Ops.add(a, b);
            case I64X2_SUB: return I64x2Ops.sub(a, b);
            case I64X2_MUL: return I64x2Ops.mul(a, b);
            case F32X4_ADD: return F32x4Ops.add(a, b);
            case F32X4_SUB: return F32x4Ops.sub(a, b);
            case F32X4_MUL: return F32x4Ops.mul(a, b);
            case F32X4_DIV: return F32x4Ops.div(a, b);
            case F32X4_MIN: return F32x4Ops.min(a, b);
            case F32X4_MAX: return F32x4Ops.max(a, b);
            case F32X4_PMIN: return F32x4Ops.pmin(a, b);
            case F32X4_PMAX: return F32x4Ops.pmax(a, b);
            case F64X2_ADD: return F64x2Ops.add(a, b);
            case F64X2_SUB: return F64x2Ops.sub(a, b);
            case F64X2_MUL: return F64x2Ops.mul(a, b);
            case F64X2_DIV: return F64x2Ops.div(a, b);
            case F64X2_MIN: return F64x2Ops.min(a, b);
            case F64X2_MAX: return F64x2Ops.max(a, b);
            case F64X2_PMIN: return F64x2Ops.pmin(a, b);
            case F64X2_PMAX: return F64x2Ops.pmax(a, b);
            case F32X4_RELAXED_MIN: return RelaxedSimdOps.f32x4RelaxedMin(a, b);
            case F32X4_RELAXED_MAX: return RelaxedSimdOps.f32x4RelaxedMax(a, b);
            case F64X2_RELAXED_MIN: return RelaxedSimdOps.f64x2RelaxedMin(a, b);
            case F64X2_RELAXED_MAX: return RelaxedSimdOps.f64x2RelaxedMax(a, b);
            case I16X8_RELAXED_Q15MULR_S: return RelaxedSimdOps.i16x8RelaxedQ15mulrS(a, b);
            case I16X8_RELAXED_DOT_I8X16_I7X16_S: return RelaxedSimdOps.i16x8RelaxedDotI8x16I7x16S(a, b);
            default: throw new IllegalStateException("not a half-wise binary SIMD instruction: " + op);
        }
    }

    static long unary(Opcode op, long a) {
        switch (op) {
            case V128_NOT: return V128Ops.not(a);
            case I8X16_ABS: return I8x16Ops.abs(a);
            case I8X16_NEG: return I8x16Ops.neg(a);
            case I8X16_POPCNT: return I8x16Ops.popcnt(a);
            case I16X8_ABS: return I16x8Ops.abs(a);
            case I16X8_NEG: return I16x8Ops.neg(a);
            case I32X4_ABS: return I32x4Ops.abs(a);
            case I32X4_NEG: return I32x4Ops.neg(a);
            case I64X2_ABS: return I64x2Ops.abs(a);
            case I64X2_NEG: return I64x2Ops.neg(a);
            case I16X8_EXTADD_PAIRWISE_I8X16_S: return I16x8Ops.extaddPairwiseI8x16S(a);
            case I16X8_EXTADD_PAIRWISE_I8X16_U: return I16x8Ops.extaddPairwiseI8x16U(a);
            case I32X4_EXTADD_PAIRWISE_I16X8_S: return I32x4Ops.extaddPairwiseI16x8S(a);
            case I32X4_EXTADD_PAIRWISE_I16X8_U: return I32x4Ops.extaddPairwiseI16x8U(a);
            case F32X4_ABS: return F32x4Ops.abs(a);
            case F32X4_NEG: return F32x4Ops.neg(a);
            case F32X4_SQRT: return F32x4Ops.sqrt(a);
            case F32X4_CEIL: return F32x4Ops.ceil(a);
            case F32X4_FLOOR: return F32x4Ops.floor(a);
            case F32X4_TRUNC: return F32x4Ops.trunc(a);
            case F32X4_NEAREST: return F32x4Ops.nearest(a);
            case F64X2_ABS: return F64x2Ops.abs(a);
            case F64X2_NEG: return F64x2Ops.neg(a);
            case F64X2_SQRT: return F64x2Ops.sqrt(a);
            case F64X2_CEIL: return F64x2Ops.ceil(a);
            case F64X2_FLOOR: return F64x2Ops.floor(a);
            case F64X2_TRUNC: return F64x2Ops.trunc(a);
            case F64X2_NEAREST: return F64x2Ops.nearest(a);
            case I32X4_TRUNC_SAT_F32X4_S: return I32x4Ops.truncSatF32x4S(a);
            case I32X4_TRUNC_SAT_F32X4_U: return I32x4Ops.truncSatF32x4U(a);
            case F32X4_CONVERT_I32X4_S: return F32x4Ops.convertI32x4S(a);
            case F32X4_CONVERT_I32X4_U: return F32x4Ops.convertI32x4U(a);
            case I32X4_RELAXED_TRUNC_F32X4_S: return RelaxedSimdOps.i32x4RelaxedTruncF32x4S(a);
            case I32X4_RELAXED_TRUNC_F32X4_U: return RelaxedSimdOps.i32x4RelaxedTruncF32x4U(a);
            default: throw new IllegalStateException("not a half-wise unary SIMD instruction: " + op);
        }
    }

    static long ternary(Opcode op, long a, long b, long c) {
        switch (op) {
            case V128_BITSELECT: return V128Ops.bitselect(a, b, c);
            case F32X4_RELAXED_MADD: return RelaxedSimdOps.f32x4RelaxedMadd(a, b, c);
            case F32X4_RELAXED_NMADD: return RelaxedSimdOps.f32x4RelaxedNmadd(a, b, c);
            case F64X2_RELAXED_MADD: return RelaxedSimdOps.f64x2RelaxedMadd(a, b, c);
            case F64X2_RELAXED_NMADD: return RelaxedSimdOps.f64x2RelaxedNmadd(a, b, c);
            case I8X16_RELAXED_LANESELECT: return RelaxedSimdOps.i8x16RelaxedLaneselect(a, b, c);
            case I16X8_RELAXED_LANESELECT: return RelaxedSimdOps.i16x8RelaxedLaneselect(a, b, c);
            case I32X4_RELAXED_LANESELECT: return RelaxedSimdOps.i32x4RelaxedLaneselect(a, b, c);
            case I64X2_RELAXED_LANESELECT: return RelaxedSimdOps.i64x2RelaxedLaneselect(a, b, c);
            case I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S: return RelaxedSimdOps.i32x4RelaxedDotI8x16I7x16AddS(a, b, c);
            default: throw new IllegalStateException("not a half-wise ternary SIMD instruction: " + op);
        }
    }

    static long shift(Opcode op, long a, int count) {
        switch (op) {
            case I8X16_SHL: return I8x16Ops.shl(a, count);
            case I8X16_SHR_S: return I8x16Ops.shrS(a, count);
            case I8X16_SHR_U: return I8x16Ops.shrU(a, count);
            case I16X8_SHL: return I16x8Ops.shl(a, count);
            case I16X8_SHR_S: return I16x8Ops.shrS(a, count);
            case I16X8_SHR_U: return I16x8Ops.shrU(a, count);
            case I32X4_SHL: return I32x4Ops.shl(a, count);
            case I32X4_SHR_S: return I32x4Ops.shrS(a, count);
            case I32X4_SHR_U: return I32x4Ops.shrU(a, count);
            case I64X2_SHL: return I64x2Ops.shl(a, count);
            case I64X2_SHR_S: return I64x2Ops.shrS(a, count);
            case I64X2_SHR_U: return I64x2Ops.shrU(a, count);
            default: throw new IllegalStateException("not a SIMD shift: " + op);
        }
    }
}
