package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every opcode of the table, with immediates away from their defaults, is printed and read back
 * as the very same instruction, flat and folded; and nesting 100,000 deep prints on a small stack.
 */
class EveryInstructionTest {

    private static WasmModule module(List<Instruction> body) {
        List<Instruction> code = new ArrayList<>(body);
        code.add(Opcode.END.simpleInstance());
        return new WasmModule(List.of(new RecType(List.of(SubType.plain(new FuncType(List.of(), List.of()))))),
                List.of(), List.of(0), List.of(), List.of(), List.of(), List.of(), List.of(), -1, List.of(), -1,
                List.of(new FunctionBody(List.of(), code)), List.of(), List.of(), NameSection.EMPTY);
    }

    /** The opcode with immediates that are not what the parser would assume without them. */
    private static List<Instruction> sample(Opcode op) {
        Instruction ins = switch (op.immediates()) {
            case NONE, ZERO_BYTE -> op.simpleInstance();
            case BLOCK -> new Instruction.Block(op, BlockType.of(ValType.I64));
            case TRY_TABLE -> new Instruction.TryTable(op, BlockType.ofTypeIndex(0),
                    List.of(new Catch(Catch.Kind.CATCH, 3, 1), new Catch(Catch.Kind.CATCH_ALL_REF, -1, 2)));
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, ELEM, DATA, TAG -> new Instruction.Index(op, 7);
            case TABLE, MEMORY -> new Instruction.Index(op, 2);
            case CALL_INDIRECT, TYPE_FIELD, TYPE_TYPE, TYPE_DATA, TYPE_ELEM, TYPE_SIZE, TABLE_TABLE, ELEM_TABLE,
                    MEMORY_MEMORY, DATA_MEMORY -> new Instruction.TwoIndices(op, 5, 3);
            case BR_TABLE -> new Instruction.BrTable(op, new int[] {3, 1, 4}, 2);
            case MEMARG -> new Instruction.MemoryAccess(op, 1, 4096, 0, -1);
            case MEMARG_LANE -> new Instruction.MemoryAccess(op, 1, 8, 0, 1);
            case I32 -> new Instruction.I32Const(-5);
            case I64 -> new Instruction.I64Const(1L << 40);
            case F32 -> new Instruction.F32Const(0x7FA00001);
            case F64 -> new Instruction.F64Const(0xFFF0000000000123L);
            case V128 -> new Instruction.V128Const(0x0123456789ABCDEFL, 0xFEDCBA9876543210L);
            case LANE -> new Instruction.Lane(op, 1);
            case SHUFFLE -> new Instruction.Shuffle(op, new byte[] {31, 30, 29, 28, 27, 26, 25, 24, 7, 6, 5, 4, 3, 2, 1, 0});
            case SELECT_TYPED -> new Instruction.SelectTyped(op, List.of(ValType.ref(false, HeapType.concrete(0))));
            case HEAP_TYPE -> new Instruction.HeapTypeOp(op, HeapType.concrete(0));
            case BR_ON_CAST -> new Instruction.BrOnCast(op, 0, ValType.ANYREF, ValType.ref(false, HeapType.I31));
        };
        List<Instruction> out = new ArrayList<>(List.of(ins));
        switch (op) {
            case BLOCK, LOOP, IF, TRY, TRY_TABLE -> out.add(Opcode.END.simpleInstance());
            default -> {
            }
        }
        return out;
    }

    @Test
    void everyOpcodeReadsBackAsTheSameInstruction() {
        int checked = 0;
        for (Opcode op : Opcode.values()) {
            switch (op) {
                case ELSE, END, CATCH, CATCH_ALL, DELEGATE -> {
                    continue; // only inside their blocks; covered below
                }
                default -> {
                }
            }
            WasmModule m = module(sample(op));
            for (WatPrinter.Options options : List.of(WatPrinter.Options.FLAT, WatPrinter.Options.FOLDED)) {
                WasmModule back = RoundTrip.reparse(m, options);
                assertEquals(m.codes(), back.codes(), op + " in\n" + WatPrinter.print(m, options));
            }
            checked++;
        }
        assertEquals(Opcode.values().length - 5, checked);
    }

    @Test
    void structuredInstructionsInsideTheirBlocks() {
        WasmModule m = module(List.of(
                new Instruction.Block(Opcode.IF, BlockType.EMPTY), Opcode.NOP.simpleInstance(),
                Opcode.ELSE.simpleInstance(), Opcode.NOP.simpleInstance(), Opcode.END.simpleInstance(),
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), new Instruction.Index(Opcode.CATCH, 0),
                Opcode.CATCH_ALL.simpleInstance(), Opcode.END.simpleInstance(),
                new Instruction.Block(Opcode.TRY, BlockType.EMPTY), new Instruction.Index(Opcode.DELEGATE, 3)));
        for (WatPrinter.Options options : List.of(WatPrinter.Options.FLAT, WatPrinter.Options.FOLDED)) {
            assertEquals(m.codes(), RoundTrip.reparse(m, options).codes());
        }
    }

    @Test
    void deepNestingPrintsOnASmallStack() throws Exception {
        int depth = 100_000;
        List<Instruction> body = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            body.add(new Instruction.Block(i % 2 == 0 ? Opcode.BLOCK : Opcode.LOOP, BlockType.EMPTY));
        }
        body.add(new Instruction.I32Const(0));
        for (int i = 0; i < depth; i++) {
            body.add(Opcode.I32_EQZ.simpleInstance());
        }
        body.add(Opcode.DROP.simpleInstance());
        for (int i = 0; i < depth; i++) {
            body.add(Opcode.END.simpleInstance());
        }
        WasmModule m = module(body);
        String[] failure = {"not run"};
        Throwable[] thrown = new Throwable[1];
        int[] length = new int[2];
        Thread t = new Thread(null, () -> {
            try {
                length[0] = WatPrinter.print(m, WatPrinter.Options.FLAT).length();
                length[1] = WatPrinter.print(m, WatPrinter.Options.FOLDED).length();
                failure[0] = RoundTrip.check(m, WatPrinter.Options.FOLDED);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small stack", 256 * 1024);
        t.start();
        t.join();
        assertNull(thrown[0]);
        assertNull(failure[0]);
        assertTrue(length[0] > depth && length[1] > depth);
        // indentation stops growing, so the text stays linear in the number of instructions
        long perLine = 2 * TextOutput.MAX_INDENT + 24;
        assertTrue(length[0] < perLine * body.size(), "flat text of " + length[0] + " characters");
        assertTrue(length[1] < perLine * body.size(), "folded text of " + length[1] + " characters");
    }
}
