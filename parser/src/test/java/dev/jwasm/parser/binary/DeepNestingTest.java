package dev.jwasm.parser.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.WasmModule;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Nesting depth is data, not Java stack: 100,000 nested blocks decode and encode with the default stack. */
class DeepNestingTest {
    private static final int DEPTH = 100_000;

    /** A body of {@code depth} nested empty blocks closed by {@code ends} end opcodes. */
    private static byte[] nestedBlocks(int depth, int ends) {
        byte[] body = new byte[1 + depth * 2 + ends];
        int p = 1; // no locals
        for (int i = 0; i < depth; i++) {
            body[p++] = 0x02;
            body[p++] = 0x40;
        }
        for (int i = 0; i < ends; i++) {
            body[p++] = 0x0B;
        }
        return Bytes.module(Bytes.oneFunction(body));
    }

    /** Runs {@code task} on a thread with a deliberately small stack, rethrowing what it threw. */
    private static <T> T onSmallStack(Supplier<T> task) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    @Test
    void hundredThousandNestedBlocksDecode() throws Throwable {
        byte[] bytes = nestedBlocks(DEPTH, DEPTH + 1);
        WasmModule m = onSmallStack(() -> ModuleDecoder.decode(bytes));
        List<Instruction> body = m.codes().get(0).instructions();
        assertEquals(2 * DEPTH + 1, body.size());
        assertEquals(Opcode.BLOCK, body.get(DEPTH - 1).opcode());
        assertEquals(Opcode.END, body.get(body.size() - 1).opcode());
    }

    @Test
    void hundredThousandNestedBlocksRoundTrip() throws Throwable {
        byte[] bytes = nestedBlocks(DEPTH, DEPTH + 1);
        assertArrayEquals(bytes, onSmallStack(() -> ModuleEncoder.encode(ModuleDecoder.decode(bytes))));
    }

    @Test
    void cutOffDeepModuleIsLengthOutOfBounds() {
        // the code section still declares its full size, which no longer fits in what is left
        byte[] complete = nestedBlocks(DEPTH, DEPTH + 1);
        byte[] truncated = Arrays.copyOf(complete, complete.length - 10);
        MalformedModuleException e = assertThrows(MalformedModuleException.class, () -> ModuleDecoder.decode(truncated));
        assertEquals("length out of bounds", e.getMessage());
    }

    @Test
    void bodyMissingItsEndsAtEndOfInputIsUnexpectedEnd() {
        // sizes agree with the bytes present, but the blocks are never closed
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> ModuleDecoder.decode(nestedBlocks(DEPTH, DEPTH)));
        assertTrue(e.getMessage().startsWith("unexpected end"), e.getMessage());
    }
}
