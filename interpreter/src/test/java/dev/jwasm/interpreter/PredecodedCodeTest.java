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
 * start, unwinding heights stay inside the frame, and handlers cover whole instructions.
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
        int[] code = fc.code;
        BitSet starts = new BitSet();
        List<Integer> targets = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            starts.set(pc);
            int op = code[pc];
            if (op < 0 || op >= Op.COUNT) {
                fail(where + ": bad opcode " + op + " at " + pc);
            }
            int n = Op.immediates(op);
            switch (op) {
                case Op.JUMP, Op.JUMP_BACK, Op.BR_IF, Op.BR_IF_BACK, Op.IF_FALSE -> targets.add(code[pc + 1]);
                case Op.BR_UNWIND, Op.BR_IF_UNWIND, Op.BR_ON_NULL, Op.BR_ON_NON_NULL, Op.BR_ON_CAST, Op.BR_ON_CAST_FAIL -> {
                    targets.add(code[pc + 1]);
                    checkHeight(where, fc, code[pc + 2], code[pc + 3]);
                }
                case Op.BR_TABLE -> {
                    n = 1 + 3 * (code[pc + 1] + 1);
                    for (int e = pc + 2; e < pc + 1 + n; e += 3) {
                        targets.add(code[e]);
                        checkHeight(where, fc, code[e + 1], code[e + 2]);
                    }
                }
                default -> { }
            }
            if (op >= Op.LOCAL_GET && op <= Op.LOCAL_TEE_V128) {
                assertTrue(code[pc + 1] >= 0 && code[pc + 1] < fc.localSlots, where + ": local slot");
            }
            pc += 1 + n;
        }
        assertEquals(code.length, pc, where + ": the last instruction is cut off");
        assertEquals(Op.RETURN, code[lastStart(starts)], where + ": code must end with a return");
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

    private static void checkHeight(String where, FunctionCode fc, int height, int keep) {
        assertTrue(height >= fc.localSlots && height + keep <= fc.frameSlots && keep >= 0,
                where + ": unwinding to " + height + " keeping " + keep + " in a frame of " + fc.frameSlots);
    }

    private static int lastStart(BitSet starts) {
        return starts.previousSetBit(starts.length());
    }
}
