package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import java.util.Arrays;

/**
 * Which Wasm instructions have a register form in the main loop, and in which variants: the
 * {@link Predecoder} looks them up here by {@link Opcode}.
 */
final class RegisterForms {
    private RegisterForms() {}

    private static final int N = Opcode.values().length;

    /** {@code A = B op C}, or -1. */
    static final int[] BINARY = filled();
    /** {@code A = B op imm} for a constant right operand, or -1. */
    static final int[] WITH_IMM = filled();
    /** The same when the constant is the left operand (commuted, or the mirrored comparison), or -1. */
    static final int[] WITH_IMM_LEFT = filled();
    /** Subtractions: a constant right operand becomes the negated immediate of an addition. */
    static final boolean[] NEGATES_IMM = new boolean[N];
    /** Whether the right operand is an i64 (so the immediate is taken as a long). */
    static final boolean[] WIDE = new boolean[N];
    /** {@code A = op B}, or -1. */
    static final int[] UNARY = filled();
    /** Loads and stores of memory 0, or -1. */
    static final int[] MEMORY = filled();
    /** The compare-and-branch of an i32 comparison (by register op, reg-reg and reg-imm), or -1. */
    static final int[] BRANCH_OF = new int[Op.COUNT];
    /** Each compare-and-branch's opposite (eq/ne, lt/ge, gt/le, signed and unsigned), or -1. */
    private static final int[] NEGATED = new int[Op.COUNT];

    private static int[] filled() {
        int[] a = new int[N];
        Arrays.fill(a, -1);
        return a;
    }

    private static void binary(Opcode o, int op) {
        BINARY[o.ordinal()] = op;
    }

    /** A commutative operation with an immediate form. */
    private static void commutative(Opcode o, int op, int imm) {
        BINARY[o.ordinal()] = op;
        WITH_IMM[o.ordinal()] = imm;
        WITH_IMM_LEFT[o.ordinal()] = imm;
    }

    private static void rightImm(Opcode o, int op, int imm) {
        BINARY[o.ordinal()] = op;
        WITH_IMM[o.ordinal()] = imm;
    }

    private static void compare(Opcode o, int op, int imm, int mirroredImm) {
        BINARY[o.ordinal()] = op;
        WITH_IMM[o.ordinal()] = imm;
        WITH_IMM_LEFT[o.ordinal()] = mirroredImm;
    }

    private static void unary(Opcode o, int op) {
        UNARY[o.ordinal()] = op;
    }

    static {
        commutative(Opcode.I32_ADD, Op.I32_ADD, Op.I32_ADD_I);
        rightImm(Opcode.I32_SUB, Op.I32_SUB, Op.I32_ADD_I);
        NEGATES_IMM[Opcode.I32_SUB.ordinal()] = true;
        commutative(Opcode.I32_MUL, Op.I32_MUL, Op.I32_MUL_I);
        commutative(Opcode.I32_AND, Op.I32_AND, Op.I32_AND_I);
        commutative(Opcode.I32_OR, Op.I32_OR, Op.I32_OR_I);
        commutative(Opcode.I32_XOR, Op.I32_XOR, Op.I32_XOR_I);
        rightImm(Opcode.I32_SHL, Op.I32_SHL, Op.I32_SHL_I);
        rightImm(Opcode.I32_SHR_S, Op.I32_SHR_S, Op.I32_SHR_S_I);
        rightImm(Opcode.I32_SHR_U, Op.I32_SHR_U, Op.I32_SHR_U_I);
        rightImm(Opcode.I32_ROTL, Op.I32_ROTL, Op.I32_ROTL_I);
        rightImm(Opcode.I32_ROTR, Op.I32_ROTR, Op.I32_ROTL_I);
        NEGATES_IMM[Opcode.I32_ROTR.ordinal()] = true; // rotr by c is rotl by -c
        compare(Opcode.I32_EQ, Op.I32_EQ, Op.I32_EQ_I, Op.I32_EQ_I);
        compare(Opcode.I32_NE, Op.I32_NE, Op.I32_NE_I, Op.I32_NE_I);
        compare(Opcode.I32_LT_S, Op.I32_LT_S, Op.I32_LT_S_I, Op.I32_GT_S_I);
        compare(Opcode.I32_LT_U, Op.I32_LT_U, Op.I32_LT_U_I, Op.I32_GT_U_I);
        compare(Opcode.I32_GT_S, Op.I32_GT_S, Op.I32_GT_S_I, Op.I32_LT_S_I);
        compare(Opcode.I32_GT_U, Op.I32_GT_U, Op.I32_GT_U_I, Op.I32_LT_U_I);
        compare(Opcode.I32_LE_S, Op.I32_LE_S, Op.I32_LE_S_I, Op.I32_GE_S_I);
        compare(Opcode.I32_LE_U, Op.I32_LE_U, Op.I32_LE_U_I, Op.I32_GE_U_I);
        compare(Opcode.I32_GE_S, Op.I32_GE_S, Op.I32_GE_S_I, Op.I32_LE_S_I);
        compare(Opcode.I32_GE_U, Op.I32_GE_U, Op.I32_GE_U_I, Op.I32_LE_U_I);
        binary(Opcode.I32_DIV_S, Op.I32_DIV_S);
        binary(Opcode.I32_DIV_U, Op.I32_DIV_U);
        binary(Opcode.I32_REM_S, Op.I32_REM_S);
        binary(Opcode.I32_REM_U, Op.I32_REM_U);

        commutative(Opcode.I64_ADD, Op.I64_ADD, Op.I64_ADD_I);
        rightImm(Opcode.I64_SUB, Op.I64_SUB, Op.I64_ADD_I);
        NEGATES_IMM[Opcode.I64_SUB.ordinal()] = true;
        commutative(Opcode.I64_MUL, Op.I64_MUL, Op.I64_MUL_I);
        commutative(Opcode.I64_AND, Op.I64_AND, Op.I64_AND_I);
        commutative(Opcode.I64_OR, Op.I64_OR, Op.I64_OR_I);
        commutative(Opcode.I64_XOR, Op.I64_XOR, Op.I64_XOR_I);
        rightImm(Opcode.I64_SHL, Op.I64_SHL, Op.I64_SHL_I);
        rightImm(Opcode.I64_SHR_S, Op.I64_SHR_S, Op.I64_SHR_S_I);
        rightImm(Opcode.I64_SHR_U, Op.I64_SHR_U, Op.I64_SHR_U_I);
        binary(Opcode.I64_ROTL, Op.I64_ROTL);
        binary(Opcode.I64_ROTR, Op.I64_ROTR);
        compare(Opcode.I64_EQ, Op.I64_EQ, Op.I64_EQ_I, Op.I64_EQ_I);
        compare(Opcode.I64_NE, Op.I64_NE, Op.I64_NE_I, Op.I64_NE_I);
        binary(Opcode.I64_LT_S, Op.I64_LT_S);
        binary(Opcode.I64_LT_U, Op.I64_LT_U);
        binary(Opcode.I64_GT_S, Op.I64_GT_S);
        binary(Opcode.I64_GT_U, Op.I64_GT_U);
        binary(Opcode.I64_LE_S, Op.I64_LE_S);
        binary(Opcode.I64_LE_U, Op.I64_LE_U);
        binary(Opcode.I64_GE_S, Op.I64_GE_S);
        binary(Opcode.I64_GE_U, Op.I64_GE_U);
        binary(Opcode.I64_DIV_S, Op.I64_DIV_S);
        binary(Opcode.I64_DIV_U, Op.I64_DIV_U);
        binary(Opcode.I64_REM_S, Op.I64_REM_S);
        binary(Opcode.I64_REM_U, Op.I64_REM_U);
        for (Opcode o : new Opcode[] {Opcode.I64_ADD, Opcode.I64_SUB, Opcode.I64_MUL, Opcode.I64_AND, Opcode.I64_OR,
            Opcode.I64_XOR, Opcode.I64_SHL, Opcode.I64_SHR_S, Opcode.I64_SHR_U, Opcode.I64_EQ, Opcode.I64_NE}) {
            WIDE[o.ordinal()] = true;
        }

        binary(Opcode.F32_ADD, Op.F32_ADD);
        binary(Opcode.F32_SUB, Op.F32_SUB);
        binary(Opcode.F32_MUL, Op.F32_MUL);
        binary(Opcode.F32_DIV, Op.F32_DIV);
        binary(Opcode.F32_EQ, Op.F32_EQ);
        binary(Opcode.F32_NE, Op.F32_NE);
        binary(Opcode.F32_LT, Op.F32_LT);
        binary(Opcode.F32_GT, Op.F32_GT);
        binary(Opcode.F32_LE, Op.F32_LE);
        binary(Opcode.F32_GE, Op.F32_GE);
        binary(Opcode.F64_ADD, Op.F64_ADD);
        binary(Opcode.F64_SUB, Op.F64_SUB);
        binary(Opcode.F64_MUL, Op.F64_MUL);
        binary(Opcode.F64_DIV, Op.F64_DIV);
        binary(Opcode.F64_EQ, Op.F64_EQ);
        binary(Opcode.F64_NE, Op.F64_NE);
        binary(Opcode.F64_LT, Op.F64_LT);
        binary(Opcode.F64_GT, Op.F64_GT);
        binary(Opcode.F64_LE, Op.F64_LE);
        binary(Opcode.F64_GE, Op.F64_GE);

        unary(Opcode.I32_EQZ, Op.I32_EQZ);
        unary(Opcode.I32_CLZ, Op.I32_CLZ);
        unary(Opcode.I32_CTZ, Op.I32_CTZ);
        unary(Opcode.I32_POPCNT, Op.I32_POPCNT);
        unary(Opcode.I32_EXTEND8_S, Op.I32_EXTEND8_S);
        unary(Opcode.I32_EXTEND16_S, Op.I32_EXTEND16_S);
        unary(Opcode.I32_WRAP_I64, Op.I32_WRAP_I64);
        unary(Opcode.I64_EQZ, Op.I64_EQZ);
        unary(Opcode.I64_CLZ, Op.I64_CLZ);
        unary(Opcode.I64_CTZ, Op.I64_CTZ);
        unary(Opcode.I64_POPCNT, Op.I64_POPCNT);
        unary(Opcode.I64_EXTEND8_S, Op.I64_EXTEND8_S);
        unary(Opcode.I64_EXTEND16_S, Op.I64_EXTEND16_S);
        unary(Opcode.I64_EXTEND32_S, Op.I64_EXTEND32_S);
        unary(Opcode.I64_EXTEND_I32_S, Op.I64_EXTEND32_S);
        unary(Opcode.I64_EXTEND_I32_U, Op.I64_EXTEND_I32_U);
        unary(Opcode.F64_NEG, Op.F64_NEG);
        unary(Opcode.F64_ABS, Op.F64_ABS);
        unary(Opcode.F64_SQRT, Op.F64_SQRT);
        unary(Opcode.F64_CONVERT_I32_S, Op.F64_CONVERT_I32_S);
        unary(Opcode.F64_CONVERT_I64_S, Op.F64_CONVERT_I64_S);
        unary(Opcode.F64_PROMOTE_F32, Op.F64_PROMOTE_F32);
        unary(Opcode.F32_DEMOTE_F64, Op.F32_DEMOTE_F64);

        MEMORY[Opcode.I32_LOAD.ordinal()] = Op.LOAD32;
        MEMORY[Opcode.F32_LOAD.ordinal()] = Op.LOAD32;
        MEMORY[Opcode.I64_LOAD32_S.ordinal()] = Op.LOAD32;
        MEMORY[Opcode.I64_LOAD32_U.ordinal()] = Op.LOAD32_U;
        MEMORY[Opcode.I64_LOAD.ordinal()] = Op.LOAD64;
        MEMORY[Opcode.F64_LOAD.ordinal()] = Op.LOAD64;
        MEMORY[Opcode.I32_LOAD8_S.ordinal()] = Op.LOAD8_S;
        MEMORY[Opcode.I64_LOAD8_S.ordinal()] = Op.LOAD8_S;
        MEMORY[Opcode.I32_LOAD8_U.ordinal()] = Op.LOAD8_U;
        MEMORY[Opcode.I64_LOAD8_U.ordinal()] = Op.LOAD8_U;
        MEMORY[Opcode.I32_LOAD16_S.ordinal()] = Op.LOAD16_S;
        MEMORY[Opcode.I64_LOAD16_S.ordinal()] = Op.LOAD16_S;
        MEMORY[Opcode.I32_LOAD16_U.ordinal()] = Op.LOAD16_U;
        MEMORY[Opcode.I64_LOAD16_U.ordinal()] = Op.LOAD16_U;
        MEMORY[Opcode.I32_STORE.ordinal()] = Op.STORE32;
        MEMORY[Opcode.F32_STORE.ordinal()] = Op.STORE32;
        MEMORY[Opcode.I64_STORE32.ordinal()] = Op.STORE32;
        MEMORY[Opcode.I64_STORE.ordinal()] = Op.STORE64;
        MEMORY[Opcode.F64_STORE.ordinal()] = Op.STORE64;
        MEMORY[Opcode.I32_STORE8.ordinal()] = Op.STORE8;
        MEMORY[Opcode.I64_STORE8.ordinal()] = Op.STORE8;
        MEMORY[Opcode.I32_STORE16.ordinal()] = Op.STORE16;
        MEMORY[Opcode.I64_STORE16.ordinal()] = Op.STORE16;

        Arrays.fill(BRANCH_OF, -1);
        for (int i = 0; i < 10; i++) {
            BRANCH_OF[Op.I32_EQ + i] = Op.BR_EQ + i;
            BRANCH_OF[Op.I32_EQ_I + i] = Op.BR_EQ_I + i;
        }
        BRANCH_OF[Op.I64_EQ] = Op.BR_EQ64;
        BRANCH_OF[Op.I64_NE] = Op.BR_NE64;
        BRANCH_OF[Op.I64_EQ_I] = Op.BR_EQ64_I;
        BRANCH_OF[Op.I64_NE_I] = Op.BR_NE64_I;

        Arrays.fill(NEGATED, -1);
        // order of the i32 families: eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u
        int[] opposite = {1, 0, 8, 9, 6, 7, 4, 5, 2, 3};
        for (int i = 0; i < 10; i++) {
            NEGATED[Op.BR_EQ + i] = Op.BR_EQ + opposite[i];
            NEGATED[Op.BR_EQ_I + i] = Op.BR_EQ_I + opposite[i];
        }
        opposites(Op.BR_EQ64, Op.BR_NE64);
        opposites(Op.BR_EQ64_I, Op.BR_NE64_I);
    }

    private static void opposites(int a, int b) {
        NEGATED[a] = b;
        NEGATED[b] = a;
    }

    /**
     * The load or store that also does the {@code i32.add} (register or immediate) that
     * computed its address, for memory op {@code access} at offset 0; or -1.
     */
    static int addressed(int access, int add) {
        boolean k = add == Op.I32_ADD_I;
        if (!k && add != Op.I32_ADD) {
            return -1;
        }
        switch (access) {
            case Op.LOAD32:
                return k ? Op.LOAD32_K : Op.LOAD32_X;
            case Op.LOAD64:
                return k ? Op.LOAD64_K : Op.LOAD64_X;
            case Op.LOAD8_U:
                return k ? Op.LOAD8_U_K : Op.LOAD8_U_X;
            case Op.STORE8:
                return k ? Op.STORE8_K : Op.STORE8_X;
            case Op.STORE32:
                return k ? Op.STORE32_K : Op.STORE32_X;
            case Op.STORE64:
                return k ? Op.STORE64_K : Op.STORE64_X;
            default:
                return -1;
        }
    }

    /** Whether a register op is a store (no destination). */
    static boolean isStore(int op) {
        return op >= Op.STORE32 && op <= Op.STORE16;
    }

    /** The compare-and-branch that jumps when {@code branch}'s condition is false. */
    static int negated(int branch) {
        return NEGATED[branch];
    }

    /** Whether an instruction writes only 0 or 1 to slot A (a comparison or test). */
    static boolean yieldsBoolean(int op) {
        return op >= Op.I32_EQ && op <= Op.I32_GE_U || op >= Op.I32_EQ_I && op <= Op.I32_EQZ
                || op >= Op.I64_EQ && op <= Op.I64_GE_U || op == Op.I64_EQ_I || op == Op.I64_NE_I || op == Op.I64_EQZ
                || op >= Op.F32_EQ && op <= Op.F32_GE || op >= Op.F64_EQ && op <= Op.F64_GE;
    }
}
