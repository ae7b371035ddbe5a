package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.WasmException;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.WastCommand;
import dev.jwasm.parser.wast.WastParser;
import dev.jwasm.runtime.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pre-decoder's output is well formed for every valid module of the testsuite's core
 * scripts, including functions the scripts never call: the code stream splits into whole
 * instructions, every jump, branch-table entry and catch target lands on an instruction
 * start, every slot an instruction names and every move of values stays inside the frame,
 * and handlers cover whole instructions.
 */
class PredecodedCodeTest {

    @Test
    void everyCoreModuleTranslatesToWellFormedCode() throws IOException {
        Path core = Path.of(System.getProperty("wasm.testsuite.dir", "../../shared/testsuite")).resolve("core");
        assertTrue(Files.isDirectory(core), "the testsuite is needed: " + core.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.walk(core)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        int functions = 0;
        for (Path file : files) {
            for (WastCommand c : WastParser.parse(Files.readAllBytes(file)).commands()) {
                if (c instanceof WastCommand.Module m) {
                    InterpretedModule code = compile(m.source());
                    if (code == null) {
                        continue;
                    }
                    for (int f = 0; f < code.definedFunctionCount(); f++) {
                        check(file.getFileName() + ":" + c.line() + " function " + f, code.code(f));
                        functions++;
                    }
                }
            }
        }
        assertTrue(functions > 5000, "only " + functions + " functions checked");
    }

    private static InterpretedModule compile(ModuleSource source) {
        try {
            WasmModule m = source instanceof ModuleSource.Text t ? WatParser.parseModule(t.module()).module()
                    : source instanceof ModuleSource.Binary b ? ModuleDecoder.decode(b.bytes(), Wasm.ENGINE.features())
                    : WatParser.parseModule(((ModuleSource.Quote) source).text()).module();
            Module module = Wasm.ENGINE.compile(m);
            return (InterpretedModule) module.code();
        } catch (WasmException | IllegalArgumentException e) {
            return null; // malformed or invalid: the scripts expect that
        }
    }

    static void check(String where, FunctionCode fc) {
        long[] code = fc.code;
        BitSet starts = new BitSet();
        List<Integer> targets = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            starts.set(pc);
            long w = code[pc];
            int op = Op.op(w);
            if (op < 0 || op >= Op.COUNT) {
                fail(where + ": bad opcode " + op + " at " + pc);
            }
            int n = Op.length(code, pc);
            assertTrue(pc + n <= code.length, where + ": instruction at " + pc + " is cut off");
            if (op == Op.BR_TABLE) {
                for (int e = pc + 1; e < pc + n; e += 2) {
                    targets.add((int) code[e]);
                    checkMove(where, fc, Op.c(w), (int) code[e + 1], (int) (code[e] >>> 32));
                }
            } else if (Op.isBranch(op)) {
                targets.add((int) code[pc + 1]);
            }
            switch (op) {
                case Op.BR_UNWIND -> checkMove(where, fc, Op.b(w), Op.a(w), Op.c(w));
                case Op.BR_IF_UNWIND -> checkMove(where, fc, Op.c(w), Op.b(w), (int) (code[pc + 1] >>> 32));
                case Op.RETURN -> checkMove(where, fc, Op.b(w), 0, Op.c(w));
                default -> { }
            }
            int fields = slotFields(op);
            int[] values = {Op.a(w), Op.b(w), Op.c(w)};
            for (int f = 0; f < 3; f++) {
                if ((fields & (1 << f)) != 0) {
                    assertTrue(values[f] < fc.frameSlots, where + ": slot " + values[f] + " of " + op + " at " + pc
                            + " outside a frame of " + fc.frameSlots);
                }
            }
            pc += n;
        }
        assertEquals(code.length, pc, where + ": the last instruction is cut off");
        int last = Op.op(code[lastStart(starts)]);
        assertTrue(last == Op.RETURN || last == Op.STACK_EXHAUSTED, where + ": code must end with a return");
        for (int t : targets) {
            assertTrue(starts.get(t), where + ": a branch to " + t + " lands inside an instruction");
        }
        for (Handler h : fc.handlers) {
            assertTrue(h.start <= h.end && (starts.get(h.start) || h.start == code.length), where + ": handler range");
            for (int c = 0; c < h.targets.length; c++) {
                assertTrue(starts.get(h.targets[c]), where + ": catch target " + h.targets[c]);
                assertTrue(h.heights[c] >= fc.localSlots
                        && h.heights[c] < fc.frameSlots, where + ": catch height");
            }
            assertTrue(h.parent < fc.handlers.length && h.delegateNext < fc.handlers.length, where + ": handler links");
        }
    }

    /** Which of the fields A, B, C (bits 0, 1, 2) name frame slots. */
    private static int slotFields(int op) {
        if (op >= Op.LOAD32 && op <= Op.STORE16 || op >= Op.I32_ADD_I && op <= Op.I32_GE_U_I
                || op >= Op.I64_ADD_I && op <= Op.I64_NE_I || op >= Op.BR_EQ_I && op <= Op.BR_GE_U_I
                || op >= Op.LOAD32_K && op <= Op.I32_XOR_SHR_U_I || op >= Op.ADD_I_BR_NZ && op <= Op.ADD_I_BR_LT_U_I
                || op == Op.I32_ROTL_MUL) {
            return 0b011;
        }
        switch (op) {
            case Op.CONST32:
            case Op.CONST64:
            case Op.REF_NULL:
            case Op.GLOBAL_GET:
            case Op.GLOBAL_GET_REF:
            case Op.GLOBAL_GET_V128:
            case Op.CALL:
            case Op.RETURN_CALL:
            case Op.THROW:
            case Op.BR_ON_NULL:
            case Op.BR_ON_NON_NULL:
            case Op.BR_ON_CAST:
            case Op.BR_ON_CAST_FAIL:
            case Op.FAM_NUMERIC:
            case Op.FAM_SIMD:
            case Op.FAM_MEMORY:
            case Op.FAM_TABLE:
            case Op.FAM_GC:
                return 0b001;
            case Op.CALL_INDIRECT:
            case Op.RETURN_CALL_INDIRECT:
            case Op.CALL_REF:
            case Op.RETURN_CALL_REF:
            case Op.MOV:
            case Op.MOV_REF:
            case Op.MOV_V128:
            case Op.REF_IS_NULL:
                return 0b011;
            case Op.BR_IF:
            case Op.BR_IF_NOT:
            case Op.GLOBAL_SET:
            case Op.GLOBAL_SET_REF:
            case Op.GLOBAL_SET_V128:
            case Op.THROW_REF:
            case Op.RETHROW:
            case Op.REF_AS_NON_NULL:
                return 0b010;
            case Op.BR_TABLE:
                return 0b101;
            case Op.BR_UNWIND:
                return 0b011;
            case Op.F64_ADD_TO_MEM:
            case Op.BR_EQ64:
            case Op.BR_NE64:
                return 0b110;
            case Op.BR_EQ64_I:
            case Op.BR_NE64_I:
                return 0b010;
            case Op.BR_IF_UNWIND:
            case Op.SELECT:
            case Op.SELECT_REF:
            case Op.SELECT_V128:
                return 0b111;
            case Op.UNREACHABLE:
            case Op.STACK_EXHAUSTED:
            case Op.JUMP:
            case Op.RETURN:
                return 0;
            default:
                return op >= Op.BR_EQ && op <= Op.BR_GE_U ? 0b110 : 0b111; // numeric: A = B op C (C unused: 0)
        }
    }

    private static void checkMove(String where, FunctionCode fc, int from, int to, int k) {
        assertTrue(k >= 0 && from + k <= fc.frameSlots && to + k <= fc.frameSlots && to <= from,
                where + ": moving " + k + " slots from " + from + " to " + to + " in a frame of " + fc.frameSlots);
    }

    private static int lastStart(BitSet starts) {
        return starts.previousSetBit(starts.length());
    }
}
