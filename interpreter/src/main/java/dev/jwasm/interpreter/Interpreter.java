package dev.jwasm.interpreter;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.runtime.ops.ConversionOps;
import dev.jwasm.runtime.ops.F32Ops;
import dev.jwasm.runtime.ops.F64Ops;
import dev.jwasm.runtime.ops.I32Ops;
import dev.jwasm.runtime.ops.I64Ops;

/**
 * The interpreter's execution loop.
 *
 * <p>One loop runs all interpreted frames of a call from outside: an interpreted call pushes a
 * frame record and switches to the callee's code, a return pops it, so Wasm recursion never
 * recurses in Java and {@code return_call} reuses the frame. Values live unboxed in the
 * {@link Machine}'s stacks; {@code sp}, {@code fp} and {@code pc} are locals.
 *
 * <p>The main switch holds the common instructions; instruction families (SIMD, GC, tables
 * and references, general memory access and atomics, the rarer numeric instructions) are
 * one case each that calls the family's handler, so that {@link #run} stays far below
 * HotSpot's 8,000-byte limit for compiling a method ({@code InterpreterMethodSizeTest}
 * checks it). Every instruction's meaning comes from the runtime's shared operations
 * ({@code dev.jwasm.runtime.ops}, {@link Memory}, the GC and table classes).
 *
 * <p>Wasm exceptions raised in the loop (or thrown by a callee called through
 * {@link WasmFunction#invoke}) are caught around the dispatch and handed to
 * {@link Exceptions#handle}, which unwinds frames until a handler takes them.
 */
final class Interpreter {
    private Interpreter() {}

    static void run(Machine m, ExecutionContext ctx, InterpretedFunction entry, int entryFp) {
        final int entryFrame = m.frameTop;
        final int baseDepth = ctx.depth();
        final int frameLimit = entryFrame + ctx.maxDepth() - baseDepth - 1;
        InterpretedFunction f = entry;
        FunctionCode fc = f.code;
        int[] code = fc.code;
        Instance inst = f.instance;
        Memory mem = f.memory0();
        long[] s = m.stack;
        Object[] r = m.refs;
        int fp = entryFp;
        int sp = fp + fc.localSlots;
        int pc = 0;
        boolean tailHost = false;
        ctx.pollInterrupt();
        for (;;) {
            try {
                for (;;) {
                    WasmFunction callee;
                    boolean tail;
                    switch (code[pc++]) {
                        // ---------------------------------------------------- control
                        case Op.UNREACHABLE:
                            throw new Trap(TrapMessages.UNREACHABLE);
                        case Op.JUMP:
                            pc = code[pc];
                            continue;
                        case Op.JUMP_BACK:
                            pc = code[pc];
                            ctx.pollInterrupt();
                            continue;
                        case Op.BR_UNWIND:
                            sp = unwind(s, r, sp, fp + code[pc + 1], code[pc + 2]);
                            pc = jump(ctx, pc, code[pc]);
                            continue;
                        case Op.BR_IF:
                            pc = (int) s[--sp] != 0 ? code[pc] : pc + 1;
                            continue;
                        case Op.BR_IF_BACK:
                            if ((int) s[--sp] != 0) {
                                pc = code[pc];
                                ctx.pollInterrupt();
                            } else {
                                pc++;
                            }
                            continue;
                        case Op.BR_IF_UNWIND:
                            if ((int) s[--sp] != 0) {
                                sp = unwind(s, r, sp, fp + code[pc + 1], code[pc + 2]);
                                pc = jump(ctx, pc, code[pc]);
                            } else {
                                pc += 3;
                            }
                            continue;
                        case Op.BR_TABLE: {
                            int n = code[pc];
                            int i = (int) s[--sp];
                            int at = pc + 1 + 3 * (Integer.compareUnsigned(i, n) < 0 ? i : n);
                            sp = unwind(s, r, sp, fp + code[at + 1], code[at + 2]);
                            pc = jump(ctx, pc, code[at]);
                            continue;
                        }
                        case Op.IF_FALSE:
                            pc = (int) s[--sp] == 0 ? code[pc] : pc + 1;
                            continue;
                        case Op.RETURN:
                            callee = null;
                            tail = false;
                            break;
                        case Op.CALL:
                            callee = inst.function(code[pc++]);
                            tail = false;
                            break;
                        case Op.CALL_INDIRECT:
                            callee = Calls.indirect(inst, code[pc], code[pc + 1], s[--sp]);
                            pc += 2;
                            tail = false;
                            break;
                        case Op.CALL_REF:
                            callee = Calls.ref(r[--sp]);
                            tail = false;
                            break;
                        case Op.RETURN_CALL:
                            callee = inst.function(code[pc++]);
                            tail = true;
                            break;
                        case Op.RETURN_CALL_INDIRECT:
                            callee = Calls.indirect(inst, code[pc], code[pc + 1], s[--sp]);
                            pc += 2;
                            tail = true;
                            break;
                        case Op.RETURN_CALL_REF:
                            callee = Calls.ref(r[--sp]);
                            tail = true;
                            break;
                        case Op.THROW: {
                            dev.jwasm.runtime.Tag tag = inst.tag(code[pc++]);
                            throw new WasmThrow(new ExceptionReference(tag, s, r, sp - tag.payloadSlots()));
                        }
                        case Op.THROW_REF:
                            throw new WasmThrow(Calls.exception(r[--sp]));
                        case Op.RETHROW:
                            throw new WasmThrow((ExceptionReference) r[fp + code[pc++]]);
                        case Op.BR_ON_NULL:
                            if (r[sp - 1] == null) {
                                sp = unwind(s, r, sp - 1, fp + code[pc + 1], code[pc + 2]);
                                pc = jump(ctx, pc, code[pc]);
                            } else {
                                pc += 3;
                            }
                            continue;
                        case Op.BR_ON_NON_NULL:
                            if (r[sp - 1] != null) {
                                sp = unwind(s, r, sp, fp + code[pc + 1], code[pc + 2]);
                                pc = jump(ctx, pc, code[pc]);
                            } else {
                                sp--;
                                pc += 3;
                            }
                            continue;
                        case Op.BR_ON_CAST:
                        case Op.BR_ON_CAST_FAIL:
                            if (((CastTarget) fc.objects[code[pc + 3]]).test(r[sp - 1]) == (code[pc - 1] == Op.BR_ON_CAST)) {
                                sp = unwind(s, r, sp, fp + code[pc + 1], code[pc + 2]);
                                pc = jump(ctx, pc, code[pc]);
                            } else {
                                pc += 4;
                            }
                            continue;

                        // ---------------------------------------------------- stack, locals, globals, constants
                        case Op.DROP:
                            sp--;
                            continue;
                        case Op.DROP2:
                            sp -= 2;
                            continue;
                        case Op.SELECT:
                            sp -= 2;
                            if ((int) s[sp + 1] == 0) {
                                s[sp - 1] = s[sp];
                            }
                            continue;
                        case Op.SELECT_V128:
                            sp -= 3;
                            if ((int) s[sp + 2] == 0) {
                                s[sp - 2] = s[sp];
                                s[sp - 1] = s[sp + 1];
                            }
                            continue;
                        case Op.SELECT_REF:
                            sp -= 2;
                            if ((int) s[sp + 1] == 0) {
                                r[sp - 1] = r[sp];
                            }
                            continue;
                        case Op.LOCAL_GET:
                            s[sp++] = s[fp + code[pc++]];
                            continue;
                        case Op.LOCAL_SET:
                            s[fp + code[pc++]] = s[--sp];
                            continue;
                        case Op.LOCAL_TEE:
                            s[fp + code[pc++]] = s[sp - 1];
                            continue;
                        case Op.LOCAL_GET_REF:
                            r[sp++] = r[fp + code[pc++]];
                            continue;
                        case Op.LOCAL_SET_REF:
                            r[fp + code[pc++]] = r[--sp];
                            continue;
                        case Op.LOCAL_TEE_REF:
                            r[fp + code[pc++]] = r[sp - 1];
                            continue;
                        case Op.LOCAL_GET_V128: {
                            int i = fp + code[pc++];
                            s[sp] = s[i];
                            s[sp + 1] = s[i + 1];
                            sp += 2;
                            continue;
                        }
                        case Op.LOCAL_SET_V128: {
                            int i = fp + code[pc++];
                            sp -= 2;
                            s[i] = s[sp];
                            s[i + 1] = s[sp + 1];
                            continue;
                        }
                        case Op.LOCAL_TEE_V128: {
                            int i = fp + code[pc++];
                            s[i] = s[sp - 2];
                            s[i + 1] = s[sp - 1];
                            continue;
                        }
                        case Op.GLOBAL_GET:
                            s[sp++] = inst.global(code[pc++]).bits();
                            continue;
                        case Op.GLOBAL_SET:
                            inst.global(code[pc++]).setBits(s[--sp]);
                            continue;
                        case Op.GLOBAL_GET_REF:
                            r[sp++] = inst.global(code[pc++]).ref();
                            continue;
                        case Op.GLOBAL_SET_REF:
                            inst.global(code[pc++]).setRef(r[--sp]);
                            continue;
                        case Op.GLOBAL_GET_V128: {
                            dev.jwasm.runtime.Global g = inst.global(code[pc++]);
                            s[sp] = g.bits();
                            s[sp + 1] = g.high();
                            sp += 2;
                            continue;
                        }
                        case Op.GLOBAL_SET_V128:
                            sp -= 2;
                            inst.global(code[pc++]).setV128(s[sp], s[sp + 1]);
                            continue;
                        case Op.I32_CONST:
                        case Op.F32_CONST:
                            s[sp++] = code[pc++];
                            continue;
                        case Op.I64_CONST:
                        case Op.F64_CONST:
                            s[sp++] = (code[pc] & 0xFFFF_FFFFL) | ((long) code[pc + 1] << 32);
                            pc += 2;
                            continue;
                        case Op.REF_NULL:
                            r[sp++] = null;
                            continue;
                        case Op.REF_IS_NULL:
                            s[sp - 1] = r[sp - 1] == null ? 1 : 0;
                            continue;
                        case Op.REF_AS_NON_NULL:
                            if (r[sp - 1] == null) {
                                throw new Trap(TrapMessages.NULL_REFERENCE);
                            }
                            continue;

                        // ---------------------------------------------------- memory 0, i32 addresses
                        case Op.I32_LOAD:
                            s[sp - 1] = mem.loadI32(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I64_LOAD:
                        case Op.F64_LOAD:
                            s[sp - 1] = mem.loadI64(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.F32_LOAD:
                            s[sp - 1] = mem.loadI32(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I32_LOAD8_S:
                        case Op.I64_LOAD8_S:
                            s[sp - 1] = mem.loadI8(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I32_LOAD8_U:
                        case Op.I64_LOAD8_U:
                            s[sp - 1] = mem.loadU8(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I32_LOAD16_S:
                        case Op.I64_LOAD16_S:
                            s[sp - 1] = mem.loadI16(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I32_LOAD16_U:
                        case Op.I64_LOAD16_U:
                            s[sp - 1] = mem.loadU16(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I64_LOAD32_S:
                            s[sp - 1] = mem.loadI32(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I64_LOAD32_U:
                            s[sp - 1] = mem.loadU32(ea(s[sp - 1], code[pc++]));
                            continue;
                        case Op.I32_STORE:
                        case Op.F32_STORE:
                            sp -= 2;
                            mem.storeI32(ea(s[sp], code[pc++]), (int) s[sp + 1]);
                            continue;
                        case Op.I64_STORE:
                        case Op.F64_STORE:
                            sp -= 2;
                            mem.storeI64(ea(s[sp], code[pc++]), s[sp + 1]);
                            continue;
                        case Op.I32_STORE8:
                        case Op.I64_STORE8:
                            sp -= 2;
                            mem.storeI8(ea(s[sp], code[pc++]), (int) s[sp + 1]);
                            continue;
                        case Op.I32_STORE16:
                        case Op.I64_STORE16:
                            sp -= 2;
                            mem.storeI16(ea(s[sp], code[pc++]), (int) s[sp + 1]);
                            continue;
                        case Op.I64_STORE32:
                            sp -= 2;
                            mem.storeI32(ea(s[sp], code[pc++]), (int) s[sp + 1]);
                            continue;

                        // ---------------------------------------------------- i32
                        case Op.I32_EQZ:
                            s[sp - 1] = I32Ops.eqz((int) s[sp - 1]);
                            continue;
                        case Op.I32_EQ:
                            sp--;
                            s[sp - 1] = I32Ops.eq((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_NE:
                            sp--;
                            s[sp - 1] = I32Ops.ne((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_LT_S:
                            sp--;
                            s[sp - 1] = I32Ops.ltS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_LT_U:
                            sp--;
                            s[sp - 1] = I32Ops.ltU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_GT_S:
                            sp--;
                            s[sp - 1] = I32Ops.gtS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_GT_U:
                            sp--;
                            s[sp - 1] = I32Ops.gtU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_LE_S:
                            sp--;
                            s[sp - 1] = I32Ops.leS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_LE_U:
                            sp--;
                            s[sp - 1] = I32Ops.leU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_GE_S:
                            sp--;
                            s[sp - 1] = I32Ops.geS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_GE_U:
                            sp--;
                            s[sp - 1] = I32Ops.geU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_CLZ:
                            s[sp - 1] = I32Ops.clz((int) s[sp - 1]);
                            continue;
                        case Op.I32_CTZ:
                            s[sp - 1] = I32Ops.ctz((int) s[sp - 1]);
                            continue;
                        case Op.I32_POPCNT:
                            s[sp - 1] = I32Ops.popcnt((int) s[sp - 1]);
                            continue;
                        case Op.I32_ADD:
                            sp--;
                            s[sp - 1] = I32Ops.add((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_SUB:
                            sp--;
                            s[sp - 1] = I32Ops.sub((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_MUL:
                            sp--;
                            s[sp - 1] = I32Ops.mul((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_DIV_S:
                            sp--;
                            s[sp - 1] = I32Ops.divS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_DIV_U:
                            sp--;
                            s[sp - 1] = I32Ops.divU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_REM_S:
                            sp--;
                            s[sp - 1] = I32Ops.remS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_REM_U:
                            sp--;
                            s[sp - 1] = I32Ops.remU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_AND:
                            sp--;
                            s[sp - 1] = I32Ops.and((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_OR:
                            sp--;
                            s[sp - 1] = I32Ops.or((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_XOR:
                            sp--;
                            s[sp - 1] = I32Ops.xor((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_SHL:
                            sp--;
                            s[sp - 1] = I32Ops.shl((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_SHR_S:
                            sp--;
                            s[sp - 1] = I32Ops.shrS((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_SHR_U:
                            sp--;
                            s[sp - 1] = I32Ops.shrU((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_ROTL:
                            sp--;
                            s[sp - 1] = I32Ops.rotl((int) s[sp - 1], (int) s[sp]);
                            continue;
                        case Op.I32_ROTR:
                            sp--;
                            s[sp - 1] = I32Ops.rotr((int) s[sp - 1], (int) s[sp]);
                            continue;

                        // ---------------------------------------------------- i64
                        case Op.I64_EQZ:
                            s[sp - 1] = I64Ops.eqz(s[sp - 1]);
                            continue;
                        case Op.I64_EQ:
                            sp--;
                            s[sp - 1] = I64Ops.eq(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_NE:
                            sp--;
                            s[sp - 1] = I64Ops.ne(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_LT_S:
                            sp--;
                            s[sp - 1] = I64Ops.ltS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_LT_U:
                            sp--;
                            s[sp - 1] = I64Ops.ltU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_GT_S:
                            sp--;
                            s[sp - 1] = I64Ops.gtS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_GT_U:
                            sp--;
                            s[sp - 1] = I64Ops.gtU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_LE_S:
                            sp--;
                            s[sp - 1] = I64Ops.leS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_LE_U:
                            sp--;
                            s[sp - 1] = I64Ops.leU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_GE_S:
                            sp--;
                            s[sp - 1] = I64Ops.geS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_GE_U:
                            sp--;
                            s[sp - 1] = I64Ops.geU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_CLZ:
                            s[sp - 1] = I64Ops.clz(s[sp - 1]);
                            continue;
                        case Op.I64_CTZ:
                            s[sp - 1] = I64Ops.ctz(s[sp - 1]);
                            continue;
                        case Op.I64_POPCNT:
                            s[sp - 1] = I64Ops.popcnt(s[sp - 1]);
                            continue;
                        case Op.I64_ADD:
                            sp--;
                            s[sp - 1] = I64Ops.add(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_SUB:
                            sp--;
                            s[sp - 1] = I64Ops.sub(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_MUL:
                            sp--;
                            s[sp - 1] = I64Ops.mul(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_DIV_S:
                            sp--;
                            s[sp - 1] = I64Ops.divS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_DIV_U:
                            sp--;
                            s[sp - 1] = I64Ops.divU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_REM_S:
                            sp--;
                            s[sp - 1] = I64Ops.remS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_REM_U:
                            sp--;
                            s[sp - 1] = I64Ops.remU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_AND:
                            sp--;
                            s[sp - 1] = I64Ops.and(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_OR:
                            sp--;
                            s[sp - 1] = I64Ops.or(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_XOR:
                            sp--;
                            s[sp - 1] = I64Ops.xor(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_SHL:
                            sp--;
                            s[sp - 1] = I64Ops.shl(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_SHR_S:
                            sp--;
                            s[sp - 1] = I64Ops.shrS(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_SHR_U:
                            sp--;
                            s[sp - 1] = I64Ops.shrU(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_ROTL:
                            sp--;
                            s[sp - 1] = I64Ops.rotl(s[sp - 1], s[sp]);
                            continue;
                        case Op.I64_ROTR:
                            sp--;
                            s[sp - 1] = I64Ops.rotr(s[sp - 1], s[sp]);
                            continue;

                        // ---------------------------------------------------- floats, width changes
                        case Op.F32_EQ:
                            sp--;
                            s[sp - 1] = F32Ops.eq(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_NE:
                            sp--;
                            s[sp - 1] = F32Ops.ne(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_LT:
                            sp--;
                            s[sp - 1] = F32Ops.lt(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_GT:
                            sp--;
                            s[sp - 1] = F32Ops.gt(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_LE:
                            sp--;
                            s[sp - 1] = F32Ops.le(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_GE:
                            sp--;
                            s[sp - 1] = F32Ops.ge(f32(s[sp - 1]), f32(s[sp]));
                            continue;
                        case Op.F32_ADD:
                            sp--;
                            s[sp - 1] = Float.floatToRawIntBits(F32Ops.add(f32(s[sp - 1]), f32(s[sp])));
                            continue;
                        case Op.F32_SUB:
                            sp--;
                            s[sp - 1] = Float.floatToRawIntBits(F32Ops.sub(f32(s[sp - 1]), f32(s[sp])));
                            continue;
                        case Op.F32_MUL:
                            sp--;
                            s[sp - 1] = Float.floatToRawIntBits(F32Ops.mul(f32(s[sp - 1]), f32(s[sp])));
                            continue;
                        case Op.F32_DIV:
                            sp--;
                            s[sp - 1] = Float.floatToRawIntBits(F32Ops.div(f32(s[sp - 1]), f32(s[sp])));
                            continue;
                        case Op.F64_EQ:
                            sp--;
                            s[sp - 1] = F64Ops.eq(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_NE:
                            sp--;
                            s[sp - 1] = F64Ops.ne(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_LT:
                            sp--;
                            s[sp - 1] = F64Ops.lt(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_GT:
                            sp--;
                            s[sp - 1] = F64Ops.gt(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_LE:
                            sp--;
                            s[sp - 1] = F64Ops.le(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_GE:
                            sp--;
                            s[sp - 1] = F64Ops.ge(f64(s[sp - 1]), f64(s[sp]));
                            continue;
                        case Op.F64_ADD:
                            sp--;
                            s[sp - 1] = Double.doubleToRawLongBits(F64Ops.add(f64(s[sp - 1]), f64(s[sp])));
                            continue;
                        case Op.F64_SUB:
                            sp--;
                            s[sp - 1] = Double.doubleToRawLongBits(F64Ops.sub(f64(s[sp - 1]), f64(s[sp])));
                            continue;
                        case Op.F64_MUL:
                            sp--;
                            s[sp - 1] = Double.doubleToRawLongBits(F64Ops.mul(f64(s[sp - 1]), f64(s[sp])));
                            continue;
                        case Op.F64_DIV:
                            sp--;
                            s[sp - 1] = Double.doubleToRawLongBits(F64Ops.div(f64(s[sp - 1]), f64(s[sp])));
                            continue;
                        case Op.I32_WRAP_I64:
                            s[sp - 1] = ConversionOps.i32WrapI64(s[sp - 1]);
                            continue;
                        case Op.I64_EXTEND_I32_S:
                            s[sp - 1] = ConversionOps.i64ExtendI32S((int) s[sp - 1]);
                            continue;
                        case Op.I64_EXTEND_I32_U:
                            s[sp - 1] = ConversionOps.i64ExtendI32U((int) s[sp - 1]);
                            continue;

                        // ---------------------------------------------------- superinstructions
                        case Op.I32_ADD_CONST:
                            s[sp - 1] = I32Ops.add((int) s[sp - 1], code[pc++]);
                            continue;
                        case Op.I32_SHL_CONST:
                            s[sp - 1] = I32Ops.shl((int) s[sp - 1], code[pc++]);
                            continue;
                        case Op.I32_SHR_U_CONST:
                            s[sp - 1] = I32Ops.shrU((int) s[sp - 1], code[pc++]);
                            continue;
                        case Op.I32_AND_CONST:
                            s[sp - 1] = I32Ops.and((int) s[sp - 1], code[pc++]);
                            continue;
                        case Op.I32_MUL_CONST:
                            s[sp - 1] = I32Ops.mul((int) s[sp - 1], code[pc++]);
                            continue;
                        case Op.LOCAL_ADD_LOCAL:
                            s[sp++] = I32Ops.add((int) s[fp + code[pc]], (int) s[fp + code[pc + 1]]);
                            pc += 2;
                            continue;
                        case Op.LOCAL_ADD_CONST_SET:
                            s[fp + code[pc + 2]] = I32Ops.add((int) s[fp + code[pc]], code[pc + 1]);
                            pc += 3;
                            continue;
                        case Op.LOCAL_ADD_CONST:
                            s[sp++] = I32Ops.add((int) s[fp + code[pc]], code[pc + 1]);
                            pc += 2;
                            continue;
                        case Op.LOCAL_GET2:
                            s[sp] = s[fp + code[pc]];
                            s[sp + 1] = s[fp + code[pc + 1]];
                            sp += 2;
                            pc += 2;
                            continue;
                        case Op.LOCAL_I32_LOAD:
                            s[sp++] = mem.loadI32(ea(s[fp + code[pc]], code[pc + 1]));
                            pc += 2;
                            continue;
                        case Op.BR_IF_I32_EQ:
                            sp -= 2;
                            pc = I32Ops.eq((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_NE:
                            sp -= 2;
                            pc = I32Ops.ne((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_LT_S:
                            sp -= 2;
                            pc = I32Ops.ltS((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_LT_U:
                            sp -= 2;
                            pc = I32Ops.ltU((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_GT_S:
                            sp -= 2;
                            pc = I32Ops.gtS((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_GT_U:
                            sp -= 2;
                            pc = I32Ops.gtU((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_LE_S:
                            sp -= 2;
                            pc = I32Ops.leS((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_LE_U:
                            sp -= 2;
                            pc = I32Ops.leU((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_GE_S:
                            sp -= 2;
                            pc = I32Ops.geS((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;
                        case Op.BR_IF_I32_GE_U:
                            sp -= 2;
                            pc = I32Ops.geU((int) s[sp], (int) s[sp + 1]) != 0 ? jump(ctx, pc, code[pc]) : pc + 1;
                            continue;

                        // ---------------------------------------------------- families
                        case Op.FAM_NUMERIC:
                            sp = NumericFamily.exec(code[pc], s, sp);
                            pc += 3;
                            continue;
                        case Op.FAM_SIMD:
                            sp = SimdFamily.exec(code[pc], code[pc + 1], code[pc + 2], s, sp, f);
                            pc += 3;
                            continue;
                        case Op.FAM_MEMORY:
                            sp = MemoryFamily.exec(code[pc], code[pc + 1], code[pc + 2], s, sp, f);
                            pc += 3;
                            continue;
                        case Op.FAM_TABLE:
                            sp = TableFamily.exec(code[pc], code[pc + 1], code[pc + 2], s, r, sp, f);
                            pc += 3;
                            continue;
                        case Op.FAM_GC:
                            sp = GcFamily.exec(code[pc], code[pc + 1], code[pc + 2], s, r, sp, f);
                            pc += 3;
                            continue;
                        default:
                            throw new IllegalStateException("bad interpreter opcode " + code[pc - 1]);
                    }

                    // ---------------------------------------------------- calls (reached by break)
                    if (callee instanceof InterpretedFunction) {
                        InterpretedFunction g = (InterpretedFunction) callee;
                        FunctionCode gc = g.code;
                        int nfp;
                        if (tail) {
                            nfp = fp;
                            move(s, r, sp - gc.paramSlots, fp, gc.paramSlots);
                        } else {
                            int ft = m.frameTop;
                            if (ft > frameLimit) {
                                throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
                            }
                            m.ensureFrames();
                            m.frames[2 * ft] = pc;
                            m.frames[2 * ft + 1] = fp;
                            m.callers[ft] = f;
                            m.frameTop = ft + 1;
                            nfp = sp - gc.paramSlots;
                        }
                        int need = nfp + gc.frameSlots;
                        if (need > s.length) {
                            m.ensureStack(need, ctx);
                            s = m.stack;
                            r = m.refs;
                        }
                        for (int i = nfp + gc.paramSlots, e = nfp + gc.localSlots; i < e; i++) {
                            s[i] = 0;
                            r[i] = null;
                        }
                        f = g;
                        fc = gc;
                        code = gc.code;
                        inst = g.instance;
                        mem = g.memory0();
                        fp = nfp;
                        sp = nfp + gc.localSlots;
                        pc = 0;
                        ctx.pollInterrupt();
                        continue;
                    }
                    if (callee != null) {
                        int p = callee.paramSlots();
                        int k = callee.resultSlots();
                        int base = sp - p;
                        if (tail) {
                            move(s, r, base, fp, p);
                            base = fp;
                        }
                        int end = base + Math.max(p, k);
                        if (end > s.length) {
                            m.ensureStack(end, ctx);
                            s = m.stack;
                            r = m.refs;
                        }
                        m.top = end;
                        ctx.setDepth(baseDepth + m.frameTop - entryFrame);
                        ctx.setCaller(inst);
                        tailHost = tail;
                        callee.invoke(ctx, s, r, base);
                        tailHost = false;
                        if (m.stack != s) {
                            System.arraycopy(s, base, m.stack, base, k);
                            System.arraycopy(r, base, m.refs, base, k);
                            s = m.stack;
                            r = m.refs;
                        }
                        sp = base + k;
                        if (!tail) {
                            continue;
                        }
                    }

                    // ---------------------------------------------------- return
                    int k = fc.resultSlots;
                    move(s, r, sp - k, fp, k);
                    if (m.frameTop == entryFrame) {
                        return;
                    }
                    int ft = --m.frameTop;
                    int calleeFp = fp;
                    pc = m.frames[2 * ft];
                    fp = m.frames[2 * ft + 1];
                    f = m.callers[ft];
                    fc = f.code;
                    code = fc.code;
                    inst = f.instance;
                    mem = f.memory0();
                    sp = calleeFp + k;
                }
            } catch (Trap t) {
                recordFrames(t, m, f, entryFrame);
                throw t;
            } catch (WasmThrow | ThrownException e) {
                ExceptionReference exn = e instanceof WasmThrow w ? w.exception : ((ThrownException) e).exception();
                if (!Exceptions.handle(m, exn, f, fp, pc, entryFrame, tailHost)) {
                    throw e instanceof ThrownException t ? t : new ThrownException(exn);
                }
                tailHost = false;
                f = m.handlerFunction;
                fp = m.handlerFp;
                sp = m.handlerSp;
                pc = m.handlerPc;
                fc = f.code;
                code = fc.code;
                inst = f.instance;
                mem = f.memory0();
                s = m.stack;
                r = m.refs;
                ctx.pollInterrupt(); // a catch may branch back to a loop without a back-edge instruction
            }
        }
    }

    /** Adds the frames of this loop to a trap leaving it: the current function, then its callers. */
    private static void recordFrames(Trap t, Machine m, InterpretedFunction current, int entryFrame) {
        t.addFrame(current.instance, current);
        for (int ft = m.frameTop - 1; ft >= entryFrame; ft--) {
            InterpretedFunction caller = m.callers[ft];
            t.addFrame(caller.instance, caller);
        }
    }

    /** The effective address of an i32 operand and a u32 offset immediate. */
    private static long ea(long address, int offset) {
        return (address & 0xFFFF_FFFFL) + (offset & 0xFFFF_FFFFL);
    }

    private static float f32(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** A branch: polls for interruption when it goes backwards (to a loop). */
    private static int jump(ExecutionContext ctx, int from, int to) {
        if (to < from) {
            ctx.pollInterrupt();
        }
        return to;
    }

    /** Moves the top {@code k} slots down to {@code to}; returns the new stack pointer. */
    static int unwind(long[] s, Object[] r, int sp, int to, int k) {
        move(s, r, sp - k, to, k);
        return to + k;
    }

    static void move(long[] s, Object[] r, int from, int to, int k) {
        if (from != to) {
            for (int i = 0; i < k; i++) {
                s[to + i] = s[from + i];
                r[to + i] = r[from + i];
            }
        }
    }
}
