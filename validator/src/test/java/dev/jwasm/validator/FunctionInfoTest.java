package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.V128;
import static dev.jwasm.validator.ModuleBuilder.I.block;
import static dev.jwasm.validator.ModuleBuilder.I.end;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.v128;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionInfoTest extends ValidationAssertions {

    private FunctionInfo info(List<ValType> results, Features features, Instruction... body) {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), results, List.of(), body);
        return assertValid(b.build(), features).function(0);
    }

    private FunctionInfo info(List<ValType> results, Instruction... body) {
        return info(results, Features.wasm3(), body);
    }

    @Test
    void maxStackHeightCountsValuesAndSlots() {
        FunctionInfo f = info(List.of(I32), i32(1), v128(), v128(), op(Opcode.I8X16_ADD), op(Opcode.DROP), i32(2),
                op(Opcode.I32_ADD));
        assertEquals(3, f.maxStackHeight());
        assertEquals(5, f.maxStackSlots());
        FunctionInfo g = info(List.of());
        assertEquals(0, g.maxStackHeight());
    }

    @Test
    void structuredInstructionsKnowTheirPartners() {
        // 0 block, 1 i32.const, 2 if, 3 nop, 4 else, 5 nop, 6 end, 7 loop, 8 end, 9 end, 10 end(function)
        FunctionInfo f = info(List.of(), block(Opcode.BLOCK), i32(1), block(Opcode.IF), op(Opcode.NOP),
                op(Opcode.ELSE), op(Opcode.NOP), end(), block(Opcode.LOOP), end(), end());
        assertEquals(9, f.endIndex(0));
        assertEquals(6, f.endIndex(2));
        assertEquals(4, f.elseIndex(2));
        assertEquals(6, f.endIndex(4));
        assertEquals(8, f.endIndex(7));
        assertEquals(0, f.startIndex(9));
        assertEquals(2, f.startIndex(6));
        assertEquals(-1, f.startIndex(10));
        assertEquals(11, f.instructionCount());

        FunctionInfo g = info(List.of(), i32(1), block(Opcode.IF), end());
        assertEquals(-1, g.elseIndex(1));
        assertEquals(2, g.endIndex(1));
    }

    @Test
    void branchesKnowWhereTheyContinue() {
        // 0 block(i32), 1 loop, 2 i32.const, 3 i32.const, 4 br_if 1, 5 drop, 6 br 0, 7 end, 8 unreachable, 9 end,
        // 10 drop, 11 i32.const, 12 br_table [0] 0 , 13 end(function)
        FunctionInfo f = info(List.of(), block(Opcode.BLOCK, I32), block(Opcode.LOOP), i32(5), i32(1),
                idx(Opcode.BR_IF, 1), op(Opcode.DROP), idx(Opcode.BR, 0), end(), op(Opcode.UNREACHABLE), end(),
                op(Opcode.DROP), i32(0), new Instruction.BrTable(Opcode.BR_TABLE, new int[] {0}, 0));
        assertEquals(9, f.branchTarget(4));
        assertEquals(1, f.branchArity(4));
        assertEquals(1, f.branchTarget(6));
        assertEquals(0, f.branchArity(6));
        assertArrayEquals(new int[] {13, 13}, f.branchTableTargets(12));
    }

    @Test
    void branchArityIsTheLabelArity() {
        FunctionInfo f = info(List.of(I32), block(Opcode.BLOCK, I32), i32(1), idx(Opcode.BR, 0), end());
        assertEquals(1, f.branchArity(2));
        assertEquals(3, f.branchTarget(2));
    }

    @Test
    void tryTableCatchTargets() {
        // 0 block, 1 try_table (catch_all 0), 2 end, 3 end, 4 end(function)
        FunctionInfo f = info(List.of(), block(Opcode.BLOCK),
                new Instruction.TryTable(Opcode.TRY_TABLE, BlockType.EMPTY,
                        List.of(new Catch(Catch.Kind.CATCH_ALL, -1, 0), new Catch(Catch.Kind.CATCH_ALL, -1, 1))),
                end(), end());
        assertArrayEquals(new int[] {3, 4}, f.catchTargets(1));
        assertEquals(2, f.endIndex(1));
    }

    @Test
    void legacyTryClausesAreLinked() {
        Features legacy = Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true);
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of());
        b.tag(t);
        // 0 try, 1 catch 0, 2 block, 3 rethrow 1, 4 end, 5 catch_all, 6 end, 7 try, 8 delegate 0, 9 end(function)
        b.func(List.of(), List.of(), List.of(), block(Opcode.TRY), idx(Opcode.CATCH, 0), block(Opcode.BLOCK),
                idx(Opcode.RETHROW, 1), end(), op(Opcode.CATCH_ALL), end(), block(Opcode.TRY),
                idx(Opcode.DELEGATE, 0));
        FunctionInfo f = assertValid(b.build(), legacy).function(0);
        assertEquals(6, f.endIndex(0));
        assertEquals(1, f.nextCatchIndex(0));
        assertEquals(5, f.nextCatchIndex(1));
        assertEquals(-1, f.nextCatchIndex(5));
        assertEquals(6, f.endIndex(1));
        assertEquals(6, f.endIndex(5));
        assertEquals(0, f.rethrowTarget(3));
        assertEquals(8, f.endIndex(7));
        assertEquals(7, f.startIndex(8));
        assertEquals(-1, f.delegateTarget(8));
    }

    @Test
    void deepNestingNeedsNoRecursion() {
        int depth = 100_000;
        List<Instruction> body = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            body.add(block(Opcode.BLOCK));
        }
        body.add(idx(Opcode.BR, depth - 1));
        for (int i = 0; i < depth; i++) {
            body.add(end());
        }
        body.add(end());
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of());
        b.rawFunc(t, List.of(), body);
        FunctionInfo f = assertValid(b.build()).function(0);
        assertEquals(2 * depth, f.endIndex(0));
        assertEquals(2 * depth, f.branchTarget(depth));
        assertEquals(0, f.maxStackHeight());
    }

    @Test
    void unusedV128SlotsStillCount() {
        FunctionInfo f = info(List.of(V128), v128());
        assertEquals(1, f.maxStackHeight());
        assertEquals(2, f.maxStackSlots());
    }
}
