package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.validator.ModuleBuilder.I.block;
import static dev.jwasm.validator.ModuleBuilder.I.end;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.localGet;
import static dev.jwasm.validator.ModuleBuilder.I.localSet;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.refNull;
import static dev.jwasm.validator.ModuleBuilder.I.two;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableAndCallTest extends ValidationAssertions {

    @Test
    void localsIncludeParamsAndDeclaredLocals() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(I32), List.of(I64), List.of(I64), localGet(0), op(Opcode.DROP), localGet(1));
        assertValid(b.build());
        ModuleBuilder bad = new ModuleBuilder();
        bad.func(List.of(I32), List.of(), List.of(I64), localGet(2), op(Opcode.DROP));
        assertInvalid(bad.build(), "unknown local 2");
    }

    @Test
    void localSetAndTeeCheckTheType() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(I32), List.of(I32), List.of(), i32(3), idx(Opcode.LOCAL_TEE, 0));
        assertValid(b.build());
        ModuleBuilder bad = new ModuleBuilder();
        bad.func(List.of(I32), List.of(), List.of(), i64(3), localSet(0));
        assertInvalid(bad.build(), "type mismatch");
    }

    @Test
    void nonDefaultableLocalsMustBeSetBeforeUse() {
        ValType ref = ValType.ref(false, HeapType.FUNC);
        ModuleBuilder b = new ModuleBuilder();
        int f = b.func(List.of(), List.of(), List.of(ref), localGet(0), op(Opcode.DROP));
        assertInvalid(b.build(), "uninitialized local");

        ModuleBuilder ok = new ModuleBuilder();
        int self = 0;
        ok.declare(self);
        ok.func(List.of(), List.of(), List.of(ref), idx(Opcode.REF_FUNC, self), localSet(0), localGet(0),
                op(Opcode.DROP));
        assertValid(ok.build());
    }

    @Test
    void initializationInsideABlockEndsWithTheBlock() {
        ValType ref = ValType.ref(false, HeapType.FUNC);
        ModuleBuilder b = new ModuleBuilder();
        b.declare(0);
        b.func(List.of(), List.of(), List.of(ref), block(Opcode.BLOCK), idx(Opcode.REF_FUNC, 0), localSet(0),
                localGet(0), op(Opcode.DROP), end(), localGet(0), op(Opcode.DROP));
        assertInvalid(b.build(), "uninitialized local");

        // the else arm does not see what the then arm set
        ModuleBuilder c = new ModuleBuilder();
        c.declare(0);
        c.func(List.of(), List.of(), List.of(ref), i32(1), block(Opcode.IF), idx(Opcode.REF_FUNC, 0), localSet(0),
                op(Opcode.ELSE), localGet(0), op(Opcode.DROP), end());
        assertInvalid(c.build(), "uninitialized local");
    }

    @Test
    void hugeLocalCountsAreHandledWithoutAllocatingPerLocal() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of(I32));
        // 2^32 - 10 i32 locals, then five non-defaultable ones
        b.rawFunc(t, List.of(new Locals(-10, I32), new Locals(5, ValType.ref(false, HeapType.EXTERN))),
                List.of(localGet(-11), end()));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(), List.of());
        c.rawFunc(t2, List.of(new Locals(-10, I32), new Locals(5, ValType.ref(false, HeapType.EXTERN))),
                List.of(localGet(-10), op(Opcode.DROP), end()));
        assertInvalid(c.build(), "uninitialized local");
        ModuleBuilder d = new ModuleBuilder();
        int t3 = d.type(List.of(), List.of());
        d.rawFunc(t3, List.of(new Locals(-1, I32), new Locals(-1, I32)), List.of(end()));
        assertInvalid(d.build(), "too many locals");
    }

    @Test
    void globalsCheckIndexAndMutability() {
        ModuleBuilder b = new ModuleBuilder();
        b.global(I32, false, i32(0));
        b.global(I64, true, i64(0));
        b.func(List.of(), List.of(), List.of(), i64(1), idx(Opcode.GLOBAL_SET, 1), idx(Opcode.GLOBAL_GET, 0),
                op(Opcode.DROP));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.global(I32, false, i32(0));
        c.func(List.of(), List.of(), List.of(), i32(1), idx(Opcode.GLOBAL_SET, 0));
        assertInvalid(c.build(), "immutable global");
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), idx(Opcode.GLOBAL_GET, 0), op(Opcode.DROP));
        assertInvalid(d.build(), "unknown global 0");
    }

    @Test
    void callUsesTheCalleeType() {
        ModuleBuilder b = new ModuleBuilder();
        int callee = b.func(List.of(I32, I64), List.of(I32), List.of(), i32(0));
        b.func(List.of(), List.of(I32), List.of(), i32(1), i64(2), idx(Opcode.CALL, callee));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int callee2 = c.func(List.of(I32, I64), List.of(I32), List.of(), i32(0));
        c.func(List.of(), List.of(I32), List.of(), i64(2), i32(1), idx(Opcode.CALL, callee2));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), idx(Opcode.CALL, 5));
        assertInvalid(d.build(), "unknown function 5");
    }

    @Test
    void importedFunctionsComeFirst() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I64), List.of());
        b.importFunc(t);
        b.func(List.of(), List.of(), List.of(), i64(1), idx(Opcode.CALL, 0));
        assertValid(b.build());
    }

    @Test
    void callIndirectNeedsAFunctionTable() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of(I32));
        b.table(FUNCREF, 1, Limits.NO_MAX);
        b.func(List.of(), List.of(I32), List.of(), i32(5), i32(0), two(Opcode.CALL_INDIRECT, t, 0));
        assertValid(b.build());

        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(), List.of());
        c.table(EXTERNREF, 1, Limits.NO_MAX);
        c.func(List.of(), List.of(), List.of(), i32(0), two(Opcode.CALL_INDIRECT, t2, 0));
        assertInvalid(c.build(), "type mismatch: instruction requires table of function type");

        ModuleBuilder d = new ModuleBuilder();
        int t3 = d.type(List.of(), List.of());
        d.func(List.of(), List.of(), List.of(), i32(0), two(Opcode.CALL_INDIRECT, t3, 0));
        assertInvalid(d.build(), "unknown table 0");
    }

    @Test
    void callIndirectOnA64BitTableTakesAnI64Index() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of());
        b.table(new TableType(FUNCREF, new Limits(1, Limits.NO_MAX, true)), null);
        b.func(List.of(), List.of(), List.of(), i64(0), two(Opcode.CALL_INDIRECT, t, 0));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(), List.of());
        c.table(new TableType(FUNCREF, new Limits(1, Limits.NO_MAX, true)), null);
        c.func(List.of(), List.of(), List.of(), i32(0), two(Opcode.CALL_INDIRECT, t2, 0));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void tailCallsNeedCompatibleResults() {
        ModuleBuilder b = new ModuleBuilder();
        int callee = b.func(List.of(), List.of(I32), List.of(), i32(0));
        b.func(List.of(), List.of(I32), List.of(), idx(Opcode.RETURN_CALL, callee));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int callee2 = c.func(List.of(), List.of(I32), List.of(), i32(0));
        c.func(List.of(), List.of(I64), List.of(), idx(Opcode.RETURN_CALL, callee2));
        assertInvalid(c.build(), "type mismatch: current function requires result type [i64] but callee returns [i32]");

        // callee results may be subtypes of the caller's
        ModuleBuilder d = new ModuleBuilder();
        int callee3 = d.func(List.of(), List.of(ValType.ref(false, HeapType.FUNC)), List.of(),
                op(Opcode.UNREACHABLE));
        d.func(List.of(), List.of(FUNCREF), List.of(), idx(Opcode.RETURN_CALL, callee3));
        assertValid(d.build());
    }

    @Test
    void callRefTakesATypedFunctionReference() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of(I32));
        ValType ref = ValType.ref(true, HeapType.concrete(t));
        b.func(List.of(ref), List.of(I32), List.of(), i32(1), localGet(0), idx(Opcode.CALL_REF, t));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(I32), List.of(I32));
        c.func(List.of(FUNCREF), List.of(I32), List.of(), i32(1), localGet(0), idx(Opcode.CALL_REF, t2));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), op(Opcode.UNREACHABLE), idx(Opcode.CALL_REF, 9));
        assertInvalid(d.build(), "unknown type 9");
    }

    @Test
    void refFuncMustBeDeclared() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of(), idx(Opcode.REF_FUNC, 0), op(Opcode.DROP));
        assertInvalid(b.build(), "undeclared function reference");
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(), List.of(), idx(Opcode.REF_FUNC, 0), op(Opcode.DROP));
        c.export("f", dev.jwasm.parser.model.ExternKind.FUNC, 0);
        assertValid(c.build());
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), idx(Opcode.REF_FUNC, 0), op(Opcode.DROP));
        d.global(FUNCREF, false, idx(Opcode.REF_FUNC, 0));
        assertValid(d.build());
    }

    @Test
    void refFuncHasTheExactFunctionType() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of());
        b.declare(0);
        b.funcOfType(t, List.of(), idx(Opcode.REF_FUNC, 0), idx(Opcode.CALL_REF, t));
        assertValid(b.build());
    }

    @Test
    void referenceInstructionsNeedReferences() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I32), List.of(), i32(0), op(Opcode.REF_IS_NULL));
        assertInvalid(b.build(), "type mismatch: instruction requires reference type but stack has i32");
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(ValType.ref(false, HeapType.EXTERN)), List.of(), refNull(HeapType.EXTERN),
                op(Opcode.REF_AS_NON_NULL));
        assertValid(c.build());
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(I32), List.of(), op(Opcode.UNREACHABLE), op(Opcode.REF_IS_NULL));
        assertValid(d.build());
    }

    @Test
    void brOnNullAndNonNull() {
        ValType nonNull = ValType.ref(false, HeapType.FUNC);
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(FUNCREF), List.of(nonNull), List.of(), block(Opcode.BLOCK), localGet(0),
                idx(Opcode.BR_ON_NULL, 0), op(Opcode.RETURN), end(), op(Opcode.UNREACHABLE));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(FUNCREF), List.of(nonNull), List.of(), localGet(0), idx(Opcode.BR_ON_NON_NULL, 0),
                op(Opcode.UNREACHABLE));
        assertValid(c.build());
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(EXTERNREF), List.of(nonNull), List.of(), localGet(0), idx(Opcode.BR_ON_NON_NULL, 0),
                op(Opcode.UNREACHABLE));
        assertInvalid(d.build(), "type mismatch");
    }
}
