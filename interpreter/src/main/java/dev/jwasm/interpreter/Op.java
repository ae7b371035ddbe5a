package dev.jwasm.interpreter;

/**
 * The interpreter's own instruction set: what the {@link Predecoder} writes into a function's
 * {@code long[]} code and {@link Interpreter#run} dispatches on.
 *
 * <h2>Register form</h2>
 * Instructions name their operands by frame slot instead of popping and pushing: a slot is
 * a local (parameters, declared locals and hidden slots come first in the frame) or the
 * operand-stack position the validator's static stack height gives the value. So {@code
 * local.get} usually costs nothing, {@code local.get a; local.get b; i32.add; local.set c}
 * is the single instruction {@code I32_ADD c, a, b}, and a comparison feeding {@code br_if}
 * is one compare-and-branch.
 *
 * <h2>Encoding</h2>
 * One 64-bit word per instruction, then the extra words some need:
 * <pre>
 *   bits  0..9   opcode (below; dense, so the main switch is a table switch)
 *   bits 10..27  A: usually the destination slot
 *   bits 28..45  B: usually the first operand slot
 *   bits 46..63  C: the second operand slot, an 18-bit signed immediate ({@code _I} forms),
 *                or a memory offset (loads and stores)
 * </pre>
 * {@code CONST32} keeps its 32-bit value in bits 28..59. Slots are frame-relative and
 * unsigned, so a frame has at most {@link #MAX_SLOT} + 1 slots (a larger function traps when
 * called). Extra words ({@code [..]} below) hold branch targets (a code offset in the low 32
 * bits), 64-bit constants, function, global and tag indices.
 *
 * <p>Values: an i32 or f32 is kept in a slot's low 32 bits (the high bits are not read), an
 * i64 or f64 uses all 64, a v128 takes two consecutive slots (low half first), a reference
 * lives in the frame's object array at its slot's index.
 *
 * <p>Instructions the register form does not cover (SIMD, GC, tables, bulk and general
 * memory access, rare numerics) run in stack form: the pre-decoder first moves their
 * operands to their stack positions, and the instruction carries the stack height
 * ({@code sp}) its family handler works from.
 */
final class Op {
    private Op() {}

    static final int OPCODE_BITS = 10;
    static final int FIELD_BITS = 18;
    static final int MAX_SLOT = (1 << FIELD_BITS) - 1;
    static final int MIN_IMM = -(1 << (FIELD_BITS - 1));
    static final int MAX_IMM = (1 << (FIELD_BITS - 1)) - 1;

    // ------------------------------------------------------------------ control
    static final int UNREACHABLE = 0;
    /** {@code [t]}: backward jumps poll for interruption. */
    static final int JUMP = 1;
    /** {@code B [t]}: jumps when the i32 in B is not zero. */
    static final int BR_IF = 2;
    /** {@code B [t]}: jumps when the i32 in B is zero. */
    static final int BR_IF_NOT = 3;
    /** {@code A=dst B=src C=k [t]}: moves k slots from src to dst, then jumps. */
    static final int BR_UNWIND = 4;
    /** {@code A=cond B=dst C=src [t | k << 32]}: when the i32 in A is not zero, BR_UNWIND. */
    static final int BR_IF_UNWIND = 5;
    /** {@code A=index B=n C=src}, then n + 1 entries {@code [t | k << 32] [dst]}. */
    static final int BR_TABLE = 6;
    /** {@code B=src C=k}: moves the k result slots to the frame's start and returns. */
    static final int RETURN = 7;
    /** {@code A=base [function]}: the arguments are at base, the results come back there. */
    static final int CALL = 8;
    /** {@code A=base B=element [typeId | table << 32]}. */
    static final int CALL_INDIRECT = 9;
    /** {@code A=base B=reference}. */
    static final int CALL_REF = 10;
    static final int RETURN_CALL = 11;
    static final int RETURN_CALL_INDIRECT = 12;
    static final int RETURN_CALL_REF = 13;
    /** {@code A=sp [tag]}: the payload lies below sp. */
    static final int THROW = 14;
    /** {@code B=reference}. */
    static final int THROW_REF = 15;
    /** {@code B=hidden slot holding the caught exception}. */
    static final int RETHROW = 16;
    /** {@code A=sp [t | k << 32] [dst]} (a reference on top of the label's k values). */
    static final int BR_ON_NULL = 17;
    static final int BR_ON_NON_NULL = 18;
    /** {@code A=sp [t | k << 32] [dst | cast target << 32]}. */
    static final int BR_ON_CAST = 19;
    static final int BR_ON_CAST_FAIL = 20;
    /** i32 compare-and-branch {@code B C [t]}: jumps when {@code B op C}. */
    static final int BR_EQ = 21;
    static final int BR_NE = 22;
    static final int BR_LT_S = 23;
    static final int BR_LT_U = 24;
    static final int BR_GT_S = 25;
    static final int BR_GT_U = 26;
    static final int BR_LE_S = 27;
    static final int BR_LE_U = 28;
    static final int BR_GE_S = 29;
    static final int BR_GE_U = 30;
    /** The same against an immediate: {@code B imm [t]}. */
    static final int BR_EQ_I = 31;
    static final int BR_NE_I = 32;
    static final int BR_LT_S_I = 33;
    static final int BR_LT_U_I = 34;
    static final int BR_GT_S_I = 35;
    static final int BR_GT_U_I = 36;
    static final int BR_LE_S_I = 37;
    static final int BR_LE_U_I = 38;
    static final int BR_GE_S_I = 39;
    static final int BR_GE_U_I = 40;

    // ------------------------------------------------------------------ moves, constants, globals, references
    static final int MOV = 41;
    static final int MOV_REF = 42;
    static final int MOV_V128 = 43;
    /** {@code A value32}: an i32 or f32. */
    static final int CONST32 = 44;
    /** {@code A [value]}: an i64 or f64. */
    static final int CONST64 = 45;
    /** {@code A [global]}. */
    static final int GLOBAL_GET = 46;
    static final int GLOBAL_GET_REF = 47;
    static final int GLOBAL_GET_V128 = 48;
    /** {@code B [global]}. */
    static final int GLOBAL_SET = 49;
    static final int GLOBAL_SET_REF = 50;
    static final int GLOBAL_SET_V128 = 51;
    /** {@code A B C [condition]}: A = condition != 0 ? B : C. */
    static final int SELECT = 52;
    static final int SELECT_REF = 53;
    static final int SELECT_V128 = 54;
    static final int REF_NULL = 55;
    static final int REF_IS_NULL = 56;
    /** {@code B}: traps when the reference in B is null (the value stays where it is). */
    static final int REF_AS_NON_NULL = 57;

    // ------------------------------------------------------------------ memory 0, i32 address in B, offset in C
    /** i32.load, f32.load, i64.load32_s: A = the 32 bits, sign-extended. */
    static final int LOAD32 = 58;
    /** i64.load32_u. */
    static final int LOAD32_U = 59;
    /** i64.load, f64.load. */
    static final int LOAD64 = 60;
    static final int LOAD8_S = 61;
    static final int LOAD8_U = 62;
    static final int LOAD16_S = 63;
    static final int LOAD16_U = 64;
    /** Stores: A = the value's slot. */
    static final int STORE32 = 65;
    static final int STORE64 = 66;
    static final int STORE8 = 67;
    static final int STORE16 = 68;

    // ------------------------------------------------------------------ i32: A = B op C
    static final int I32_ADD = 69;
    static final int I32_SUB = 70;
    static final int I32_MUL = 71;
    static final int I32_AND = 72;
    static final int I32_OR = 73;
    static final int I32_XOR = 74;
    static final int I32_SHL = 75;
    static final int I32_SHR_S = 76;
    static final int I32_SHR_U = 77;
    static final int I32_ROTL = 78;
    static final int I32_ROTR = 79;
    static final int I32_EQ = 80;
    static final int I32_NE = 81;
    static final int I32_LT_S = 82;
    static final int I32_LT_U = 83;
    static final int I32_GT_S = 84;
    static final int I32_GT_U = 85;
    static final int I32_LE_S = 86;
    static final int I32_LE_U = 87;
    static final int I32_GE_S = 88;
    static final int I32_GE_U = 89;
    static final int I32_DIV_S = 90;
    static final int I32_DIV_U = 91;
    static final int I32_REM_S = 92;
    static final int I32_REM_U = 93;
    // i32 with an immediate: A = B op imm
    static final int I32_ADD_I = 94;
    static final int I32_MUL_I = 95;
    static final int I32_AND_I = 96;
    static final int I32_OR_I = 97;
    static final int I32_XOR_I = 98;
    static final int I32_SHL_I = 99;
    static final int I32_SHR_S_I = 100;
    static final int I32_SHR_U_I = 101;
    static final int I32_ROTL_I = 102;
    static final int I32_EQ_I = 103;
    static final int I32_NE_I = 104;
    static final int I32_LT_S_I = 105;
    static final int I32_LT_U_I = 106;
    static final int I32_GT_S_I = 107;
    static final int I32_GT_U_I = 108;
    static final int I32_LE_S_I = 109;
    static final int I32_LE_U_I = 110;
    static final int I32_GE_S_I = 111;
    static final int I32_GE_U_I = 112;
    // i32 unary: A = op B
    static final int I32_EQZ = 113;
    static final int I32_CLZ = 114;
    static final int I32_CTZ = 115;
    static final int I32_POPCNT = 116;
    static final int I32_EXTEND8_S = 117;
    static final int I32_EXTEND16_S = 118;
    static final int I32_WRAP_I64 = 119;

    // ------------------------------------------------------------------ i64
    static final int I64_ADD = 120;
    static final int I64_SUB = 121;
    static final int I64_MUL = 122;
    static final int I64_AND = 123;
    static final int I64_OR = 124;
    static final int I64_XOR = 125;
    static final int I64_SHL = 126;
    static final int I64_SHR_S = 127;
    static final int I64_SHR_U = 128;
    static final int I64_ROTL = 129;
    static final int I64_ROTR = 130;
    static final int I64_EQ = 131;
    static final int I64_NE = 132;
    static final int I64_LT_S = 133;
    static final int I64_LT_U = 134;
    static final int I64_GT_S = 135;
    static final int I64_GT_U = 136;
    static final int I64_LE_S = 137;
    static final int I64_LE_U = 138;
    static final int I64_GE_S = 139;
    static final int I64_GE_U = 140;
    static final int I64_DIV_S = 141;
    static final int I64_DIV_U = 142;
    static final int I64_REM_S = 143;
    static final int I64_REM_U = 144;
    static final int I64_ADD_I = 145;
    static final int I64_MUL_I = 146;
    static final int I64_AND_I = 147;
    static final int I64_OR_I = 148;
    static final int I64_XOR_I = 149;
    static final int I64_SHL_I = 150;
    static final int I64_SHR_S_I = 151;
    static final int I64_SHR_U_I = 152;
    static final int I64_EQ_I = 153;
    static final int I64_NE_I = 154;
    static final int I64_EQZ = 155;
    static final int I64_CLZ = 156;
    static final int I64_CTZ = 157;
    static final int I64_POPCNT = 158;
    static final int I64_EXTEND8_S = 159;
    static final int I64_EXTEND16_S = 160;
    /** i64.extend32_s and i64.extend_i32_s. */
    static final int I64_EXTEND32_S = 161;
    static final int I64_EXTEND_I32_U = 162;

    // ------------------------------------------------------------------ floats
    static final int F32_ADD = 163;
    static final int F32_SUB = 164;
    static final int F32_MUL = 165;
    static final int F32_DIV = 166;
    static final int F32_EQ = 167;
    static final int F32_NE = 168;
    static final int F32_LT = 169;
    static final int F32_GT = 170;
    static final int F32_LE = 171;
    static final int F32_GE = 172;
    static final int F64_ADD = 173;
    static final int F64_SUB = 174;
    static final int F64_MUL = 175;
    static final int F64_DIV = 176;
    static final int F64_EQ = 177;
    static final int F64_NE = 178;
    static final int F64_LT = 179;
    static final int F64_GT = 180;
    static final int F64_LE = 181;
    static final int F64_GE = 182;
    static final int F64_NEG = 183;
    static final int F64_ABS = 184;
    static final int F64_SQRT = 185;
    static final int F64_CONVERT_I32_S = 186;
    static final int F64_CONVERT_I64_S = 187;
    static final int F64_PROMOTE_F32 = 188;
    static final int F32_DEMOTE_F64 = 189;

    // ------------------------------------------------------------------ fused pairs (superinstructions)
    /** Loads and stores at {@code i32.add B C} (offset 0): {@code A = [B + C]}, {@code [B + C] = A}. */
    static final int LOAD32_X = 190;
    static final int LOAD64_X = 191;
    static final int LOAD8_U_X = 192;
    static final int STORE8_X = 193;
    static final int STORE32_X = 194;
    static final int STORE64_X = 195;
    /** Loads and stores at {@code i32.add B imm} (offset 0): {@code A = [B + imm]}, {@code [B + imm] = A}. */
    static final int LOAD32_K = 196;
    static final int LOAD64_K = 197;
    static final int LOAD8_U_K = 198;
    static final int STORE8_K = 199;
    static final int STORE32_K = 200;
    static final int STORE64_K = 201;
    /** {@code A = B ^ (B << imm)} and {@code A = B ^ (B >>> imm)} (xorshift steps). */
    static final int I32_XOR_SHL_I = 202;
    static final int I32_XOR_SHR_U_I = 203;
    /** {@code A = B + (C << 2)}, {@code A = B + (C << 3)} (scaled indices). */
    static final int I32_ADD_SHL2 = 204;
    static final int I32_ADD_SHL3 = 205;
    /** f64 {@code A = B * C + [D]}, {@code A = [D] - B * C}, {@code A = B * C * [D]} (each rounded as Wasm does). */
    static final int F64_MUL_ADD = 206;
    static final int F64_MUL_SUB = 207;
    static final int F64_MUL_MUL = 208;
    /** Loop ends: {@code A = B + imm}, then jump when A != 0, A != k, A <u k ({@code [t | k << 32]}). */
    static final int ADD_I_BR_NZ = 209;
    static final int ADD_I_BR_NE_I = 210;
    static final int ADD_I_BR_LT_U_I = 211;
    /** {@code A = B + C}, then jump when A <u the slot in the target word's high half. */
    static final int ADD_BR_LT_U = 212;
    /** i32 {@code A = B * C + [D]} and {@code A = rotl(B, imm) * [D]} (hash rounds). */
    static final int I32_MUL_ADD = 213;
    static final int I32_ROTL_MUL = 214;
    /** f64 with a loaded right operand: {@code A = B op mem[C + offset]} ({@code [offset]}). */
    static final int F64_ADD_LOAD = 215;
    static final int F64_SUB_LOAD = 216;
    static final int F64_MUL_LOAD = 217;
    /** f64 stored as computed: {@code mem[A + offset] = B op C} ({@code [offset]}). */
    static final int F64_ADD_STORE = 218;
    static final int F64_SUB_STORE = 219;
    /** {@code mem[C + offset] += B} in f64 ({@code [offset]}). */
    static final int F64_ADD_TO_MEM = 220;
    /** i64 compare-and-branch {@code B C [t]} and {@code B imm [t]}: jumps when {@code B op C}. */
    static final int BR_EQ64 = 221;
    static final int BR_NE64 = 222;
    static final int BR_EQ64_I = 223;
    static final int BR_NE64_I = 224;

    // ------------------------------------------------------------------ families, in stack form
    /** Families: {@code A=sp [Opcode ordinal | immediate a << 32] [immediate b]}. */
    static final int FAM_NUMERIC = 225;
    static final int FAM_SIMD = 226;
    static final int FAM_MEMORY = 227;
    static final int FAM_TABLE = 228;
    static final int FAM_GC = 229;

    /** The whole body of a function whose frame is too large to address: traps "call stack exhausted". */
    static final int STACK_EXHAUSTED = 230;

    /** Number of opcodes. */
    static final int COUNT = 231;

    // ------------------------------------------------------------------ encoding

    static long word(int op, int a, int b, int c) {
        return op | (long) a << 10 | (long) b << 28 | (long) c << 46;
    }

    /** An instruction with a destination and a 32-bit immediate. */
    static long wordImm32(int op, int a, int imm) {
        return op | (long) a << 10 | (imm & 0xFFFF_FFFFL) << 28;
    }

    static int op(long w) {
        return (int) w & 0x3FF;
    }

    static int a(long w) {
        return (int) (w >>> 10) & MAX_SLOT;
    }

    static int b(long w) {
        return (int) (w >>> 28) & MAX_SLOT;
    }

    static int c(long w) {
        return (int) (w >>> 46);
    }

    /** C as an 18-bit signed immediate. */
    static int imm(long w) {
        return (int) (w >> 46);
    }

    static int imm32(long w) {
        return (int) (w >>> 28);
    }

    static boolean fitsImm(long v) {
        return v >= MIN_IMM && v <= MAX_IMM;
    }

    /** The number of words the instruction at {@code pc} takes. */
    static int length(long[] code, int pc) {
        int op = op(code[pc]);
        switch (op) {
            case BR_TABLE:
                return 1 + 2 * (b(code[pc]) + 1);
            case BR_ON_NULL:
            case BR_ON_NON_NULL:
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL:
            case FAM_NUMERIC:
            case FAM_SIMD:
            case FAM_MEMORY:
            case FAM_TABLE:
            case FAM_GC:
                return 3;
            default:
                return hasExtraWord(op) ? 2 : 1;
        }
    }

    static boolean hasExtraWord(int op) {
        return op == JUMP || op >= BR_IF && op <= BR_IF_UNWIND || op >= CALL && op <= CALL_INDIRECT
                || op == RETURN_CALL || op == RETURN_CALL_INDIRECT || op == THROW
                || op >= BR_EQ && op <= BR_GE_U_I || op == CONST64 || op >= GLOBAL_GET && op <= SELECT_V128
                || op >= F64_MUL_ADD && op <= BR_NE64_I;
    }

    /** Whether the instruction branches (its first extra word's low 32 bits are a code offset). */
    static boolean isBranch(int op) {
        return op == JUMP || op >= BR_IF && op <= BR_IF_UNWIND || op >= BR_ON_NULL && op <= BR_GE_U_I
                || op >= ADD_I_BR_NZ && op <= ADD_BR_LT_U || op >= BR_EQ64 && op <= BR_NE64_I;
    }
}
