package dev.jwasm.parser.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(m)) == m on generated modules, and the canonical encoding is a fixed point. */
class RoundTripTest {
    /** Everything the encoder may write: shared memories and custom page sizes need their features. */
    static final Features ALL = Features.wasm3().with(Feature.THREADS, true).with(Feature.CUSTOM_PAGE_SIZES, true)
            .with(Feature.LEGACY_EXCEPTIONS, true).with(Feature.WIDE_ARITHMETIC, true);

    @Provide
    Arbitrary<WasmModule> modules() {
        return ModuleGenerator.modules();
    }

    @Property(tries = 2000)
    void decodingAnEncodedModuleGivesItBack(@ForAll("modules") WasmModule module) {
        byte[] bytes = ModuleEncoder.encode(module);
        WasmModule decoded = ModuleDecoder.decode(bytes, ALL);
        assertEquals(module, decoded);
    }

    @Property(tries = 300)
    void encodingIsCanonical(@ForAll("modules") WasmModule module) {
        byte[] bytes = ModuleEncoder.encode(module);
        assertArrayEquals(bytes, ModuleEncoder.encode(ModuleDecoder.decode(bytes, ALL)));
    }
}
