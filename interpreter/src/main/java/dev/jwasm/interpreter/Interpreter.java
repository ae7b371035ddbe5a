package dev.jwasm.interpreter;

import static java.lang.Double.doubleToRawLongBits;
import static java.lang.Double.longBitsToDouble;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.runtime.ops.I32Ops;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The interpreter's execution loop.
 *
 * <p>One loop runs all interpreted frames of a call from outside: an interpreted call pushes a
 * frame record and switches to the callee's code, a return pops it, so Wasm recursion never
 * recurses in Java and {@code return_call} reuses the frame. Values live unboxed in the
 * {@link Machine}'s arrays; {@code fp} and {@code pc} are locals.
 *
 * <p>The code is in register form ({@link Op}): each word is decoded once, before the
 * dispatch, into its opcode and three frame slots (A, B, C); most cases are then a single
 * line. Taken branches leave the switch with {@code break} and share one epilogue, which also
 * polls for interruption on backward jumps; calls and returns leave it with {@code break
 * call}. Integer, comparison and f64 arithmetic are Java's own operators and intrinsics
 * ({@code longBitsToDouble}, {@code Math.sqrt}), which are their Wasm meaning exactly (IEEE
 * 754, round to nearest), rather than calls to the runtime's shared operations: C2 counts
 * this method's own bytecode against its 8,000-bytecode inlining budget
 * ({@code DesiredMethodLimit}), so in a method this large a small helper stays a real call
 * (with {@code -XX:-ClipInlining} the workloads ran about 30 % faster, which is what the
 * helpers cost). Operations that can trap or are rare do call the shared code. Instruction
 * families (SIMD, GC, tables, general memory access and atomics, rare numerics) are one case
 * each in stack form, so that {@link #run} stays below HotSpot's 8,000-byte limit for
 * compiling a method ({@code InterpreterMethodSizeTest} checks it).
 *
 * <p>Wasm exceptions raised in the loop (or thrown by a callee called through
 * {@link WasmFunction#invoke}) are caught around the dispatch and handed to
 * {@link Exceptions#handle}, which unwinds frames until a handler takes them.
 */
final class Interpreter {
    private Interpreter() {}

    private static final int MASK = Op.MAX_SLOT;
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] NO_HEAP = new byte[0];
    /**
     * Backward jumps and calls between interrupt polls. A poll reads the store's volatile flag
     * through two accessor calls that C2 does not inline into this method (see above), so the
     * loop counts down in a local instead; an interrupt still stops a loop within microseconds.
     */
    private static final int POLL_INTERVAL = 1023;

    static void run(Machine m, ExecutionContext ctx, InterpretedFunction entry, int entryFp) {
        final int entryFrame = m.frameTop;
        final int baseDepth = ctx.depth();
        final int frameLimit = entryFrame + ctx.maxDepth() - baseDepth - 1;
        InterpretedFunction f = entry;
        FunctionCode fc = f.code;
        long[] code = fc.code;
        InstanceState is = f.state;
        is.resolve();
        Memory mem = is.memory0;
        byte[] heap = heapOf(mem);
        long[] s = m.stack;
        Object[] r = m.refs;
        int fp = entryFp;
        int pc = 0;
        boolean tailHost = false;
        ctx.pollInterrupt();
        int untilPoll = POLL_INTERVAL;
        for (;;) {
            try {
                for (;;) {
                    long w = code[pc++];
                    int a = fp + ((int) (w >>> 10) & MASK);
                    int b = fp + ((int) (w >>> 28) & MASK);
                    int c = fp + (int) (w >>> 46);
                    WasmFunction callee;
                    boolean tail;
                    call: {
                        switch ((int) w & 0x3FF) {
                            // -------------------------------------------- control
                            case Op.UNREACHABLE:
                                throw new Trap(TrapMessages.UNREACHABLE);
                            case Op.STACK_EXHAUSTED:
                                throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
                            case Op.JUMP:
                                break;
                            case Op.BR_IF:
                                if ((int) s[b] != 0) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_IF_NOT:
                                if ((int) s[b] == 0) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_UNWIND:
                                move(s, r, b, a, c - fp);
                                break;
                            case Op.BR_IF_UNWIND:
                                if ((int) s[a] != 0) {
                                    move(s, r, c, b, (int) (code[pc] >>> 32));
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_TABLE: {
                                int n = b - fp;
                                int i = (int) s[a];
                                pc += 2 * (i - Integer.MIN_VALUE < n - Integer.MIN_VALUE ? i : n); // unsigned i < n
                                int k = (int) (code[pc] >>> 32);
                                if (k != 0) {
                                    move(s, r, c, fp + (int) code[pc + 1], k);
                                }
                                break;
                            }
                            case Op.BR_EQ:
                                if ((int) s[b] == (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_NE:
                                if ((int) s[b] != (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LT_S:
                                if ((int) s[b] < (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LT_U:
                                if ((s[b] & 0xFFFF_FFFFL) < (s[c] & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GT_S:
                                if ((int) s[b] > (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GT_U:
                                if ((s[b] & 0xFFFF_FFFFL) > (s[c] & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LE_S:
                                if ((int) s[b] <= (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LE_U:
                                if ((s[b] & 0xFFFF_FFFFL) <= (s[c] & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GE_S:
                                if ((int) s[b] >= (int) s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GE_U:
                                if ((s[b] & 0xFFFF_FFFFL) >= (s[c] & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_EQ_I:
                                if ((int) s[b] == (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_NE_I:
                                if ((int) s[b] != (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LT_S_I:
                                if ((int) s[b] < (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LT_U_I:
                                if ((s[b] & 0xFFFF_FFFFL) < ((w >> 46) & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GT_S_I:
                                if ((int) s[b] > (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GT_U_I:
                                if ((s[b] & 0xFFFF_FFFFL) > ((w >> 46) & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LE_S_I:
                                if ((int) s[b] <= (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_LE_U_I:
                                if ((s[b] & 0xFFFF_FFFFL) <= ((w >> 46) & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GE_S_I:
                                if ((int) s[b] >= (int) (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_GE_U_I:
                                if ((s[b] & 0xFFFF_FFFFL) >= ((w >> 46) & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.RETURN:
                                callee = null;
                                tail = false;
                                break call;
                            case Op.CALL:
                                callee = is.functions[(int) code[pc++]];
                                tail = false;
                                break call;
                            case Op.CALL_INDIRECT: {
                                long x = code[pc++];
                                callee = Calls.indirect(is.instance, (int) x, (int) (x >>> 32), s[b]);
                                tail = false;
                                break call;
                            }
                            case Op.CALL_REF:
                                callee = Calls.ref(r[b]);
                                tail = false;
                                break call;
                            case Op.RETURN_CALL:
                                callee = is.functions[(int) code[pc++]];
                                tail = true;
                                break call;
                            case Op.RETURN_CALL_INDIRECT: {
                                long x = code[pc++];
                                callee = Calls.indirect(is.instance, (int) x, (int) (x >>> 32), s[b]);
                                tail = true;
                                break call;
                            }
                            case Op.RETURN_CALL_REF:
                                callee = Calls.ref(r[b]);
                                tail = true;
                                break call;
                            case Op.THROW:
                                throw Exceptions.thrown(is.instance, (int) code[pc++], s, r, a);
                            case Op.THROW_REF:
                                throw new WasmThrow(Calls.exception(r[b]));
                            case Op.RETHROW:
                                throw new WasmThrow((ExceptionReference) r[b]);
                            case Op.BR_ON_NULL:
                            case Op.BR_ON_NON_NULL:
                            case Op.BR_ON_CAST:
                            case Op.BR_ON_CAST_FAIL:
                                if (RefBranches.taken((int) w & 0x3FF, s, r, a, fp, code, pc, fc.objects)) {
                                    break;
                                }
                                pc += 2;
                                continue;

                            // -------------------------------------------- moves, constants, globals, references
                            case Op.MOV:
                                s[a] = s[b];
                                continue;
                            case Op.MOV_REF:
                                r[a] = r[b];
                                continue;
                            case Op.MOV_V128:
                                s[a] = s[b];
                                s[a + 1] = s[b + 1];
                                continue;
                            case Op.CONST32:
                                s[a] = (int) (w >>> 28);
                                continue;
                            case Op.CONST64:
                                s[a] = code[pc++];
                                continue;
                            case Op.GLOBAL_GET:
                                s[a] = is.globals[(int) code[pc++]].bits();
                                continue;
                            case Op.GLOBAL_GET_REF:
                                r[a] = is.globals[(int) code[pc++]].ref();
                                continue;
                            case Op.GLOBAL_GET_V128:
                                globalV128(is.globals[(int) code[pc++]], s, a);
                                continue;
                            case Op.GLOBAL_SET:
                                is.globals[(int) code[pc++]].setBits(s[b]);
                                continue;
                            case Op.GLOBAL_SET_REF:
                                is.globals[(int) code[pc++]].setRef(r[b]);
                                continue;
                            case Op.GLOBAL_SET_V128:
                                is.globals[(int) code[pc++]].setV128(s[b], s[b + 1]);
                                continue;
                            case Op.SELECT:
                                s[a] = (int) s[fp + (int) code[pc++]] != 0 ? s[b] : s[c];
                                continue;
                            case Op.SELECT_REF:
                                r[a] = (int) s[fp + (int) code[pc++]] != 0 ? r[b] : r[c];
                                continue;
                            case Op.SELECT_V128:
                                moveV128(s, (int) s[fp + (int) code[pc++]] != 0 ? b : c, a);
                                continue;
                            case Op.REF_NULL:
                                r[a] = null;
                                continue;
                            case Op.REF_IS_NULL:
                                s[a] = r[b] == null ? 1 : 0;
                                continue;
                            case Op.REF_AS_NON_NULL:
                                if (r[b] == null) {
                                    throw new Trap(TrapMessages.NULL_REFERENCE);
                                }
                                continue;

                            // -------------------------------------------- memory 0: address in B, offset in C
                            case Op.LOAD32: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                s[a] = ea <= heap.length - 4 ? (int) LE32.get(heap, (int) ea) : mem.loadI32(ea);
                                continue;
                            }
                            case Op.LOAD32_U:
                                s[a] = mem.loadU32((s[b] & 0xFFFF_FFFFL) + (w >>> 46));
                                continue;
                            case Op.LOAD64: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                s[a] = ea <= heap.length - 8 ? (long) LE64.get(heap, (int) ea) : mem.loadI64(ea);
                                continue;
                            }
                            case Op.LOAD8_S:
                                s[a] = mem.loadI8((s[b] & 0xFFFF_FFFFL) + (w >>> 46));
                                continue;
                            case Op.LOAD8_U: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                s[a] = ea < heap.length ? heap[(int) ea] & 0xFF : mem.loadU8(ea);
                                continue;
                            }
                            case Op.LOAD16_S:
                                s[a] = mem.loadI16((s[b] & 0xFFFF_FFFFL) + (w >>> 46));
                                continue;
                            case Op.LOAD16_U:
                                s[a] = mem.loadU16((s[b] & 0xFFFF_FFFFL) + (w >>> 46));
                                continue;
                            case Op.STORE32: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                if (ea <= heap.length - 4) {
                                    LE32.set(heap, (int) ea, (int) s[a]);
                                } else {
                                    mem.storeI32(ea, (int) s[a]);
                                }
                                continue;
                            }
                            case Op.STORE64: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                if (ea <= heap.length - 8) {
                                    LE64.set(heap, (int) ea, s[a]);
                                } else {
                                    mem.storeI64(ea, s[a]);
                                }
                                continue;
                            }
                            case Op.STORE8: {
                                long ea = (s[b] & 0xFFFF_FFFFL) + (w >>> 46);
                                if (ea < heap.length) {
                                    heap[(int) ea] = (byte) s[a];
                                } else {
                                    mem.storeI8(ea, (int) s[a]);
                                }
                                continue;
                            }
                            case Op.STORE16:
                                mem.storeI16((s[b] & 0xFFFF_FFFFL) + (w >>> 46), (int) s[a]);
                                continue;

                            // -------------------------------------------- i32
                            case Op.I32_ADD:
                                s[a] = (int) s[b] + (int) s[c];
                                continue;
                            case Op.I32_SUB:
                                s[a] = (int) s[b] - (int) s[c];
                                continue;
                            case Op.I32_MUL:
                                s[a] = (int) s[b] * (int) s[c];
                                continue;
                            case Op.I32_AND:
                                s[a] = (int) s[b] & (int) s[c];
                                continue;
                            case Op.I32_OR:
                                s[a] = (int) s[b] | (int) s[c];
                                continue;
                            case Op.I32_XOR:
                                s[a] = (int) s[b] ^ (int) s[c];
                                continue;
                            case Op.I32_SHL:
                                s[a] = (int) s[b] << (int) s[c];
                                continue;
                            case Op.I32_SHR_S:
                                s[a] = (int) s[b] >> (int) s[c];
                                continue;
                            case Op.I32_SHR_U:
                                s[a] = (int) s[b] >>> (int) s[c];
                                continue;
                            case Op.I32_ROTL:
                                s[a] = ((int) s[b] << (int) s[c] | (int) s[b] >>> -(int) s[c]);
                                continue;
                            case Op.I32_EQ:
                                s[a] = (int) s[b] == (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_NE:
                                s[a] = (int) s[b] != (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_LT_S:
                                s[a] = (int) s[b] < (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_LT_U:
                                s[a] = (s[b] & 0xFFFF_FFFFL) < (s[c] & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_GT_S:
                                s[a] = (int) s[b] > (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_GT_U:
                                s[a] = (s[b] & 0xFFFF_FFFFL) > (s[c] & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_LE_S:
                                s[a] = (int) s[b] <= (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_LE_U:
                                s[a] = (s[b] & 0xFFFF_FFFFL) <= (s[c] & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_GE_S:
                                s[a] = (int) s[b] >= (int) s[c] ? 1 : 0;
                                continue;
                            case Op.I32_GE_U:
                                s[a] = (s[b] & 0xFFFF_FFFFL) >= (s[c] & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_DIV_S:
                                s[a] = I32Ops.divS((int) s[b], (int) s[c]);
                                continue;
                            case Op.I32_DIV_U:
                                s[a] = I32Ops.divU((int) s[b], (int) s[c]);
                                continue;
                            case Op.I32_REM_S:
                                s[a] = I32Ops.remS((int) s[b], (int) s[c]);
                                continue;
                            case Op.I32_REM_U:
                                s[a] = I32Ops.remU((int) s[b], (int) s[c]);
                                continue;
                            case Op.I32_ADD_I:
                                s[a] = (int) s[b] + (int) (w >> 46);
                                continue;
                            case Op.I32_MUL_I:
                                s[a] = (int) s[b] * (int) (w >> 46);
                                continue;
                            case Op.I32_AND_I:
                                s[a] = (int) s[b] & (int) (w >> 46);
                                continue;
                            case Op.I32_OR_I:
                                s[a] = (int) s[b] | (int) (w >> 46);
                                continue;
                            case Op.I32_XOR_I:
                                s[a] = (int) s[b] ^ (int) (w >> 46);
                                continue;
                            case Op.I32_SHL_I:
                                s[a] = (int) s[b] << (int) (w >> 46);
                                continue;
                            case Op.I32_SHR_S_I:
                                s[a] = (int) s[b] >> (int) (w >> 46);
                                continue;
                            case Op.I32_SHR_U_I:
                                s[a] = (int) s[b] >>> (int) (w >> 46);
                                continue;
                            case Op.I32_ROTL_I:
                                s[a] = ((int) s[b] << (int) (w >> 46) | (int) s[b] >>> -(int) (w >> 46));
                                continue;
                            case Op.I32_EQ_I:
                                s[a] = (int) s[b] == (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_NE_I:
                                s[a] = (int) s[b] != (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_LT_S_I:
                                s[a] = (int) s[b] < (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_LT_U_I:
                                s[a] = (s[b] & 0xFFFF_FFFFL) < ((w >> 46) & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_GT_S_I:
                                s[a] = (int) s[b] > (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_GT_U_I:
                                s[a] = (s[b] & 0xFFFF_FFFFL) > ((w >> 46) & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_LE_S_I:
                                s[a] = (int) s[b] <= (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_LE_U_I:
                                s[a] = (s[b] & 0xFFFF_FFFFL) <= ((w >> 46) & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_GE_S_I:
                                s[a] = (int) s[b] >= (int) (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I32_GE_U_I:
                                s[a] = (s[b] & 0xFFFF_FFFFL) >= ((w >> 46) & 0xFFFF_FFFFL) ? 1 : 0;
                                continue;
                            case Op.I32_EQZ:
                                s[a] = (int) s[b] == 0 ? 1 : 0;
                                continue;
                            case Op.I32_WRAP_I64:
                                s[a] = (int) s[b];
                                continue;

                            // -------------------------------------------- i64
                            case Op.I64_ADD:
                                s[a] = s[b] + s[c];
                                continue;
                            case Op.I64_SUB:
                                s[a] = s[b] - s[c];
                                continue;
                            case Op.I64_MUL:
                                s[a] = s[b] * s[c];
                                continue;
                            case Op.I64_AND:
                                s[a] = s[b] & s[c];
                                continue;
                            case Op.I64_OR:
                                s[a] = s[b] | s[c];
                                continue;
                            case Op.I64_XOR:
                                s[a] = s[b] ^ s[c];
                                continue;
                            case Op.I64_SHL:
                                s[a] = s[b] << (int) s[c];
                                continue;
                            case Op.I64_SHR_S:
                                s[a] = s[b] >> (int) s[c];
                                continue;
                            case Op.I64_SHR_U:
                                s[a] = s[b] >>> (int) s[c];
                                continue;
                            case Op.I64_EQ:
                                s[a] = s[b] == s[c] ? 1 : 0;
                                continue;
                            case Op.I64_NE:
                                s[a] = s[b] != s[c] ? 1 : 0;
                                continue;
                            case Op.I64_LT_S:
                                s[a] = s[b] < s[c] ? 1 : 0;
                                continue;
                            case Op.I64_LT_U:
                                s[a] = (s[b] ^ Long.MIN_VALUE) < (s[c] ^ Long.MIN_VALUE) ? 1 : 0;
                                continue;
                            case Op.I64_GT_S:
                                s[a] = s[b] > s[c] ? 1 : 0;
                                continue;
                            case Op.I64_GT_U:
                                s[a] = (s[b] ^ Long.MIN_VALUE) > (s[c] ^ Long.MIN_VALUE) ? 1 : 0;
                                continue;
                            case Op.I64_LE_S:
                                s[a] = s[b] <= s[c] ? 1 : 0;
                                continue;
                            case Op.I64_LE_U:
                                s[a] = (s[b] ^ Long.MIN_VALUE) <= (s[c] ^ Long.MIN_VALUE) ? 1 : 0;
                                continue;
                            case Op.I64_GE_S:
                                s[a] = s[b] >= s[c] ? 1 : 0;
                                continue;
                            case Op.I64_GE_U:
                                s[a] = (s[b] ^ Long.MIN_VALUE) >= (s[c] ^ Long.MIN_VALUE) ? 1 : 0;
                                continue;
                            case Op.I64_ADD_I:
                                s[a] = s[b] + (w >> 46);
                                continue;
                            case Op.I64_MUL_I:
                                s[a] = s[b] * (w >> 46);
                                continue;
                            case Op.I64_AND_I:
                                s[a] = s[b] & (w >> 46);
                                continue;
                            case Op.I64_OR_I:
                                s[a] = s[b] | (w >> 46);
                                continue;
                            case Op.I64_XOR_I:
                                s[a] = s[b] ^ (w >> 46);
                                continue;
                            case Op.I64_SHL_I:
                                s[a] = s[b] << (int) (w >> 46);
                                continue;
                            case Op.I64_SHR_S_I:
                                s[a] = s[b] >> (int) (w >> 46);
                                continue;
                            case Op.I64_SHR_U_I:
                                s[a] = s[b] >>> (int) (w >> 46);
                                continue;
                            case Op.I64_EQ_I:
                                s[a] = s[b] == (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I64_NE_I:
                                s[a] = s[b] != (w >> 46) ? 1 : 0;
                                continue;
                            case Op.I64_EQZ:
                                s[a] = s[b] == 0 ? 1 : 0;
                                continue;
                            case Op.I64_EXTEND32_S:
                                s[a] = (int) s[b];
                                continue;
                            case Op.I64_EXTEND_I32_U:
                                s[a] = s[b] & 0xFFFF_FFFFL;
                                continue;

                            // -------------------------------------------- floats
                            case Op.F64_ADD:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) + longBitsToDouble(s[c]));
                                continue;
                            case Op.F64_SUB:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) - longBitsToDouble(s[c]));
                                continue;
                            case Op.F64_MUL:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) * longBitsToDouble(s[c]));
                                continue;
                            case Op.F64_DIV:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) / longBitsToDouble(s[c]));
                                continue;
                            case Op.F64_EQ:
                                s[a] = longBitsToDouble(s[b]) == longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_NE:
                                s[a] = longBitsToDouble(s[b]) != longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_LT:
                                s[a] = longBitsToDouble(s[b]) < longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_GT:
                                s[a] = longBitsToDouble(s[b]) > longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_LE:
                                s[a] = longBitsToDouble(s[b]) <= longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_GE:
                                s[a] = longBitsToDouble(s[b]) >= longBitsToDouble(s[c]) ? 1 : 0;
                                continue;
                            case Op.F64_NEG:
                                s[a] = s[b] ^ Long.MIN_VALUE;
                                continue;
                            case Op.F64_ABS:
                                s[a] = s[b] & Long.MAX_VALUE;
                                continue;
                            case Op.F64_SQRT:
                                s[a] = doubleToRawLongBits(Math.sqrt(longBitsToDouble(s[b])));
                                continue;
                            case Op.F64_CONVERT_I32_S:
                                s[a] = doubleToRawLongBits((int) s[b]);
                                continue;

                            // -------------------------------------------- fused pairs
                            case Op.LOAD32_X: {
                                int ea = (int) s[b] + (int) s[c];
                                s[a] = (ea | heap.length - 4 - ea) >= 0 ? (int) LE32.get(heap, ea) : mem.loadI32(ea & 0xFFFF_FFFFL);
                                continue;
                            }
                            case Op.LOAD64_X:
                                s[a] = mem.loadI64(((int) s[b] + (int) s[c]) & 0xFFFF_FFFFL);
                                continue;
                            case Op.LOAD8_U_X:
                                s[a] = mem.loadU8(((int) s[b] + (int) s[c]) & 0xFFFF_FFFFL);
                                continue;
                            case Op.STORE8_X: {
                                int ea = (int) s[b] + (int) s[c];
                                if ((ea | heap.length - 1 - ea) >= 0) {
                                    heap[ea] = (byte) s[a];
                                } else {
                                    mem.storeI8(ea & 0xFFFF_FFFFL, (int) s[a]);
                                }
                                continue;
                            }
                            case Op.STORE32_X:
                                mem.storeI32(((int) s[b] + (int) s[c]) & 0xFFFF_FFFFL, (int) s[a]);
                                continue;
                            case Op.STORE64_X:
                                mem.storeI64(((int) s[b] + (int) s[c]) & 0xFFFF_FFFFL, s[a]);
                                continue;
                            case Op.LOAD32_K: {
                                int ea = (int) s[b] + (int) (w >> 46);
                                s[a] = (ea | heap.length - 4 - ea) >= 0 ? (int) LE32.get(heap, ea) : mem.loadI32(ea & 0xFFFF_FFFFL);
                                continue;
                            }
                            case Op.LOAD64_K: {
                                int ea = (int) s[b] + (int) (w >> 46);
                                s[a] = (ea | heap.length - 8 - ea) >= 0 ? (long) LE64.get(heap, ea) : mem.loadI64(ea & 0xFFFF_FFFFL);
                                continue;
                            }
                            case Op.LOAD8_U_K: {
                                int ea = (int) s[b] + (int) (w >> 46);
                                s[a] = (ea | heap.length - 1 - ea) >= 0 ? heap[ea] & 0xFF : mem.loadU8(ea & 0xFFFF_FFFFL);
                                continue;
                            }
                            case Op.STORE8_K:
                                mem.storeI8(((int) s[b] + (int) (w >> 46)) & 0xFFFF_FFFFL, (int) s[a]);
                                continue;
                            case Op.STORE32_K:
                                mem.storeI32(((int) s[b] + (int) (w >> 46)) & 0xFFFF_FFFFL, (int) s[a]);
                                continue;
                            case Op.STORE64_K:
                                mem.storeI64(((int) s[b] + (int) (w >> 46)) & 0xFFFF_FFFFL, s[a]);
                                continue;
                            case Op.I32_XOR_SHL_I: {
                                int x = (int) s[b];
                                s[a] = x ^ (x << (int) (w >> 46));
                                continue;
                            }
                            case Op.I32_XOR_SHR_U_I: {
                                int x = (int) s[b];
                                s[a] = x ^ (x >>> (int) (w >> 46));
                                continue;
                            }
                            case Op.I32_ADD_SHL2:
                                s[a] = (int) s[b] + ((int) s[c] << 2);
                                continue;
                            case Op.I32_ADD_SHL3:
                                s[a] = (int) s[b] + ((int) s[c] << 3);
                                continue;
                            case Op.F64_MUL_ADD:
                                s[a] = doubleToRawLongBits((longBitsToDouble(s[b]) * longBitsToDouble(s[c])) + longBitsToDouble(s[fp + (int) code[pc++]]));
                                continue;
                            case Op.F64_MUL_SUB:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[fp + (int) code[pc++]]) - (longBitsToDouble(s[b]) * longBitsToDouble(s[c])));
                                continue;
                            case Op.F64_MUL_MUL:
                                s[a] = doubleToRawLongBits((longBitsToDouble(s[b]) * longBitsToDouble(s[c])) * longBitsToDouble(s[fp + (int) code[pc++]]));
                                continue;
                            case Op.I32_MUL_ADD:
                                s[a] = (int) s[b] * (int) s[c] + (int) s[fp + (int) code[pc++]];
                                continue;
                            case Op.I32_ROTL_MUL:
                                s[a] = ((int) s[b] << (int) (w >> 46) | (int) s[b] >>> -(int) (w >> 46)) * (int) s[fp + (int) code[pc++]];
                                continue;
                            case Op.F64_ADD_LOAD:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) + longBitsToDouble(mem.loadI64((s[c] & 0xFFFF_FFFFL) + code[pc++])));
                                continue;
                            case Op.F64_SUB_LOAD:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) - longBitsToDouble(mem.loadI64((s[c] & 0xFFFF_FFFFL) + code[pc++])));
                                continue;
                            case Op.F64_MUL_LOAD:
                                s[a] = doubleToRawLongBits(longBitsToDouble(s[b]) * longBitsToDouble(mem.loadI64((s[c] & 0xFFFF_FFFFL) + code[pc++])));
                                continue;
                            case Op.F64_ADD_STORE:
                                mem.storeI64((s[a] & 0xFFFF_FFFFL) + code[pc++],
                                        doubleToRawLongBits(longBitsToDouble(s[b]) + longBitsToDouble(s[c])));
                                continue;
                            case Op.F64_SUB_STORE:
                                mem.storeI64((s[a] & 0xFFFF_FFFFL) + code[pc++],
                                        doubleToRawLongBits(longBitsToDouble(s[b]) - longBitsToDouble(s[c])));
                                continue;
                            case Op.F64_ADD_TO_MEM: {
                                long ea = (s[c] & 0xFFFF_FFFFL) + code[pc++];
                                mem.storeI64(ea, doubleToRawLongBits(longBitsToDouble(s[b]) + longBitsToDouble(mem.loadI64(ea))));
                                continue;
                            }
                            case Op.BR_EQ64:
                                if (s[b] == s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_NE64:
                                if (s[b] != s[c]) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_EQ64_I:
                                if (s[b] == (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.BR_NE64_I:
                                if (s[b] != (w >> 46)) {
                                    break;
                                }
                                pc++;
                                continue;
                            case Op.ADD_I_BR_NZ: {
                                int v = (int) s[b] + (int) (w >> 46);
                                s[a] = v;
                                if (v != 0) {
                                    break;
                                }
                                pc++;
                                continue;
                            }
                            case Op.ADD_I_BR_NE_I: {
                                int v = (int) s[b] + (int) (w >> 46);
                                s[a] = v;
                                if (v != (int) (code[pc] >> 32)) {
                                    break;
                                }
                                pc++;
                                continue;
                            }
                            case Op.ADD_I_BR_LT_U_I: {
                                int v = (int) s[b] + (int) (w >> 46);
                                s[a] = v;
                                if ((v & 0xFFFF_FFFFL) < (code[pc] >>> 32)) {
                                    break;
                                }
                                pc++;
                                continue;
                            }
                            case Op.ADD_BR_LT_U: {
                                int v = (int) s[b] + (int) s[c];
                                s[a] = v;
                                if ((v & 0xFFFF_FFFFL) < (s[fp + (int) (code[pc] >>> 32)] & 0xFFFF_FFFFL)) {
                                    break;
                                }
                                pc++;
                                continue;
                            }

                            // -------------------------------------------- rare numerics, out of line
                            case Op.I32_ROTR:
                            case Op.I64_ROTL:
                            case Op.I64_ROTR:
                            case Op.I64_DIV_S:
                            case Op.I64_DIV_U:
                            case Op.I64_REM_S:
                            case Op.I64_REM_U:
                            case Op.F32_ADD:
                            case Op.F32_SUB:
                            case Op.F32_MUL:
                            case Op.F32_DIV:
                            case Op.F32_EQ:
                            case Op.F32_NE:
                            case Op.F32_LT:
                            case Op.F32_GT:
                            case Op.F32_LE:
                            case Op.F32_GE:
                                s[a] = RareNumerics.binary((int) w & 0x3FF, s[b], s[c]);
                                continue;
                            case Op.I32_CLZ:
                            case Op.I32_CTZ:
                            case Op.I32_POPCNT:
                            case Op.I32_EXTEND8_S:
                            case Op.I32_EXTEND16_S:
                            case Op.I64_CLZ:
                            case Op.I64_CTZ:
                            case Op.I64_POPCNT:
                            case Op.I64_EXTEND8_S:
                            case Op.I64_EXTEND16_S:
                            case Op.F64_CONVERT_I64_S:
                            case Op.F64_PROMOTE_F32:
                            case Op.F32_DEMOTE_F64:
                                s[a] = RareNumerics.unary((int) w & 0x3FF, s[b]);
                                continue;

                            // -------------------------------------------- families, in stack form at sp = A
                            case Op.FAM_NUMERIC:
                                NumericFamily.exec((int) code[pc], s, a);
                                pc += 2;
                                continue;
                            case Op.FAM_SIMD: {
                                long x = code[pc];
                                SimdFamily.exec((int) x, (int) (x >>> 32), (int) code[pc + 1], s, a, f);
                                pc += 2;
                                continue;
                            }
                            case Op.FAM_MEMORY: {
                                long x = code[pc];
                                MemoryFamily.exec((int) x, (int) (x >>> 32), (int) code[pc + 1], s, a, f);
                                heap = heapOf(mem); // memory.grow may have replaced the array
                                pc += 2;
                                continue;
                            }
                            case Op.FAM_TABLE: {
                                long x = code[pc];
                                TableFamily.exec((int) x, (int) (x >>> 32), (int) code[pc + 1], s, r, a, f);
                                pc += 2;
                                continue;
                            }
                            case Op.FAM_GC: {
                                long x = code[pc];
                                GcFamily.exec((int) x, (int) (x >>> 32), (int) code[pc + 1], s, r, a, f);
                                pc += 2;
                                continue;
                            }
                            default:
                                throw new IllegalStateException("bad interpreter opcode " + ((int) w & 0x3FF));
                        }

                        // -------------------------------------------- a taken branch (reached by break)
                        int t = (int) code[pc];
                        if (t < pc) {
                            if (--untilPoll < 0) {
                                untilPoll = POLL_INTERVAL;
                                ctx.pollInterrupt();
                            }
                        }
                        pc = t;
                        continue;
                    }

                    // ------------------------------------------------ calls and returns (reached by break call)
                    int src;
                    int k;
                    if (callee == null) {
                        src = b;
                        k = c - fp;
                    } else if (callee instanceof InterpretedFunction) {
                        InterpretedFunction g = (InterpretedFunction) callee;
                        FunctionCode gc = g.code;
                        int nfp;
                        if (tail) {
                            nfp = fp;
                            move(s, r, a, fp, gc.paramSlots);
                        } else {
                            int ft = m.frameTop;
                            if (ft > frameLimit) {
                                throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
                            }
                            if (ft == m.callers.length) {
                                m.growFrames();
                            }
                            m.frames[2 * ft] = pc;
                            m.frames[2 * ft + 1] = fp;
                            m.callers[ft] = f;
                            m.frameTop = ft + 1;
                            nfp = a;
                        }
                        int need = nfp + gc.frameSlots;
                        if (need > s.length) {
                            m.ensureStack(need, ctx);
                            s = m.stack;
                            r = m.refs;
                        }
                        for (int i = nfp + gc.paramSlots, e = nfp + gc.constantBase; i < e; i++) {
                            s[i] = 0;
                        }
                        if (gc.constants.length != 0) {
                            System.arraycopy(gc.constants, 0, s, nfp + gc.constantBase, gc.constants.length);
                        }
                        if (gc.clearsRefs) {
                            gc.clearRefs(r, nfp);
                        }
                        f = g;
                        fc = gc;
                        code = gc.code;
                        if (g.state != is) {
                            is = g.state;
                            if (!is.resolved) {
                                is.resolve();
                            }
                            mem = is.memory0;
                            heap = heapOf(mem);
                        }
                        fp = nfp;
                        pc = 0;
                        if (--untilPoll < 0) {
                            untilPoll = POLL_INTERVAL;
                            ctx.pollInterrupt();
                        }
                        continue;
                    } else {
                        int p = callee.paramSlots();
                        k = callee.resultSlots();
                        int base = a;
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
                        ctx.setCaller(is.instance);
                        tailHost = tail;
                        callee.invoke(ctx, s, r, base);
                        tailHost = false;
                        heap = heapOf(mem);
                        if (m.stack != s) {
                            System.arraycopy(s, base, m.stack, base, k);
                            System.arraycopy(r, base, m.refs, base, k);
                            s = m.stack;
                            r = m.refs;
                        }
                        if (!tail) {
                            continue;
                        }
                        src = fp;
                    }

                    // ------------------------------------------------ return: k result slots from src to fp
                    if (src != fp) {
                        for (int i = 0; i < k; i++) {
                            s[fp + i] = s[src + i];
                            r[fp + i] = r[src + i];
                        }
                    }
                    if (m.frameTop == entryFrame) {
                        return;
                    }
                    int ft = --m.frameTop;
                    pc = m.frames[2 * ft];
                    fp = m.frames[2 * ft + 1];
                    f = m.callers[ft];
                    fc = f.code;
                    code = fc.code;
                    if (f.state != is) {
                        is = f.state;
                        mem = is.memory0;
                        heap = heapOf(mem);
                    }
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
                pc = m.handlerPc;
                fc = f.code;
                code = fc.code;
                is = f.state;
                mem = is.memory0;
                heap = heapOf(mem);
                s = m.stack;
                r = m.refs;
                ctx.pollInterrupt(); // a catch may branch back to a loop without a back-edge instruction
            }
        }
    }

    /** Copies the v128 in slots {@code from, from + 1} to {@code to, to + 1} (they may overlap). */
    private static void moveV128(long[] s, int from, int to) {
        long lo = s[from];
        s[to + 1] = s[from + 1];
        s[to] = lo;
    }

    private static void globalV128(Global g, long[] s, int a) {
        s[a] = g.bits();
        s[a + 1] = g.high();
    }

    /**
     * The array behind memory 0 for the loop's inline accesses, or an empty one (every access
     * then takes the {@link Memory} method, which checks bounds and handles shared memories,
     * whose size other threads may change). Unshared memories replace the array when they grow:
     * the loop fetches it again after anything that may have grown it.
     */
    private static byte[] heapOf(Memory memory) {
        return memory == null || memory.isShared() ? NO_HEAP : memory.bytes();
    }

    /** Adds the frames of this loop to a trap leaving it: the current function, then its callers. */
    private static void recordFrames(Trap t, Machine m, InterpretedFunction current, int entryFrame) {
        t.addFrame(current.instance, current);
        for (int ft = m.frameTop - 1; ft >= entryFrame; ft--) {
            InterpretedFunction caller = m.callers[ft];
            t.addFrame(caller.instance, caller);
        }
    }


    /** Moves {@code k} slots (numbers and references) from {@code from} to {@code to}. */
    static void move(long[] s, Object[] r, int from, int to, int k) {
        if (from != to) {
            for (int i = 0; i < k; i++) {
                s[to + i] = s[from + i];
                r[to + i] = r[from + i];
            }
        }
    }
}
