package dev.jwasm.interpreter;

/**
 * The interpreter's own instruction set: what the {@link Predecoder} writes into a
 * function's {@code int[]} code and {@link Interpreter#run} dispatches on. Numbers are dense
 * so the main switch is a table switch. Immediates follow the opcode inline:
 *
 * <ul>
 * <li>{@code JUMP t}, {@code JUMP_BACK t}, {@code BR_IF t}, {@code BR_IF_BACK t}, {@code IF_FALSE t}:
 *     a code offset; {@code _BACK} forms target a loop and poll for interruption.</li>
 * <li>{@code BR_UNWIND t h k}, {@code BR_IF_UNWIND t h k}: also move the top {@code k} slots down to
 *     frame height {@code h} (the label's values over the block's base).</li>
 * <li>{@code BR_TABLE n (t h k)*(n+1)}; {@code BR_ON_NULL t h k}; {@code BR_ON_NON_NULL t h k};
 *     {@code BR_ON_CAST t h k c} with {@code c} an index into the function's objects (a cast target).</li>
 * <li>{@code CALL f}; {@code CALL_INDIRECT typeId table}; {@code THROW tag}; {@code RETHROW slot}.</li>
 * <li>locals: a frame-relative slot; globals: an index; {@code I32_CONST v}, {@code F32_CONST bits},
 *     {@code I64_CONST lo hi}, {@code F64_CONST lo hi}; memory-0 loads and stores: the offset (u32).</li>
 * <li>families: exactly three immediates, the {@link dev.jwasm.parser.model.Opcode} ordinal and two
 *     operands whose meaning the family defines.</li>
 * </ul>
 */
final class Op {
    private Op() {}

    // control
    static final int UNREACHABLE = 0;
    static final int JUMP = 1;
    static final int JUMP_BACK = 2;
    static final int BR_UNWIND = 3;
    static final int BR_IF = 4;
    static final int BR_IF_BACK = 5;
    static final int BR_IF_UNWIND = 6;
    static final int BR_TABLE = 7;
    static final int IF_FALSE = 8;
    static final int RETURN = 9;
    static final int CALL = 10;
    static final int CALL_INDIRECT = 11;
    static final int CALL_REF = 12;
    static final int RETURN_CALL = 13;
    static final int RETURN_CALL_INDIRECT = 14;
    static final int RETURN_CALL_REF = 15;
    static final int THROW = 16;
    static final int THROW_REF = 17;
    static final int RETHROW = 18;
    static final int BR_ON_NULL = 19;
    static final int BR_ON_NON_NULL = 20;
    static final int BR_ON_CAST = 21;
    static final int BR_ON_CAST_FAIL = 22;

    // stack, locals, globals, constants
    static final int DROP = 23;
    static final int DROP2 = 24;
    static final int SELECT = 25;
    static final int SELECT_V128 = 26;
    static final int SELECT_REF = 27;
    static final int LOCAL_GET = 28;
    static final int LOCAL_SET = 29;
    static final int LOCAL_TEE = 30;
    static final int LOCAL_GET_REF = 31;
    static final int LOCAL_SET_REF = 32;
    static final int LOCAL_TEE_REF = 33;
    static final int LOCAL_GET_V128 = 34;
    static final int LOCAL_SET_V128 = 35;
    static final int LOCAL_TEE_V128 = 36;
    static final int GLOBAL_GET = 37;
    static final int GLOBAL_SET = 38;
    static final int GLOBAL_GET_REF = 39;
    static final int GLOBAL_SET_REF = 40;
    static final int GLOBAL_GET_V128 = 41;
    static final int GLOBAL_SET_V128 = 42;
    static final int I32_CONST = 43;
    static final int I64_CONST = 44;
    static final int F32_CONST = 45;
    static final int F64_CONST = 46;
    static final int REF_NULL = 47;
    static final int REF_IS_NULL = 48;
    static final int REF_AS_NON_NULL = 49;

    // memory 0 with an i32 address; immediate: the offset
    static final int I32_LOAD = 50;
    static final int I64_LOAD = 51;
    static final int F32_LOAD = 52;
    static final int F64_LOAD = 53;
    static final int I32_LOAD8_S = 54;
    static final int I32_LOAD8_U = 55;
    static final int I32_LOAD16_S = 56;
    static final int I32_LOAD16_U = 57;
    static final int I64_LOAD8_S = 58;
    static final int I64_LOAD8_U = 59;
    static final int I64_LOAD16_S = 60;
    static final int I64_LOAD16_U = 61;
    static final int I64_LOAD32_S = 62;
    static final int I64_LOAD32_U = 63;
    static final int I32_STORE = 64;
    static final int I64_STORE = 65;
    static final int F32_STORE = 66;
    static final int F64_STORE = 67;
    static final int I32_STORE8 = 68;
    static final int I32_STORE16 = 69;
    static final int I64_STORE8 = 70;
    static final int I64_STORE16 = 71;
    static final int I64_STORE32 = 72;

    // i32
    static final int I32_EQZ = 73;
    static final int I32_EQ = 74;
    static final int I32_NE = 75;
    static final int I32_LT_S = 76;
    static final int I32_LT_U = 77;
    static final int I32_GT_S = 78;
    static final int I32_GT_U = 79;
    static final int I32_LE_S = 80;
    static final int I32_LE_U = 81;
    static final int I32_GE_S = 82;
    static final int I32_GE_U = 83;
    static final int I32_CLZ = 84;
    static final int I32_CTZ = 85;
    static final int I32_POPCNT = 86;
    static final int I32_ADD = 87;
    static final int I32_SUB = 88;
    static final int I32_MUL = 89;
    static final int I32_DIV_S = 90;
    static final int I32_DIV_U = 91;
    static final int I32_REM_S = 92;
    static final int I32_REM_U = 93;
    static final int I32_AND = 94;
    static final int I32_OR = 95;
    static final int I32_XOR = 96;
    static final int I32_SHL = 97;
    static final int I32_SHR_S = 98;
    static final int I32_SHR_U = 99;
    static final int I32_ROTL = 100;
    static final int I32_ROTR = 101;

    // i64
    static final int I64_EQZ = 102;
    static final int I64_EQ = 103;
    static final int I64_NE = 104;
    static final int I64_LT_S = 105;
    static final int I64_LT_U = 106;
    static final int I64_GT_S = 107;
    static final int I64_GT_U = 108;
    static final int I64_LE_S = 109;
    static final int I64_LE_U = 110;
    static final int I64_GE_S = 111;
    static final int I64_GE_U = 112;
    static final int I64_CLZ = 113;
    static final int I64_CTZ = 114;
    static final int I64_POPCNT = 115;
    static final int I64_ADD = 116;
    static final int I64_SUB = 117;
    static final int I64_MUL = 118;
    static final int I64_DIV_S = 119;
    static final int I64_DIV_U = 120;
    static final int I64_REM_S = 121;
    static final int I64_REM_U = 122;
    static final int I64_AND = 123;
    static final int I64_OR = 124;
    static final int I64_XOR = 125;
    static final int I64_SHL = 126;
    static final int I64_SHR_S = 127;
    static final int I64_SHR_U = 128;
    static final int I64_ROTL = 129;
    static final int I64_ROTR = 130;

    // floats (the rest are in the numeric family), integer width changes
    static final int F32_EQ = 131;
    static final int F32_NE = 132;
    static final int F32_LT = 133;
    static final int F32_GT = 134;
    static final int F32_LE = 135;
    static final int F32_GE = 136;
    static final int F32_ADD = 137;
    static final int F32_SUB = 138;
    static final int F32_MUL = 139;
    static final int F32_DIV = 140;
    static final int F64_EQ = 141;
    static final int F64_NE = 142;
    static final int F64_LT = 143;
    static final int F64_GT = 144;
    static final int F64_LE = 145;
    static final int F64_GE = 146;
    static final int F64_ADD = 147;
    static final int F64_SUB = 148;
    static final int F64_MUL = 149;
    static final int F64_DIV = 150;
    static final int I32_WRAP_I64 = 151;
    static final int I64_EXTEND_I32_S = 152;
    static final int I64_EXTEND_I32_U = 153;

    // families: [op, opcode ordinal, a, b], handled by the family classes
    static final int FAM_NUMERIC = 154;
    static final int FAM_SIMD = 155;
    static final int FAM_MEMORY = 156;
    static final int FAM_TABLE = 157;
    static final int FAM_GC = 158;

    // superinstructions the pre-decoder fuses from common sequences (see Predecoder#fuse)
    /** {@code i32.const c; i32.add}: immediate c. */
    static final int I32_ADD_CONST = 159;
    /** {@code local.get x; i32.const c; i32.add}: immediates x, c. */
    static final int LOCAL_ADD_CONST = 160;
    /** {@code local.get x; local.get y} of numbers: immediates x, y. */
    static final int LOCAL_GET2 = 161;
    /** {@code local.get x; i32.load offset} on memory 0: immediates x, offset. */
    static final int LOCAL_I32_LOAD = 162;
    /** {@code i32.eq; br_if} without unwinding (and the other comparisons): immediate t. */
    static final int BR_IF_I32_EQ = 163;
    static final int BR_IF_I32_NE = 164;
    static final int BR_IF_I32_LT_S = 165;
    static final int BR_IF_I32_LT_U = 166;
    static final int BR_IF_I32_GT_S = 167;
    static final int BR_IF_I32_GT_U = 168;
    static final int BR_IF_I32_LE_S = 169;
    static final int BR_IF_I32_LE_U = 170;
    static final int BR_IF_I32_GE_S = 171;
    static final int BR_IF_I32_GE_U = 172;
    /** {@code i32.const c; i32.shl}, and the same for shr_u, and, mul: immediate c. */
    static final int I32_SHL_CONST = 173;
    static final int I32_SHR_U_CONST = 174;
    static final int I32_AND_CONST = 175;
    static final int I32_MUL_CONST = 176;
    /** {@code local.get x; local.get y; i32.add}: immediates x, y. */
    static final int LOCAL_ADD_LOCAL = 177;
    /** {@code local.get x; i32.const c; i32.add; local.set y}: immediates x, c, y. */
    static final int LOCAL_ADD_CONST_SET = 178;

    /** Number of opcodes. */
    static final int COUNT = 179;

    /** Immediates after each opcode (BR_TABLE: variable, see above). */
    static int immediates(int op) {
        switch (op) {
            case JUMP:
            case JUMP_BACK:
            case BR_IF:
            case BR_IF_BACK:
            case IF_FALSE:
            case CALL:
            case RETURN_CALL:
            case THROW:
            case RETHROW:
            case I32_CONST:
            case F32_CONST:
            case LOCAL_GET:
            case LOCAL_SET:
            case LOCAL_TEE:
            case LOCAL_GET_REF:
            case LOCAL_SET_REF:
            case LOCAL_TEE_REF:
            case LOCAL_GET_V128:
            case LOCAL_SET_V128:
            case LOCAL_TEE_V128:
            case GLOBAL_GET:
            case GLOBAL_SET:
            case GLOBAL_GET_REF:
            case GLOBAL_SET_REF:
            case GLOBAL_GET_V128:
            case GLOBAL_SET_V128:
            case I32_LOAD:
            case I64_LOAD:
            case F32_LOAD:
            case F64_LOAD:
            case I32_LOAD8_S:
            case I32_LOAD8_U:
            case I32_LOAD16_S:
            case I32_LOAD16_U:
            case I64_LOAD8_S:
            case I64_LOAD8_U:
            case I64_LOAD16_S:
            case I64_LOAD16_U:
            case I64_LOAD32_S:
            case I64_LOAD32_U:
            case I32_STORE:
            case I64_STORE:
            case F32_STORE:
            case F64_STORE:
            case I32_STORE8:
            case I32_STORE16:
            case I64_STORE8:
            case I64_STORE16:
            case I64_STORE32:
                return 1;
            case CALL_INDIRECT:
            case RETURN_CALL_INDIRECT:
            case I64_CONST:
            case F64_CONST:
                return 2;
            case BR_UNWIND:
            case BR_IF_UNWIND:
            case BR_ON_NULL:
            case BR_ON_NON_NULL:
            case FAM_NUMERIC:
            case FAM_SIMD:
            case FAM_MEMORY:
            case FAM_TABLE:
            case FAM_GC:
                return 3;
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL:
                return 4;
            case I32_ADD_CONST:
            case I32_SHL_CONST:
            case I32_SHR_U_CONST:
            case I32_AND_CONST:
            case I32_MUL_CONST:
            case BR_IF_I32_EQ:
            case BR_IF_I32_NE:
            case BR_IF_I32_LT_S:
            case BR_IF_I32_LT_U:
            case BR_IF_I32_GT_S:
            case BR_IF_I32_GT_U:
            case BR_IF_I32_LE_S:
            case BR_IF_I32_LE_U:
            case BR_IF_I32_GE_S:
            case BR_IF_I32_GE_U:
                return 1;
            case LOCAL_ADD_CONST:
            case LOCAL_ADD_LOCAL:
            case LOCAL_GET2:
            case LOCAL_I32_LOAD:
                return 2;
            case LOCAL_ADD_CONST_SET:
                return 3;
            case BR_TABLE:
                return -1;
            default:
                return 0;
        }
    }
}
