package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.ModuleFacts.NUM;
import static dev.jwasm.interpreter.ModuleFacts.REF;
import static dev.jwasm.interpreter.ModuleFacts.V128;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.validator.FunctionInfo;
import dev.jwasm.validator.types.CanonicalType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates a validated function body, once, into the interpreter's register-form code
 * ({@link Op}).
 *
 * <p>It replays the operand stack ({@link OperandStack}) — kinds and slots, a light re-run of
 * validation, since the validator records neither the stack height at each block entry nor
 * the kinds — so that every instruction can name its operands by frame slot: a value pushed
 * by {@code local.get} or a constant is read where it is, a result that {@code local.set}
 * stores is written straight into the local, a comparison that feeds a branch becomes a
 * compare-and-branch. Branches are resolved to code offsets plus, where values must move,
 * the slots to move them from and to; exception handlers are laid out as tables. Code after
 * an unconditional branch is skipped up to its block's end (it never runs).
 */
final class Predecoder {
    private static final int BLOCK = 0;
    private static final int LOOP = 1;
    private static final int IF = 2;
    private static final int TRY_TABLE = 3;
    private static final int TRY = 4;
    private static final int FUNCTION = 5;

    /** A block being translated. */
    private static final class Ctl {
        int kind;
        /** Frame slot where the block's operands start (below its parameters). */
        int height;
        /** Operand stack entries below the block. */
        int base;
        byte[] params;
        byte[] results;
        int startPc;
        final List<Integer> patches = new ArrayList<>();
        final List<Handler> clauseHandlers = new ArrayList<>();
        final List<Integer> clauseIndices = new ArrayList<>();
        boolean unreachable;
        int ifFalsePatch = -1;
        Handler handler;
        Handler outerHandler;
        boolean inCatch;
        int exnSlot;

        byte[] labelKinds() {
            return kind == LOOP ? params : results;
        }
    }

    private final ModuleFacts facts;
    private CodeBuffer out;
    private OperandStack stack;
    private Ctl[] ctls = new Ctl[16];
    private int ctlTop;
    private int[] localOffsets;
    private byte[] localKinds;
    private int zeroSlot;
    private ConstantPool pool;
    private int hiddenBase;
    private int tryDepth;
    private Handler activeHandler;
    private List<Handler> finished;

    Predecoder(ModuleFacts facts) {
        this.facts = facts;
    }

    FunctionCode translate(int definedIndex) {
        int funcIndex = facts.module.functionCount() - facts.module.definedFunctionCount() + definedIndex;
        CanonicalType type = facts.functionType(funcIndex);
        FunctionBody body = facts.module.module().codes().get(definedIndex);
        FunctionInfo info = facts.module.function(definedIndex);
        out = new CodeBuffer();
        stack = new OperandStack(out);
        finished = new ArrayList<>();
        ctlTop = 0;
        tryDepth = 0;
        activeHandler = null;

        byte[] params = ModuleFacts.kindsOfCodes(type.params());
        byte[] results = ModuleFacts.kindsOfCodes(type.results());
        long localCount = params.length + body.localCount();
        pool = ConstantPool.scan(body.instructions());
        int tries = maxTryDepth(body.instructions());
        long frame = ModuleFacts.slots(params) + 2 * body.localCount() + 1 + tries + pool.size()
                + Math.max(info.maxStackSlots(), ModuleFacts.slots(results)) + 4;
        if (frame > Op.MAX_SLOT) {
            return tooLarge(params, results);
        }
        localOffsets = new int[(int) localCount];
        localKinds = new byte[(int) localCount];
        int slot = 0;
        int li = 0;
        for (byte k : params) {
            localKinds[li] = k;
            localOffsets[li++] = slot;
            slot += k == V128 ? 2 : 1;
        }
        int paramSlots = slot;
        for (Locals l : body.locals()) {
            byte k = ModuleFacts.kind(l.type());
            for (int i = 0; i < l.count(); i++) {
                localKinds[li] = k;
                localOffsets[li++] = slot;
                slot += k == V128 ? 2 : 1;
            }
        }
        zeroSlot = slot;
        hiddenBase = slot + 1;
        int constantBase = hiddenBase + tries;
        pool.place(constantBase);
        int localArea = constantBase + pool.size();
        stack.reset(localArea);

        Ctl fn = push(FUNCTION, new byte[0], results);
        fn.height = localArea;
        int skip = 0;
        for (Instruction insn : body.instructions()) {
            Opcode op = insn.opcode();
            if (ctlTop > 0 && top().unreachable) {
                if (isBlockStart(op)) {
                    skip++;
                    continue;
                }
                if (skip > 0) {
                    if (op == Opcode.END || op == Opcode.DELEGATE) {
                        skip--;
                    }
                    continue;
                }
                if (op != Opcode.END && op != Opcode.ELSE && op != Opcode.CATCH && op != Opcode.CATCH_ALL
                        && op != Opcode.DELEGATE) {
                    continue;
                }
            }
            translate(insn);
        }
        Handler[] handlers = finished.toArray(new Handler[0]);
        for (int i = 0; i < handlers.length; i++) {
            handlers[i].index = i;
        }
        for (Handler h : handlers) {
            h.parent = h.parentHandler == null ? -1 : h.parentHandler.index;
            h.delegateNext = h.delegateHandler == null ? -1 : h.delegateHandler.index;
            h.parentHandler = null;
            h.delegateHandler = null;
        }
        boolean refLocals = false;
        for (int i = params.length; i < localKinds.length; i++) {
            refLocals |= localKinds[i] == REF;
        }
        // the results too: a function end that only dead code reaches still returns them
        int frameSlots = localArea + Math.max(info.maxStackSlots(), ModuleFacts.slots(results)) + 4;
        return new FunctionCode(out.code(), out.longs(), out.objects(), handlers, paramSlots, localArea,
                ModuleFacts.slots(results), frameSlots, refLocals || tries > 0, constantBase, pool.values());
    }

    /** A function whose frame the code cannot address: calling it traps as a too-deep stack would. */
    private static FunctionCode tooLarge(byte[] params, byte[] results) {
        long[] code = {Op.word(Op.STACK_EXHAUSTED, 0, 0, 0)};
        int p = ModuleFacts.slots(params);
        int r = ModuleFacts.slots(results);
        return new FunctionCode(code, new long[0], new Object[0], new Handler[0], p, p, r, Math.max(p, r) + 1, false, p,
                new long[0]);
    }

    private static boolean isBlockStart(Opcode op) {
        return op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.IF || op == Opcode.TRY || op == Opcode.TRY_TABLE;
    }

    /** The deepest nesting of legacy {@code try} blocks: one hidden slot per level keeps a caught exception. */
    private static int maxTryDepth(List<Instruction> code) {
        int depth = 0;
        int max = 0;
        int[] nesting = new int[16];
        int top = 0;
        for (Instruction insn : code) {
            Opcode op = insn.opcode();
            if (isBlockStart(op)) {
                if (top == nesting.length) {
                    nesting = Arrays.copyOf(nesting, top * 2);
                }
                nesting[top++] = op == Opcode.TRY ? 1 : 0;
                depth += op == Opcode.TRY ? 1 : 0;
                max = Math.max(max, depth);
            } else if ((op == Opcode.END || op == Opcode.DELEGATE) && top > 0) {
                depth -= nesting[--top];
            }
        }
        return max;
    }

    // ---------------------------------------------------------------- blocks

    private Ctl top() {
        return ctls[ctlTop - 1];
    }

    private Ctl label(int depth) {
        return ctls[ctlTop - 1 - depth];
    }

    private Ctl push(int kind, byte[] params, byte[] results) {
        if (ctlTop == ctls.length) {
            ctls = Arrays.copyOf(ctls, ctlTop * 2);
        }
        Ctl c = new Ctl();
        c.kind = kind;
        c.params = params;
        c.results = results;
        c.height = stack.height() - ModuleFacts.slots(params);
        c.base = stack.size() - params.length;
        c.outerHandler = activeHandler;
        ctls[ctlTop++] = c;
        return c;
    }

    /** Resets the stack model to a block's base plus the given kinds, all in place. */
    private void resetTo(Ctl c, byte[] ks) {
        stack.truncate(c.base, c.height);
        for (byte k : ks) {
            stack.push(k);
        }
    }

    private byte[][] blockType(BlockType bt) {
        if (bt.isEmpty()) {
            return new byte[][] {new byte[0], new byte[0]};
        }
        if (bt.isTypeIndex()) {
            CanonicalType t = facts.type(bt.typeIndex());
            return new byte[][] {ModuleFacts.kindsOfCodes(t.params()), ModuleFacts.kindsOfCodes(t.results())};
        }
        return new byte[][] {new byte[0], new byte[] {ModuleFacts.kind(bt.valueType())}};
    }

    // ---------------------------------------------------------------- branches

    /** Writes a branch target word: known for a loop, else patched when the block ends. */
    private void target(Ctl t, long high) {
        if (t.kind == LOOP) {
            out.extra((t.startPc & 0xFFFF_FFFFL) | high);
        } else {
            t.patches.add(out.position());
            out.extra(high);
        }
    }

    /** The slot where the label's values start at this point of the code. */
    private int labelSource(Ctl t) {
        return stack.height() - ModuleFacts.slots(t.labelKinds());
    }

    private void br(int depth) {
        Ctl t = label(depth);
        byte[] values = t.labelKinds();
        if (t.kind == FUNCTION) {
            emitReturn();
            return;
        }
        stack.materializeTop(values.length);
        int k = ModuleFacts.slots(values);
        int src = labelSource(t);
        if (src == t.height) {
            out.instr(Op.word(Op.JUMP, 0, 0, 0));
        } else {
            out.instr(Op.word(Op.BR_UNWIND, t.height, src, k));
        }
        target(t, 0);
        top().unreachable = true;
    }

    private void brIf(int depth) {
        int cond = stack.index(0);
        int condSlot = stack.slot(cond);
        boolean fusable = stack.isMaterialized(cond);
        stack.pop();
        Ctl t = label(depth);
        byte[] values = t.labelKinds();
        int before = out.position();
        stack.materializeTop(values.length);
        fusable &= out.position() == before;
        int k = ModuleFacts.slots(values);
        int src = labelSource(t);
        if (t.kind == FUNCTION) {
            // a conditional return: skip it when the condition fails
            int skip = conditionalBranch(condSlot, fusable, true);
            emitReturnFrom(values);
            out.set(skip, (out.get(skip) & ~0xFFFF_FFFFL) | out.position());
            out.bindLabel();
        } else if (src == t.height) {
            target(t, branchWhen(condSlot, fusable, false));
        } else {
            out.instr(Op.word(Op.BR_IF_UNWIND, condSlot, t.height, src));
            target(t, (long) k << 32);
        }
    }

    /**
     * Emits a branch on the i32 in {@code condSlot} (taken when it is zero if {@code whenZero})
     * without its target word, fusing it with the comparison or {@code eqz} that produced the
     * condition when that was the last instruction, and a loop's closing branch with the
     * addition just before it. Returns the bits the target word carries above the offset.
     */
    private long branchWhen(int condSlot, boolean fusable, boolean whenZero) {
        int at = fusable ? out.producerOf(condSlot) : -1;
        boolean done = false;
        if (at >= 0) {
            long w = out.get(at);
            int op = Op.op(w);
            int branch = RegisterForms.BRANCH_OF[op];
            if (branch >= 0) {
                out.set(at, (w & ~0x3FFL & ~(((long) Op.MAX_SLOT) << 10))
                        | (whenZero ? RegisterForms.negated(branch) : branch));
                out.noProducer();
                done = true;
            } else if (op == Op.I32_EQZ) {
                out.set(at, Op.word(whenZero ? Op.BR_IF : Op.BR_IF_NOT, 0, Op.b(w), 0));
                out.noProducer();
                done = true;
            }
        }
        if (!done) {
            out.instr(Op.word(whenZero ? Op.BR_IF_NOT : Op.BR_IF, 0, condSlot, 0));
        }
        return whenZero ? 0 : loopEnd();
    }

    /**
     * {@code x = y + k; branch on x}: when the branch just emitted tests the slot the
     * instruction before it added to, both become one instruction. Returns the target word's
     * high bits.
     */
    private long loopEnd() {
        int prev = out.fusablePrevious();
        if (prev < 0) {
            return 0;
        }
        long add = out.get(prev);
        long br = out.get(prev + 1);
        int addOp = Op.op(add);
        int brOp = Op.op(br);
        if (Op.a(add) != Op.b(br)) {
            return 0;
        }
        int fused;
        long high = 0;
        if (addOp == Op.I32_ADD_I && brOp == Op.BR_IF) {
            fused = Op.ADD_I_BR_NZ;
        } else if (addOp == Op.I32_ADD_I && (brOp == Op.BR_NE_I || brOp == Op.BR_LT_U_I)) {
            fused = brOp == Op.BR_NE_I ? Op.ADD_I_BR_NE_I : Op.ADD_I_BR_LT_U_I;
            high = (Op.imm(br) & 0xFFFF_FFFFL) << 32;
        } else if (addOp == Op.I32_ADD && brOp == Op.BR_LT_U) {
            fused = Op.ADD_BR_LT_U;
            high = (long) Op.c(br) << 32;
        } else {
            return 0;
        }
        out.fuseLastTwo((add & ~0x3FFL) | fused);
        return high;
    }

    /** {@link #branchWhen} plus a target word to patch; returns the target word's position. */
    private int conditionalBranch(int condSlot, boolean fusable, boolean whenZero) {
        long high = branchWhen(condSlot, fusable, whenZero);
        int at = out.position();
        out.extra(high);
        return at;
    }

    private void brTable(Instruction.BrTable bt) {
        int index = stack.index(0);
        int indexSlot = stack.slot(index);
        stack.pop();
        int[] labels = bt.labels();
        byte[] values = label(bt.defaultLabel()).labelKinds();
        stack.materializeTop(values.length);
        int k = ModuleFacts.slots(values);
        out.instr(Op.word(Op.BR_TABLE, indexSlot, labels.length, stack.height() - k));
        for (int l : labels) {
            tableEntry(label(l), k);
        }
        tableEntry(label(bt.defaultLabel()), k);
        top().unreachable = true;
    }

    private void tableEntry(Ctl t, int k) {
        target(t, (long) k << 32);
        out.extra(t.height);
    }

    /** Returns the function's results from the top of the stack. */
    private void emitReturn() {
        emitReturnFrom(label(ctlTop - 1).results);
        top().unreachable = true;
    }

    private void emitReturnFrom(byte[] results) {
        int n = results.length;
        if (n == 1 && !stack.isConstant(stack.index(0))) {
            int i = stack.index(0);
            out.instr(Op.word(Op.RETURN, 0, stack.slot(i), ModuleFacts.slots(results)));
            return;
        }
        stack.materializeTop(n);
        int k = ModuleFacts.slots(results);
        out.instr(Op.word(Op.RETURN, 0, stack.height() - k, k));
    }

    // ---------------------------------------------------------------- the translation

    private void translate(Instruction insn) {
        Opcode op = insn.opcode();
        switch (op) {
            case NOP:
                return;
            case UNREACHABLE:
                out.instr(Op.word(Op.UNREACHABLE, 0, 0, 0));
                top().unreachable = true;
                return;
            case BLOCK:
            case LOOP:
            case IF:
            case TRY:
                block(op, ((Instruction.Block) insn).type());
                return;
            case TRY_TABLE:
                stack.materializeAll();
                tryTable((Instruction.TryTable) insn);
                return;
            case ELSE: {
                Ctl c = top();
                if (!c.unreachable) {
                    stack.materializeTop(c.results.length);
                    out.instr(Op.word(Op.JUMP, 0, 0, 0));
                    c.patches.add(out.position());
                    out.extra(0);
                }
                out.set(c.ifFalsePatch, (out.get(c.ifFalsePatch) & ~0xFFFF_FFFFL) | out.position());
                out.bindLabel();
                c.ifFalsePatch = -1;
                resetTo(c, c.params);
                c.unreachable = false;
                return;
            }
            case CATCH:
            case CATCH_ALL:
                legacyCatch(op == Opcode.CATCH ? ((Instruction.Index) insn).index() : -1);
                return;
            case DELEGATE:
                delegate(((Instruction.Index) insn).index());
                return;
            case END:
                end();
                return;
            case BR:
                br(((Instruction.Index) insn).index());
                return;
            case BR_IF:
                brIf(((Instruction.Index) insn).index());
                return;
            case BR_TABLE:
                brTable((Instruction.BrTable) insn);
                return;
            case RETURN:
                emitReturn();
                return;
            case CALL:
            case RETURN_CALL: {
                int f = ((Instruction.Index) insn).index();
                call(facts.functionType(f), op == Opcode.CALL ? Op.CALL : Op.RETURN_CALL, -1, f);
                return;
            }
            case CALL_INDIRECT:
            case RETURN_CALL_INDIRECT: {
                Instruction.TwoIndices ti = (Instruction.TwoIndices) insn;
                int element = stack.slot(stack.index(0));
                stack.pop();
                call(facts.type(ti.first()), op == Opcode.CALL_INDIRECT ? Op.CALL_INDIRECT : Op.RETURN_CALL_INDIRECT,
                        element, (facts.module.canonicalTypeId(ti.first()) & 0xFFFF_FFFFL) | (long) ti.second() << 32);
                return;
            }
            case CALL_REF:
            case RETURN_CALL_REF: {
                int ref = stack.slot(stack.index(0));
                stack.pop();
                call(facts.type(((Instruction.Index) insn).index()),
                        op == Opcode.CALL_REF ? Op.CALL_REF : Op.RETURN_CALL_REF, ref, 0);
                return;
            }
            case THROW: {
                int tag = ((Instruction.Index) insn).index();
                int n = facts.tagParams(tag).length;
                stack.materializeTop(n);
                out.instr(Op.word(Op.THROW, stack.height(), 0, 0));
                out.extra(tag);
                stack.pop(n);
                top().unreachable = true;
                return;
            }
            case THROW_REF:
                out.instr(Op.word(Op.THROW_REF, 0, stack.slot(stack.index(0)), 0));
                stack.pop();
                top().unreachable = true;
                return;
            case RETHROW:
                out.instr(Op.word(Op.RETHROW, 0, label(((Instruction.Index) insn).index()).exnSlot, 0));
                top().unreachable = true;
                return;
            case DROP:
                stack.pop();
                return;
            case SELECT:
            case SELECT_TYPED:
                select();
                return;
            case LOCAL_GET: {
                int x = ((Instruction.Index) insn).index();
                stack.pushLocal(localKinds[x], localOffsets[x]);
                return;
            }
            case LOCAL_SET:
            case LOCAL_TEE:
                localSet(((Instruction.Index) insn).index(), op == Opcode.LOCAL_TEE);
                return;
            case GLOBAL_GET:
            case GLOBAL_SET:
                global(op, ((Instruction.Index) insn).index());
                return;
            case I32_CONST:
                constant(((Instruction.I32Const) insn).value(), false);
                return;
            case F32_CONST:
                constant(((Instruction.F32Const) insn).bits(), false);
                return;
            case I64_CONST:
                constant(((Instruction.I64Const) insn).value(), true);
                return;
            case F64_CONST:
                constant(((Instruction.F64Const) insn).bits(), true);
                return;
            case I32_REINTERPRET_F32:
            case F32_REINTERPRET_I32:
            case I64_REINTERPRET_F64:
            case F64_REINTERPRET_I64:
                return; // the slot holds the same bits either way
            case REF_NULL: {
                int dst = stack.push(REF);
                out.producer(Op.word(Op.REF_NULL, dst, 0, 0), dst);
                return;
            }
            case REF_IS_NULL: {
                int src = stack.slot(stack.index(0));
                stack.pop();
                int dst = stack.push(NUM);
                out.producer(Op.word(Op.REF_IS_NULL, dst, src, 0), dst);
                return;
            }
            case REF_AS_NON_NULL:
                out.instr(Op.word(Op.REF_AS_NON_NULL, 0, stack.slot(stack.index(0)), 0));
                return;
            case BR_ON_NULL:
            case BR_ON_NON_NULL:
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL:
                brOnReference(insn);
                return;
            default:
                if (op.signature() != null) {
                    signatureInstruction(insn);
                } else {
                    OtherInstructions.translate(this, insn);
                }
        }
    }

    /** A constant operand; zero and the constants loops use have a home slot that holds them. */
    private void constant(long value, boolean isWide) {
        long bits = isWide ? value : value & 0xFFFF_FFFFL;
        int home = bits == 0 ? zeroSlot : pool.slotOf(bits);
        stack.pushConstant(bits, isWide, home);
    }

    private void block(Opcode op, BlockType type) {
        byte[][] bt = blockType(type);
        if (op == Opcode.IF) {
            int cond = stack.index(0);
            int condSlot = stack.slot(cond);
            boolean fusable = stack.isMaterialized(cond);
            stack.pop();
            int before = out.position();
            stack.materializeAll();
            fusable &= out.position() == before;
            Ctl c = push(IF, bt[0], bt[1]);
            c.ifFalsePatch = conditionalBranch(condSlot, fusable, true);
            return;
        }
        stack.materializeAll();
        Ctl c = push(op == Opcode.BLOCK ? BLOCK : op == Opcode.LOOP ? LOOP : TRY, bt[0], bt[1]);
        if (op == Opcode.LOOP) {
            c.startPc = out.position();
            out.bindLabel();
        } else if (op == Opcode.TRY) {
            Handler h = new Handler();
            h.kind = Handler.LEGACY_TRY;
            h.start = out.position();
            h.parentHandler = activeHandler;
            h.exnSlot = hiddenBase + tryDepth++;
            out.bindLabel();
            c.handler = h;
            c.exnSlot = h.exnSlot;
            activeHandler = h;
        }
    }

    private void call(CanonicalType type, int op, int operand, long extra) {
        int n = type.params().length;
        stack.materializeTop(n);
        int base = stack.height() - ModuleFacts.slots(ModuleFacts.kindsOfCodes(type.params()));
        out.instr(Op.word(op, base, Math.max(operand, 0), 0));
        if (op == Op.CALL || op == Op.RETURN_CALL || op == Op.CALL_INDIRECT || op == Op.RETURN_CALL_INDIRECT) {
            out.extra(extra);
        }
        stack.pop(n);
        if (op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT || op == Op.RETURN_CALL_REF) {
            top().unreachable = true;
        } else {
            for (byte k : ModuleFacts.kindsOfCodes(type.results())) {
                stack.push(k);
            }
        }
    }

    private void select() {
        int cond = stack.slot(stack.index(0));
        int second = stack.slot(stack.index(1));
        int first = stack.slot(stack.index(2));
        stack.pop(2);
        byte k = stack.pop();
        int dst = stack.push(k);
        out.producer(Op.word(k == V128 ? Op.SELECT_V128 : k == REF ? Op.SELECT_REF : Op.SELECT, dst, first, second),
                dst);
        out.extra(cond);
    }

    private void localSet(int index, boolean tee) {
        byte k = localKinds[index];
        int slot = localOffsets[index];
        int e = stack.index(0);
        stack.beforeLocalWrite(slot, e);
        if (stack.isConstant(e)) {
            stack.writeConstant(e, slot);
        } else {
            int from = stack.slot(e);
            if (from != slot) {
                int producer = stack.isMaterialized(e) ? out.producerOf(from) : -1;
                if (producer >= 0) {
                    out.retarget(producer, slot);
                } else {
                    out.instr(Op.word(k == V128 ? Op.MOV_V128 : k == REF ? Op.MOV_REF : Op.MOV, slot, from, 0));
                }
            }
        }
        if (tee) {
            stack.moveTo(e, slot);
        } else {
            stack.pop();
        }
    }

    private void global(Opcode op, int index) {
        byte k = ModuleFacts.kind(facts.globalTypes.get(index));
        if (op == Opcode.GLOBAL_GET) {
            int dst = stack.push(k);
            out.producer(Op.word(k == V128 ? Op.GLOBAL_GET_V128 : k == REF ? Op.GLOBAL_GET_REF : Op.GLOBAL_GET, dst,
                    0, 0), dst);
        } else {
            int src = stack.slot(stack.index(0));
            stack.pop();
            out.instr(Op.word(k == V128 ? Op.GLOBAL_SET_V128 : k == REF ? Op.GLOBAL_SET_REF : Op.GLOBAL_SET, 0,
                    src, 0));
        }
        out.extra(index);
    }

    private void brOnReference(Instruction insn) {
        Opcode op = insn.opcode();
        int depth = insn instanceof Instruction.BrOnCast b ? b.label() : ((Instruction.Index) insn).index();
        Ctl t = label(depth);
        byte[] values = t.labelKinds();
        int k = ModuleFacts.slots(values);
        long dst = t.height;
        int ins;
        switch (op) {
            case BR_ON_NULL:
                // the label's values lie below the tested reference, which the branch drops
                stack.materializeTop(values.length + 1);
                ins = Op.BR_ON_NULL;
                break;
            case BR_ON_NON_NULL:
                stack.materializeTop(values.length);
                ins = Op.BR_ON_NON_NULL;
                break;
            default: {
                stack.materializeTop(values.length);
                Instruction.BrOnCast b = (Instruction.BrOnCast) insn;
                ins = op == Opcode.BR_ON_CAST ? Op.BR_ON_CAST : Op.BR_ON_CAST_FAIL;
                dst |= (long) out.addObject(OtherInstructions.castTarget(facts, b.to().heapType(), b.to().nullable()))
                        << 32;
            }
        }
        out.instr(Op.word(ins, stack.height(), 0, 0));
        target(t, (long) k << 32);
        out.extra(dst);
        if (op == Opcode.BR_ON_NULL) {
            // falls through with the (non-null) reference still on top
            return;
        }
        if (op == Opcode.BR_ON_NON_NULL) {
            stack.pop();
        }
    }

    /** Instructions the opcode table types by signature: numeric, SIMD, loads and stores, atomics. */
    private void signatureInstruction(Instruction insn) {
        Opcode op = insn.opcode();
        int o = op.ordinal();
        String sig = op.signature();
        int colon = sig.indexOf(':');
        if (insn instanceof Instruction.MemoryAccess ma) {
            int reg = RegisterForms.MEMORY[o];
            if (reg >= 0 && ma.memory() == 0 && !facts.isMemory64(0) && ma.offset() >= 0
                    && ma.offset() <= Op.MAX_SLOT) {
                memoryAccess(reg, (int) ma.offset());
                return;
            }
            int b = out.addLongs(ma.offset(), ma.lane());
            family(op.prefix() == Opcode.SIMD ? Op.FAM_SIMD : Op.FAM_MEMORY, o, ma.memory(), b, colon, results(sig));
            return;
        }
        if (colon == 2 && RegisterForms.BINARY[o] >= 0) {
            binary(o);
            return;
        }
        if (colon == 1 && RegisterForms.UNARY[o] >= 0) {
            int src = stack.slot(stack.index(0));
            int producer = stack.isMaterialized(stack.index(0)) ? out.producerOf(src) : -1;
            if (RegisterForms.UNARY[o] == Op.I64_EXTEND_I32_U && producer >= 0
                    && RegisterForms.yieldsBoolean(Op.op(out.get(producer)))) {
                return; // a comparison's 0 or 1 is already its own zero extension, in the same slot
            }
            stack.pop();
            int dst = stack.push(NUM);
            out.producer(Op.word(RegisterForms.UNARY[o], dst, src, 0), dst);
            return;
        }
        if (op.prefix() == Opcode.SIMD) {
            int a = 0;
            int b = 0;
            if (insn instanceof Instruction.Lane l) {
                a = l.lane();
            } else if (insn instanceof Instruction.V128Const c) {
                b = out.addLongs(c.low(), c.high());
            } else if (insn instanceof Instruction.Shuffle sh) {
                b = out.addLongs(packLanes(sh.lanes(), 0), packLanes(sh.lanes(), 8));
            }
            family(Op.FAM_SIMD, o, a, b, colon, results(sig));
        } else if (op.isAtomic()) {
            family(Op.FAM_MEMORY, o, 0, 0, colon, results(sig));
        } else {
            family(Op.FAM_NUMERIC, o, 0, 0, colon, results(sig));
        }
    }

    private void binary(int o) {
        int right = stack.index(0);
        int left = stack.index(1);
        int op = RegisterForms.BINARY[o];
        int imm = Integer.MIN_VALUE;
        int operand = -1;
        if (RegisterForms.WITH_IMM[o] >= 0 && stack.isConstant(right)) {
            long c = stack.constant(right);
            long v = RegisterForms.NEGATES_IMM[o] ? -(RegisterForms.WIDE[o] ? c : (long) (int) c)
                    : RegisterForms.WIDE[o] ? c : (int) c;
            if (Op.fitsImm(v)) {
                op = RegisterForms.WITH_IMM[o];
                imm = (int) v;
                operand = stack.slot(left);
            }
        }
        if (imm == Integer.MIN_VALUE && RegisterForms.WITH_IMM_LEFT[o] >= 0 && stack.isConstant(left)) {
            long c = stack.constant(left);
            long v = RegisterForms.WIDE[o] ? c : (int) c;
            if (Op.fitsImm(v)) {
                op = RegisterForms.WITH_IMM_LEFT[o];
                imm = (int) v;
                operand = stack.slot(right);
            }
        }
        int b;
        int c;
        if (imm != Integer.MIN_VALUE) {
            b = operand;
            c = imm & Op.MAX_SLOT;
        } else {
            b = stack.slot(left);
            c = stack.slot(right);
            if (fuseWithProducer(op, left, right, b, c)) {
                return;
            }
        }
        stack.pop(2);
        int dst = stack.push(NUM);
        out.producer(Op.word(op, dst, b, c), dst);
    }

    /**
     * A binary op one of whose operands the last instruction just computed: xorshift steps,
     * scaled indices, hash rounds (multiply-add, rotate-multiply), f64 multiply-add chains and
     * f64 ops on a just-loaded operand become one instruction.
     */
    private boolean fuseWithProducer(int op, int left, int right, int leftSlot, int rightSlot) {
        boolean rightIsLast = stack.isMaterialized(right) && out.producerOf(rightSlot) >= 0;
        boolean leftIsLast = !rightIsLast && stack.isMaterialized(left) && out.producerOf(leftSlot) >= 0;
        if (!rightIsLast && !leftIsLast) {
            return false;
        }
        long p = out.get(out.producerOf(rightIsLast ? rightSlot : leftSlot));
        int other = rightIsLast ? leftSlot : rightSlot;
        int pop = Op.op(p);
        int fused = -1;
        boolean extra = false;
        switch (op) {
            case Op.I32_XOR:
                if ((pop == Op.I32_SHL_I || pop == Op.I32_SHR_U_I) && Op.b(p) == other) {
                    fused = pop == Op.I32_SHL_I ? Op.I32_XOR_SHL_I : Op.I32_XOR_SHR_U_I;
                }
                break;
            case Op.I32_ADD:
                if (pop == Op.I32_SHL_I && (Op.imm(p) == 2 || Op.imm(p) == 3)) {
                    fused = Op.imm(p) == 2 ? Op.I32_ADD_SHL2 : Op.I32_ADD_SHL3;
                    p = Op.word(pop, 0, other, Op.b(p));
                } else if (pop == Op.I32_MUL) {
                    fused = Op.I32_MUL_ADD;
                    extra = true;
                }
                break;
            case Op.I32_MUL:
                if (pop == Op.I32_ROTL_I && leftIsLast) {
                    fused = Op.I32_ROTL_MUL;
                    extra = true;
                }
                break;
            case Op.F64_ADD:
            case Op.F64_MUL:
                if (pop == Op.F64_MUL) {
                    fused = op == Op.F64_ADD ? Op.F64_MUL_ADD : Op.F64_MUL_MUL;
                    extra = true;
                } else if (pop == Op.LOAD64) {
                    return fuseLoadedOperand(op == Op.F64_ADD ? Op.F64_ADD_LOAD : Op.F64_MUL_LOAD, p, other);
                }
                break;
            case Op.F64_SUB:
                if (pop == Op.F64_MUL && rightIsLast) {
                    fused = Op.F64_MUL_SUB;
                    extra = true;
                } else if (pop == Op.LOAD64 && rightIsLast) {
                    return fuseLoadedOperand(Op.F64_SUB_LOAD, p, other);
                }
                break;
            default:
                break;
        }
        if (fused < 0) {
            return false;
        }
        stack.pop(2);
        int dst = stack.push(NUM);
        out.replaceLast(Op.word(fused, dst, Op.b(p), Op.c(p)), dst);
        if (extra) {
            out.extra(other);
        }
        return true;
    }

    /** {@code f64 op} whose right operand the last instruction loaded ({@code p}, a LOAD64): one instruction. */
    private boolean fuseLoadedOperand(int fused, long load, int other) {
        stack.pop(2);
        int dst = stack.push(NUM);
        out.replaceLast(Op.word(fused, dst, other, Op.b(load)), dst);
        out.extra(Op.c(load));
        return true;
    }

    /**
     * A STORE64 of an f64 sum or difference the last instruction just computed: the store
     * computes it. A sum with a value loaded from the same address becomes {@code mem += B}.
     */
    private boolean fuseStoredResult(int value, int address, int offset) {
        int at = out.producerOf(value);
        if (at < 0) {
            return false;
        }
        long p = out.get(at);
        int pop = Op.op(p);
        long word;
        if (pop == Op.F64_ADD || pop == Op.F64_SUB) {
            word = Op.word(pop == Op.F64_ADD ? Op.F64_ADD_STORE : Op.F64_SUB_STORE, address, Op.b(p), Op.c(p));
        } else if (pop == Op.F64_ADD_LOAD && Op.c(p) == address && out.get(at + 1) == offset && Op.a(p) != address) {
            word = Op.word(Op.F64_ADD_TO_MEM, 0, Op.b(p), address);
        } else {
            return false;
        }
        stack.pop(2);
        out.replaceLast(word, -1);
        out.extra(offset);
        return true;
    }

    private void memoryAccess(int reg, int offset) {
        boolean store = RegisterForms.isStore(reg);
        int value = store ? stack.slot(stack.index(0)) : -1;
        int a = stack.index(store ? 1 : 0);
        int address;
        long folded = stack.isConstant(a) ? stack.constant(a) + offset : -1;
        if (folded >= 0 && folded <= Op.MAX_SLOT) {
            // a constant address: the zero slot plus the address as offset
            address = zeroSlot;
            offset = (int) folded;
        } else {
            address = stack.slot(a);
            int at = offset == 0 && stack.isMaterialized(a) ? out.producerOf(address) : -1;
            int fused = at >= 0 ? RegisterForms.addressed(reg, Op.op(out.get(at))) : -1;
            if (fused >= 0) {
                // the address is an i32.add just computed: one instruction adds and accesses
                long add = out.get(at);
                stack.pop(store ? 2 : 1);
                int dst = store ? value : stack.push(NUM);
                out.replaceLast(Op.word(fused, dst, Op.b(add), Op.c(add)), store ? -1 : dst);
                return;
            }
        }
        if (reg == Op.STORE64 && stack.isMaterialized(stack.index(0)) && fuseStoredResult(value, address, offset)) {
            return;
        }
        stack.pop(store ? 2 : 1);
        if (store) {
            out.instr(Op.word(reg, value, address, offset));
        } else {
            int dst = stack.push(NUM);
            out.producer(Op.word(reg, dst, address, offset), dst);
        }
    }

    /**
     * A stack-form instruction: its operands go to their stack positions first; the family
     * handler pops and pushes from the height given.
     */
    void family(int fam, int ordinal, long a, long b, int operands, byte... results) {
        stack.materializeTop(operands);
        out.instr(Op.word(fam, stack.height(), 0, 0));
        out.extra((ordinal & 0xFFFF_FFFFL) | a << 32);
        out.extra(b);
        stack.pop(operands);
        for (byte k : results) {
            stack.push(k);
        }
    }

    /** The result kinds of a signature like {@code "vv:v"}. */
    private static byte[] results(String sig) {
        int colon = sig.indexOf(':');
        byte[] k = new byte[sig.length() - colon - 1];
        for (int i = 0; i < k.length; i++) {
            k[i] = sig.charAt(colon + 1 + i) == 'v' ? V128 : NUM;
        }
        return k;
    }

    private static long packLanes(byte[] lanes, int from) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (lanes[from + i] & 0xFFL) << (8 * i);
        }
        return v;
    }

    // ---------------------------------------------------------------- blocks with handlers, and ends

    private void tryTable(Instruction.TryTable tt) {
        Handler h = new Handler();
        h.kind = Handler.TRY_TABLE;
        h.parentHandler = activeHandler;
        byte[][] bt = blockType(tt.type());
        for (Catch c : tt.catches()) {
            Ctl t = label(c.label());
            int clause = h.tags.length;
            h.addClause(c.kind().ordinal(), c.kind().hasTag() ? c.tag() : -1, t.kind == LOOP ? t.startPc : -1,
                    t.height);
            if (t.kind != LOOP) {
                t.clauseHandlers.add(h);
                t.clauseIndices.add(clause);
            }
        }
        Ctl c = push(TRY_TABLE, bt[0], bt[1]);
        h.start = out.position();
        out.bindLabel();
        c.handler = h;
        activeHandler = h;
    }

    private void legacyCatch(int tag) {
        Ctl c = top();
        if (!c.unreachable) {
            stack.materializeTop(c.results.length);
            out.instr(Op.word(Op.JUMP, 0, 0, 0));
            c.patches.add(out.position());
            out.extra(0);
        }
        Handler h = c.handler;
        if (!c.inCatch) {
            h.end = out.position();
            c.inCatch = true;
            activeHandler = c.outerHandler;
        }
        h.addClause(tag >= 0 ? Handler.CATCH : Handler.CATCH_ALL, tag, out.position(), c.height);
        out.bindLabel();
        resetTo(c, tag >= 0 ? facts.tagParams(tag) : new byte[0]);
        c.unreachable = false;
    }

    private void delegate(int depth) {
        Ctl c = ctls[--ctlTop];
        if (!c.unreachable) {
            stack.materializeTop(c.results.length);
        }
        Handler h = c.handler;
        h.kind = Handler.DELEGATE;
        h.end = out.position();
        Ctl t = label(depth);
        if (t.kind == FUNCTION) {
            h.delegateHandler = null;
        } else if (t.kind == TRY && !t.inCatch || t.kind == TRY_TABLE) {
            h.delegateHandler = t.handler;
        } else {
            h.delegateHandler = t.outerHandler;
        }
        finished.add(h);
        activeHandler = c.outerHandler;
        tryDepth--;
        out.bindLabel();
        resolve(c, out.position());
        resetTo(c, c.results);
    }

    private void end() {
        Ctl c = top();
        if (!c.unreachable) {
            stack.materializeTop(c.results.length);
        }
        ctlTop--;
        out.bindLabel();
        if (c.kind == FUNCTION) {
            int at = out.position();
            int k = ModuleFacts.slots(c.results);
            out.instr(Op.word(Op.RETURN, 0, c.height, k));
            resolve(c, at);
            return;
        }
        if (c.ifFalsePatch >= 0) {
            out.set(c.ifFalsePatch, (out.get(c.ifFalsePatch) & ~0xFFFF_FFFFL) | out.position());
        }
        if (c.kind == TRY_TABLE || c.kind == TRY) {
            Handler h = c.handler;
            if (!c.inCatch) {
                h.end = out.position();
            }
            finished.add(h);
            activeHandler = c.outerHandler;
            if (c.kind == TRY) {
                tryDepth--;
            }
        }
        resolve(c, out.position());
        resetTo(c, c.results);
    }

    /** Points the block's forward branches and catch clauses at {@code target}. */
    private void resolve(Ctl c, int target) {
        for (int p : c.patches) {
            out.set(p, (out.get(p) & ~0xFFFF_FFFFL) | target);
        }
        for (int i = 0; i < c.clauseHandlers.size(); i++) {
            c.clauseHandlers.get(i).targets[c.clauseIndices.get(i)] = target;
        }
    }

    // ---------------------------------------------------------------- for OtherInstructions

    CodeBuffer out() {
        return out;
    }

    ModuleFacts facts() {
        return facts;
    }

    OperandStack stack() {
        return stack;
    }
}
