package dev.jwasm.validator.internal;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.validator.FunctionInfo;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types function bodies and constant expressions in one pass over their instructions, with
 * the operand-stack algorithm of the spec's appendix. One instance validates all the code of
 * a module and reuses its arrays, so typing an instruction allocates nothing.
 */
public final class CodeValidator extends StackMachine {
    private final boolean[] allowed = new boolean[Opcode.values().length];
    private final boolean multiValue;
    private final LocalTable locals = new LocalTable();
    private final GcInstructions gc;
    private final int[] scratch = new int[8];
    private final int[] single = new int[1];
    private final int[][] smallSingletons = new int[256][];
    private final Map<Integer, int[]> singletons = new HashMap<>();
    private int[] initStack = new int[16];
    private int initSp;
    private int[] returnTypes = NONE;
    private int[] blockParams;
    private int[] blockResults;

    CodeValidator(ModuleContext ctx) {
        super(ctx);
        for (Opcode op : Opcode.values()) {
            Feature f = op.feature();
            allowed[op.ordinal()] = f == null || ctx.features.has(f);
        }
        multiValue = ctx.features.has(Feature.MULTI_VALUE);
        gc = new GcInstructions(this);
    }

    /** Validates the body of a function of the given type index (already known to be a function type). */
    FunctionInfo validateFunction(int typeIndex, FunctionBody body) {
        CanonicalType type = ctx.types[typeIndex];
        locals.reset(type.params(), body.locals(), ctx);
        returnTypes = type.results();
        run(body.instructions(), type.results());
        return new FunctionInfo(maxHeight, maxSlots, match, link, arity, pool);
    }

    /** Validates a constant expression producing one value of type {@code expected}. */
    void validateConstant(ConstExpr expr, int expected) {
        if (expr == null) {
            throw new InvalidModuleException("constant expression required");
        }
        List<Instruction> code = expr.instructions();
        for (int i = 0; i < code.size() - 1; i++) {
            checkConstant(code.get(i));
        }
        locals.reset(NONE, List.of(), ctx);
        returnTypes = NONE;
        single[0] = expected;
        run(code, single.clone());
    }

    private void checkConstant(Instruction insn) {
        switch (insn.opcode()) {
            case I32_CONST: case I64_CONST: case F32_CONST: case F64_CONST: case V128_CONST:
            case REF_NULL: case REF_FUNC: case REF_I31:
            case STRUCT_NEW: case STRUCT_NEW_DEFAULT: case ARRAY_NEW: case ARRAY_NEW_DEFAULT: case ARRAY_NEW_FIXED:
            case ANY_CONVERT_EXTERN: case EXTERN_CONVERT_ANY:
                return;
            case I32_ADD: case I32_SUB: case I32_MUL: case I64_ADD: case I64_SUB: case I64_MUL:
                if (ctx.features.has(Feature.EXTENDED_CONST)) {
                    return;
                }
                break;
            case GLOBAL_GET: {
                int g = index(insn);
                ctx.checkGlobal(g);
                if (!ctx.globalMutable[g]) {
                    return;
                }
                break;
            }
            default:
                break;
        }
        throw new InvalidModuleException("constant expression required");
    }

    private void run(List<Instruction> code, int[] results) {
        int n = code.size();
        reset(n);
        initSp = 0;
        pushFrame(K_FUNCTION, -1, NONE, results, 0);
        for (int i = 0; i < n; i++) {
            if (fp == 0) {
                throw new InvalidModuleException("operators remaining after end of function");
            }
            step(code.get(i), i);
        }
        if (fp != 0) {
            throw new InvalidModuleException("END opcode expected");
        }
    }

    // ---------------------------------------------------------------- dispatch

    private void step(Instruction insn, int i) {
        Opcode op = insn.opcode();
        int o = op.ordinal();
        if (!allowed[o]) {
            throw new InvalidModuleException("feature " + op.feature().cliName() + " is not enabled ("
                    + op.mnemonic() + ")");
        }
        switch (OpcodeTable.CATEGORY[o]) {
            case OpcodeTable.GENERIC:
                popAll(OpcodeTable.PARAMS32[o]);
                pushAll(OpcodeTable.RESULTS[o]);
                return;
            case OpcodeTable.MEMORY:
                memoryAccess(insn, op);
                return;
            case OpcodeTable.LANE:
                lane(insn, op);
                return;
            case OpcodeTable.SHUFFLE:
                shuffle(insn);
                return;
            default:
                break;
        }
        switch (op) {
            case UNREACHABLE:
                setUnreachable();
                return;
            case NOP:
                return;
            case BLOCK:
            case LOOP:
            case IF:
            case TRY:
                openBlock(insn, op, i);
                return;
            case ELSE:
                elseClause(i);
                return;
            case END:
                end(i);
                return;
            case BR:
                br(index(insn), i);
                return;
            case BR_IF:
                brIf(index(insn), i);
                return;
            case BR_TABLE:
                brTable(insn, i);
                return;
            case BR_ON_NULL:
                brOnNull(index(insn), i);
                return;
            case BR_ON_NON_NULL:
                brOnNonNull(index(insn), i);
                return;
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL:
                brOnCast(insn, op, i);
                return;
            case RETURN:
                popAll(returnTypes);
                setUnreachable();
                return;
            case CALL:
            case RETURN_CALL:
                call(insn, op == Opcode.RETURN_CALL);
                return;
            case CALL_INDIRECT:
            case RETURN_CALL_INDIRECT:
                callIndirect(insn, op == Opcode.RETURN_CALL_INDIRECT);
                return;
            case CALL_REF:
            case RETURN_CALL_REF:
                callRef(insn, op == Opcode.RETURN_CALL_REF);
                return;
            case THROW:
                popAll(ctx.types[ctx.tag(index(insn))].params());
                setUnreachable();
                return;
            case THROW_REF:
                pop(TypeCodes.EXNREF);
                setUnreachable();
                return;
            case TRY_TABLE:
                tryTable(insn, i);
                return;
            case CATCH:
            case CATCH_ALL:
                legacyCatch(insn, op, i);
                return;
            case DELEGATE:
                delegate(index(insn), i);
                return;
            case RETHROW:
                rethrow(index(insn), i);
                return;
            case DROP:
                popAny();
                return;
            case SELECT:
                select();
                return;
            case SELECT_TYPED:
                selectTyped(insn);
                return;
            case LOCAL_GET:
            case LOCAL_SET:
            case LOCAL_TEE:
                local(index(insn), op);
                return;
            case GLOBAL_GET:
            case GLOBAL_SET:
                global(index(insn), op);
                return;
            case REF_NULL:
                push(TypeCodes.ref(ctx.heapCode(heapTypeOp(insn).heapType()), true));
                return;
            case REF_IS_NULL:
                popRef();
                push(TypeCodes.I32);
                return;
            case REF_AS_NON_NULL:
                push(TypeCodes.withNullable(popRef(), false));
                return;
            case REF_FUNC:
                refFunc(index(insn));
                return;
            case REF_EQ:
                pop2(TypeCodes.EQREF, TypeCodes.EQREF);
                push(TypeCodes.I32);
                return;
            default:
                break;
        }
        if (!TableAndMemoryInstructions.validate(this, insn, op) && !gc.validate(insn, op)) {
            throw new InvalidModuleException("unexpected instruction " + op.mnemonic());
        }
    }

    // ---------------------------------------------------------------- immediates

    static int index(Instruction insn) {
        if (insn instanceof Instruction.Index x) {
            return x.index();
        }
        throw malformed(insn);
    }

    static Instruction.TwoIndices two(Instruction insn) {
        if (insn instanceof Instruction.TwoIndices t) {
            return t;
        }
        throw malformed(insn);
    }

    static Instruction.HeapTypeOp heapTypeOp(Instruction insn) {
        if (insn instanceof Instruction.HeapTypeOp h) {
            return h;
        }
        throw malformed(insn);
    }

    static InvalidModuleException malformed(Instruction insn) {
        return new InvalidModuleException("malformed instruction: " + insn.opcode().mnemonic()
                + " with immediates of the wrong shape");
    }

    // ---------------------------------------------------------------- stack helpers

    void pop2(int a, int b) {
        scratch[0] = a;
        scratch[1] = b;
        popAll(scratch, 2);
    }

    void pop3(int a, int b, int c) {
        scratch[0] = a;
        scratch[1] = b;
        scratch[2] = c;
        popAll(scratch, 3);
    }

    void pop4(int a, int b, int c, int d) {
        scratch[0] = a;
        scratch[1] = b;
        scratch[2] = c;
        scratch[3] = d;
        popAll(scratch, 4);
    }

    void pop5(int a, int b, int c, int d, int e) {
        scratch[0] = a;
        scratch[1] = b;
        scratch[2] = c;
        scratch[3] = d;
        scratch[4] = e;
        popAll(scratch, 5);
    }

    /** Pops {@code count} values of one type (array.new_fixed); the count may be large. */
    void popRepeated(int type, long count) {
        int available = sp - fHeight[fp - 1];
        if (count > available && !fUnreachable[fp - 1]) {
            single[0] = type;
            throw mismatch(single, 1);
        }
        int n = (int) Math.min(count, available);
        for (int k = 0; k < n; k++) {
            pop(type);
        }
    }

    /**
     * Pops a reference (any reference type) and returns it, as {@code (ref bot)} when unknown
     * (only in unreachable code: an empty stack is a type mismatch otherwise).
     */
    int popRef() {
        int r = peekRef();
        if (sp > fHeight[fp - 1]) {
            sp--;
        } else if (!fUnreachable[fp - 1]) {
            throw new InvalidModuleException("type mismatch: instruction requires reference type but stack has []");
        }
        return r;
    }

    // ---------------------------------------------------------------- blocks

    private void blockType(BlockType bt) {
        if (bt == null) {
            throw new InvalidModuleException("malformed block type");
        }
        if (bt.isTypeIndex()) {
            CanonicalType t = ctx.funcType(bt.typeIndex());
            if (!multiValue && (t.params().length > 0 || t.results().length > 1)) {
                throw new InvalidModuleException("invalid result arity");
            }
            blockParams = t.params();
            blockResults = t.results();
        } else if (bt.valueType() != null) {
            blockParams = NONE;
            blockResults = singleton(ctx.code(bt.valueType()));
        } else {
            blockParams = NONE;
            blockResults = NONE;
        }
    }

    private int[] singleton(int code) {
        if (code < smallSingletons.length) {
            int[] s = smallSingletons[code];
            if (s == null) {
                s = new int[] {code};
                smallSingletons[code] = s;
            }
            return s;
        }
        int[] s = singletons.get(code);
        if (s == null) {
            s = new int[] {code};
            singletons.put(code, s);
        }
        return s;
    }

    private void openBlock(Instruction insn, Opcode op, int i) {
        if (!(insn instanceof Instruction.Block b)) {
            throw malformed(insn);
        }
        blockType(b.type());
        int kind;
        switch (op) {
            case LOOP:
                kind = K_LOOP;
                break;
            case IF:
                kind = K_IF;
                pop(TypeCodes.I32);
                break;
            case TRY:
                kind = K_TRY;
                break;
            default:
                kind = K_BLOCK;
                break;
        }
        popAll(blockParams);
        pushFrame(kind, i, blockParams, blockResults, initSp);
    }

    private void tryTable(Instruction insn, int i) {
        if (!(insn instanceof Instruction.TryTable t)) {
            throw malformed(insn);
        }
        blockType(t.type());
        int[] params = blockParams;
        int[] results = blockResults;
        List<Catch> catches = t.catches();
        int at = reservePool(catches.size());
        for (int c = 0; c < catches.size(); c++) {
            recordPoolTarget(at + 1 + c, checkCatch(catches.get(c)));
        }
        setLink(i, at);
        popAll(params);
        pushFrame(K_TRY_TABLE, i, params, results, initSp);
    }

    /** Checks a try_table catch clause against its label; returns the label's frame. */
    private int checkCatch(Catch c) {
        if (c == null || c.kind() == null) {
            throw new InvalidModuleException("malformed catch clause");
        }
        int[] tagParams = NONE;
        if (c.kind().hasTag()) {
            tagParams = ctx.types[ctx.tag(c.tag())].params();
        }
        int frame = labelFrame(c.label());
        int[] label = labelTypes(frame);
        int n = tagParams.length + (c.kind().pushesExnRef() ? 1 : 0);
        boolean ok = label.length == n;
        for (int k = 0; ok && k < tagParams.length; k++) {
            ok = matches(tagParams[k], label[k]);
        }
        int exn = TypeCodes.ref(TypeCodes.HEAP_EXN, false);
        if (ok && c.kind().pushesExnRef()) {
            ok = matches(exn, label[n - 1]);
        }
        if (!ok) {
            int[] has = java.util.Arrays.copyOf(tagParams, n);
            if (c.kind().pushesExnRef()) {
                has[n - 1] = exn;
            }
            throw new InvalidModuleException("type mismatch: catch handler requires " + ctx.typeNames(label, label.length)
                    + " but label has " + ctx.typeNames(has, n));
        }
        return frame;
    }

    private void elseClause(int i) {
        int f = fp - 1;
        if (fKind[f] != K_IF) {
            throw new InvalidModuleException("else without matching if");
        }
        checkFrameEnd();
        startClause(f, i, K_ELSE);
        pushAll(fParams[f]);
    }

    /** Begins a new arm of an if or try frame at instruction {@code i}. */
    private void startClause(int f, int i, int kind) {
        resetLocals(fInit[f]);
        setLink(fClause[f], i);
        fClause[f] = i;
        fKind[f] = kind;
        fUnreachable[f] = false;
        sp = fHeight[f];
    }

    private void legacyCatch(Instruction insn, Opcode op, int i) {
        int f = fp - 1;
        if (fKind[f] != K_TRY && fKind[f] != K_CATCH) {
            throw new InvalidModuleException(op.mnemonic() + " without matching try");
        }
        int[] params = op == Opcode.CATCH ? ctx.types[ctx.tag(index(insn))].params() : NONE;
        checkFrameEnd();
        startClause(f, i, op == Opcode.CATCH ? K_CATCH : K_CATCH_ALL);
        pushAll(params);
    }

    private void end(int i) {
        int f = fp - 1;
        if (fKind[f] == K_IF) {
            // no else: an empty else arm must turn the params into the results
            checkFrameEnd();
            resetLocals(fInit[f]);
            fUnreachable[f] = false;
            sp = fHeight[f];
            pushAll(fParams[f]);
        }
        closeFrame(i);
        if (fp > 0) {
            pushAll(fResults[fp]);
        }
    }

    /** Ends the innermost frame at instruction {@code i} (an end or delegate) and records its partners. */
    private void closeFrame(int i) {
        int f = fp - 1;
        checkFrameEnd();
        resolvePending(i);
        int start = fStart[f];
        match[i] = start;
        if (start >= 0) {
            match[start] = i;
            if (fKind[f] == K_ELSE) {
                match[fClause[f]] = i;
            } else if (fKind[f] == K_CATCH || fKind[f] == K_CATCH_ALL) {
                for (int c = link[start]; c >= 0; c = link[c]) {
                    match[c] = i;
                }
            }
        }
        resetLocals(fInit[f]);
        fp--;
    }

    private void delegate(int label, int i) {
        int f = fp - 1;
        if (fKind[f] != K_TRY) {
            throw new InvalidModuleException("delegate without matching try");
        }
        int[] results = fResults[f];
        closeFrame(i);
        recordDelegate(i, labelFrame(label));
        pushAll(results);
    }

    private void rethrow(int label, int i) {
        int f = labelFrame(label);
        if (fKind[f] != K_CATCH && fKind[f] != K_CATCH_ALL) {
            throw new InvalidModuleException("invalid rethrow label");
        }
        match[i] = fStart[f];
        setUnreachable();
    }

    // ---------------------------------------------------------------- branches

    private void br(int label, int i) {
        int f = labelFrame(label);
        popAll(labelTypes(f));
        recordBranch(i, f);
        setUnreachable();
    }

    private void brIf(int label, int i) {
        int f = labelFrame(label);
        pop(TypeCodes.I32);
        int[] types = labelTypes(f);
        popAll(types);
        pushAll(types);
        recordBranch(i, f);
    }

    private void brTable(Instruction insn, int i) {
        if (!(insn instanceof Instruction.BrTable t) || t.labels() == null) {
            throw malformed(insn);
        }
        int defaultFrame = labelFrame(t.defaultLabel());
        int n = labelTypes(defaultFrame).length;
        pop(TypeCodes.I32);
        int[] labels = t.labels();
        for (int k = 0; k <= labels.length; k++) {
            int f = k < labels.length ? labelFrame(labels[k]) : defaultFrame;
            int[] types = labelTypes(f);
            boolean ok = types.length == n;
            for (int j = 0; ok && j < n; j++) {
                ok = matches(peek(n - 1 - j), types[j]);
            }
            if (!ok) {
                StringBuilder has = new StringBuilder("[");
                for (int j = 0; j < n; j++) {
                    has.append(j == 0 ? "" : " ").append(ctx.typeName(peek(n - 1 - j)));
                }
                throw new InvalidModuleException("type mismatch: instruction requires "
                        + ctx.typeNames(types, types.length) + " but stack has " + has + "]");
            }
        }
        int available = sp - fHeight[fp - 1];
        if (available < n && !fUnreachable[fp - 1]) {
            throw mismatch(labelTypes(defaultFrame), n);
        }
        int at = reservePool(labels.length + 1);
        for (int k = 0; k < labels.length; k++) {
            recordPoolTarget(at + 1 + k, labelFrame(labels[k]));
        }
        recordPoolTarget(at + 1 + labels.length, defaultFrame);
        match[i] = at;
        recordArity(i, n);
        setUnreachable();
    }

    private void brOnNull(int label, int i) {
        int f = labelFrame(label);
        int ref = popRef();
        int[] types = labelTypes(f);
        popAll(types);
        pushAll(types);
        push(TypeCodes.withNullable(ref, false));
        recordBranch(i, f);
    }

    private void brOnNonNull(int label, int i) {
        int f = labelFrame(label);
        int[] types = labelTypes(f);
        int n = types.length;
        if (n == 0 || !TypeCodes.isRef(types[n - 1])) {
            throw new InvalidModuleException("type mismatch: instruction requires reference type but label has "
                    + (n == 0 ? "[]" : ctx.typeName(types[n - 1])));
        }
        pop(TypeCodes.withNullable(types[n - 1], true));
        popAll(types, n - 1);
        pushAll(types, n - 1);
        recordBranch(i, f);
    }

    private void brOnCast(Instruction insn, Opcode op, int i) {
        if (!(insn instanceof Instruction.BrOnCast b)) {
            throw malformed(insn);
        }
        int from = ctx.code(b.from());
        int to = ctx.code(b.to());
        if (!TypeCodes.isRef(from) || !TypeCodes.isRef(to)) {
            throw new InvalidModuleException("malformed br_on_cast: operand types must be references");
        }
        if (!registry.isSubtype(to, from)) {
            throw new InvalidModuleException("type mismatch on cast: type " + ctx.typeName(to) + " does not match "
                    + ctx.typeName(from));
        }
        int f = labelFrame(b.label());
        int[] types = labelTypes(f);
        int n = types.length;
        int difference = TypeCodes.isNullable(to) ? TypeCodes.withNullable(from, false) : from;
        int branched = op == Opcode.BR_ON_CAST ? to : difference;
        if (n == 0 || !matches(branched, types[n - 1])) {
            throw new InvalidModuleException("type mismatch: instruction requires type " + ctx.typeName(branched)
                    + " but label has " + ctx.typeNames(types, n));
        }
        pop(from);
        popAll(types, n - 1);
        pushAll(types, n - 1);
        push(op == Opcode.BR_ON_CAST ? difference : to);
        recordBranch(i, f);
    }

    // ---------------------------------------------------------------- calls

    private void call(Instruction insn, boolean tail) {
        CanonicalType type = ctx.types[ctx.func(index(insn))];
        finishCall(type, tail);
    }

    private void callIndirect(Instruction insn, boolean tail) {
        Instruction.TwoIndices t = two(insn);
        int table = t.second();
        int address = ctx.tableAddress(table);
        CanonicalType type = ctx.funcType(t.first());
        int elem = ctx.tableElem[table];
        if (!registry.isSubtype(elem, TypeCodes.FUNCREF)) {
            throw new InvalidModuleException("type mismatch: instruction requires table of function type"
                    + " but table has element type " + ctx.typeName(elem));
        }
        checkTailResults(type, tail);
        pop(address);
        popAll(type.params());
        endCall(type, tail);
    }

    private void callRef(Instruction insn, boolean tail) {
        int x = index(insn);
        CanonicalType type = ctx.funcType(x);
        checkTailResults(type, tail);
        pop(ctx.refTo(x, true));
        popAll(type.params());
        endCall(type, tail);
    }

    private void finishCall(CanonicalType type, boolean tail) {
        checkTailResults(type, tail);
        popAll(type.params());
        endCall(type, tail);
    }

    private void checkTailResults(CanonicalType type, boolean tail) {
        if (tail && !registry.matchesAll(type.results(), returnTypes)) {
            throw new InvalidModuleException("type mismatch: current function requires result type "
                    + ctx.typeNames(returnTypes, returnTypes.length) + " but callee returns "
                    + ctx.typeNames(type.results(), type.results().length));
        }
    }

    private void endCall(CanonicalType type, boolean tail) {
        if (tail) {
            setUnreachable();
        } else {
            pushAll(type.results());
        }
    }

    // ---------------------------------------------------------------- parametric, variables, references

    private void select() {
        pop(TypeCodes.I32);
        int t1 = popAny();
        int t2 = popAny();
        boolean ok = TypeCodes.isNumOrVec(t1) && TypeCodes.isNumOrVec(t2)
                && (t1 == t2 || t1 == TypeCodes.BOT || t2 == TypeCodes.BOT);
        if (!ok) {
            int shown = TypeCodes.isNumOrVec(t1) ? t2 : t1;
            throw new InvalidModuleException("type mismatch: instruction requires numeric or vector type"
                    + " but stack has " + ctx.typeName(shown));
        }
        push(t1 == TypeCodes.BOT ? t2 : t1);
    }

    private void selectTyped(Instruction insn) {
        if (!(insn instanceof Instruction.SelectTyped s)) {
            throw malformed(insn);
        }
        if (s.types().size() != 1) {
            throw new InvalidModuleException("invalid result arity");
        }
        int t = ctx.code(s.types().get(0));
        pop3(t, t, TypeCodes.I32);
        push(t);
    }

    private void local(int x, Opcode op) {
        int t = locals.type(x);
        switch (op) {
            case LOCAL_GET:
                if (!locals.isSet(x)) {
                    throw new InvalidModuleException("uninitialized local");
                }
                push(t);
                return;
            case LOCAL_SET:
                pop(t);
                break;
            default:
                pop(t);
                push(t);
                break;
        }
        if (locals.markSet(x)) {
            if (initSp == initStack.length) {
                initStack = java.util.Arrays.copyOf(initStack, initSp * 2);
            }
            initStack[initSp++] = x;
        }
    }

    private void resetLocals(int height) {
        while (initSp > height) {
            locals.markUnset(initStack[--initSp]);
        }
    }

    private void global(int x, Opcode op) {
        ctx.checkGlobal(x);
        if (op == Opcode.GLOBAL_GET) {
            push(ctx.globalType[x]);
        } else {
            if (!ctx.globalMutable[x]) {
                throw new InvalidModuleException("immutable global");
            }
            pop(ctx.globalType[x]);
        }
    }

    private void refFunc(int x) {
        int typeIndex = ctx.func(x);
        if (!ctx.declaredFuncs[x]) {
            throw new InvalidModuleException("undeclared function reference");
        }
        push(ctx.refTo(typeIndex, false));
    }

    // ---------------------------------------------------------------- memory and vector lanes

    private void memoryAccess(Instruction insn, Opcode op) {
        if (!(insn instanceof Instruction.MemoryAccess m)) {
            throw malformed(insn);
        }
        int address = ctx.memoryAddress(m.memory());
        int natural = op.naturalAlignLog2();
        if (op.isAtomic()) {
            if (m.alignLog2() != natural) {
                throw new InvalidModuleException("atomic alignment must be natural");
            }
        } else if (m.alignLog2() < 0 || m.alignLog2() > natural) {
            throw new InvalidModuleException("alignment must not be larger than natural");
        }
        if (address == TypeCodes.I32 && Long.compareUnsigned(m.offset(), 0xFFFF_FFFFL) > 0) {
            throw new InvalidModuleException("offset out of range");
        }
        int o = op.ordinal();
        int lanes = OpcodeTable.LANES[o];
        if (lanes > 0 && (m.lane() < 0 || m.lane() >= lanes)) {
            throw new InvalidModuleException("invalid lane index");
        }
        popAll(address == TypeCodes.I64 ? OpcodeTable.PARAMS64[o] : OpcodeTable.PARAMS32[o]);
        pushAll(OpcodeTable.RESULTS[o]);
    }

    private void lane(Instruction insn, Opcode op) {
        if (!(insn instanceof Instruction.Lane l)) {
            throw malformed(insn);
        }
        int o = op.ordinal();
        if (l.lane() < 0 || l.lane() >= OpcodeTable.LANES[o]) {
            throw new InvalidModuleException("invalid lane index");
        }
        popAll(OpcodeTable.PARAMS32[o]);
        pushAll(OpcodeTable.RESULTS[o]);
    }

    private void shuffle(Instruction insn) {
        if (!(insn instanceof Instruction.Shuffle s) || s.lanes() == null || s.lanes().length != 16) {
            throw malformed(insn);
        }
        for (byte b : s.lanes()) {
            if ((b & 0xFF) >= 32) {
                throw new InvalidModuleException("invalid lane index");
            }
        }
        int o = Opcode.I8X16_SHUFFLE.ordinal();
        popAll(OpcodeTable.PARAMS32[o]);
        pushAll(OpcodeTable.RESULTS[o]);
    }
}
