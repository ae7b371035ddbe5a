package dev.jwasm.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.Engine;
import org.junit.jupiter.api.Test;

class LargeModuleTest {
    @Test
    void repeatsEveryDefinedFunctionAndStaysValidForBothRuntimes() {
        byte[] source = Workloads.command(LargeModule.SOURCE);
        byte[] large = LargeModule.build();
        assertTrue(large.length >= LargeModule.TARGET_BYTES, "size " + large.length);

        WasmModule original = ModuleDecoder.decode(source);
        WasmModule repeated = ModuleDecoder.decode(large);
        int copies = repeated.codes().size() / original.codes().size();
        assertEquals(original.codes().size() * copies, repeated.codes().size());
        assertTrue(copies > 100, "copies " + copies);
        assertEquals(original.imports(), repeated.imports());
        assertEquals(original.exports(), repeated.exports());

        Engine.create().compile(large);                  // jwasm: decodes and validates
        assertEquals(repeated.codes().size(), Parser.parse(large).codeSection().functionBodyCount());
    }

    @Test
    void deterministic() {
        assertArrayEquals(LargeModule.build(), LargeModule.build());
    }
}
