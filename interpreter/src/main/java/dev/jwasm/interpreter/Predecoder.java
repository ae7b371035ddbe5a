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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates a validated function body, once, into the interpreter's code ({@link Op}).
 *
 * <p>It replays the operand stack in slots (a v128 takes two) and in value kinds (number,
 * vector, reference) — a light re-run of validation, since the validator records neither the
 * stack height at each block entry nor the kinds — so that it can specialize locals, globals
 * and {@code select} by kind, resolve every branch to a code offset plus, where needed, the
 * frame height to unwind to and the number of slots to keep, and lay out exception handlers.
 * Code after an unconditional branch is skipped up to its block's end (the stack there is
 * polymorphic and it never runs).
 */
final class Predecoder {
    private static final int BLOCK = 0;
    private static final int LOOP = 1;
    private static final int IF = 2;
    private static final int TRY_TABLE = 3;
    private static final int TRY = 4;
    private static final int FUNCTION = 5;

    private static final Opcode[] OPCODES = Opcode.values();
    /** The main-loop opcode of a numeric or memory instruction with the same name, or -1. */
    private static final int[] MAIN_OP = new int[OPCODES.length];

    static {
        Arrays.fill(MAIN_OP, -1);
        for (Field f : Op.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                continue;
            }
            try {
                Opcode op = Opcode.valueOf(f.getName());
                if (op.signature() != null) {
                    MAIN_OP[op.ordinal()] = f.getInt(null);
                }
            } catch (IllegalArgumentException | IllegalAccessException e) {
                // an interpreter-only opcode
            }
        }
    }

    /** A block being translated. */
    private static final class Ctl {
        int kind;
        /** Frame-relative slot height at entry, without the block's parameters. */
        int height;
        int kindBase;
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

        int labelSlots() {
            return ModuleFacts.slots(kind == LOOP ? params : results);
        }
    }

    private final ModuleFacts facts;
    private CodeBuffer out;
    private byte[] kinds = new byte[64];
    private int kindTop;
    private int height;
    private Ctl[] ctls = new Ctl[16];
    private int ctlTop;
    private int[] localOffsets;
    private byte[] localKinds;
    private int hiddenBase;
    private int tryDepth;
    private Handler activeHandler;
    private List<Handler> finished;
    /** Start and opcode of the last two instructions emitted (-1: none, or not fusable). */
    private int prevPos = -1;
    private int prev2Pos = -1;
    /** The last code position a branch, handler or block boundary may land on: fusion never spans it. */
    private int labelPos = -1;
    private boolean fused;

    Predecoder(ModuleFacts facts) {
        this.facts = facts;
    }

    FunctionCode translate(int definedIndex) {
        int funcIndex = facts.module.functionCount() - facts.module.definedFunctionCount() + definedIndex;
        CanonicalType type = facts.functionType(funcIndex);
        FunctionBody body = facts.module.module().codes().get(definedIndex);
        FunctionInfo info = facts.module.function(definedIndex);
        out = new CodeBuffer();
        finished = new ArrayList<>();
        kindTop = 0;
        ctlTop = 0;
        tryDepth = 0;
        activeHandler = null;
        prevPos = -1;
        prev2Pos = -1;
        labelPos = -1;

        byte[] params = ModuleFacts.kindsOfCodes(type.params());
        byte[] results = ModuleFacts.kindsOfCodes(type.results());
        int localCount = params.length + (int) body.localCount();
        localOffsets = new int[localCount];
        localKinds = new byte[localCount];
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
        hiddenBase = slot;
        int localArea = slot + maxTryDepth(body.instructions());
        height = localArea;

        Ctl fn = push(FUNCTION, new byte[0], results);
        fn.height = localArea;
        List<Instruction> code = body.instructions();
        int skip = 0;
        for (Instruction insn : code) {
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
            int start = out.position();
            fused = false;
            translate(insn);
            if (!fused && out.position() > start) {
                prev2Pos = prevPos;
                prevPos = start;
            }
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
        int frameSlots = localArea + info.maxStackSlots() + 4;
        return new FunctionCode(out.code(), out.longs(), out.objects(), handlers, paramSlots, localArea,
                ModuleFacts.slots(results), frameSlots);
    }

    private static boolean isBlockStart(Opcode op) {
        return op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.IF || op == Opcode.TRY || op == Opcode.TRY_TABLE;
    }

    /** The deepest nesting of legacy {@code try} blocks: one hidden slot per level keeps a caught exception. */
    private static int maxTryDepth(List<Instruction> code) {
        int depth = 0;
        int max = 0;
        int[] stack = new int[16];
        int top = 0;
        for (Instruction insn : code) {
            Opcode op = insn.opcode();
            if (isBlockStart(op)) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = op == Opcode.TRY ? 1 : 0;
                depth += op == Opcode.TRY ? 1 : 0;
                max = Math.max(max, depth);
            } else if ((op == Opcode.END || op == Opcode.DELEGATE) && top > 0) {
                depth -= stack[--top];
            }
        }
        return max;
    }

    // ---------------------------------------------------------------- operand stack model

    private void pushKind(byte k) {
        if (kindTop == kinds.length) {
            kinds = Arrays.copyOf(kinds, kindTop * 2);
        }
        kinds[kindTop++] = k;
        height += k == V128 ? 2 : 1;
    }

    private void pushKinds(byte[] ks) {
        for (byte k : ks) {
            pushKind(k);
        }
    }

    private byte popKind() {
        byte k = kinds[--kindTop];
        height -= k == V128 ? 2 : 1;
        return k;
    }

    private void popKinds(int n) {
        for (int i = 0; i < n; i++) {
            popKind();
        }
    }

    private byte peekKind(int depth) {
        return kinds[kindTop - 1 - depth];
    }

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
        c.height = height - ModuleFacts.slots(params);
        c.kindBase = kindTop - params.length;
        c.outerHandler = activeHandler;
        ctls[ctlTop++] = c;
        return c;
    }

    /** Resets the stack model to a block's base plus the given kinds. */
    private void resetTo(Ctl c, byte[] ks) {
        kindTop = c.kindBase;
        height = c.height;
        pushKinds(ks);
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

    /** Writes a branch target: known for a loop, else patched when the block ends. */
    private void emitTarget(Ctl t) {
        if (t.kind == LOOP) {
            out.emit(t.startPc);
        } else {
            t.patches.add(out.position());
            out.emit(-1);
        }
    }

    /** The frame height a branch to {@code t} unwinds to (the function's label: none, its return takes the top). */
    private int labelHeight(Ctl t, int heightAtBranch) {
        return t.kind == FUNCTION ? heightAtBranch - t.labelSlots() : t.height;
    }

    /** {@code target h k} of a branch with unwinding. */
    private void emitUnwindingTarget(Ctl t) {
        emitTarget(t);
        out.emit(labelHeight(t, height));
        out.emit(t.labelSlots());
    }

    private void br(int depth) {
        Ctl t = label(depth);
        if (t.kind == FUNCTION) {
            out.emit(Op.RETURN);
        } else if (height == t.height + t.labelSlots()) {
            out.emit(t.kind == LOOP ? Op.JUMP_BACK : Op.JUMP);
            emitTarget(t);
        } else {
            out.emit(Op.BR_UNWIND);
            emitUnwindingTarget(t);
        }
        top().unreachable = true;
    }

    private void brIf(int depth) {
        popKind();
        Ctl t = label(depth);
        if (t.kind == FUNCTION) {
            out.emit(Op.IF_FALSE);
            int patch = out.position();
            out.emit(-1);
            out.emit(Op.RETURN);
            out.set(patch, out.position());
            bindLabel();
        } else if (height == t.height + t.labelSlots()) {
            int prev = previous();
            int branch = compareAndBranch(prev);
            if (branch >= 0) {
                replaceFrom(prevPos);
                out.emit(branch);
            } else if (prev == Op.I32_EQZ && t.kind != LOOP) {
                replaceFrom(prevPos);
                out.emit(Op.IF_FALSE);
            } else {
                out.emit(t.kind == LOOP ? Op.BR_IF_BACK : Op.BR_IF);
            }
            emitTarget(t);
        } else {
            out.emit(Op.BR_IF_UNWIND);
            emitUnwindingTarget(t);
        }
    }

    private void brTable(Instruction.BrTable bt) {
        popKind();
        int[] labels = bt.labels();
        out.emit(Op.BR_TABLE);
        out.emit(labels.length);
        for (int l : labels) {
            emitUnwindingTarget(label(l));
        }
        emitUnwindingTarget(label(bt.defaultLabel()));
        top().unreachable = true;
    }

    // ---------------------------------------------------------------- superinstructions

    private void bindLabel() {
        labelPos = out.position();
    }

    /** The opcode of the instruction just emitted, if a new one may fuse with it (no label in between); else -1. */
    private int previous() {
        return prevPos >= 0 && labelPos != out.position() ? out.get(prevPos) : -1;
    }

    /** The opcode of the instruction before {@link #previous()}, if all three may fuse; else -1. */
    private int previous2() {
        return prev2Pos >= 0 && previous() >= 0 && labelPos != prevPos ? out.get(prev2Pos) : -1;
    }

    /** Drops the code from {@code position} on; the caller emits the fused instruction there. */
    private void replaceFrom(int position) {
        out.truncate(position);
        fused = true;
        prevPos = position;
        prev2Pos = -1;
    }

    /** The fused compare-and-branch of an i32 comparison, or -1. */
    private static int compareAndBranch(int compare) {
        return compare >= Op.I32_EQ && compare <= Op.I32_GE_U ? Op.BR_IF_I32_EQ + (compare - Op.I32_EQ) : -1;
    }

    /** The compare-and-branch that jumps when {@code branch}'s condition is false. */
    private static int negated(int branch) {
        switch (branch) {
            case Op.BR_IF_I32_EQ: return Op.BR_IF_I32_NE;
            case Op.BR_IF_I32_NE: return Op.BR_IF_I32_EQ;
            case Op.BR_IF_I32_LT_S: return Op.BR_IF_I32_GE_S;
            case Op.BR_IF_I32_LT_U: return Op.BR_IF_I32_GE_U;
            case Op.BR_IF_I32_GT_S: return Op.BR_IF_I32_LE_S;
            case Op.BR_IF_I32_GT_U: return Op.BR_IF_I32_LE_U;
            case Op.BR_IF_I32_LE_S: return Op.BR_IF_I32_GT_S;
            case Op.BR_IF_I32_LE_U: return Op.BR_IF_I32_GT_U;
            case Op.BR_IF_I32_GE_S: return Op.BR_IF_I32_LT_S;
            default: return Op.BR_IF_I32_LT_U;
        }
    }

    /** The fused form of an i32 operation whose second operand is a constant, or -1. */
    private static int withConstant(int main) {
        switch (main) {
            case Op.I32_SHL: return Op.I32_SHL_CONST;
            case Op.I32_SHR_U: return Op.I32_SHR_U_CONST;
            case Op.I32_AND: return Op.I32_AND_CONST;
            case Op.I32_MUL: return Op.I32_MUL_CONST;
            default: return -1;
        }
    }

    /**
     * {@code i32.const c; i32.add} (or sub, shl, shr_u, and, mul), {@code local.get x} before an
     * added constant, and {@code local.get x; local.get y; i32.add}.
     */
    private boolean fuseBinary(int main) {
        int prev = previous();
        if (main == Op.I32_ADD && prev == Op.LOCAL_GET2) {
            int x = out.get(prevPos + 1);
            int y = out.get(prevPos + 2);
            replaceFrom(prevPos);
            out.emit(Op.LOCAL_ADD_LOCAL);
            out.emit(x);
            out.emit(y);
            return true;
        }
        if (prev != Op.I32_CONST) {
            return false;
        }
        int fusedOp = withConstant(main);
        if (fusedOp >= 0) {
            int c = out.get(prevPos + 1);
            replaceFrom(prevPos);
            out.emit(fusedOp, c);
            return true;
        }
        if (main != Op.I32_ADD && main != Op.I32_SUB) {
            return false;
        }
        int c = out.get(prevPos + 1);
        c = main == Op.I32_SUB ? -c : c;
        if (previous2() == Op.LOCAL_GET) {
            int x = out.get(prev2Pos + 1);
            replaceFrom(prev2Pos);
            out.emit(Op.LOCAL_ADD_CONST);
            out.emit(x);
            out.emit(c);
        } else {
            replaceFrom(prevPos);
            out.emit(Op.I32_ADD_CONST, c);
        }
        return true;
    }

    // ---------------------------------------------------------------- the translation

    private void translate(Instruction insn) {
        Opcode op = insn.opcode();
        switch (op) {
            case NOP:
                return;
            case UNREACHABLE:
                out.emit(Op.UNREACHABLE);
                top().unreachable = true;
                return;
            case BLOCK:
            case LOOP:
            case IF:
            case TRY: {
                byte[][] bt = blockType(((Instruction.Block) insn).type());
                if (op == Opcode.IF) {
                    popKind();
                }
                Ctl c = push(op == Opcode.BLOCK ? BLOCK : op == Opcode.LOOP ? LOOP : op == Opcode.IF ? IF : TRY,
                        bt[0], bt[1]);
                if (op == Opcode.LOOP) {
                    c.startPc = out.position();
                    bindLabel();
                } else if (op == Opcode.IF) {
                    int prev = previous();
                    int branch = compareAndBranch(prev);
                    if (branch >= 0) {
                        replaceFrom(prevPos);
                        out.emit(negated(branch));
                    } else if (prev == Op.I32_EQZ) {
                        replaceFrom(prevPos);
                        out.emit(Op.BR_IF);
                    } else {
                        out.emit(Op.IF_FALSE);
                    }
                    c.ifFalsePatch = out.position();
                    out.emit(-1);
                } else if (op == Opcode.TRY) {
                    Handler h = new Handler();
                    h.kind = Handler.LEGACY_TRY;
                    h.start = out.position();
                    h.parentHandler = activeHandler;
                    h.exnSlot = hiddenBase + tryDepth++;
                    bindLabel();
                    c.handler = h;
                    c.exnSlot = h.exnSlot;
                    activeHandler = h;
                }
                return;
            }
            case TRY_TABLE:
                tryTable((Instruction.TryTable) insn);
                return;
            case ELSE: {
                Ctl c = top();
                if (!c.unreachable) {
                    out.emit(Op.JUMP);
                    c.patches.add(out.position());
                    out.emit(-1);
                }
                out.set(c.ifFalsePatch, out.position());
                bindLabel();
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
                out.emit(Op.RETURN);
                top().unreachable = true;
                return;
            case CALL:
            case RETURN_CALL: {
                int f = ((Instruction.Index) insn).index();
                call(facts.functionType(f), op == Opcode.CALL ? Op.CALL : Op.RETURN_CALL, f, 0, 0);
                return;
            }
            case CALL_INDIRECT:
            case RETURN_CALL_INDIRECT: {
                Instruction.TwoIndices ti = (Instruction.TwoIndices) insn;
                popKind();
                call(facts.type(ti.first()), op == Opcode.CALL_INDIRECT ? Op.CALL_INDIRECT : Op.RETURN_CALL_INDIRECT,
                        facts.module.canonicalTypeId(ti.first()), ti.second(), 2);
                return;
            }
            case CALL_REF:
            case RETURN_CALL_REF:
                popKind();
                call(facts.type(((Instruction.Index) insn).index()),
                        op == Opcode.CALL_REF ? Op.CALL_REF : Op.RETURN_CALL_REF, 0, 0, 0);
                return;
            case THROW: {
                int tag = ((Instruction.Index) insn).index();
                popKinds(facts.tagParams(tag).length);
                out.emit(Op.THROW, tag);
                top().unreachable = true;
                return;
            }
            case THROW_REF:
                popKind();
                out.emit(Op.THROW_REF);
                top().unreachable = true;
                return;
            case RETHROW:
                out.emit(Op.RETHROW, label(((Instruction.Index) insn).index()).exnSlot);
                top().unreachable = true;
                return;
            case DROP:
                out.emit(popKind() == V128 ? Op.DROP2 : Op.DROP);
                return;
            case SELECT:
            case SELECT_TYPED: {
                popKind();
                popKind();
                byte k = popKind();
                out.emit(k == V128 ? Op.SELECT_V128 : k == REF ? Op.SELECT_REF : Op.SELECT);
                pushKind(k);
                return;
            }
            case LOCAL_GET:
            case LOCAL_SET:
            case LOCAL_TEE:
                local(op, ((Instruction.Index) insn).index());
                return;
            case GLOBAL_GET:
            case GLOBAL_SET:
                global(op, ((Instruction.Index) insn).index());
                return;
            case I32_CONST:
                out.emit(Op.I32_CONST, ((Instruction.I32Const) insn).value());
                pushKind(NUM);
                return;
            case F32_CONST:
                out.emit(Op.F32_CONST, ((Instruction.F32Const) insn).bits());
                pushKind(NUM);
                return;
            case I64_CONST:
                emitLong(Op.I64_CONST, ((Instruction.I64Const) insn).value());
                return;
            case F64_CONST:
                emitLong(Op.F64_CONST, ((Instruction.F64Const) insn).bits());
                return;
            case I32_REINTERPRET_F32:
            case F32_REINTERPRET_I32:
            case I64_REINTERPRET_F64:
            case F64_REINTERPRET_I64:
                return; // the slot holds the same bits either way
            case REF_NULL:
                out.emit(Op.REF_NULL);
                pushKind(REF);
                return;
            case REF_IS_NULL:
                popKind();
                out.emit(Op.REF_IS_NULL);
                pushKind(NUM);
                return;
            case REF_AS_NON_NULL:
                out.emit(Op.REF_AS_NON_NULL);
                return;
            case BR_ON_NULL: {
                popKind();
                Ctl t = label(((Instruction.Index) insn).index());
                out.emit(Op.BR_ON_NULL);
                emitUnwindingTarget(t);
                pushKind(REF);
                return;
            }
            case BR_ON_NON_NULL: {
                Ctl t = label(((Instruction.Index) insn).index());
                out.emit(Op.BR_ON_NON_NULL);
                emitUnwindingTarget(t);
                popKind();
                return;
            }
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL: {
                Instruction.BrOnCast b = (Instruction.BrOnCast) insn;
                Ctl t = label(b.label());
                out.emit(op == Opcode.BR_ON_CAST ? Op.BR_ON_CAST : Op.BR_ON_CAST_FAIL);
                emitUnwindingTarget(t);
                out.emit(out.addObject(OtherInstructions.castTarget(facts, b.to().heapType(), b.to().nullable())));
                return;
            }
            default:
                if (op.signature() != null) {
                    signatureInstruction(insn);
                } else {
                    OtherInstructions.translate(this, insn);
                }
        }
    }

    private void emitLong(int op, long v) {
        out.emit(op);
        out.emit((int) v);
        out.emit((int) (v >>> 32));
        pushKind(NUM);
    }

    private void call(CanonicalType type, int op, int a, int b, int immediates) {
        popKinds(type.params().length);
        out.emit(op);
        if (op == Op.CALL || op == Op.RETURN_CALL) {
            out.emit(a);
        } else if (immediates == 2) {
            out.emit(a);
            out.emit(b);
        }
        if (op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT || op == Op.RETURN_CALL_REF) {
            top().unreachable = true;
        } else {
            pushKinds(ModuleFacts.kindsOfCodes(type.results()));
        }
    }

    private void local(Opcode op, int index) {
        byte k = localKinds[index];
        int slot = localOffsets[index];
        int base = k == V128 ? Op.LOCAL_GET_V128 : k == REF ? Op.LOCAL_GET_REF : Op.LOCAL_GET;
        switch (op) {
            case LOCAL_GET:
                if (base == Op.LOCAL_GET && previous() == Op.LOCAL_GET) {
                    int first = out.get(prevPos + 1);
                    replaceFrom(prevPos);
                    out.emit(Op.LOCAL_GET2);
                    out.emit(first);
                    out.emit(slot);
                } else {
                    out.emit(base, slot);
                }
                pushKind(k);
                break;
            case LOCAL_SET:
                if (base == Op.LOCAL_GET && previous() == Op.LOCAL_ADD_CONST) {
                    int x = out.get(prevPos + 1);
                    int c = out.get(prevPos + 2);
                    replaceFrom(prevPos);
                    out.emit(Op.LOCAL_ADD_CONST_SET);
                    out.emit(x);
                    out.emit(c);
                    out.emit(slot);
                } else {
                    out.emit(base + 1, slot);
                }
                popKind();
                break;
            default:
                out.emit(base + 2, slot);
                break;
        }
    }

    private void global(Opcode op, int index) {
        byte k = ModuleFacts.kind(facts.globalTypes.get(index));
        int base = k == V128 ? Op.GLOBAL_GET_V128 : k == REF ? Op.GLOBAL_GET_REF : Op.GLOBAL_GET;
        if (op == Opcode.GLOBAL_GET) {
            out.emit(base, index);
            pushKind(k);
        } else {
            out.emit(base + 1, index);
            popKind();
        }
    }

    /** Instructions the opcode table types by signature: numeric, SIMD, loads and stores, atomics. */
    private void signatureInstruction(Instruction insn) {
        Opcode op = insn.opcode();
        String sig = op.signature();
        int colon = sig.indexOf(':');
        popKinds(colon);
        int main = MAIN_OP[op.ordinal()];
        if (insn instanceof Instruction.MemoryAccess ma) {
            if (main >= 0 && ma.memory() == 0 && !facts.isMemory64(0) && ma.offset() >= 0
                    && ma.offset() <= 0xFFFF_FFFFL) {
                if (main == Op.I32_LOAD && previous() == Op.LOCAL_GET) {
                    int x = out.get(prevPos + 1);
                    replaceFrom(prevPos);
                    out.emit(Op.LOCAL_I32_LOAD);
                    out.emit(x);
                    out.emit((int) ma.offset());
                } else {
                    out.emit(main, (int) ma.offset());
                }
            } else {
                int b = out.addLongs(ma.offset(), ma.lane());
                out.emit(op.prefix() == Opcode.SIMD ? Op.FAM_SIMD : Op.FAM_MEMORY, op.ordinal(), ma.memory(), b);
            }
        } else if (main >= 0) {
            if (!fuseBinary(main)) {
                out.emit(main);
            }
        } else if (op.prefix() == Opcode.SIMD) {
            int a = 0;
            int b = 0;
            if (insn instanceof Instruction.Lane l) {
                a = l.lane();
            } else if (insn instanceof Instruction.V128Const c) {
                b = out.addLongs(c.low(), c.high());
            } else if (insn instanceof Instruction.Shuffle sh) {
                b = out.addLongs(packLanes(sh.lanes(), 0), packLanes(sh.lanes(), 8));
            }
            out.emit(Op.FAM_SIMD, op.ordinal(), a, b);
        } else if (op.isAtomic()) {
            out.emit(Op.FAM_MEMORY, op.ordinal(), 0, 0);
        } else {
            out.emit(Op.FAM_NUMERIC, op.ordinal(), 0, 0);
        }
        for (int i = colon + 1; i < sig.length(); i++) {
            pushKind(sig.charAt(i) == 'v' ? V128 : NUM);
        }
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
        for (Catch c : tt.catches()) {
            Ctl t = label(c.label());
            int clause = h.tags.length;
            h.addClause(c.kind().ordinal(), c.kind().hasTag() ? c.tag() : -1, t.kind == LOOP ? t.startPc : -1,
                    t.kind == FUNCTION ? t.height : labelHeight(t, height));
            if (t.kind != LOOP) {
                t.clauseHandlers.add(h);
                t.clauseIndices.add(clause);
            }
        }
        byte[][] bt = blockType(tt.type());
        Ctl c = push(TRY_TABLE, bt[0], bt[1]);
        h.start = out.position();
        bindLabel();
        c.handler = h;
        activeHandler = h;
    }

    private void legacyCatch(int tag) {
        Ctl c = top();
        if (!c.unreachable) {
            out.emit(Op.JUMP);
            c.patches.add(out.position());
            out.emit(-1);
        }
        Handler h = c.handler;
        if (!c.inCatch) {
            h.end = out.position();
            c.inCatch = true;
            activeHandler = c.outerHandler;
        }
        h.addClause(tag >= 0 ? Handler.CATCH : Handler.CATCH_ALL, tag, out.position(), c.height);
        bindLabel();
        resetTo(c, tag >= 0 ? facts.tagParams(tag) : new byte[0]);
        c.unreachable = false;
    }

    private void delegate(int depth) {
        Ctl c = ctls[--ctlTop];
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
        bindLabel();
        resolve(c, out.position());
        resetTo(c, c.results);
    }

    private void end() {
        bindLabel();
        Ctl c = ctls[--ctlTop];
        if (c.kind == FUNCTION) {
            int at = out.position();
            out.emit(Op.RETURN);
            resolve(c, at);
            return;
        }
        if (c.ifFalsePatch >= 0) {
            out.set(c.ifFalsePatch, out.position());
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
            out.set(p, target);
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

    void pop(int n) {
        popKinds(n);
    }

    byte popOne() {
        return popKind();
    }

    void pushNum() {
        pushKind(NUM);
    }

    void pushRef() {
        pushKind(REF);
    }

    void pushKindOf(byte k) {
        pushKind(k);
    }
}
