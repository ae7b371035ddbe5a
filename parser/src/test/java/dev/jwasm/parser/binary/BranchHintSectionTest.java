package dev.jwasm.parser.binary;

import static dev.jwasm.parser.binary.Bytes.concat;
import static dev.jwasm.parser.binary.Bytes.module;
import static dev.jwasm.parser.binary.Bytes.of;
import static dev.jwasm.parser.binary.Bytes.section;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.WatParser;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The "metadata.code.branch_hint" section: written before the code, read back into the bodies. */
class BranchHintSectionTest {
    /**
     * One imported function, then one defined {@code (func (param i32) (local i64))} whose body is
     * {@code 01 01 7E | 20 00 | 04 40 | 01 | 0B | 41 00 | 0D 00 | 0B}: local.get at offset 3,
     * if at 5, nop at 7, end at 8, i32.const at 9, br_if at 11, end at 13.
     */
    private static final byte[] TYPES = section(1, 0x01, 0x60, 0x01, 0x7F, 0x00);
    private static final byte[] IMPORTS = section(2, 0x01, 0x01, 'm', 0x01, 'f', 0x00, 0x00);
    private static final byte[] FUNCTIONS = section(3, 0x01, 0x00);
    private static final byte[] CODE = section(10, 0x01, 0x0E,
            0x01, 0x01, 0x7E, 0x20, 0x00, 0x04, 0x40, 0x01, 0x0B, 0x41, 0x00, 0x0D, 0x00, 0x0B);
    /** Function 1: the if (instruction 1, offset 5) unlikely, the br_if (instruction 5, offset 11) likely. */
    private static final byte[] HINTS = of(0x01, 0x01, 0x02, 0x05, 0x01, 0x00, 0x0B, 0x01, 0x01);

    private static byte[] hintSection(byte[] content) {
        ByteWriter w = new ByteWriter();
        w.name(BranchHintSection.NAME);
        w.bytes(content);
        return section(0, w.toByteArray());
    }

    private static byte[] withHints(byte[] content) {
        return module(TYPES, IMPORTS, FUNCTIONS, hintSection(content), CODE);
    }

    private static WasmModule hintedModule() {
        return WatParser.parseModule("(module (import \"m\" \"f\" (func (param i32)))"
                + " (func (param i32) (local i64) local.get 0 (@metadata.code.branch_hint \"\\00\") if nop end"
                + " i32.const 0 (@metadata.code.branch_hint \"\\01\") br_if 0))").module();
    }

    @Test
    void hintsAreWrittenJustBeforeTheCodeSection() {
        assertArrayEquals(withHints(HINTS), ModuleEncoder.encode(hintedModule()));
    }

    @Test
    void hintsAreReadBackIntoTheBodiesAndNotKeptRaw() {
        WasmModule decoded = ModuleDecoder.decode(withHints(HINTS));
        assertEquals(Map.of(1, FunctionBody.UNLIKELY, 5, FunctionBody.LIKELY), decoded.codes().get(0).branchHints());
        assertEquals(List.of(), decoded.customSections());
        assertEquals(hintedModule(), decoded);
    }

    private static void assertKeptRaw(byte[] content) {
        WasmModule decoded = ModuleDecoder.decode(withHints(content));
        assertEquals(Map.of(), decoded.codes().get(0).branchHints());
        assertEquals(List.of(new CustomSection(BranchHintSection.NAME, content, 3)), decoded.customSections());
    }

    @Test
    void aMalformedOrInconsistentSectionIsKeptAsBytes() {
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x05, 0x01, 0x02)); // hint value 2
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x05, 0x02, 0x00)); // size 2
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x04, 0x01, 0x00)); // offset 4: inside local.get
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x03, 0x01, 0x00)); // offset 3: local.get is no branch
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x07, 0x01, 0x00)); // offset 7: nop
        assertKeptRaw(of(0x01, 0x00, 0x01, 0x05, 0x01, 0x00)); // function 0 is imported
        assertKeptRaw(of(0x01, 0x02, 0x01, 0x05, 0x01, 0x00)); // function 2 does not exist
        assertKeptRaw(of(0x01, 0x01, 0x02, 0x0B, 0x01, 0x01, 0x05, 0x01, 0x00)); // offsets decreasing
        assertKeptRaw(of(0x01, 0x01, 0x02, 0x05, 0x01, 0x01, 0x05, 0x01, 0x00)); // offset twice
        assertKeptRaw(of(0x02, 0x01, 0x00, 0x01, 0x00)); // function listed twice
        assertKeptRaw(of(0x01, 0x01, 0x02, 0x05, 0x01, 0x00)); // cut short
        assertKeptRaw(concat(HINTS, of(0x00))); // trailing byte
        assertKeptRaw(of(0x01, 0x01, 0x01, 0x85, 0x80, 0x80, 0x80, 0x80, 0x01, 0x01, 0x00)); // offset too long
    }

    @Test
    void aSectionAfterTheCodeIsKeptAsBytes() {
        WasmModule decoded = ModuleDecoder.decode(module(TYPES, IMPORTS, FUNCTIONS, CODE, hintSection(HINTS)));
        assertEquals(Map.of(), decoded.codes().get(0).branchHints());
        assertEquals(List.of(new CustomSection(BranchHintSection.NAME, HINTS, 10)), decoded.customSections());
    }

    @Test
    void theLastSectionBeforeTheCodeApplies() {
        byte[] first = of(0x01, 0x01, 0x01, 0x0B, 0x01, 0x00);
        byte[] bytes = module(TYPES, hintSection(first), IMPORTS, FUNCTIONS, hintSection(HINTS), CODE);
        WasmModule decoded = ModuleDecoder.decode(bytes);
        assertEquals(Map.of(1, FunctionBody.UNLIKELY, 5, FunctionBody.LIKELY), decoded.codes().get(0).branchHints());
        assertEquals(List.of(new CustomSection(BranchHintSection.NAME, first, 1)), decoded.customSections());
        // and the encoder puts them back in the same order
        assertArrayEquals(bytes, ModuleEncoder.encode(decoded));
    }

    @Test
    void aSectionWithoutCodeIsKeptUnlessEmpty() {
        byte[] noCode = module(TYPES, hintSection(HINTS));
        assertEquals(1, ModuleDecoder.decode(noCode).customSections().size());
        assertEquals(List.of(), ModuleDecoder.decode(module(TYPES, hintSection(of(0x00)))).customSections());
    }

    @Test
    void hintsMustSitOnIfOrBrIf() {
        List<Instruction> code = List.of(new Instruction.Index(Opcode.LOCAL_GET, 0),
                new Instruction.Index(Opcode.BR_IF, 0), Opcode.END.simpleInstance());
        assertEquals(Map.of(1, 1), new FunctionBody(List.of(), code, Map.of(1, 1)).branchHints());
        assertThrows(IllegalArgumentException.class, () -> new FunctionBody(List.of(), code, Map.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new FunctionBody(List.of(), code, Map.of(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> new FunctionBody(List.of(), code, Map.of(1, 2)));
    }

    @Property(tries = 500)
    void anyHintSectionContentDecodes(@ForAll @Size(max = 24) byte[] content) {
        WasmModule decoded = ModuleDecoder.decode(withHints(content));
        boolean raw = !decoded.customSections().isEmpty();
        boolean hinted = !decoded.codes().get(0).branchHints().isEmpty();
        assertFalse(raw && hinted, "either hints or a raw section");
        assertEquals(decoded, ModuleDecoder.decode(ModuleEncoder.encode(decoded)));
    }
}
