package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.ops.ConversionOps;
import dev.jwasm.runtime.ops.F32Ops;
import dev.jwasm.runtime.ops.F64Ops;
import dev.jwasm.runtime.ops.I32Ops;
import dev.jwasm.runtime.ops.I64Ops;
import dev.jwasm.runtime.ops.WideArithmeticOps;

/**
 * Numeric instructions outside the main loop: float operations other than the four basic
 * arithmetic ones and comparisons, conversions, sign extensions and wide arithmetic. All
 * operate on the top of the value stack; no immediates.
 */
final class NumericFamily {
    private NumericFamily() {}

    private static final Opcode[] OPCODES = Opcode.values();

    static int exec(int opcode, long[] s, int sp) {
        int t = sp - 1;
        switch (OPCODES[opcode]) {
            case F32_ABS:
                s[t] = F32Ops.absBits((int) s[t]);
                return sp;
            case F32_NEG:
                s[t] = F32Ops.negBits((int) s[t]);
                return sp;
            case F32_CEIL:
                s[t] = f32Bits(F32Ops.ceil(f32(s[t])));
                return sp;
            case F32_FLOOR:
                s[t] = f32Bits(F32Ops.floor(f32(s[t])));
                return sp;
            case F32_TRUNC:
                s[t] = f32Bits(F32Ops.trunc(f32(s[t])));
                return sp;
            case F32_NEAREST:
                s[t] = f32Bits(F32Ops.nearest(f32(s[t])));
                return sp;
            case F32_SQRT:
                s[t] = f32Bits(F32Ops.sqrt(f32(s[t])));
                return sp;
            case F32_MIN:
                s[t - 1] = f32Bits(F32Ops.min(f32(s[t - 1]), f32(s[t])));
                return t;
            case F32_MAX:
                s[t - 1] = f32Bits(F32Ops.max(f32(s[t - 1]), f32(s[t])));
                return t;
            case F32_COPYSIGN:
                s[t - 1] = F32Ops.copysignBits((int) s[t - 1], (int) s[t]);
                return t;
            case F64_ABS:
                s[t] = F64Ops.absBits(s[t]);
                return sp;
            case F64_NEG:
                s[t] = F64Ops.negBits(s[t]);
                return sp;
            case F64_CEIL:
                s[t] = f64Bits(F64Ops.ceil(f64(s[t])));
                return sp;
            case F64_FLOOR:
                s[t] = f64Bits(F64Ops.floor(f64(s[t])));
                return sp;
            case F64_TRUNC:
                s[t] = f64Bits(F64Ops.trunc(f64(s[t])));
                return sp;
            case F64_NEAREST:
                s[t] = f64Bits(F64Ops.nearest(f64(s[t])));
                return sp;
            case F64_SQRT:
                s[t] = f64Bits(F64Ops.sqrt(f64(s[t])));
                return sp;
            case F64_MIN:
                s[t - 1] = f64Bits(F64Ops.min(f64(s[t - 1]), f64(s[t])));
                return t;
            case F64_MAX:
                s[t - 1] = f64Bits(F64Ops.max(f64(s[t - 1]), f64(s[t])));
                return t;
            case F64_COPYSIGN:
                s[t - 1] = F64Ops.copysignBits(s[t - 1], s[t]);
                return t;
            case I32_TRUNC_F32_S:
                s[t] = ConversionOps.i32TruncF32S(f32(s[t]));
                return sp;
            case I32_TRUNC_F32_U:
                s[t] = ConversionOps.i32TruncF32U(f32(s[t]));
                return sp;
            case I32_TRUNC_F64_S:
                s[t] = ConversionOps.i32TruncF64S(f64(s[t]));
                return sp;
            case I32_TRUNC_F64_U:
                s[t] = ConversionOps.i32TruncF64U(f64(s[t]));
                return sp;
            case I64_TRUNC_F32_S:
                s[t] = ConversionOps.i64TruncF32S(f32(s[t]));
                return sp;
            case I64_TRUNC_F32_U:
                s[t] = ConversionOps.i64TruncF32U(f32(s[t]));
                return sp;
            case I64_TRUNC_F64_S:
                s[t] = ConversionOps.i64TruncF64S(f64(s[t]));
                return sp;
            case I64_TRUNC_F64_U:
                s[t] = ConversionOps.i64TruncF64U(f64(s[t]));
                return sp;
            case I32_TRUNC_SAT_F32_S:
                s[t] = ConversionOps.i32TruncSatF32S(f32(s[t]));
                return sp;
            case I32_TRUNC_SAT_F32_U:
                s[t] = ConversionOps.i32TruncSatF32U(f32(s[t]));
                return sp;
            case I32_TRUNC_SAT_F64_S:
                s[t] = ConversionOps.i32TruncSatF64S(f64(s[t]));
                return sp;
            case I32_TRUNC_SAT_F64_U:
                s[t] = ConversionOps.i32TruncSatF64U(f64(s[t]));
                return sp;
            case I64_TRUNC_SAT_F32_S:
                s[t] = ConversionOps.i64TruncSatF32S(f32(s[t]));
                return sp;
            case I64_TRUNC_SAT_F32_U:
                s[t] = ConversionOps.i64TruncSatF32U(f32(s[t]));
                return sp;
            case I64_TRUNC_SAT_F64_S:
                s[t] = ConversionOps.i64TruncSatF64S(f64(s[t]));
                return sp;
            case I64_TRUNC_SAT_F64_U:
                s[t] = ConversionOps.i64TruncSatF64U(f64(s[t]));
                return sp;
            case F32_CONVERT_I32_S:
                s[t] = f32Bits(ConversionOps.f32ConvertI32S((int) s[t]));
                return sp;
            case F32_CONVERT_I32_U:
                s[t] = f32Bits(ConversionOps.f32ConvertI32U((int) s[t]));
                return sp;
            case F32_CONVERT_I64_S:
                s[t] = f32Bits(ConversionOps.f32ConvertI64S(s[t]));
                return sp;
            case F32_CONVERT_I64_U:
                s[t] = f32Bits(ConversionOps.f32ConvertI64U(s[t]));
                return sp;
            case F64_CONVERT_I32_S:
                s[t] = f64Bits(ConversionOps.f64ConvertI32S((int) s[t]));
                return sp;
            case F64_CONVERT_I32_U:
                s[t] = f64Bits(ConversionOps.f64ConvertI32U((int) s[t]));
                return sp;
            case F64_CONVERT_I64_S:
                s[t] = f64Bits(ConversionOps.f64ConvertI64S(s[t]));
                return sp;
            case F64_CONVERT_I64_U:
                s[t] = f64Bits(ConversionOps.f64ConvertI64U(s[t]));
                return sp;
            case F32_DEMOTE_F64:
                s[t] = f32Bits(ConversionOps.f32DemoteF64(f64(s[t])));
                return sp;
            case F64_PROMOTE_F32:
                s[t] = f64Bits(ConversionOps.f64PromoteF32(f32(s[t])));
                return sp;
            case I32_EXTEND8_S:
                s[t] = I32Ops.extend8S((int) s[t]);
                return sp;
            case I32_EXTEND16_S:
                s[t] = I32Ops.extend16S((int) s[t]);
                return sp;
            case I64_EXTEND8_S:
                s[t] = I64Ops.extend8S(s[t]);
                return sp;
            case I64_EXTEND16_S:
                s[t] = I64Ops.extend16S(s[t]);
                return sp;
            case I64_EXTEND32_S:
                s[t] = I64Ops.extend32S(s[t]);
                return sp;
            case I64_ADD128: {
                long aLo = s[sp - 4];
                long aHi = s[sp - 3];
                long bLo = s[sp - 2];
                long bHi = s[sp - 1];
                s[sp - 4] = WideArithmeticOps.add128Low(aLo, aHi, bLo, bHi);
                s[sp - 3] = WideArithmeticOps.add128High(aLo, aHi, bLo, bHi);
                return sp - 2;
            }
            case I64_SUB128: {
                long aLo = s[sp - 4];
                long aHi = s[sp - 3];
                long bLo = s[sp - 2];
                long bHi = s[sp - 1];
                s[sp - 4] = WideArithmeticOps.sub128Low(aLo, aHi, bLo, bHi);
                s[sp - 3] = WideArithmeticOps.sub128High(aLo, aHi, bLo, bHi);
                return sp - 2;
            }
            case I64_MUL_WIDE_S: {
                long a = s[t - 1];
                long b = s[t];
                s[t - 1] = WideArithmeticOps.mulWideSLow(a, b);
                s[t] = WideArithmeticOps.mulWideSHigh(a, b);
                return sp;
            }
            case I64_MUL_WIDE_U: {
                long a = s[t - 1];
                long b = s[t];
                s[t - 1] = WideArithmeticOps.mulWideULow(a, b);
                s[t] = WideArithmeticOps.mulWideUHigh(a, b);
                return sp;
            }
            default:
                throw new IllegalStateException("not a numeric family instruction: " + OPCODES[opcode]);
        }
    }

    private static float f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long f32Bits(float v) {
        return Float.floatToRawIntBits(v);
    }

    private static long f64Bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
