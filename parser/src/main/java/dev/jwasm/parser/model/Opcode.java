package dev.jwasm.parser.model;

import dev.jwasm.parser.Feature;
import java.util.HashMap;
import java.util.Map;

/**
 * The instruction table of WebAssembly 3.0 (plus legacy exceptions, threads and wide
 * arithmetic): binary prefix and code, text mnemonic, immediate shape, and for simple
 * instructions the operand signature. The decoder, encoder, text parser, printer,
 * validator and execution tiers all read this one table.
 *
 * <p>Signatures are {@code params:results} with one letter per value: {@code i} i32,
 * {@code l} i64, {@code f} f32, {@code d} f64, {@code v} v128, and {@code a} the address type
 * of the memory named by the immediate (i32, or i64 for memory64). A null signature means
 * the validator types the instruction by hand (control, references, tables, GC, ...).
 *
 * <p>{@code ref.test} / {@code ref.cast} come in two opcodes each (with and without
 * {@code null}) that share a mnemonic, as do {@code select} and its typed form: the text
 * parser chooses by the operands.
 *
 * <p>This file is long because it is the table itself, one row per instruction.
 */
public enum Opcode {
    UNREACHABLE(0, 0x00, "unreachable", ImmediateKind.NONE, null, 0),
    NOP(0, 0x01, "nop", ImmediateKind.NONE, null, 0),
    BLOCK(0, 0x02, "block", ImmediateKind.BLOCK, null, 0),
    LOOP(0, 0x03, "loop", ImmediateKind.BLOCK, null, 0),
    IF(0, 0x04, "if", ImmediateKind.BLOCK, null, 0),
    ELSE(0, 0x05, "else", ImmediateKind.NONE, null, 0),
    TRY(0, 0x06, "try", ImmediateKind.BLOCK, null, 0),
    CATCH(0, 0x07, "catch", ImmediateKind.TAG, null, 0),
    THROW(0, 0x08, "throw", ImmediateKind.TAG, null, 0),
    RETHROW(0, 0x09, "rethrow", ImmediateKind.LABEL, null, 0),
    THROW_REF(0, 0x0A, "throw_ref", ImmediateKind.NONE, null, 0),
    END(0, 0x0B, "end", ImmediateKind.NONE, null, 0),
    BR(0, 0x0C, "br", ImmediateKind.LABEL, null, 0),
    BR_IF(0, 0x0D, "br_if", ImmediateKind.LABEL, null, 0),
    BR_TABLE(0, 0x0E, "br_table", ImmediateKind.BR_TABLE, null, 0),
    RETURN(0, 0x0F, "return", ImmediateKind.NONE, null, 0),
    CALL(0, 0x10, "call", ImmediateKind.FUNC, null, 0),
    CALL_INDIRECT(0, 0x11, "call_indirect", ImmediateKind.CALL_INDIRECT, null, 0),
    RETURN_CALL(0, 0x12, "return_call", ImmediateKind.FUNC, null, 0),
    RETURN_CALL_INDIRECT(0, 0x13, "return_call_indirect", ImmediateKind.CALL_INDIRECT, null, 0),
    CALL_REF(0, 0x14, "call_ref", ImmediateKind.TYPE, null, 0),
    RETURN_CALL_REF(0, 0x15, "return_call_ref", ImmediateKind.TYPE, null, 0),
    DELEGATE(0, 0x18, "delegate", ImmediateKind.LABEL, null, 0),
    CATCH_ALL(0, 0x19, "catch_all", ImmediateKind.NONE, null, 0),
    DROP(0, 0x1A, "drop", ImmediateKind.NONE, null, 0),
    SELECT(0, 0x1B, "select", ImmediateKind.NONE, null, 0),
    SELECT_TYPED(0, 0x1C, "select", ImmediateKind.SELECT_TYPED, null, 0),
    TRY_TABLE(0, 0x1F, "try_table", ImmediateKind.TRY_TABLE, null, 0),
    LOCAL_GET(0, 0x20, "local.get", ImmediateKind.LOCAL, null, 0),
    LOCAL_SET(0, 0x21, "local.set", ImmediateKind.LOCAL, null, 0),
    LOCAL_TEE(0, 0x22, "local.tee", ImmediateKind.LOCAL, null, 0),
    GLOBAL_GET(0, 0x23, "global.get", ImmediateKind.GLOBAL, null, 0),
    GLOBAL_SET(0, 0x24, "global.set", ImmediateKind.GLOBAL, null, 0),
    TABLE_GET(0, 0x25, "table.get", ImmediateKind.TABLE, null, 0),
    TABLE_SET(0, 0x26, "table.set", ImmediateKind.TABLE, null, 0),
    I32_LOAD(0, 0x28, "i32.load", ImmediateKind.MEMARG, "a:i", 4),
    I64_LOAD(0, 0x29, "i64.load", ImmediateKind.MEMARG, "a:l", 8),
    F32_LOAD(0, 0x2A, "f32.load", ImmediateKind.MEMARG, "a:f", 4),
    F64_LOAD(0, 0x2B, "f64.load", ImmediateKind.MEMARG, "a:d", 8),
    I32_LOAD8_S(0, 0x2C, "i32.load8_s", ImmediateKind.MEMARG, "a:i", 1),
    I32_LOAD8_U(0, 0x2D, "i32.load8_u", ImmediateKind.MEMARG, "a:i", 1),
    I32_LOAD16_S(0, 0x2E, "i32.load16_s", ImmediateKind.MEMARG, "a:i", 2),
    I32_LOAD16_U(0, 0x2F, "i32.load16_u", ImmediateKind.MEMARG, "a:i", 2),
    I64_LOAD8_S(0, 0x30, "i64.load8_s", ImmediateKind.MEMARG, "a:l", 1),
    I64_LOAD8_U(0, 0x31, "i64.load8_u", ImmediateKind.MEMARG, "a:l", 1),
    I64_LOAD16_S(0, 0x32, "i64.load16_s", ImmediateKind.MEMARG, "a:l", 2),
    I64_LOAD16_U(0, 0x33, "i64.load16_u", ImmediateKind.MEMARG, "a:l", 2),
    I64_LOAD32_S(0, 0x34, "i64.load32_s", ImmediateKind.MEMARG, "a:l", 4),
    I64_LOAD32_U(0, 0x35, "i64.load32_u", ImmediateKind.MEMARG, "a:l", 4),
    I32_STORE(0, 0x36, "i32.store", ImmediateKind.MEMARG, "ai:", 4),
    I64_STORE(0, 0x37, "i64.store", ImmediateKind.MEMARG, "al:", 8),
    F32_STORE(0, 0x38, "f32.store", ImmediateKind.MEMARG, "af:", 4),
    F64_STORE(0, 0x39, "f64.store", ImmediateKind.MEMARG, "ad:", 8),
    I32_STORE8(0, 0x3A, "i32.store8", ImmediateKind.MEMARG, "ai:", 1),
    I32_STORE16(0, 0x3B, "i32.store16", ImmediateKind.MEMARG, "ai:", 2),
    I64_STORE8(0, 0x3C, "i64.store8", ImmediateKind.MEMARG, "al:", 1),
    I64_STORE16(0, 0x3D, "i64.store16", ImmediateKind.MEMARG, "al:", 2),
    I64_STORE32(0, 0x3E, "i64.store32", ImmediateKind.MEMARG, "al:", 4),
    MEMORY_SIZE(0, 0x3F, "memory.size", ImmediateKind.MEMORY, null, 0),
    MEMORY_GROW(0, 0x40, "memory.grow", ImmediateKind.MEMORY, null, 0),
    I32_CONST(0, 0x41, "i32.const", ImmediateKind.I32, ":i", 0),
    I64_CONST(0, 0x42, "i64.const", ImmediateKind.I64, ":l", 0),
    F32_CONST(0, 0x43, "f32.const", ImmediateKind.F32, ":f", 0),
    F64_CONST(0, 0x44, "f64.const", ImmediateKind.F64, ":d", 0),
    I32_EQZ(0, 0x45, "i32.eqz", ImmediateKind.NONE, "i:i", 0),
    I32_EQ(0, 0x46, "i32.eq", ImmediateKind.NONE, "ii:i", 0),
    I32_NE(0, 0x47, "i32.ne", ImmediateKind.NONE, "ii:i", 0),
    I32_LT_S(0, 0x48, "i32.lt_s", ImmediateKind.NONE, "ii:i", 0),
    I32_LT_U(0, 0x49, "i32.lt_u", ImmediateKind.NONE, "ii:i", 0),
    I32_GT_S(0, 0x4A, "i32.gt_s", ImmediateKind.NONE, "ii:i", 0),
    I32_GT_U(0, 0x4B, "i32.gt_u", ImmediateKind.NONE, "ii:i", 0),
    I32_LE_S(0, 0x4C, "i32.le_s", ImmediateKind.NONE, "ii:i", 0),
    I32_LE_U(0, 0x4D, "i32.le_u", ImmediateKind.NONE, "ii:i", 0),
    I32_GE_S(0, 0x4E, "i32.ge_s", ImmediateKind.NONE, "ii:i", 0),
    I32_GE_U(0, 0x4F, "i32.ge_u", ImmediateKind.NONE, "ii:i", 0),
    I64_EQZ(0, 0x50, "i64.eqz", ImmediateKind.NONE, "l:i", 0),
    I64_EQ(0, 0x51, "i64.eq", ImmediateKind.NONE, "ll:i", 0),
    I64_NE(0, 0x52, "i64.ne", ImmediateKind.NONE, "ll:i", 0),
    I64_LT_S(0, 0x53, "i64.lt_s", ImmediateKind.NONE, "ll:i", 0),
    I64_LT_U(0, 0x54, "i64.lt_u", ImmediateKind.NONE, "ll:i", 0),
    I64_GT_S(0, 0x55, "i64.gt_s", ImmediateKind.NONE, "ll:i", 0),
    I64_GT_U(0, 0x56, "i64.gt_u", ImmediateKind.NONE, "ll:i", 0),
    I64_LE_S(0, 0x57, "i64.le_s", ImmediateKind.NONE, "ll:i", 0),
    I64_LE_U(0, 0x58, "i64.le_u", ImmediateKind.NONE, "ll:i", 0),
    I64_GE_S(0, 0x59, "i64.ge_s", ImmediateKind.NONE, "ll:i", 0),
    I64_GE_U(0, 0x5A, "i64.ge_u", ImmediateKind.NONE, "ll:i", 0),
    F32_EQ(0, 0x5B, "f32.eq", ImmediateKind.NONE, "ff:i", 0),
    F32_NE(0, 0x5C, "f32.ne", ImmediateKind.NONE, "ff:i", 0),
    F32_LT(0, 0x5D, "f32.lt", ImmediateKind.NONE, "ff:i", 0),
    F32_GT(0, 0x5E, "f32.gt", ImmediateKind.NONE, "ff:i", 0),
    F32_LE(0, 0x5F, "f32.le", ImmediateKind.NONE, "ff:i", 0),
    F32_GE(0, 0x60, "f32.ge", ImmediateKind.NONE, "ff:i", 0),
    F64_EQ(0, 0x61, "f64.eq", ImmediateKind.NONE, "dd:i", 0),
    F64_NE(0, 0x62, "f64.ne", ImmediateKind.NONE, "dd:i", 0),
    F64_LT(0, 0x63, "f64.lt", ImmediateKind.NONE, "dd:i", 0),
    F64_GT(0, 0x64, "f64.gt", ImmediateKind.NONE, "dd:i", 0),
    F64_LE(0, 0x65, "f64.le", ImmediateKind.NONE, "dd:i", 0),
    F64_GE(0, 0x66, "f64.ge", ImmediateKind.NONE, "dd:i", 0),
    I32_CLZ(0, 0x67, "i32.clz", ImmediateKind.NONE, "i:i", 0),
    I32_CTZ(0, 0x68, "i32.ctz", ImmediateKind.NONE, "i:i", 0),
    I32_POPCNT(0, 0x69, "i32.popcnt", ImmediateKind.NONE, "i:i", 0),
    I32_ADD(0, 0x6A, "i32.add", ImmediateKind.NONE, "ii:i", 0),
    I32_SUB(0, 0x6B, "i32.sub", ImmediateKind.NONE, "ii:i", 0),
    I32_MUL(0, 0x6C, "i32.mul", ImmediateKind.NONE, "ii:i", 0),
    I32_DIV_S(0, 0x6D, "i32.div_s", ImmediateKind.NONE, "ii:i", 0),
    I32_DIV_U(0, 0x6E, "i32.div_u", ImmediateKind.NONE, "ii:i", 0),
    I32_REM_S(0, 0x6F, "i32.rem_s", ImmediateKind.NONE, "ii:i", 0),
    I32_REM_U(0, 0x70, "i32.rem_u", ImmediateKind.NONE, "ii:i", 0),
    I32_AND(0, 0x71, "i32.and", ImmediateKind.NONE, "ii:i", 0),
    I32_OR(0, 0x72, "i32.or", ImmediateKind.NONE, "ii:i", 0),
    I32_XOR(0, 0x73, "i32.xor", ImmediateKind.NONE, "ii:i", 0),
    I32_SHL(0, 0x74, "i32.shl", ImmediateKind.NONE, "ii:i", 0),
    I32_SHR_S(0, 0x75, "i32.shr_s", ImmediateKind.NONE, "ii:i", 0),
    I32_SHR_U(0, 0x76, "i32.shr_u", ImmediateKind.NONE, "ii:i", 0),
    I32_ROTL(0, 0x77, "i32.rotl", ImmediateKind.NONE, "ii:i", 0),
    I32_ROTR(0, 0x78, "i32.rotr", ImmediateKind.NONE, "ii:i", 0),
    I64_CLZ(0, 0x79, "i64.clz", ImmediateKind.NONE, "l:l", 0),
    I64_CTZ(0, 0x7A, "i64.ctz", ImmediateKind.NONE, "l:l", 0),
    I64_POPCNT(0, 0x7B, "i64.popcnt", ImmediateKind.NONE, "l:l", 0),
    I64_ADD(0, 0x7C, "i64.add", ImmediateKind.NONE, "ll:l", 0),
    I64_SUB(0, 0x7D, "i64.sub", ImmediateKind.NONE, "ll:l", 0),
    I64_MUL(0, 0x7E, "i64.mul", ImmediateKind.NONE, "ll:l", 0),
    I64_DIV_S(0, 0x7F, "i64.div_s", ImmediateKind.NONE, "ll:l", 0),
    I64_DIV_U(0, 0x80, "i64.div_u", ImmediateKind.NONE, "ll:l", 0),
    I64_REM_S(0, 0x81, "i64.rem_s", ImmediateKind.NONE, "ll:l", 0),
    I64_REM_U(0, 0x82, "i64.rem_u", ImmediateKind.NONE, "ll:l", 0),
    I64_AND(0, 0x83, "i64.and", ImmediateKind.NONE, "ll:l", 0),
    I64_OR(0, 0x84, "i64.or", ImmediateKind.NONE, "ll:l", 0),
    I64_XOR(0, 0x85, "i64.xor", ImmediateKind.NONE, "ll:l", 0),
    I64_SHL(0, 0x86, "i64.shl", ImmediateKind.NONE, "ll:l", 0),
    I64_SHR_S(0, 0x87, "i64.shr_s", ImmediateKind.NONE, "ll:l", 0),
    I64_SHR_U(0, 0x88, "i64.shr_u", ImmediateKind.NONE, "ll:l", 0),
    I64_ROTL(0, 0x89, "i64.rotl", ImmediateKind.NONE, "ll:l", 0),
    I64_ROTR(0, 0x8A, "i64.rotr", ImmediateKind.NONE, "ll:l", 0),
    F32_ABS(0, 0x8B, "f32.abs", ImmediateKind.NONE, "f:f", 0),
    F32_NEG(0, 0x8C, "f32.neg", ImmediateKind.NONE, "f:f", 0),
    F32_CEIL(0, 0x8D, "f32.ceil", ImmediateKind.NONE, "f:f", 0),
    F32_FLOOR(0, 0x8E, "f32.floor", ImmediateKind.NONE, "f:f", 0),
    F32_TRUNC(0, 0x8F, "f32.trunc", ImmediateKind.NONE, "f:f", 0),
    F32_NEAREST(0, 0x90, "f32.nearest", ImmediateKind.NONE, "f:f", 0),
    F32_SQRT(0, 0x91, "f32.sqrt", ImmediateKind.NONE, "f:f", 0),
    F32_ADD(0, 0x92, "f32.add", ImmediateKind.NONE, "ff:f", 0),
    F32_SUB(0, 0x93, "f32.sub", ImmediateKind.NONE, "ff:f", 0),
    F32_MUL(0, 0x94, "f32.mul", ImmediateKind.NONE, "ff:f", 0),
    F32_DIV(0, 0x95, "f32.div", ImmediateKind.NONE, "ff:f", 0),
    F32_MIN(0, 0x96, "f32.min", ImmediateKind.NONE, "ff:f", 0),
    F32_MAX(0, 0x97, "f32.max", ImmediateKind.NONE, "ff:f", 0),
    F32_COPYSIGN(0, 0x98, "f32.copysign", ImmediateKind.NONE, "ff:f", 0),
    F64_ABS(0, 0x99, "f64.abs", ImmediateKind.NONE, "d:d", 0),
    F64_NEG(0, 0x9A, "f64.neg", ImmediateKind.NONE, "d:d", 0),
    F64_CEIL(0, 0x9B, "f64.ceil", ImmediateKind.NONE, "d:d", 0),
    F64_FLOOR(0, 0x9C, "f64.floor", ImmediateKind.NONE, "d:d", 0),
    F64_TRUNC(0, 0x9D, "f64.trunc", ImmediateKind.NONE, "d:d", 0),
    F64_NEAREST(0, 0x9E, "f64.nearest", ImmediateKind.NONE, "d:d", 0),
    F64_SQRT(0, 0x9F, "f64.sqrt", ImmediateKind.NONE, "d:d", 0),
    F64_ADD(0, 0xA0, "f64.add", ImmediateKind.NONE, "dd:d", 0),
    F64_SUB(0, 0xA1, "f64.sub", ImmediateKind.NONE, "dd:d", 0),
    F64_MUL(0, 0xA2, "f64.mul", ImmediateKind.NONE, "dd:d", 0),
    F64_DIV(0, 0xA3, "f64.div", ImmediateKind.NONE, "dd:d", 0),
    F64_MIN(0, 0xA4, "f64.min", ImmediateKind.NONE, "dd:d", 0),
    F64_MAX(0, 0xA5, "f64.max", ImmediateKind.NONE, "dd:d", 0),
    F64_COPYSIGN(0, 0xA6, "f64.copysign", ImmediateKind.NONE, "dd:d", 0),
    I32_WRAP_I64(0, 0xA7, "i32.wrap_i64", ImmediateKind.NONE, "l:i", 0),
    I32_TRUNC_F32_S(0, 0xA8, "i32.trunc_f32_s", ImmediateKind.NONE, "f:i", 0),
    I32_TRUNC_F32_U(0, 0xA9, "i32.trunc_f32_u", ImmediateKind.NONE, "f:i", 0),
    I32_TRUNC_F64_S(0, 0xAA, "i32.trunc_f64_s", ImmediateKind.NONE, "d:i", 0),
    I32_TRUNC_F64_U(0, 0xAB, "i32.trunc_f64_u", ImmediateKind.NONE, "d:i", 0),
    I64_EXTEND_I32_S(0, 0xAC, "i64.extend_i32_s", ImmediateKind.NONE, "i:l", 0),
    I64_EXTEND_I32_U(0, 0xAD, "i64.extend_i32_u", ImmediateKind.NONE, "i:l", 0),
    I64_TRUNC_F32_S(0, 0xAE, "i64.trunc_f32_s", ImmediateKind.NONE, "f:l", 0),
    I64_TRUNC_F32_U(0, 0xAF, "i64.trunc_f32_u", ImmediateKind.NONE, "f:l", 0),
    I64_TRUNC_F64_S(0, 0xB0, "i64.trunc_f64_s", ImmediateKind.NONE, "d:l", 0),
    I64_TRUNC_F64_U(0, 0xB1, "i64.trunc_f64_u", ImmediateKind.NONE, "d:l", 0),
    F32_CONVERT_I32_S(0, 0xB2, "f32.convert_i32_s", ImmediateKind.NONE, "i:f", 0),
    F32_CONVERT_I32_U(0, 0xB3, "f32.convert_i32_u", ImmediateKind.NONE, "i:f", 0),
    F32_CONVERT_I64_S(0, 0xB4, "f32.convert_i64_s", ImmediateKind.NONE, "l:f", 0),
    F32_CONVERT_I64_U(0, 0xB5, "f32.convert_i64_u", ImmediateKind.NONE, "l:f", 0),
    F32_DEMOTE_F64(0, 0xB6, "f32.demote_f64", ImmediateKind.NONE, "d:f", 0),
    F64_CONVERT_I32_S(0, 0xB7, "f64.convert_i32_s", ImmediateKind.NONE, "i:d", 0),
    F64_CONVERT_I32_U(0, 0xB8, "f64.convert_i32_u", ImmediateKind.NONE, "i:d", 0),
    F64_CONVERT_I64_S(0, 0xB9, "f64.convert_i64_s", ImmediateKind.NONE, "l:d", 0),
    F64_CONVERT_I64_U(0, 0xBA, "f64.convert_i64_u", ImmediateKind.NONE, "l:d", 0),
    F64_PROMOTE_F32(0, 0xBB, "f64.promote_f32", ImmediateKind.NONE, "f:d", 0),
    I32_REINTERPRET_F32(0, 0xBC, "i32.reinterpret_f32", ImmediateKind.NONE, "f:i", 0),
    I64_REINTERPRET_F64(0, 0xBD, "i64.reinterpret_f64", ImmediateKind.NONE, "d:l", 0),
    F32_REINTERPRET_I32(0, 0xBE, "f32.reinterpret_i32", ImmediateKind.NONE, "i:f", 0),
    F64_REINTERPRET_I64(0, 0xBF, "f64.reinterpret_i64", ImmediateKind.NONE, "l:d", 0),
    I32_EXTEND8_S(0, 0xC0, "i32.extend8_s", ImmediateKind.NONE, "i:i", 0),
    I32_EXTEND16_S(0, 0xC1, "i32.extend16_s", ImmediateKind.NONE, "i:i", 0),
    I64_EXTEND8_S(0, 0xC2, "i64.extend8_s", ImmediateKind.NONE, "l:l", 0),
    I64_EXTEND16_S(0, 0xC3, "i64.extend16_s", ImmediateKind.NONE, "l:l", 0),
    I64_EXTEND32_S(0, 0xC4, "i64.extend32_s", ImmediateKind.NONE, "l:l", 0),
    REF_NULL(0, 0xD0, "ref.null", ImmediateKind.HEAP_TYPE, null, 0),
    REF_IS_NULL(0, 0xD1, "ref.is_null", ImmediateKind.NONE, null, 0),
    REF_FUNC(0, 0xD2, "ref.func", ImmediateKind.FUNC, null, 0),
    REF_EQ(0, 0xD3, "ref.eq", ImmediateKind.NONE, null, 0),
    REF_AS_NON_NULL(0, 0xD4, "ref.as_non_null", ImmediateKind.NONE, null, 0),
    BR_ON_NULL(0, 0xD5, "br_on_null", ImmediateKind.LABEL, null, 0),
    BR_ON_NON_NULL(0, 0xD6, "br_on_non_null", ImmediateKind.LABEL, null, 0),
    STRUCT_NEW(0xFB, 0x00, "struct.new", ImmediateKind.TYPE, null, 0),
    STRUCT_NEW_DEFAULT(0xFB, 0x01, "struct.new_default", ImmediateKind.TYPE, null, 0),
    STRUCT_GET(0xFB, 0x02, "struct.get", ImmediateKind.TYPE_FIELD, null, 0),
    STRUCT_GET_S(0xFB, 0x03, "struct.get_s", ImmediateKind.TYPE_FIELD, null, 0),
    STRUCT_GET_U(0xFB, 0x04, "struct.get_u", ImmediateKind.TYPE_FIELD, null, 0),
    STRUCT_SET(0xFB, 0x05, "struct.set", ImmediateKind.TYPE_FIELD, null, 0),
    ARRAY_NEW(0xFB, 0x06, "array.new", ImmediateKind.TYPE, null, 0),
    ARRAY_NEW_DEFAULT(0xFB, 0x07, "array.new_default", ImmediateKind.TYPE, null, 0),
    ARRAY_NEW_FIXED(0xFB, 0x08, "array.new_fixed", ImmediateKind.TYPE_SIZE, null, 0),
    ARRAY_NEW_DATA(0xFB, 0x09, "array.new_data", ImmediateKind.TYPE_DATA, null, 0),
    ARRAY_NEW_ELEM(0xFB, 0x0A, "array.new_elem", ImmediateKind.TYPE_ELEM, null, 0),
    ARRAY_GET(0xFB, 0x0B, "array.get", ImmediateKind.TYPE, null, 0),
    ARRAY_GET_S(0xFB, 0x0C, "array.get_s", ImmediateKind.TYPE, null, 0),
    ARRAY_GET_U(0xFB, 0x0D, "array.get_u", ImmediateKind.TYPE, null, 0),
    ARRAY_SET(0xFB, 0x0E, "array.set", ImmediateKind.TYPE, null, 0),
    ARRAY_LEN(0xFB, 0x0F, "array.len", ImmediateKind.NONE, null, 0),
    ARRAY_FILL(0xFB, 0x10, "array.fill", ImmediateKind.TYPE, null, 0),
    ARRAY_COPY(0xFB, 0x11, "array.copy", ImmediateKind.TYPE_TYPE, null, 0),
    ARRAY_INIT_DATA(0xFB, 0x12, "array.init_data", ImmediateKind.TYPE_DATA, null, 0),
    ARRAY_INIT_ELEM(0xFB, 0x13, "array.init_elem", ImmediateKind.TYPE_ELEM, null, 0),
    REF_TEST(0xFB, 0x14, "ref.test", ImmediateKind.HEAP_TYPE, null, 0),
    REF_TEST_NULL(0xFB, 0x15, "ref.test", ImmediateKind.HEAP_TYPE, null, 0),
    REF_CAST(0xFB, 0x16, "ref.cast", ImmediateKind.HEAP_TYPE, null, 0),
    REF_CAST_NULL(0xFB, 0x17, "ref.cast", ImmediateKind.HEAP_TYPE, null, 0),
    BR_ON_CAST(0xFB, 0x18, "br_on_cast", ImmediateKind.BR_ON_CAST, null, 0),
    BR_ON_CAST_FAIL(0xFB, 0x19, "br_on_cast_fail", ImmediateKind.BR_ON_CAST, null, 0),
    ANY_CONVERT_EXTERN(0xFB, 0x1A, "any.convert_extern", ImmediateKind.NONE, null, 0),
    EXTERN_CONVERT_ANY(0xFB, 0x1B, "extern.convert_any", ImmediateKind.NONE, null, 0),
    REF_I31(0xFB, 0x1C, "ref.i31", ImmediateKind.NONE, null, 0),
    I31_GET_S(0xFB, 0x1D, "i31.get_s", ImmediateKind.NONE, null, 0),
    I31_GET_U(0xFB, 0x1E, "i31.get_u", ImmediateKind.NONE, null, 0),
    I32_TRUNC_SAT_F32_S(0xFC, 0x00, "i32.trunc_sat_f32_s", ImmediateKind.NONE, "f:i", 0),
    I32_TRUNC_SAT_F32_U(0xFC, 0x01, "i32.trunc_sat_f32_u", ImmediateKind.NONE, "f:i", 0),
    I32_TRUNC_SAT_F64_S(0xFC, 0x02, "i32.trunc_sat_f64_s", ImmediateKind.NONE, "d:i", 0),
    I32_TRUNC_SAT_F64_U(0xFC, 0x03, "i32.trunc_sat_f64_u", ImmediateKind.NONE, "d:i", 0),
    I64_TRUNC_SAT_F32_S(0xFC, 0x04, "i64.trunc_sat_f32_s", ImmediateKind.NONE, "f:l", 0),
    I64_TRUNC_SAT_F32_U(0xFC, 0x05, "i64.trunc_sat_f32_u", ImmediateKind.NONE, "f:l", 0),
    I64_TRUNC_SAT_F64_S(0xFC, 0x06, "i64.trunc_sat_f64_s", ImmediateKind.NONE, "d:l", 0),
    I64_TRUNC_SAT_F64_U(0xFC, 0x07, "i64.trunc_sat_f64_u", ImmediateKind.NONE, "d:l", 0),
    MEMORY_INIT(0xFC, 0x08, "memory.init", ImmediateKind.DATA_MEMORY, null, 0),
    DATA_DROP(0xFC, 0x09, "data.drop", ImmediateKind.DATA, null, 0),
    MEMORY_COPY(0xFC, 0x0A, "memory.copy", ImmediateKind.MEMORY_MEMORY, null, 0),
    MEMORY_FILL(0xFC, 0x0B, "memory.fill", ImmediateKind.MEMORY, null, 0),
    TABLE_INIT(0xFC, 0x0C, "table.init", ImmediateKind.ELEM_TABLE, null, 0),
    ELEM_DROP(0xFC, 0x0D, "elem.drop", ImmediateKind.ELEM, null, 0),
    TABLE_COPY(0xFC, 0x0E, "table.copy", ImmediateKind.TABLE_TABLE, null, 0),
    TABLE_GROW(0xFC, 0x0F, "table.grow", ImmediateKind.TABLE, null, 0),
    TABLE_SIZE(0xFC, 0x10, "table.size", ImmediateKind.TABLE, null, 0),
    TABLE_FILL(0xFC, 0x11, "table.fill", ImmediateKind.TABLE, null, 0),
    I64_ADD128(0xFC, 0x13, "i64.add128", ImmediateKind.NONE, "llll:ll", 0),
    I64_SUB128(0xFC, 0x14, "i64.sub128", ImmediateKind.NONE, "llll:ll", 0),
    I64_MUL_WIDE_S(0xFC, 0x15, "i64.mul_wide_s", ImmediateKind.NONE, "ll:ll", 0),
    I64_MUL_WIDE_U(0xFC, 0x16, "i64.mul_wide_u", ImmediateKind.NONE, "ll:ll", 0),
    V128_LOAD(0xFD, 0x00, "v128.load", ImmediateKind.MEMARG, "a:v", 16),
    V128_LOAD8X8_S(0xFD, 0x01, "v128.load8x8_s", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD8X8_U(0xFD, 0x02, "v128.load8x8_u", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD16X4_S(0xFD, 0x03, "v128.load16x4_s", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD16X4_U(0xFD, 0x04, "v128.load16x4_u", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD32X2_S(0xFD, 0x05, "v128.load32x2_s", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD32X2_U(0xFD, 0x06, "v128.load32x2_u", ImmediateKind.MEMARG, "a:v", 8),
    V128_LOAD8_SPLAT(0xFD, 0x07, "v128.load8_splat", ImmediateKind.MEMARG, "a:v", 1),
    V128_LOAD16_SPLAT(0xFD, 0x08, "v128.load16_splat", ImmediateKind.MEMARG, "a:v", 2),
    V128_LOAD32_SPLAT(0xFD, 0x09, "v128.load32_splat", ImmediateKind.MEMARG, "a:v", 4),
    V128_LOAD64_SPLAT(0xFD, 0x0A, "v128.load64_splat", ImmediateKind.MEMARG, "a:v", 8),
    V128_STORE(0xFD, 0x0B, "v128.store", ImmediateKind.MEMARG, "av:", 16),
    V128_CONST(0xFD, 0x0C, "v128.const", ImmediateKind.V128, ":v", 0),
    I8X16_SHUFFLE(0xFD, 0x0D, "i8x16.shuffle", ImmediateKind.SHUFFLE, "vv:v", 0),
    I8X16_SWIZZLE(0xFD, 0x0E, "i8x16.swizzle", ImmediateKind.NONE, "vv:v", 0),
    I8X16_SPLAT(0xFD, 0x0F, "i8x16.splat", ImmediateKind.NONE, "i:v", 0),
    I16X8_SPLAT(0xFD, 0x10, "i16x8.splat", ImmediateKind.NONE, "i:v", 0),
    I32X4_SPLAT(0xFD, 0x11, "i32x4.splat", ImmediateKind.NONE, "i:v", 0),
    I64X2_SPLAT(0xFD, 0x12, "i64x2.splat", ImmediateKind.NONE, "l:v", 0),
    F32X4_SPLAT(0xFD, 0x13, "f32x4.splat", ImmediateKind.NONE, "f:v", 0),
    F64X2_SPLAT(0xFD, 0x14, "f64x2.splat", ImmediateKind.NONE, "d:v", 0),
    I8X16_EXTRACT_LANE_S(0xFD, 0x15, "i8x16.extract_lane_s", ImmediateKind.LANE, "v:i", 0),
    I8X16_EXTRACT_LANE_U(0xFD, 0x16, "i8x16.extract_lane_u", ImmediateKind.LANE, "v:i", 0),
    I8X16_REPLACE_LANE(0xFD, 0x17, "i8x16.replace_lane", ImmediateKind.LANE, "vi:v", 0),
    I16X8_EXTRACT_LANE_S(0xFD, 0x18, "i16x8.extract_lane_s", ImmediateKind.LANE, "v:i", 0),
    I16X8_EXTRACT_LANE_U(0xFD, 0x19, "i16x8.extract_lane_u", ImmediateKind.LANE, "v:i", 0),
    I16X8_REPLACE_LANE(0xFD, 0x1A, "i16x8.replace_lane", ImmediateKind.LANE, "vi:v", 0),
    I32X4_EXTRACT_LANE(0xFD, 0x1B, "i32x4.extract_lane", ImmediateKind.LANE, "v:i", 0),
    I32X4_REPLACE_LANE(0xFD, 0x1C, "i32x4.replace_lane", ImmediateKind.LANE, "vi:v", 0),
    I64X2_EXTRACT_LANE(0xFD, 0x1D, "i64x2.extract_lane", ImmediateKind.LANE, "v:l", 0),
    I64X2_REPLACE_LANE(0xFD, 0x1E, "i64x2.replace_lane", ImmediateKind.LANE, "vl:v", 0),
    F32X4_EXTRACT_LANE(0xFD, 0x1F, "f32x4.extract_lane", ImmediateKind.LANE, "v:f", 0),
    F32X4_REPLACE_LANE(0xFD, 0x20, "f32x4.replace_lane", ImmediateKind.LANE, "vf:v", 0),
    F64X2_EXTRACT_LANE(0xFD, 0x21, "f64x2.extract_lane", ImmediateKind.LANE, "v:d", 0),
    F64X2_REPLACE_LANE(0xFD, 0x22, "f64x2.replace_lane", ImmediateKind.LANE, "vd:v", 0),
    I8X16_EQ(0xFD, 0x23, "i8x16.eq", ImmediateKind.NONE, "vv:v", 0),
    I8X16_NE(0xFD, 0x24, "i8x16.ne", ImmediateKind.NONE, "vv:v", 0),
    I8X16_LT_S(0xFD, 0x25, "i8x16.lt_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_LT_U(0xFD, 0x26, "i8x16.lt_u", ImmediateKind.NONE, "vv:v", 0),
    I8X16_GT_S(0xFD, 0x27, "i8x16.gt_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_GT_U(0xFD, 0x28, "i8x16.gt_u", ImmediateKind.NONE, "vv:v", 0),
    I8X16_LE_S(0xFD, 0x29, "i8x16.le_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_LE_U(0xFD, 0x2A, "i8x16.le_u", ImmediateKind.NONE, "vv:v", 0),
    I8X16_GE_S(0xFD, 0x2B, "i8x16.ge_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_GE_U(0xFD, 0x2C, "i8x16.ge_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EQ(0xFD, 0x2D, "i16x8.eq", ImmediateKind.NONE, "vv:v", 0),
    I16X8_NE(0xFD, 0x2E, "i16x8.ne", ImmediateKind.NONE, "vv:v", 0),
    I16X8_LT_S(0xFD, 0x2F, "i16x8.lt_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_LT_U(0xFD, 0x30, "i16x8.lt_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_GT_S(0xFD, 0x31, "i16x8.gt_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_GT_U(0xFD, 0x32, "i16x8.gt_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_LE_S(0xFD, 0x33, "i16x8.le_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_LE_U(0xFD, 0x34, "i16x8.le_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_GE_S(0xFD, 0x35, "i16x8.ge_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_GE_U(0xFD, 0x36, "i16x8.ge_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_EQ(0xFD, 0x37, "i32x4.eq", ImmediateKind.NONE, "vv:v", 0),
    I32X4_NE(0xFD, 0x38, "i32x4.ne", ImmediateKind.NONE, "vv:v", 0),
    I32X4_LT_S(0xFD, 0x39, "i32x4.lt_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_LT_U(0xFD, 0x3A, "i32x4.lt_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_GT_S(0xFD, 0x3B, "i32x4.gt_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_GT_U(0xFD, 0x3C, "i32x4.gt_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_LE_S(0xFD, 0x3D, "i32x4.le_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_LE_U(0xFD, 0x3E, "i32x4.le_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_GE_S(0xFD, 0x3F, "i32x4.ge_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_GE_U(0xFD, 0x40, "i32x4.ge_u", ImmediateKind.NONE, "vv:v", 0),
    F32X4_EQ(0xFD, 0x41, "f32x4.eq", ImmediateKind.NONE, "vv:v", 0),
    F32X4_NE(0xFD, 0x42, "f32x4.ne", ImmediateKind.NONE, "vv:v", 0),
    F32X4_LT(0xFD, 0x43, "f32x4.lt", ImmediateKind.NONE, "vv:v", 0),
    F32X4_GT(0xFD, 0x44, "f32x4.gt", ImmediateKind.NONE, "vv:v", 0),
    F32X4_LE(0xFD, 0x45, "f32x4.le", ImmediateKind.NONE, "vv:v", 0),
    F32X4_GE(0xFD, 0x46, "f32x4.ge", ImmediateKind.NONE, "vv:v", 0),
    F64X2_EQ(0xFD, 0x47, "f64x2.eq", ImmediateKind.NONE, "vv:v", 0),
    F64X2_NE(0xFD, 0x48, "f64x2.ne", ImmediateKind.NONE, "vv:v", 0),
    F64X2_LT(0xFD, 0x49, "f64x2.lt", ImmediateKind.NONE, "vv:v", 0),
    F64X2_GT(0xFD, 0x4A, "f64x2.gt", ImmediateKind.NONE, "vv:v", 0),
    F64X2_LE(0xFD, 0x4B, "f64x2.le", ImmediateKind.NONE, "vv:v", 0),
    F64X2_GE(0xFD, 0x4C, "f64x2.ge", ImmediateKind.NONE, "vv:v", 0),
    V128_NOT(0xFD, 0x4D, "v128.not", ImmediateKind.NONE, "v:v", 0),
    V128_AND(0xFD, 0x4E, "v128.and", ImmediateKind.NONE, "vv:v", 0),
    V128_ANDNOT(0xFD, 0x4F, "v128.andnot", ImmediateKind.NONE, "vv:v", 0),
    V128_OR(0xFD, 0x50, "v128.or", ImmediateKind.NONE, "vv:v", 0),
    V128_XOR(0xFD, 0x51, "v128.xor", ImmediateKind.NONE, "vv:v", 0),
    V128_BITSELECT(0xFD, 0x52, "v128.bitselect", ImmediateKind.NONE, "vvv:v", 0),
    V128_ANY_TRUE(0xFD, 0x53, "v128.any_true", ImmediateKind.NONE, "v:i", 0),
    V128_LOAD8_LANE(0xFD, 0x54, "v128.load8_lane", ImmediateKind.MEMARG_LANE, "av:v", 1),
    V128_LOAD16_LANE(0xFD, 0x55, "v128.load16_lane", ImmediateKind.MEMARG_LANE, "av:v", 2),
    V128_LOAD32_LANE(0xFD, 0x56, "v128.load32_lane", ImmediateKind.MEMARG_LANE, "av:v", 4),
    V128_LOAD64_LANE(0xFD, 0x57, "v128.load64_lane", ImmediateKind.MEMARG_LANE, "av:v", 8),
    V128_STORE8_LANE(0xFD, 0x58, "v128.store8_lane", ImmediateKind.MEMARG_LANE, "av:", 1),
    V128_STORE16_LANE(0xFD, 0x59, "v128.store16_lane", ImmediateKind.MEMARG_LANE, "av:", 2),
    V128_STORE32_LANE(0xFD, 0x5A, "v128.store32_lane", ImmediateKind.MEMARG_LANE, "av:", 4),
    V128_STORE64_LANE(0xFD, 0x5B, "v128.store64_lane", ImmediateKind.MEMARG_LANE, "av:", 8),
    V128_LOAD32_ZERO(0xFD, 0x5C, "v128.load32_zero", ImmediateKind.MEMARG, "a:v", 4),
    V128_LOAD64_ZERO(0xFD, 0x5D, "v128.load64_zero", ImmediateKind.MEMARG, "a:v", 8),
    F32X4_DEMOTE_F64X2_ZERO(0xFD, 0x5E, "f32x4.demote_f64x2_zero", ImmediateKind.NONE, "v:v", 0),
    F64X2_PROMOTE_LOW_F32X4(0xFD, 0x5F, "f64x2.promote_low_f32x4", ImmediateKind.NONE, "v:v", 0),
    I8X16_ABS(0xFD, 0x60, "i8x16.abs", ImmediateKind.NONE, "v:v", 0),
    I8X16_NEG(0xFD, 0x61, "i8x16.neg", ImmediateKind.NONE, "v:v", 0),
    I8X16_POPCNT(0xFD, 0x62, "i8x16.popcnt", ImmediateKind.NONE, "v:v", 0),
    I8X16_ALL_TRUE(0xFD, 0x63, "i8x16.all_true", ImmediateKind.NONE, "v:i", 0),
    I8X16_BITMASK(0xFD, 0x64, "i8x16.bitmask", ImmediateKind.NONE, "v:i", 0),
    I8X16_NARROW_I16X8_S(0xFD, 0x65, "i8x16.narrow_i16x8_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_NARROW_I16X8_U(0xFD, 0x66, "i8x16.narrow_i16x8_u", ImmediateKind.NONE, "vv:v", 0),
    F32X4_CEIL(0xFD, 0x67, "f32x4.ceil", ImmediateKind.NONE, "v:v", 0),
    F32X4_FLOOR(0xFD, 0x68, "f32x4.floor", ImmediateKind.NONE, "v:v", 0),
    F32X4_TRUNC(0xFD, 0x69, "f32x4.trunc", ImmediateKind.NONE, "v:v", 0),
    F32X4_NEAREST(0xFD, 0x6A, "f32x4.nearest", ImmediateKind.NONE, "v:v", 0),
    I8X16_SHL(0xFD, 0x6B, "i8x16.shl", ImmediateKind.NONE, "vi:v", 0),
    I8X16_SHR_S(0xFD, 0x6C, "i8x16.shr_s", ImmediateKind.NONE, "vi:v", 0),
    I8X16_SHR_U(0xFD, 0x6D, "i8x16.shr_u", ImmediateKind.NONE, "vi:v", 0),
    I8X16_ADD(0xFD, 0x6E, "i8x16.add", ImmediateKind.NONE, "vv:v", 0),
    I8X16_ADD_SAT_S(0xFD, 0x6F, "i8x16.add_sat_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_ADD_SAT_U(0xFD, 0x70, "i8x16.add_sat_u", ImmediateKind.NONE, "vv:v", 0),
    I8X16_SUB(0xFD, 0x71, "i8x16.sub", ImmediateKind.NONE, "vv:v", 0),
    I8X16_SUB_SAT_S(0xFD, 0x72, "i8x16.sub_sat_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_SUB_SAT_U(0xFD, 0x73, "i8x16.sub_sat_u", ImmediateKind.NONE, "vv:v", 0),
    F64X2_CEIL(0xFD, 0x74, "f64x2.ceil", ImmediateKind.NONE, "v:v", 0),
    F64X2_FLOOR(0xFD, 0x75, "f64x2.floor", ImmediateKind.NONE, "v:v", 0),
    I8X16_MIN_S(0xFD, 0x76, "i8x16.min_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_MIN_U(0xFD, 0x77, "i8x16.min_u", ImmediateKind.NONE, "vv:v", 0),
    I8X16_MAX_S(0xFD, 0x78, "i8x16.max_s", ImmediateKind.NONE, "vv:v", 0),
    I8X16_MAX_U(0xFD, 0x79, "i8x16.max_u", ImmediateKind.NONE, "vv:v", 0),
    F64X2_TRUNC(0xFD, 0x7A, "f64x2.trunc", ImmediateKind.NONE, "v:v", 0),
    I8X16_AVGR_U(0xFD, 0x7B, "i8x16.avgr_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTADD_PAIRWISE_I8X16_S(0xFD, 0x7C, "i16x8.extadd_pairwise_i8x16_s", ImmediateKind.NONE, "v:v", 0),
    I16X8_EXTADD_PAIRWISE_I8X16_U(0xFD, 0x7D, "i16x8.extadd_pairwise_i8x16_u", ImmediateKind.NONE, "v:v", 0),
    I32X4_EXTADD_PAIRWISE_I16X8_S(0xFD, 0x7E, "i32x4.extadd_pairwise_i16x8_s", ImmediateKind.NONE, "v:v", 0),
    I32X4_EXTADD_PAIRWISE_I16X8_U(0xFD, 0x7F, "i32x4.extadd_pairwise_i16x8_u", ImmediateKind.NONE, "v:v", 0),
    I16X8_ABS(0xFD, 0x80, "i16x8.abs", ImmediateKind.NONE, "v:v", 0),
    I16X8_NEG(0xFD, 0x81, "i16x8.neg", ImmediateKind.NONE, "v:v", 0),
    I16X8_Q15MULR_SAT_S(0xFD, 0x82, "i16x8.q15mulr_sat_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_ALL_TRUE(0xFD, 0x83, "i16x8.all_true", ImmediateKind.NONE, "v:i", 0),
    I16X8_BITMASK(0xFD, 0x84, "i16x8.bitmask", ImmediateKind.NONE, "v:i", 0),
    I16X8_NARROW_I32X4_S(0xFD, 0x85, "i16x8.narrow_i32x4_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_NARROW_I32X4_U(0xFD, 0x86, "i16x8.narrow_i32x4_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTEND_LOW_I8X16_S(0xFD, 0x87, "i16x8.extend_low_i8x16_s", ImmediateKind.NONE, "v:v", 0),
    I16X8_EXTEND_HIGH_I8X16_S(0xFD, 0x88, "i16x8.extend_high_i8x16_s", ImmediateKind.NONE, "v:v", 0),
    I16X8_EXTEND_LOW_I8X16_U(0xFD, 0x89, "i16x8.extend_low_i8x16_u", ImmediateKind.NONE, "v:v", 0),
    I16X8_EXTEND_HIGH_I8X16_U(0xFD, 0x8A, "i16x8.extend_high_i8x16_u", ImmediateKind.NONE, "v:v", 0),
    I16X8_SHL(0xFD, 0x8B, "i16x8.shl", ImmediateKind.NONE, "vi:v", 0),
    I16X8_SHR_S(0xFD, 0x8C, "i16x8.shr_s", ImmediateKind.NONE, "vi:v", 0),
    I16X8_SHR_U(0xFD, 0x8D, "i16x8.shr_u", ImmediateKind.NONE, "vi:v", 0),
    I16X8_ADD(0xFD, 0x8E, "i16x8.add", ImmediateKind.NONE, "vv:v", 0),
    I16X8_ADD_SAT_S(0xFD, 0x8F, "i16x8.add_sat_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_ADD_SAT_U(0xFD, 0x90, "i16x8.add_sat_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_SUB(0xFD, 0x91, "i16x8.sub", ImmediateKind.NONE, "vv:v", 0),
    I16X8_SUB_SAT_S(0xFD, 0x92, "i16x8.sub_sat_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_SUB_SAT_U(0xFD, 0x93, "i16x8.sub_sat_u", ImmediateKind.NONE, "vv:v", 0),
    F64X2_NEAREST(0xFD, 0x94, "f64x2.nearest", ImmediateKind.NONE, "v:v", 0),
    I16X8_MUL(0xFD, 0x95, "i16x8.mul", ImmediateKind.NONE, "vv:v", 0),
    I16X8_MIN_S(0xFD, 0x96, "i16x8.min_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_MIN_U(0xFD, 0x97, "i16x8.min_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_MAX_S(0xFD, 0x98, "i16x8.max_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_MAX_U(0xFD, 0x99, "i16x8.max_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_AVGR_U(0xFD, 0x9B, "i16x8.avgr_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTMUL_LOW_I8X16_S(0xFD, 0x9C, "i16x8.extmul_low_i8x16_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTMUL_HIGH_I8X16_S(0xFD, 0x9D, "i16x8.extmul_high_i8x16_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTMUL_LOW_I8X16_U(0xFD, 0x9E, "i16x8.extmul_low_i8x16_u", ImmediateKind.NONE, "vv:v", 0),
    I16X8_EXTMUL_HIGH_I8X16_U(0xFD, 0x9F, "i16x8.extmul_high_i8x16_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_ABS(0xFD, 0xA0, "i32x4.abs", ImmediateKind.NONE, "v:v", 0),
    I32X4_NEG(0xFD, 0xA1, "i32x4.neg", ImmediateKind.NONE, "v:v", 0),
    I32X4_ALL_TRUE(0xFD, 0xA3, "i32x4.all_true", ImmediateKind.NONE, "v:i", 0),
    I32X4_BITMASK(0xFD, 0xA4, "i32x4.bitmask", ImmediateKind.NONE, "v:i", 0),
    I32X4_EXTEND_LOW_I16X8_S(0xFD, 0xA7, "i32x4.extend_low_i16x8_s", ImmediateKind.NONE, "v:v", 0),
    I32X4_EXTEND_HIGH_I16X8_S(0xFD, 0xA8, "i32x4.extend_high_i16x8_s", ImmediateKind.NONE, "v:v", 0),
    I32X4_EXTEND_LOW_I16X8_U(0xFD, 0xA9, "i32x4.extend_low_i16x8_u", ImmediateKind.NONE, "v:v", 0),
    I32X4_EXTEND_HIGH_I16X8_U(0xFD, 0xAA, "i32x4.extend_high_i16x8_u", ImmediateKind.NONE, "v:v", 0),
    I32X4_SHL(0xFD, 0xAB, "i32x4.shl", ImmediateKind.NONE, "vi:v", 0),
    I32X4_SHR_S(0xFD, 0xAC, "i32x4.shr_s", ImmediateKind.NONE, "vi:v", 0),
    I32X4_SHR_U(0xFD, 0xAD, "i32x4.shr_u", ImmediateKind.NONE, "vi:v", 0),
    I32X4_ADD(0xFD, 0xAE, "i32x4.add", ImmediateKind.NONE, "vv:v", 0),
    I32X4_SUB(0xFD, 0xB1, "i32x4.sub", ImmediateKind.NONE, "vv:v", 0),
    I32X4_MUL(0xFD, 0xB5, "i32x4.mul", ImmediateKind.NONE, "vv:v", 0),
    I32X4_MIN_S(0xFD, 0xB6, "i32x4.min_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_MIN_U(0xFD, 0xB7, "i32x4.min_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_MAX_S(0xFD, 0xB8, "i32x4.max_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_MAX_U(0xFD, 0xB9, "i32x4.max_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_DOT_I16X8_S(0xFD, 0xBA, "i32x4.dot_i16x8_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_EXTMUL_LOW_I16X8_S(0xFD, 0xBC, "i32x4.extmul_low_i16x8_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_EXTMUL_HIGH_I16X8_S(0xFD, 0xBD, "i32x4.extmul_high_i16x8_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_EXTMUL_LOW_I16X8_U(0xFD, 0xBE, "i32x4.extmul_low_i16x8_u", ImmediateKind.NONE, "vv:v", 0),
    I32X4_EXTMUL_HIGH_I16X8_U(0xFD, 0xBF, "i32x4.extmul_high_i16x8_u", ImmediateKind.NONE, "vv:v", 0),
    I64X2_ABS(0xFD, 0xC0, "i64x2.abs", ImmediateKind.NONE, "v:v", 0),
    I64X2_NEG(0xFD, 0xC1, "i64x2.neg", ImmediateKind.NONE, "v:v", 0),
    I64X2_ALL_TRUE(0xFD, 0xC3, "i64x2.all_true", ImmediateKind.NONE, "v:i", 0),
    I64X2_BITMASK(0xFD, 0xC4, "i64x2.bitmask", ImmediateKind.NONE, "v:i", 0),
    I64X2_EXTEND_LOW_I32X4_S(0xFD, 0xC7, "i64x2.extend_low_i32x4_s", ImmediateKind.NONE, "v:v", 0),
    I64X2_EXTEND_HIGH_I32X4_S(0xFD, 0xC8, "i64x2.extend_high_i32x4_s", ImmediateKind.NONE, "v:v", 0),
    I64X2_EXTEND_LOW_I32X4_U(0xFD, 0xC9, "i64x2.extend_low_i32x4_u", ImmediateKind.NONE, "v:v", 0),
    I64X2_EXTEND_HIGH_I32X4_U(0xFD, 0xCA, "i64x2.extend_high_i32x4_u", ImmediateKind.NONE, "v:v", 0),
    I64X2_SHL(0xFD, 0xCB, "i64x2.shl", ImmediateKind.NONE, "vi:v", 0),
    I64X2_SHR_S(0xFD, 0xCC, "i64x2.shr_s", ImmediateKind.NONE, "vi:v", 0),
    I64X2_SHR_U(0xFD, 0xCD, "i64x2.shr_u", ImmediateKind.NONE, "vi:v", 0),
    I64X2_ADD(0xFD, 0xCE, "i64x2.add", ImmediateKind.NONE, "vv:v", 0),
    I64X2_SUB(0xFD, 0xD1, "i64x2.sub", ImmediateKind.NONE, "vv:v", 0),
    I64X2_MUL(0xFD, 0xD5, "i64x2.mul", ImmediateKind.NONE, "vv:v", 0),
    I64X2_EQ(0xFD, 0xD6, "i64x2.eq", ImmediateKind.NONE, "vv:v", 0),
    I64X2_NE(0xFD, 0xD7, "i64x2.ne", ImmediateKind.NONE, "vv:v", 0),
    I64X2_LT_S(0xFD, 0xD8, "i64x2.lt_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_GT_S(0xFD, 0xD9, "i64x2.gt_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_LE_S(0xFD, 0xDA, "i64x2.le_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_GE_S(0xFD, 0xDB, "i64x2.ge_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_EXTMUL_LOW_I32X4_S(0xFD, 0xDC, "i64x2.extmul_low_i32x4_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_EXTMUL_HIGH_I32X4_S(0xFD, 0xDD, "i64x2.extmul_high_i32x4_s", ImmediateKind.NONE, "vv:v", 0),
    I64X2_EXTMUL_LOW_I32X4_U(0xFD, 0xDE, "i64x2.extmul_low_i32x4_u", ImmediateKind.NONE, "vv:v", 0),
    I64X2_EXTMUL_HIGH_I32X4_U(0xFD, 0xDF, "i64x2.extmul_high_i32x4_u", ImmediateKind.NONE, "vv:v", 0),
    F32X4_ABS(0xFD, 0xE0, "f32x4.abs", ImmediateKind.NONE, "v:v", 0),
    F32X4_NEG(0xFD, 0xE1, "f32x4.neg", ImmediateKind.NONE, "v:v", 0),
    F32X4_SQRT(0xFD, 0xE3, "f32x4.sqrt", ImmediateKind.NONE, "v:v", 0),
    F32X4_ADD(0xFD, 0xE4, "f32x4.add", ImmediateKind.NONE, "vv:v", 0),
    F32X4_SUB(0xFD, 0xE5, "f32x4.sub", ImmediateKind.NONE, "vv:v", 0),
    F32X4_MUL(0xFD, 0xE6, "f32x4.mul", ImmediateKind.NONE, "vv:v", 0),
    F32X4_DIV(0xFD, 0xE7, "f32x4.div", ImmediateKind.NONE, "vv:v", 0),
    F32X4_MIN(0xFD, 0xE8, "f32x4.min", ImmediateKind.NONE, "vv:v", 0),
    F32X4_MAX(0xFD, 0xE9, "f32x4.max", ImmediateKind.NONE, "vv:v", 0),
    F32X4_PMIN(0xFD, 0xEA, "f32x4.pmin", ImmediateKind.NONE, "vv:v", 0),
    F32X4_PMAX(0xFD, 0xEB, "f32x4.pmax", ImmediateKind.NONE, "vv:v", 0),
    F64X2_ABS(0xFD, 0xEC, "f64x2.abs", ImmediateKind.NONE, "v:v", 0),
    F64X2_NEG(0xFD, 0xED, "f64x2.neg", ImmediateKind.NONE, "v:v", 0),
    F64X2_SQRT(0xFD, 0xEF, "f64x2.sqrt", ImmediateKind.NONE, "v:v", 0),
    F64X2_ADD(0xFD, 0xF0, "f64x2.add", ImmediateKind.NONE, "vv:v", 0),
    F64X2_SUB(0xFD, 0xF1, "f64x2.sub", ImmediateKind.NONE, "vv:v", 0),
    F64X2_MUL(0xFD, 0xF2, "f64x2.mul", ImmediateKind.NONE, "vv:v", 0),
    F64X2_DIV(0xFD, 0xF3, "f64x2.div", ImmediateKind.NONE, "vv:v", 0),
    F64X2_MIN(0xFD, 0xF4, "f64x2.min", ImmediateKind.NONE, "vv:v", 0),
    F64X2_MAX(0xFD, 0xF5, "f64x2.max", ImmediateKind.NONE, "vv:v", 0),
    F64X2_PMIN(0xFD, 0xF6, "f64x2.pmin", ImmediateKind.NONE, "vv:v", 0),
    F64X2_PMAX(0xFD, 0xF7, "f64x2.pmax", ImmediateKind.NONE, "vv:v", 0),
    I32X4_TRUNC_SAT_F32X4_S(0xFD, 0xF8, "i32x4.trunc_sat_f32x4_s", ImmediateKind.NONE, "v:v", 0),
    I32X4_TRUNC_SAT_F32X4_U(0xFD, 0xF9, "i32x4.trunc_sat_f32x4_u", ImmediateKind.NONE, "v:v", 0),
    F32X4_CONVERT_I32X4_S(0xFD, 0xFA, "f32x4.convert_i32x4_s", ImmediateKind.NONE, "v:v", 0),
    F32X4_CONVERT_I32X4_U(0xFD, 0xFB, "f32x4.convert_i32x4_u", ImmediateKind.NONE, "v:v", 0),
    I32X4_TRUNC_SAT_F64X2_S_ZERO(0xFD, 0xFC, "i32x4.trunc_sat_f64x2_s_zero", ImmediateKind.NONE, "v:v", 0),
    I32X4_TRUNC_SAT_F64X2_U_ZERO(0xFD, 0xFD, "i32x4.trunc_sat_f64x2_u_zero", ImmediateKind.NONE, "v:v", 0),
    F64X2_CONVERT_LOW_I32X4_S(0xFD, 0xFE, "f64x2.convert_low_i32x4_s", ImmediateKind.NONE, "v:v", 0),
    F64X2_CONVERT_LOW_I32X4_U(0xFD, 0xFF, "f64x2.convert_low_i32x4_u", ImmediateKind.NONE, "v:v", 0),
    I8X16_RELAXED_SWIZZLE(0xFD, 0x100, "i8x16.relaxed_swizzle", ImmediateKind.NONE, "vv:v", 0),
    I32X4_RELAXED_TRUNC_F32X4_S(0xFD, 0x101, "i32x4.relaxed_trunc_f32x4_s", ImmediateKind.NONE, "v:v", 0),
    I32X4_RELAXED_TRUNC_F32X4_U(0xFD, 0x102, "i32x4.relaxed_trunc_f32x4_u", ImmediateKind.NONE, "v:v", 0),
    I32X4_RELAXED_TRUNC_F64X2_S_ZERO(0xFD, 0x103, "i32x4.relaxed_trunc_f64x2_s_zero", ImmediateKind.NONE, "v:v", 0),
    I32X4_RELAXED_TRUNC_F64X2_U_ZERO(0xFD, 0x104, "i32x4.relaxed_trunc_f64x2_u_zero", ImmediateKind.NONE, "v:v", 0),
    F32X4_RELAXED_MADD(0xFD, 0x105, "f32x4.relaxed_madd", ImmediateKind.NONE, "vvv:v", 0),
    F32X4_RELAXED_NMADD(0xFD, 0x106, "f32x4.relaxed_nmadd", ImmediateKind.NONE, "vvv:v", 0),
    F64X2_RELAXED_MADD(0xFD, 0x107, "f64x2.relaxed_madd", ImmediateKind.NONE, "vvv:v", 0),
    F64X2_RELAXED_NMADD(0xFD, 0x108, "f64x2.relaxed_nmadd", ImmediateKind.NONE, "vvv:v", 0),
    I8X16_RELAXED_LANESELECT(0xFD, 0x109, "i8x16.relaxed_laneselect", ImmediateKind.NONE, "vvv:v", 0),
    I16X8_RELAXED_LANESELECT(0xFD, 0x10A, "i16x8.relaxed_laneselect", ImmediateKind.NONE, "vvv:v", 0),
    I32X4_RELAXED_LANESELECT(0xFD, 0x10B, "i32x4.relaxed_laneselect", ImmediateKind.NONE, "vvv:v", 0),
    I64X2_RELAXED_LANESELECT(0xFD, 0x10C, "i64x2.relaxed_laneselect", ImmediateKind.NONE, "vvv:v", 0),
    F32X4_RELAXED_MIN(0xFD, 0x10D, "f32x4.relaxed_min", ImmediateKind.NONE, "vv:v", 0),
    F32X4_RELAXED_MAX(0xFD, 0x10E, "f32x4.relaxed_max", ImmediateKind.NONE, "vv:v", 0),
    F64X2_RELAXED_MIN(0xFD, 0x10F, "f64x2.relaxed_min", ImmediateKind.NONE, "vv:v", 0),
    F64X2_RELAXED_MAX(0xFD, 0x110, "f64x2.relaxed_max", ImmediateKind.NONE, "vv:v", 0),
    I16X8_RELAXED_Q15MULR_S(0xFD, 0x111, "i16x8.relaxed_q15mulr_s", ImmediateKind.NONE, "vv:v", 0),
    I16X8_RELAXED_DOT_I8X16_I7X16_S(0xFD, 0x112, "i16x8.relaxed_dot_i8x16_i7x16_s", ImmediateKind.NONE, "vv:v", 0),
    I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S(0xFD, 0x113, "i32x4.relaxed_dot_i8x16_i7x16_add_s", ImmediateKind.NONE, "vvv:v", 0),
    MEMORY_ATOMIC_NOTIFY(0xFE, 0x00, "memory.atomic.notify", ImmediateKind.MEMARG, "ai:i", 4),
    MEMORY_ATOMIC_WAIT32(0xFE, 0x01, "memory.atomic.wait32", ImmediateKind.MEMARG, "ail:i", 4),
    MEMORY_ATOMIC_WAIT64(0xFE, 0x02, "memory.atomic.wait64", ImmediateKind.MEMARG, "all:i", 8),
    ATOMIC_FENCE(0xFE, 0x03, "atomic.fence", ImmediateKind.ZERO_BYTE, ":", 0),
    I32_ATOMIC_LOAD(0xFE, 0x10, "i32.atomic.load", ImmediateKind.MEMARG, "a:i", 4),
    I64_ATOMIC_LOAD(0xFE, 0x11, "i64.atomic.load", ImmediateKind.MEMARG, "a:l", 8),
    I32_ATOMIC_LOAD8_U(0xFE, 0x12, "i32.atomic.load8_u", ImmediateKind.MEMARG, "a:i", 1),
    I32_ATOMIC_LOAD16_U(0xFE, 0x13, "i32.atomic.load16_u", ImmediateKind.MEMARG, "a:i", 2),
    I64_ATOMIC_LOAD8_U(0xFE, 0x14, "i64.atomic.load8_u", ImmediateKind.MEMARG, "a:l", 1),
    I64_ATOMIC_LOAD16_U(0xFE, 0x15, "i64.atomic.load16_u", ImmediateKind.MEMARG, "a:l", 2),
    I64_ATOMIC_LOAD32_U(0xFE, 0x16, "i64.atomic.load32_u", ImmediateKind.MEMARG, "a:l", 4),
    I32_ATOMIC_STORE(0xFE, 0x17, "i32.atomic.store", ImmediateKind.MEMARG, "ai:", 4),
    I64_ATOMIC_STORE(0xFE, 0x18, "i64.atomic.store", ImmediateKind.MEMARG, "al:", 8),
    I32_ATOMIC_STORE8(0xFE, 0x19, "i32.atomic.store8", ImmediateKind.MEMARG, "ai:", 1),
    I32_ATOMIC_STORE16(0xFE, 0x1A, "i32.atomic.store16", ImmediateKind.MEMARG, "ai:", 2),
    I64_ATOMIC_STORE8(0xFE, 0x1B, "i64.atomic.store8", ImmediateKind.MEMARG, "al:", 1),
    I64_ATOMIC_STORE16(0xFE, 0x1C, "i64.atomic.store16", ImmediateKind.MEMARG, "al:", 2),
    I64_ATOMIC_STORE32(0xFE, 0x1D, "i64.atomic.store32", ImmediateKind.MEMARG, "al:", 4),
    I32_ATOMIC_RMW_ADD(0xFE, 0x1E, "i32.atomic.rmw.add", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_ADD(0xFE, 0x1F, "i64.atomic.rmw.add", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_ADD_U(0xFE, 0x20, "i32.atomic.rmw8.add_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_ADD_U(0xFE, 0x21, "i32.atomic.rmw16.add_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_ADD_U(0xFE, 0x22, "i64.atomic.rmw8.add_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_ADD_U(0xFE, 0x23, "i64.atomic.rmw16.add_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_ADD_U(0xFE, 0x24, "i64.atomic.rmw32.add_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_SUB(0xFE, 0x25, "i32.atomic.rmw.sub", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_SUB(0xFE, 0x26, "i64.atomic.rmw.sub", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_SUB_U(0xFE, 0x27, "i32.atomic.rmw8.sub_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_SUB_U(0xFE, 0x28, "i32.atomic.rmw16.sub_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_SUB_U(0xFE, 0x29, "i64.atomic.rmw8.sub_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_SUB_U(0xFE, 0x2A, "i64.atomic.rmw16.sub_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_SUB_U(0xFE, 0x2B, "i64.atomic.rmw32.sub_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_AND(0xFE, 0x2C, "i32.atomic.rmw.and", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_AND(0xFE, 0x2D, "i64.atomic.rmw.and", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_AND_U(0xFE, 0x2E, "i32.atomic.rmw8.and_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_AND_U(0xFE, 0x2F, "i32.atomic.rmw16.and_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_AND_U(0xFE, 0x30, "i64.atomic.rmw8.and_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_AND_U(0xFE, 0x31, "i64.atomic.rmw16.and_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_AND_U(0xFE, 0x32, "i64.atomic.rmw32.and_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_OR(0xFE, 0x33, "i32.atomic.rmw.or", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_OR(0xFE, 0x34, "i64.atomic.rmw.or", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_OR_U(0xFE, 0x35, "i32.atomic.rmw8.or_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_OR_U(0xFE, 0x36, "i32.atomic.rmw16.or_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_OR_U(0xFE, 0x37, "i64.atomic.rmw8.or_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_OR_U(0xFE, 0x38, "i64.atomic.rmw16.or_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_OR_U(0xFE, 0x39, "i64.atomic.rmw32.or_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_XOR(0xFE, 0x3A, "i32.atomic.rmw.xor", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_XOR(0xFE, 0x3B, "i64.atomic.rmw.xor", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_XOR_U(0xFE, 0x3C, "i32.atomic.rmw8.xor_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_XOR_U(0xFE, 0x3D, "i32.atomic.rmw16.xor_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_XOR_U(0xFE, 0x3E, "i64.atomic.rmw8.xor_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_XOR_U(0xFE, 0x3F, "i64.atomic.rmw16.xor_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_XOR_U(0xFE, 0x40, "i64.atomic.rmw32.xor_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_XCHG(0xFE, 0x41, "i32.atomic.rmw.xchg", ImmediateKind.MEMARG, "ai:i", 4),
    I64_ATOMIC_RMW_XCHG(0xFE, 0x42, "i64.atomic.rmw.xchg", ImmediateKind.MEMARG, "al:l", 8),
    I32_ATOMIC_RMW8_XCHG_U(0xFE, 0x43, "i32.atomic.rmw8.xchg_u", ImmediateKind.MEMARG, "ai:i", 1),
    I32_ATOMIC_RMW16_XCHG_U(0xFE, 0x44, "i32.atomic.rmw16.xchg_u", ImmediateKind.MEMARG, "ai:i", 2),
    I64_ATOMIC_RMW8_XCHG_U(0xFE, 0x45, "i64.atomic.rmw8.xchg_u", ImmediateKind.MEMARG, "al:l", 1),
    I64_ATOMIC_RMW16_XCHG_U(0xFE, 0x46, "i64.atomic.rmw16.xchg_u", ImmediateKind.MEMARG, "al:l", 2),
    I64_ATOMIC_RMW32_XCHG_U(0xFE, 0x47, "i64.atomic.rmw32.xchg_u", ImmediateKind.MEMARG, "al:l", 4),
    I32_ATOMIC_RMW_CMPXCHG(0xFE, 0x48, "i32.atomic.rmw.cmpxchg", ImmediateKind.MEMARG, "aii:i", 4),
    I64_ATOMIC_RMW_CMPXCHG(0xFE, 0x49, "i64.atomic.rmw.cmpxchg", ImmediateKind.MEMARG, "all:l", 8),
    I32_ATOMIC_RMW8_CMPXCHG_U(0xFE, 0x4A, "i32.atomic.rmw8.cmpxchg_u", ImmediateKind.MEMARG, "aii:i", 1),
    I32_ATOMIC_RMW16_CMPXCHG_U(0xFE, 0x4B, "i32.atomic.rmw16.cmpxchg_u", ImmediateKind.MEMARG, "aii:i", 2),
    I64_ATOMIC_RMW8_CMPXCHG_U(0xFE, 0x4C, "i64.atomic.rmw8.cmpxchg_u", ImmediateKind.MEMARG, "all:l", 1),
    I64_ATOMIC_RMW16_CMPXCHG_U(0xFE, 0x4D, "i64.atomic.rmw16.cmpxchg_u", ImmediateKind.MEMARG, "all:l", 2),
    I64_ATOMIC_RMW32_CMPXCHG_U(0xFE, 0x4E, "i64.atomic.rmw32.cmpxchg_u", ImmediateKind.MEMARG, "all:l", 4);

    /** Binary prefix bytes; 0 means a single-byte opcode. */
    public static final int GC = 0xFB;
    public static final int MISC = 0xFC;
    public static final int SIMD = 0xFD;
    public static final int ATOMIC = 0xFE;

    private final int prefix;
    private final int code;
    private final String mnemonic;
    private final ImmediateKind immediates;
    private final String signature;
    private final int accessBytes;
    private final Instruction.Simple simpleInstance;

    Opcode(int prefix, int code, String mnemonic, ImmediateKind immediates, String signature, int accessBytes) {
        this.prefix = prefix;
        this.code = code;
        this.mnemonic = mnemonic;
        this.immediates = immediates;
        this.signature = signature;
        this.accessBytes = accessBytes;
        this.simpleInstance = (immediates == ImmediateKind.NONE || immediates == ImmediateKind.ZERO_BYTE)
                ? new Instruction.Simple(this) : null;
    }

    /** The prefix byte (0xFB, 0xFC, 0xFD, 0xFE) or 0 for single-byte opcodes. */
    public int prefix() {
        return prefix;
    }

    /** The opcode byte, or the LEB128 u32 sub-opcode after a prefix. */
    public int code() {
        return code;
    }

    /** The text-format name. */
    public String mnemonic() {
        return mnemonic;
    }

    public ImmediateKind immediates() {
        return immediates;
    }

    /** The operand signature (see the class comment), or null when typed by hand. */
    public String signature() {
        return signature;
    }

    /** Bytes accessed in memory by a load, store, atomic or lane access (its natural alignment); else 0. */
    public int accessBytes() {
        return accessBytes;
    }

    /** The natural alignment exponent of a memory access (log2 of {@link #accessBytes()}). */
    public int naturalAlignLog2() {
        return Integer.numberOfTrailingZeros(accessBytes);
    }

    /** The shared instance of an instruction without immediates. */
    public Instruction.Simple simpleInstance() {
        if (simpleInstance == null) {
            throw new IllegalStateException(mnemonic + " has immediates");
        }
        return simpleInstance;
    }

    public boolean isAtomic() {
        return prefix == ATOMIC;
    }

    /** The feature this instruction belongs to, or null for instructions of the MVP. */
    public Feature feature() {
        switch (prefix) {
            case GC:
                return Feature.GC;
            case ATOMIC:
                return Feature.THREADS;
            case SIMD:
                return code >= 0x100 ? Feature.RELAXED_SIMD : Feature.SIMD;
            case MISC:
                if (code <= 7) {
                    return null;
                }
                return code >= 19 ? Feature.WIDE_ARITHMETIC : Feature.BULK_MEMORY;
            default:
                break;
        }
        switch (this) {
            case TRY: case CATCH: case RETHROW: case DELEGATE: case CATCH_ALL:
                return Feature.LEGACY_EXCEPTIONS;
            case THROW: case THROW_REF: case TRY_TABLE:
                return Feature.EXCEPTIONS;
            case RETURN_CALL: case RETURN_CALL_INDIRECT: case RETURN_CALL_REF:
                return Feature.TAIL_CALL;
            case CALL_REF: case REF_AS_NON_NULL: case BR_ON_NULL: case BR_ON_NON_NULL:
                return Feature.FUNCTION_REFERENCES;
            case REF_NULL: case REF_IS_NULL: case REF_FUNC: case SELECT_TYPED: case TABLE_GET: case TABLE_SET:
                return Feature.REFERENCE_TYPES;
            case REF_EQ:
                return Feature.GC;
            default:
                return null;
        }
    }

    private static final Opcode[] SINGLE_BYTE = new Opcode[256];
    /** Prefixed opcodes by prefix (0xFB..0xFE, minus 0xFB) and sub-opcode. */
    private static final Opcode[][] PREFIXED = new Opcode[4][0x120];
    private static final Map<String, Opcode> BY_MNEMONIC = new HashMap<>();

    static {
        for (Opcode op : values()) {
            if (op.prefix == 0) {
                SINGLE_BYTE[op.code] = op;
            } else {
                PREFIXED[op.prefix - GC][op.code] = op;
            }
            // the first row wins for shared mnemonics: select, ref.test, ref.cast
            BY_MNEMONIC.putIfAbsent(op.mnemonic, op);
        }
    }

    /** The single-byte opcode with this code, or null (also null for prefix bytes). */
    public static Opcode singleByte(int code) {
        return code >= 0 && code < 256 ? SINGLE_BYTE[code] : null;
    }

    /** The opcode with this prefix and sub-opcode, or null. */
    public static Opcode prefixed(int prefix, long subOpcode) {
        if (prefix < GC || prefix > ATOMIC || subOpcode < 0 || subOpcode >= PREFIXED[0].length) {
            return null;
        }
        return PREFIXED[prefix - GC][(int) subOpcode];
    }

    /** The opcode with this text mnemonic (the plain variant for shared mnemonics), or null. */
    public static Opcode byMnemonic(String mnemonic) {
        return BY_MNEMONIC.get(mnemonic);
    }
}
