package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.WasmModule;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The printer's contract on generated modules (valid or not, with arbitrary names, custom
 * sections and immediates): {@code parse(print(m))} encodes to the bytes {@code m} encodes to,
 * once the encoding choices text cannot make ({@link TextFidelity}) are taken as text makes them.
 */
class PrinterPropertiesTest {

    @Provide
    Arbitrary<WasmModule> modules() {
        return GeneratedModules.modules();
    }

    @Property(tries = 1500)
    void flatTextReadsBackToTheSameEncoding(@ForAll("modules") WasmModule m) {
        assertNull(RoundTrip.check(m, WatPrinter.Options.FLAT));
    }

    @Property(tries = 1500)
    void foldedTextReadsBackToTheSameEncoding(@ForAll("modules") WasmModule m) {
        assertNull(RoundTrip.check(m, WatPrinter.Options.FOLDED));
    }

    @Property(tries = 300)
    void textWithoutIndexCommentsReadsBackToo(@ForAll("modules") WasmModule m) {
        assertNull(RoundTrip.check(m, new WatPrinter.Options(false, false)));
    }

    /** The losses are reported exactly when text changes the encoding. */
    @Property(tries = 1000)
    void lossesAreReportedExactlyWhenTheEncodingChanges(@ForAll("modules") WasmModule m) {
        boolean same = Arrays.equals(ModuleEncoder.encode(m), ModuleEncoder.encode(RoundTrip.expressible(m)));
        assertEquals(same, TextFidelity.losses(m).isEmpty(), () -> TextFidelity.losses(m).toString());
    }
}
