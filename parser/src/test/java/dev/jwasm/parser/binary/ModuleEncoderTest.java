package dev.jwasm.parser.binary;

import static dev.jwasm.parser.binary.Bytes.concat;
import static dev.jwasm.parser.binary.Bytes.module;
import static dev.jwasm.parser.binary.Bytes.of;
import static dev.jwasm.parser.binary.Bytes.section;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical choices of the encoder, byte for byte. */
class ModuleEncoderTest {
    private static final Instruction END = Opcode.END.simpleInstance();
    private static final ConstExpr ZERO = new ConstExpr(List.of(new Instruction.I32Const(0), END));
    private static final ValType REF_FUNC = ValType.ref(false, HeapType.FUNC);

    private static WasmModule with(List<ElementSegment> elements) {
        WasmModule e = WasmModule.empty();
        return new WasmModule(e.recTypes(), e.imports(), e.functions(), e.tables(), e.memories(), e.globals(),
                e.tags(), e.exports(), -1, elements, -1, e.codes(), e.data(), e.customSections(), e.names());
    }

    private static ConstExpr refFunc(int index) {
        return new ConstExpr(List.of(new Instruction.Index(Opcode.REF_FUNC, index), END));
    }

    @Test
    void emptyModuleIsJustTheHeader() {
        assertArrayEquals(Bytes.HEADER, ModuleEncoder.encode(WasmModule.empty()));
    }

    @Test
    void functionIndexElementsUseTheCompactForms() {
        byte[] bytes = ModuleEncoder.encode(with(List.of(
                new ElementSegment(SegmentMode.ACTIVE, 0, ZERO, REF_FUNC, List.of(refFunc(3))),
                new ElementSegment(SegmentMode.PASSIVE, 0, null, REF_FUNC, List.of(refFunc(3))),
                new ElementSegment(SegmentMode.ACTIVE, 1, ZERO, REF_FUNC, List.of(refFunc(3))),
                new ElementSegment(SegmentMode.DECLARATIVE, 0, null, REF_FUNC, List.of(refFunc(3))))));
        assertArrayEquals(module(section(9, 0x04,
                0x00, 0x41, 0x00, 0x0B, 0x01, 0x03,
                0x01, 0x00, 0x01, 0x03,
                0x02, 0x01, 0x41, 0x00, 0x0B, 0x00, 0x01, 0x03,
                0x03, 0x00, 0x01, 0x03)), bytes);
    }

    @Test
    void otherElementsUseExpressions() {
        ConstExpr nullFunc = new ConstExpr(List.of(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.FUNC), END));
        byte[] bytes = ModuleEncoder.encode(with(List.of(
                new ElementSegment(SegmentMode.ACTIVE, 0, ZERO, ValType.FUNCREF, List.of(refFunc(3))),
                new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.EXTERNREF, List.of()),
                new ElementSegment(SegmentMode.ACTIVE, 2, ZERO, ValType.FUNCREF, List.of(nullFunc)),
                new ElementSegment(SegmentMode.DECLARATIVE, 0, null, REF_FUNC, List.of(nullFunc)))));
        assertArrayEquals(module(section(9, 0x04,
                0x04, 0x41, 0x00, 0x0B, 0x01, 0xD2, 0x03, 0x0B,
                0x05, 0x6F, 0x00,
                0x06, 0x02, 0x41, 0x00, 0x0B, 0x70, 0x01, 0xD0, 0x70, 0x0B,
                0x07, 0x64, 0x70, 0x01, 0xD0, 0x70, 0x0B)), bytes);
    }

    @Test
    void dataCountIsWrittenWhenABodyNeedsIt() {
        WasmModule e = WasmModule.empty();
        FunctionBody dataDrop = new FunctionBody(List.of(), List.of(new Instruction.Index(Opcode.DATA_DROP, 0), END));
        WasmModule m = new WasmModule(List.of(new RecType(List.of(SubType.plain(new FuncType(List.of(), List.of()))))),
                e.imports(), List.of(0), e.tables(), e.memories(), e.globals(), e.tags(), e.exports(), -1,
                e.elements(), -1, List.of(dataDrop), List.of(new DataSegment(SegmentMode.PASSIVE, 0, null, of())),
                e.customSections(), e.names());
        byte[] bytes = ModuleEncoder.encode(m);
        assertArrayEquals(module(section(1, 0x01, 0x60, 0x00, 0x00), section(3, 0x01, 0x00), section(12, 0x01),
                section(10, 0x01, 0x05, 0x00, 0xFC, 0x09, 0x00, 0x0B), section(11, 0x01, 0x01, 0x00)), bytes);
    }

    @Test
    void shorthandsAndShortestIntegers() {
        WasmModule e = WasmModule.empty();
        WasmModule m = new WasmModule(e.recTypes(), e.imports(), e.functions(), e.tables(),
                List.of(new MemoryType(new Limits(1, 65536, true), false, 16)),
                List.of(new Global(new GlobalType(ValType.ref(true, HeapType.concrete(200)), false),
                        new ConstExpr(List.of(new Instruction.I64Const(-1), END))),
                        new Global(new GlobalType(ValType.ANYREF, true), ZERO)),
                e.tags(), e.exports(), -1, e.elements(), -1, e.codes(), e.data(), e.customSections(), e.names());
        assertArrayEquals(module(section(5, 0x01, 0x05, 0x01, 0x80, 0x80, 0x04),
                section(6, 0x02, 0x63, 0xC8, 0x01, 0x00, 0x42, 0x7F, 0x0B, 0x6E, 0x01, 0x41, 0x00, 0x0B)),
                ModuleEncoder.encode(m));
    }

    @Test
    void customSectionsGoBackWhereTheyWere() {
        byte[] original = module(section(0, 0x01, 0x61), section(1, 0x01, 0x60, 0x00, 0x00),
                section(0, 0x01, 0x62, 0x09), section(5, 0x01, 0x00, 0x00), section(0, 0x01, 0x63));
        assertArrayEquals(original, ModuleEncoder.encode(ModuleDecoder.decode(original)));
    }

    @Test
    void namesBecomeANameSectionAtTheEnd() {
        WasmModule e = WasmModule.empty();
        NameSection names = new NameSection("m", Map.of(1, "f", 0, "e"), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
        WasmModule m = new WasmModule(e.recTypes(), e.imports(), e.functions(), e.tables(), e.memories(),
                e.globals(), e.tags(), e.exports(), -1, e.elements(), -1, e.codes(), e.data(),
                List.of(new CustomSection("c", of(), 0)), names);
        byte[] name = "name".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(module(section(0, 0x01, 0x63), section(0, concat(of(0x04), name,
                of(0x00, 0x02, 0x01, 0x6D, 0x01, 0x07, 0x02, 0x00, 0x01, 0x65, 0x01, 0x01, 0x66)))),
                ModuleEncoder.encode(m));
    }

    @Test
    void aRawNameSectionWinsOverDecodedNames() {
        WasmModule e = WasmModule.empty();
        NameSection names = new NameSection("m", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
        WasmModule m = new WasmModule(e.recTypes(), e.imports(), e.functions(), e.tables(), e.memories(),
                e.globals(), e.tags(), e.exports(), -1, e.elements(), -1, e.codes(), e.data(),
                List.of(new CustomSection("name", of(0x7F), 0)), names);
        byte[] name = "name".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(module(section(0, concat(of(0x04), name, of(0x7F)))), ModuleEncoder.encode(m));
    }

    @Test
    void decodedModulesReencodeToTheSameModule() {
        byte[] bytes = module(section(1, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F), section(3, 0x01, 0x00),
                section(7, 0x01, 0x01, 0x66, 0x00, 0x00),
                section(10, 0x01, 0x07, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6A, 0x0B));
        assertEquals(ModuleDecoder.decode(bytes), ModuleDecoder.decode(ModuleEncoder.encode(ModuleDecoder.decode(bytes))));
        assertArrayEquals(bytes, ModuleEncoder.encode(ModuleDecoder.decode(bytes)));
    }
}
