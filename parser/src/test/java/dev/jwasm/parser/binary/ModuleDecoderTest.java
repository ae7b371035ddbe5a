package dev.jwasm.parser.binary;

import static dev.jwasm.parser.binary.Bytes.concat;
import static dev.jwasm.parser.binary.Bytes.module;
import static dev.jwasm.parser.binary.Bytes.of;
import static dev.jwasm.parser.binary.Bytes.oneFunction;
import static dev.jwasm.parser.binary.Bytes.section;
import static dev.jwasm.parser.binary.Bytes.voidFuncType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What well-formed bytes decode to. */
class ModuleDecoderTest {
    private static final Instruction END = Opcode.END.simpleInstance();

    private static List<Instruction> body(byte[] code) {
        return ModuleDecoder.decode(module(oneFunction(code))).codes().get(0).instructions();
    }

    @Test
    void emptyModule() {
        assertEquals(WasmModule.empty(), ModuleDecoder.decode(Bytes.HEADER));
    }

    @Test
    void gcTypesInARecursiveGroup() {
        WasmModule m = ModuleDecoder.decode(module(section(1,
                0x01, 0x4E, 0x03,
                0x50, 0x00, 0x5F, 0x02, 0x78, 0x01, 0x63, 0x01, 0x00, // sub (struct (mut i8) (ref null 1))
                0x4F, 0x01, 0x00, 0x5E, 0x77, 0x00,                   // sub final 0 (array i16)
                0x60, 0x01, 0x64, 0x6B, 0x01, 0x7B)));                // (func (param (ref struct)) (result v128))
        assertEquals(1, m.recTypes().size());
        List<SubType> types = m.types();
        assertEquals(new SubType(false, List.of(), new StructType(List.of(
                new FieldType(PackedType.I8, true), new FieldType(ValType.ref(true, HeapType.concrete(1)), false)))),
                types.get(0));
        assertEquals(new SubType(true, List.of(0), new ArrayType(new FieldType(PackedType.I16, false))), types.get(1));
        assertEquals(SubType.plain(new FuncType(List.of(ValType.ref(false, HeapType.STRUCT)), List.of(ValType.V128))),
                types.get(2));
    }

    @Test
    void importsOfEveryKind() {
        WasmModule m = ModuleDecoder.decode(module(voidFuncType(), section(2, 0x05,
                0x01, 0x6D, 0x01, 0x66, 0x00, 0x00,             // m.f func 0
                0x01, 0x6D, 0x01, 0x74, 0x01, 0x70, 0x05, 0x01, 0x02, // m.t table i64 1..2 funcref
                0x01, 0x6D, 0x01, 0x6D, 0x02, 0x00, 0x00,       // m.m memory 0
                0x01, 0x6D, 0x01, 0x67, 0x03, 0x7E, 0x01,       // m.g global (mut i64)
                0x01, 0x6D, 0x01, 0x65, 0x04, 0x00, 0x00)));    // m.e tag 0
        assertEquals(new ExternType.Func(0), m.imports().get(0).type());
        assertEquals(new TableType(ValType.FUNCREF, new Limits(1, 2, true)), m.imports().get(1).type());
        assertEquals(new MemoryType(new Limits(0, Limits.NO_MAX, false), false, 16), m.imports().get(2).type());
        assertEquals(new GlobalType(ValType.I64, true), m.imports().get(3).type());
        assertEquals(new TagType(0), m.imports().get(4).type());
        assertEquals("t", m.imports().get(1).name());
    }

    @Test
    void tableWithAndWithoutInitializer() {
        WasmModule m = ModuleDecoder.decode(module(section(4, 0x02,
                0x6F, 0x00, 0x01,                               // externref 1
                0x40, 0x00, 0x64, 0x70, 0x00, 0x02, 0xD2, 0x00, 0x0B))); // (ref func) 2 (ref.func 0)
        assertNull(m.tables().get(0).init());
        assertEquals(ValType.EXTERNREF, m.tables().get(0).type().elementType());
        assertEquals(new ConstExpr(List.of(new Instruction.Index(Opcode.REF_FUNC, 0), END)), m.tables().get(1).init());
        assertEquals(ValType.ref(false, HeapType.FUNC), m.tables().get(1).type().elementType());
    }

    @Test
    void allEightElementSegmentEncodings() {
        byte[] offset = of(0x41, 0x00, 0x0B);
        byte[] elems = concat(of(0x08),
                concat(of(0x00), offset, of(0x01, 0x00)),                    // 0: active table 0, func indices
                of(0x01, 0x00, 0x01, 0x00),                                  // 1: passive, elemkind, indices
                concat(of(0x02, 0x01), offset, of(0x00, 0x01, 0x00)),        // 2: active table 1, indices
                of(0x03, 0x00, 0x01, 0x00),                                  // 3: declarative, indices
                concat(of(0x04), offset, of(0x01, 0xD0, 0x70, 0x0B)),        // 4: active table 0, expressions
                of(0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B),                      // 5: passive externref
                concat(of(0x06, 0x02), offset, of(0x70, 0x00)),              // 6: active table 2, funcref, none
                of(0x07, 0x70, 0x01, 0xD2, 0x00, 0x0B));                     // 7: declarative funcref
        WasmModule m = ModuleDecoder.decode(module(section(9, elems)));
        List<ElementSegment> e = m.elements();
        ValType refFunc = ValType.ref(false, HeapType.FUNC);
        ConstExpr refFunc0 = new ConstExpr(List.of(new Instruction.Index(Opcode.REF_FUNC, 0), END));
        ConstExpr zero = new ConstExpr(List.of(new Instruction.I32Const(0), END));
        assertEquals(new ElementSegment(SegmentMode.ACTIVE, 0, zero, refFunc, List.of(refFunc0)), e.get(0));
        assertEquals(new ElementSegment(SegmentMode.PASSIVE, 0, null, refFunc, List.of(refFunc0)), e.get(1));
        assertEquals(new ElementSegment(SegmentMode.ACTIVE, 1, zero, refFunc, List.of(refFunc0)), e.get(2));
        assertEquals(new ElementSegment(SegmentMode.DECLARATIVE, 0, null, refFunc, List.of(refFunc0)), e.get(3));
        assertEquals(ValType.FUNCREF, e.get(4).type());
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.FUNC), e.get(4).items().get(0).instructions().get(0));
        assertEquals(ValType.EXTERNREF, e.get(5).type());
        assertEquals(SegmentMode.PASSIVE, e.get(5).mode());
        assertEquals(2, e.get(6).tableIndex());
        assertTrue(e.get(6).items().isEmpty());
        assertEquals(new ElementSegment(SegmentMode.DECLARATIVE, 0, null, ValType.FUNCREF, List.of(refFunc0)), e.get(7));
    }

    @Test
    void dataSegmentsAndDataCount() {
        WasmModule m = ModuleDecoder.decode(module(section(12, 0x03), section(11, 0x03,
                0x00, 0x41, 0x08, 0x0B, 0x02, 0x61, 0x62,       // active memory 0 at 8: "ab"
                0x01, 0x01, 0x63,                               // passive "c"
                0x02, 0x01, 0x41, 0x00, 0x0B, 0x00)));          // active memory 1, empty
        assertEquals(3, m.dataCount());
        DataSegment d0 = m.data().get(0);
        assertEquals(SegmentMode.ACTIVE, d0.mode());
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), d0.bytes());
        assertEquals(new DataSegment(SegmentMode.PASSIVE, 0, null, of(0x63)), m.data().get(1));
        assertEquals(1, m.data().get(2).memoryIndex());
    }

    @Test
    void exportsStartAndGlobals() {
        WasmModule m = ModuleDecoder.decode(module(voidFuncType(), section(3, 0x01, 0x00),
                section(6, 0x01, 0x7F, 0x00, 0x41, 0x7F, 0x0B),
                section(7, 0x02, 0x01, 0x66, 0x00, 0x00, 0x01, 0x67, 0x03, 0x00),
                section(8, 0x00), section(10, 0x01, 0x02, 0x00, 0x0B)));
        assertEquals(0, m.startFunction());
        assertEquals(ExternKind.GLOBAL, m.exports().get(1).kind());
        assertEquals(new Instruction.I32Const(-1), m.globals().get(0).init().instructions().get(0));
    }

    @Test
    void localsKeepTheirRuns() {
        WasmModule m = ModuleDecoder.decode(module(oneFunction(of(0x02, 0x03, 0x7F, 0x01, 0x63, 0x6E, 0x0B))));
        assertEquals(List.of(new Locals(3, ValType.I32), new Locals(1, ValType.ANYREF)), m.codes().get(0).locals());
        assertEquals(4, m.codes().get(0).localCount());
    }

    @Test
    void instructionsWithEveryKindOfImmediate() {
        List<Instruction> code = body(of(0x00,
                0x02, 0x7F,                                   // block (result i32)
                0x41, 0x80, 0x7F,                             // i32.const -128
                0x0E, 0x02, 0x00, 0x01, 0x00,                 // br_table 0 1 0
                0x0B,
                0x1F, 0x40, 0x02, 0x00, 0x05, 0x00, 0x03, 0x01, 0x0B, // try_table (catch 5 0) (catch_all_ref 1)
                0x28, 0x42, 0x03, 0x10,                       // i32.load memory 3 offset 16 align 2
                0xFD, 0x0C, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, // v128.const
                0xFD, 0x15, 0x07,                             // i8x16.extract_lane_s 7
                0xFD, 0x54, 0x00, 0x00, 0x0F,                 // v128.load8_lane 0 0 lane 15
                0x1C, 0x01, 0x7D,                             // select (result f32)
                0xD0, 0x6E,                                   // ref.null any
                0xFB, 0x17, 0x05,                             // ref.cast (ref null 5)
                0xFB, 0x18, 0x02, 0x00, 0x6E, 0x6C,           // br_on_cast 0 (ref any) (ref null i31)
                0xFC, 0x0C, 0x02, 0x01,                       // table.init elem 2 table 1
                0xFE, 0x03, 0x00,                             // atomic.fence
                0xFC, 0x13,                                   // i64.add128
                0x43, 0x00, 0x00, 0xC0, 0x7F,                 // f32.const nan
                0x0B));
        assertEquals(new Instruction.Block(Opcode.BLOCK, BlockType.of(ValType.I32)), code.get(0));
        assertEquals(new Instruction.I32Const(-128), code.get(1));
        assertEquals(new Instruction.BrTable(Opcode.BR_TABLE, new int[] {0, 1}, 0), code.get(2));
        assertEquals(new Instruction.TryTable(Opcode.TRY_TABLE, BlockType.EMPTY, List.of(
                new Catch(Catch.Kind.CATCH, 5, 0), new Catch(Catch.Kind.CATCH_ALL_REF, -1, 1))), code.get(4));
        assertEquals(new Instruction.MemoryAccess(Opcode.I32_LOAD, 3, 16, 2, -1), code.get(6));
        assertEquals(new Instruction.V128Const(0x0807060504030201L, 0x100F0E0D0C0B0A09L), code.get(7));
        assertEquals(new Instruction.Lane(Opcode.I8X16_EXTRACT_LANE_S, 7), code.get(8));
        assertEquals(new Instruction.MemoryAccess(Opcode.V128_LOAD8_LANE, 0, 0, 0, 15), code.get(9));
        assertEquals(new Instruction.SelectTyped(Opcode.SELECT_TYPED, List.of(ValType.F32)), code.get(10));
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_NULL, HeapType.ANY), code.get(11));
        assertEquals(new Instruction.HeapTypeOp(Opcode.REF_CAST_NULL, HeapType.concrete(5)), code.get(12));
        assertEquals(new Instruction.BrOnCast(Opcode.BR_ON_CAST, 0, ValType.ref(false, HeapType.ANY), ValType.I31REF),
                code.get(13));
        assertEquals(new Instruction.TwoIndices(Opcode.TABLE_INIT, 2, 1), code.get(14));
        assertSame(Opcode.ATOMIC_FENCE.simpleInstance(), code.get(15));
        assertSame(Opcode.I64_ADD128.simpleInstance(), code.get(16));
        assertEquals(new Instruction.F32Const(0x7FC00000), code.get(17));
        assertEquals(END, code.get(18));
        assertEquals(19, code.size());
    }

    @Test
    void legacyExceptionHandlingDecodes() {
        List<Instruction> code = body(of(0x00,
                0x06, 0x40, 0x07, 0x00, 0x07, 0x01, 0x19, 0x0B, // try catch 0 catch 1 catch_all end
                0x06, 0x40, 0x18, 0x00,                         // try delegate 0
                0x06, 0x40, 0x07, 0x00, 0x09, 0x00, 0x0B,       // try catch 0 rethrow 0 end
                0x0B));
        assertEquals(List.of(Opcode.TRY, Opcode.CATCH, Opcode.CATCH, Opcode.CATCH_ALL, Opcode.END,
                Opcode.TRY, Opcode.DELEGATE, Opcode.TRY, Opcode.CATCH, Opcode.RETHROW, Opcode.END, Opcode.END),
                code.stream().map(Instruction::opcode).toList());
    }

    @Test
    void blockTypeIndexIsSigned33() {
        List<Instruction> code = body(of(0x00, 0x02, 0x80, 0x01, 0x0B, 0x0B)); // block (type 128)
        assertEquals(new Instruction.Block(Opcode.BLOCK, BlockType.ofTypeIndex(128)), code.get(0));
    }

    @Test
    void memory64AndSharedAndCustomPageSizeLimits() {
        Features features = Features.wasm3().with(Feature.THREADS, true).with(Feature.CUSTOM_PAGE_SIZES, true);
        WasmModule m = ModuleDecoder.decode(module(section(5, 0x03,
                0x05, 0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, // i64 0..2^35
                0x03, 0x01, 0x02,                               // shared 1..2
                0x08, 0x00, 0x00)), features);                  // page size 1
        assertEquals(new Limits(0, 1L << 35, true), m.memories().get(0).limits());
        assertTrue(m.memories().get(1).shared());
        assertEquals(0, m.memories().get(2).pageSizeLog2());
    }

    @Test
    void customSectionsRememberWhereTheyWere() {
        WasmModule m = ModuleDecoder.decode(module(section(0, 0x01, 0x61, 0x07), voidFuncType(),
                section(0, 0x01, 0x62), section(5, 0x00), section(0, 0x01, 0x63, 0x01, 0x02)));
        assertEquals(List.of(new CustomSection("a", of(0x07), 0), new CustomSection("b", of(), 1),
                new CustomSection("c", of(0x01, 0x02), 5)), m.customSections());
    }

    private static byte[] nameSection(byte[] content) {
        return section(0, concat(of(0x04), "name".getBytes(StandardCharsets.US_ASCII), content));
    }

    @Test
    void nameSectionIsDecoded() {
        WasmModule m = ModuleDecoder.decode(module(nameSection(of(
                0x00, 0x02, 0x01, 0x6D,                          // module "m"
                0x01, 0x04, 0x01, 0x00, 0x01, 0x66,              // function 0 "f"
                0x02, 0x06, 0x01, 0x00, 0x01, 0x01, 0x01, 0x78,  // local 0.1 "x"
                0x03, 0x02, 0x00, 0x00,                          // labels: skipped
                0x04, 0x04, 0x01, 0x02, 0x01, 0x74,              // type 2 "t"
                0x07, 0x04, 0x01, 0x00, 0x01, 0x67,              // global 0 "g"
                0x0B, 0x04, 0x01, 0x03, 0x01, 0x65))));          // tag 3 "e"
        NameSection n = m.names();
        assertEquals("m", n.moduleName());
        assertEquals(Map.of(0, "f"), n.functionNames());
        assertEquals(Map.of(0, Map.of(1, "x")), n.localNames());
        assertEquals(Map.of(2, "t"), n.typeNames());
        assertEquals(Map.of(0, "g"), n.globalNames());
        assertEquals(Map.of(3, "e"), n.tagNames());
        assertTrue(m.customSections().isEmpty());
    }

    @Test
    void malformedNameSectionIsKeptAsBytes() {
        byte[] broken = of(0x01, 0x09, 0x01, 0x00, 0x01, 0x66); // subsection size larger than the content
        WasmModule m = ModuleDecoder.decode(module(nameSection(broken)));
        assertEquals(NameSection.EMPTY, m.names());
        assertEquals(List.of(new CustomSection("name", broken, 0)), m.customSections());
    }

    @Test
    void nameSectionWithBadUtf8InsideIsNotAnError() {
        WasmModule m = ModuleDecoder.decode(module(nameSection(of(0x00, 0x02, 0x01, 0xFF))));
        assertEquals(NameSection.EMPTY, m.names());
    }

    @Test
    void simpleInstructionsAreShared() {
        List<Instruction> code = body(of(0x00, 0x01, 0x01, 0x0B));
        assertSame(code.get(0), code.get(1));
    }
}
