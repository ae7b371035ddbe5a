package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BranchHintAnnotationsTest {
    private static final String UNLIKELY = "(@metadata.code.branch_hint \"\\00\")";
    private static final String LIKELY = "(@metadata.code.branch_hint \"\\01\")";

    private static FunctionBody onlyBody(String text) {
        WasmModule m = WatParser.parseModule(text).module();
        assertEquals(1, m.codes().size());
        return m.codes().get(0);
    }

    private static String error(String text) {
        return assertThrows(CustomAnnotationException.class, () -> WatParser.parseModule(text)).reason();
    }

    private static String prefixed(String reason) {
        return "@metadata.code.branch_hint annotation: " + reason;
    }

    @Test
    void flatIfAndBrIf() {
        FunctionBody body = onlyBody("(func (param i32) local.get 0 " + UNLIKELY + " if end"
                + " block local.get 0 " + LIKELY + " br_if 0 end)");
        // local.get, if, end, block, local.get, br_if, end, end
        assertEquals(Opcode.IF, body.instructions().get(1).opcode());
        assertEquals(Opcode.BR_IF, body.instructions().get(5).opcode());
        assertEquals(Map.of(1, FunctionBody.UNLIKELY, 5, FunctionBody.LIKELY), body.branchHints());
    }

    @Test
    void aFoldedInstructionStartsAtItsParenthesisBeforeItsOperands() {
        FunctionBody body = onlyBody("(func (param i32) " + LIKELY + " (if (local.get 0) (then))"
                + " (block " + UNLIKELY + " (br_if 0 (i32.eqz (local.get 0)))))");
        // local.get, if, end, block, local.get, i32.eqz, br_if, end, end
        assertEquals(Map.of(1, FunctionBody.LIKELY, 6, FunctionBody.UNLIKELY), body.branchHints());
    }

    @Test
    void theTestsuiteNestedExample() {
        WasmModule m = WatParser.parseModule("(module (func $dummy) (func (param i32 i32) (result i32) " + UNLIKELY
                + " (if (result i32) (local.get 0)"
                + "  (then"
                + "   (if (local.get 1) (then (call $dummy) (block) (nop)))"
                + "   (if (local.get 1) (then) (else (call $dummy) (block) (nop))) " + LIKELY
                + "   (if (result i32) (local.get 1) (then (call $dummy) (i32.const 9)) (else (call $dummy) (i32.const 10))))"
                + "  (else"
                + "   (if (local.get 1) (then (call $dummy) (block) (nop))) " + UNLIKELY
                + "   (if (local.get 1) (then) (else (call $dummy) (block) (nop)))"
                + "   (if (result i32) (local.get 1) (then (call $dummy) (i32.const 10)) (else (call $dummy) (i32.const 11)))))))")
                .module();
        FunctionBody body = m.codes().get(1);
        // 0 local.get, 1 if; then: 2-8 first if, 9-16 second, 17 local.get, 18 if; else (25): 26-32, 33 local.get, 34 if
        for (int i : new int[] {1, 18, 34}) {
            assertEquals(Opcode.IF, body.instructions().get(i).opcode());
        }
        assertEquals(Opcode.ELSE, body.instructions().get(25).opcode());
        assertEquals(Map.of(1, FunctionBody.UNLIKELY, 18, FunctionBody.LIKELY, 34, FunctionBody.UNLIKELY),
                body.branchHints());
    }

    @Test
    void endAndElseAreNoTargetsTheHintGoesToTheNextInstruction() {
        // 0 local.get, 1 block, 2 local.get, 3 if, 4 else, 5 end, 6 end, 7 br_if, 8 end
        FunctionBody body = onlyBody("(func (param i32) local.get 0 block local.get 0 if else end " + UNLIKELY
                + " end br_if 0)");
        assertEquals(Map.of(7, FunctionBody.UNLIKELY), body.branchHints());
        // before else, the next instruction is local.get
        assertEquals(prefixed("invalid target"), error("(func (param i32) block local.get 0 if " + LIKELY
                + " else end end local.get 0 br_if 0)"));
    }

    @Test
    void payloadStringsAreConcatenated() {
        FunctionBody body = onlyBody("(func (param i32) local.get 0 (@metadata.code.branch_hint \"\" \"\\01\") if end)");
        assertEquals(Map.of(1, FunctionBody.LIKELY), body.branchHints());
    }

    @Test
    void errorsUseTheReferenceWording() {
        assertEquals(prefixed("duplicate annotation"),
                error("(func (param i32) local.get 0 " + LIKELY + " " + LIKELY + " if end)"));
        assertEquals(prefixed("duplicate annotation"), // the second lands before the first's target
                error("(func (param i32) " + LIKELY + " (br_if 0 " + UNLIKELY + " (local.get 0)))"));
        assertEquals(prefixed("not in a function"), error("(module " + LIKELY + " (func))"));
        assertEquals(prefixed("not in a function"), error("(global i32 " + LIKELY + " (i32.const 0))"));
        assertEquals(prefixed("not in a function"), error("(func (import \"m\" \"f\") " + LIKELY + ")"));
        assertEquals(prefixed("not in a function"), error("(import \"m\" \"f\" (func " + LIKELY + "))"));
        assertEquals(prefixed("invalid target"), error("(func (param i32) " + LIKELY + " local.get 0 drop)"));
        assertEquals(prefixed("invalid target"), error("(func " + LIKELY + " (block))"));
        assertEquals(prefixed("invalid placement"), error("(func (param i32) local.get 0 if end " + LIKELY + ")"));
        assertEquals(prefixed("invalid hint value"), error("(func (param i32) local.get 0 "
                + "(@metadata.code.branch_hint \"\\02\") if end)"));
        assertEquals(prefixed("invalid hint value"), error("(func (param i32) local.get 0 "
                + "(@metadata.code.branch_hint \"\\00\\00\") if end)"));
        assertEquals(prefixed("invalid hint value"), error("(func (param i32) local.get 0 "
                + "(@metadata.code.branch_hint) if end)"));
        assertEquals(prefixed("unexpected token"), error("(func (param i32) local.get 0 "
                + "(@metadata.code.branch_hint 1) if end)"));
    }

    @Test
    void annotationErrorsComeInTextOrderAndBeforeTargetChecks() {
        // an invalid target first, a duplicate later: the duplicate is a parse error, reported first
        assertEquals(prefixed("duplicate annotation"), error("(func (param i32) " + LIKELY + " local.get 0 drop"
                + " local.get 0 " + LIKELY + LIKELY + " if end)"));
        String badValue = "(func (param i32) local.get 0 (@metadata.code.branch_hint \"x\") if end)";
        String outside = "(global i32 " + LIKELY + " (i32.const 0))";
        assertEquals(prefixed("invalid hint value"), error(badValue + outside));
        assertEquals(prefixed("not in a function"), error(outside + badValue));
    }

    @Test
    void otherFunctionsAndAnnotationsAreUntouched() {
        WasmModule m = WatParser.parseModule("(module (func (param i32) local.get 0 if end)"
                + " (func (param i32) local.get 0 (@other \"\\01\") " + LIKELY + " if end))").module();
        assertEquals(Map.of(), m.codes().get(0).branchHints());
        assertEquals(Map.of(1, FunctionBody.LIKELY), m.codes().get(1).branchHints());
    }
}
