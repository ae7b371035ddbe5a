package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.F32;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.parser.model.ValType.V128;
import static dev.jwasm.validator.ModuleBuilder.I.block;
import static dev.jwasm.validator.ModuleBuilder.I.blockOfType;
import static dev.jwasm.validator.ModuleBuilder.I.end;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.localGet;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.refNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlInstructionTest extends ValidationAssertions {

    static WasmModule fn(List<ValType> params, List<ValType> results, Instruction... body) {
        ModuleBuilder b = new ModuleBuilder();
        b.func(params, results, List.of(), body);
        return b.build();
    }

    @Test
    void emptyFunctionIsValid() {
        assertValid(fn(List.of(), List.of()));
    }

    @Test
    void resultMustBeOnTheStack() {
        assertInvalid(fn(List.of(), List.of(I32)), "type mismatch: instruction requires [i32] but stack has []");
        assertInvalid(fn(List.of(), List.of(I32), i64(1)), "type mismatch: instruction requires [i32] but stack has [i64]");
        assertValid(fn(List.of(), List.of(I32), i32(1)));
    }

    @Test
    void extraValuesAtBlockEndAreAnError() {
        assertInvalid(fn(List.of(), List.of(), i32(1)), "type mismatch: block requires [] but stack has [i32]");
    }

    @Test
    void binaryOperatorChecksBothOperands() {
        assertValid(fn(List.of(), List.of(I32), i32(1), i32(2), op(Opcode.I32_ADD)));
        assertInvalid(fn(List.of(), List.of(I32), i64(1), i32(2), op(Opcode.I32_ADD)),
                "type mismatch: instruction requires [i32 i32] but stack has [i64 i32]");
        assertInvalid(fn(List.of(), List.of(I32), i32(2), op(Opcode.I32_ADD)),
                "type mismatch: instruction requires [i32 i32] but stack has [i32]");
    }

    @Test
    void unreachableMakesTheStackPolymorphic() {
        assertValid(fn(List.of(), List.of(I32), op(Opcode.UNREACHABLE), op(Opcode.I32_ADD)));
        assertValid(fn(List.of(), List.of(I64), op(Opcode.UNREACHABLE)));
        assertValid(fn(List.of(), List.of(), op(Opcode.UNREACHABLE), op(Opcode.DROP), op(Opcode.DROP)));
        // known values above the polymorphic base are still checked
        assertInvalid(fn(List.of(), List.of(I32), op(Opcode.UNREACHABLE), i64(0), op(Opcode.I32_ADD)),
                "type mismatch");
        assertInvalid(fn(List.of(), List.of(), op(Opcode.UNREACHABLE), i32(0)), "type mismatch: block requires []");
    }

    @Test
    void blockParamsAndResults() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32, I32), List.of(I32));
        b.func(List.of(), List.of(I32), List.of(), i32(1), i32(2), blockOfType(Opcode.BLOCK, t), op(Opcode.I32_ADD),
                end());
        assertValid(b.build());

        ModuleBuilder bad = new ModuleBuilder();
        int t2 = bad.type(List.of(I32, I32), List.of(I32));
        bad.func(List.of(), List.of(I32), List.of(), i32(1), blockOfType(Opcode.BLOCK, t2), op(Opcode.I32_ADD), end());
        assertInvalid(bad.build(), "type mismatch");
    }

    @Test
    void blockTypeIndexMustBeAFunctionType() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of(), blockOfType(Opcode.BLOCK, 7), end());
        assertInvalid(b.build(), "unknown type 7");
    }

    @Test
    void blockCannotSeeOuterOperands() {
        assertInvalid(fn(List.of(), List.of(), i32(1), block(Opcode.BLOCK), op(Opcode.DROP), end()), "type mismatch");
    }

    @Test
    void ifWithoutElseNeedsMatchingParamsAndResults() {
        assertValid(fn(List.of(), List.of(), i32(1), block(Opcode.IF), end()));
        assertInvalid(fn(List.of(), List.of(I32), i32(1), block(Opcode.IF, I32), i32(2), end()), "type mismatch");
        assertValid(fn(List.of(), List.of(I32), i32(1), block(Opcode.IF, I32), i32(2), op(Opcode.ELSE), i32(3), end()));
        assertInvalid(fn(List.of(), List.of(I32), i32(1), block(Opcode.IF, I32), i32(2), op(Opcode.ELSE), i64(3), end()),
                "type mismatch");
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of(I32));
        b.func(List.of(), List.of(I32), List.of(), i32(5), i32(1), blockOfType(Opcode.IF, t), end());
        assertValid(b.build());
    }

    @Test
    void ifConditionMustBeI32() {
        assertInvalid(fn(List.of(), List.of(), i64(1), block(Opcode.IF), end()), "type mismatch");
    }

    @Test
    void elseArmStartsFromTheBlockParams() {
        assertInvalid(fn(List.of(), List.of(), i32(1), block(Opcode.IF), op(Opcode.UNREACHABLE), op(Opcode.ELSE),
                op(Opcode.DROP), end()), "type mismatch");
    }

    @Test
    void branchesCheckLabelTypes() {
        assertValid(fn(List.of(), List.of(I32), block(Opcode.BLOCK, I32), i32(1), idx(Opcode.BR, 0), end()));
        assertInvalid(fn(List.of(), List.of(I32), block(Opcode.BLOCK, I32), i64(1), idx(Opcode.BR, 0), end()),
                "type mismatch");
        // a loop label takes the loop's parameters
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of());
        b.func(List.of(), List.of(), List.of(), i32(1), blockOfType(Opcode.LOOP, t), idx(Opcode.BR, 0), end());
        assertValid(b.build());
        ModuleBuilder bad = new ModuleBuilder();
        int t2 = bad.type(List.of(I32), List.of());
        bad.func(List.of(), List.of(), List.of(), i32(1), blockOfType(Opcode.LOOP, t2), op(Opcode.DROP),
                idx(Opcode.BR, 0), end());
        assertInvalid(bad.build(), "type mismatch");
        assertValid(fn(List.of(), List.of(I32), block(Opcode.LOOP, I32), i32(1), idx(Opcode.BR, 0), end()));
        assertInvalid(fn(List.of(), List.of(), idx(Opcode.BR, 1)), "unknown label 1");
        assertValid(fn(List.of(), List.of(I32), i32(7), idx(Opcode.BR, 0)));
    }

    @Test
    void brIfKeepsTheLabelValues() {
        assertValid(fn(List.of(), List.of(I32), block(Opcode.BLOCK, I32), i32(1), i32(0), idx(Opcode.BR_IF, 0), end()));
        assertInvalid(fn(List.of(), List.of(I32), block(Opcode.BLOCK, I32), i32(1), idx(Opcode.BR_IF, 0), end()),
                "type mismatch");
    }

    @Test
    void brTableTargetsMustAgree() {
        Instruction table = new Instruction.BrTable(Opcode.BR_TABLE, new int[] {0, 1}, 1);
        assertValid(fn(List.of(), List.of(I32), block(Opcode.BLOCK, I32), i32(1), i32(0), table, end()));
        // label 0 is a block without results, label 1 (the function) has one
        assertInvalid(fn(List.of(), List.of(I32), block(Opcode.BLOCK), i32(1), i32(0), table, end(), i32(0)),
                "type mismatch");
        // in unreachable code the operands are unknown but the arities must still agree
        assertInvalid(fn(List.of(), List.of(I32), block(Opcode.BLOCK), op(Opcode.UNREACHABLE), i32(0), table, end(),
                i32(0)), "type mismatch");
        assertInvalid(fn(List.of(), List.of(), i32(0), new Instruction.BrTable(Opcode.BR_TABLE, new int[] {3}, 0)),
                "unknown label 3");
    }

    @Test
    void brTableUsesSubtypingPerTarget() {
        ModuleBuilder b = new ModuleBuilder();
        int none = b.type(List.of(), List.of(ValType.ref(true, HeapType.FUNC)));
        b.func(List.of(), List.of(ValType.ref(true, HeapType.FUNC)), List.of(),
                blockOfType(Opcode.BLOCK, none), refNull(HeapType.NOFUNC), i32(0),
                new Instruction.BrTable(Opcode.BR_TABLE, new int[] {0}, 1), end());
        assertValid(b.build());
    }

    @Test
    void returnChecksFunctionResults() {
        assertValid(fn(List.of(), List.of(I32), block(Opcode.BLOCK), i32(1), op(Opcode.RETURN), end(), i32(2)));
        assertInvalid(fn(List.of(), List.of(I32), f32c(), op(Opcode.RETURN)), "type mismatch");
    }

    private static Instruction f32c() {
        return new Instruction.F32Const(0);
    }

    @Test
    void selectIsUntypedOnlyForNumbersAndVectors() {
        assertValid(fn(List.of(), List.of(I32), i32(1), i32(2), i32(0), op(Opcode.SELECT)));
        assertValid(fn(List.of(V128, V128), List.of(V128), localGet(0), localGet(1), i32(0), op(Opcode.SELECT)));
        assertInvalid(fn(List.of(), List.of(I32), i32(1), i64(2), i32(0), op(Opcode.SELECT)), "type mismatch");
        assertInvalid(fn(List.of(FUNCREF, FUNCREF), List.of(FUNCREF), localGet(0), localGet(1), i32(0),
                op(Opcode.SELECT)), "type mismatch");
        assertValid(fn(List.of(), List.of(I32), op(Opcode.UNREACHABLE), i32(0), op(Opcode.SELECT)));
        assertInvalid(fn(List.of(EXTERNREF), List.of(), op(Opcode.UNREACHABLE), localGet(0), i32(0), op(Opcode.SELECT),
                op(Opcode.DROP)), "type mismatch");
    }

    @Test
    void typedSelectTakesOneType() {
        Instruction typed = new Instruction.SelectTyped(Opcode.SELECT_TYPED, List.of(FUNCREF));
        assertValid(fn(List.of(FUNCREF, FUNCREF), List.of(FUNCREF), localGet(0), localGet(1), i32(0), typed));
        Instruction two = new Instruction.SelectTyped(Opcode.SELECT_TYPED, List.of(I32, I32));
        assertInvalid(fn(List.of(), List.of(), i32(1), i32(1), i32(0), two), "invalid result arity");
        Instruction none = new Instruction.SelectTyped(Opcode.SELECT_TYPED, List.of());
        assertInvalid(fn(List.of(), List.of(), i32(0), none), "invalid result arity");
    }

    @Test
    void dropNeedsAValue() {
        assertInvalid(fn(List.of(), List.of(), op(Opcode.DROP)), "type mismatch");
    }

    @Test
    void endsMustBalance() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of());
        b.rawFunc(t, List.of(), List.of(block(Opcode.BLOCK), end()));
        assertInvalid(b.build(), "END opcode expected");
        ModuleBuilder b2 = new ModuleBuilder();
        int t2 = b2.type(List.of(), List.of());
        b2.rawFunc(t2, List.of(), List.of(end(), op(Opcode.NOP)));
        assertInvalid(b2.build(), "operators remaining after end of function");
        assertInvalid(fn(List.of(), List.of(), op(Opcode.ELSE)), "else without matching if");
    }

    @Test
    void errorMessageNamesLabelArityMismatchForBrOnNonNull() {
        InvalidModuleException e = assertInvalid(fn(List.of(FUNCREF), List.of(), localGet(0),
                idx(Opcode.BR_ON_NON_NULL, 0)), "type mismatch");
        assertEquals("type mismatch: instruction requires reference type but label has []", e.getMessage());
    }
}
