package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.parser.model.ValType.V128;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.localGet;
import static dev.jwasm.validator.ModuleBuilder.I.mem;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.refNull;
import static dev.jwasm.validator.ModuleBuilder.I.two;
import static dev.jwasm.validator.ModuleBuilder.I.v128;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryAndTableTest extends ValidationAssertions {

    private static WasmModule withMemory(boolean is64, List<ValType> results, Instruction... body) {
        ModuleBuilder b = new ModuleBuilder();
        if (is64) {
            b.memory64(1, Limits.NO_MAX);
        } else {
            b.memory(1, Limits.NO_MAX);
        }
        b.func(List.of(), results, List.of(), body);
        return b.build();
    }

    @Test
    void loadsAndStoresNeedAMemory() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I32), List.of(), i32(0), mem(Opcode.I32_LOAD, 0, 0, 2));
        assertInvalid(b.build(), "unknown memory 0");
        assertValid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD, 0, 0, 2)));
        assertInvalid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD, 1, 0, 2)), "unknown memory 1");
    }

    @Test
    void alignmentMustNotExceedNatural() {
        assertValid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD8_U, 0, 0, 0)));
        assertInvalid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD8_U, 0, 0, 1)),
                "alignment must not be larger than natural");
        assertInvalid(withMemory(false, List.of(), i32(0), i64(0), mem(Opcode.I64_STORE, 0, 0, 4)),
                "alignment must not be larger than natural");
        assertInvalid(withMemory(false, List.of(V128), i32(0), mem(Opcode.V128_LOAD, 0, 0, 5)),
                "alignment must not be larger than natural");
    }

    @Test
    void memory32OffsetsFitIn32Bits() {
        assertValid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD, 0, 0xFFFF_FFFFL, 2)));
        assertInvalid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_LOAD, 0, 0x1_0000_0000L, 2)),
                "offset out of range");
        assertValid(withMemory(true, List.of(I32), i64(0), mem(Opcode.I32_LOAD, 0, -1L, 2)));
    }

    @Test
    void memory64TakesI64Addresses() {
        assertValid(withMemory(true, List.of(I64), i64(0), mem(Opcode.I64_LOAD, 0, 0, 3)));
        assertInvalid(withMemory(true, List.of(I64), i32(0), mem(Opcode.I64_LOAD, 0, 0, 3)), "type mismatch");
        assertValid(withMemory(true, List.of(I64), idx(Opcode.MEMORY_SIZE, 0)));
        assertValid(withMemory(true, List.of(I64), i64(1), idx(Opcode.MEMORY_GROW, 0)));
        assertValid(withMemory(true, List.of(), i64(0), i32(0), i64(1), idx(Opcode.MEMORY_FILL, 0)));
    }

    @Test
    void memoryCopyBetweenAddressTypesUsesTheSmallerForTheLength() {
        ModuleBuilder b = new ModuleBuilder();
        b.memory(1, Limits.NO_MAX);
        b.memory64(1, Limits.NO_MAX);
        b.func(List.of(), List.of(), List.of(), i32(0), i64(0), i32(1), two(Opcode.MEMORY_COPY, 0, 1));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.memory(1, Limits.NO_MAX);
        c.memory64(1, Limits.NO_MAX);
        c.func(List.of(), List.of(), List.of(), i32(0), i64(0), i64(1), two(Opcode.MEMORY_COPY, 0, 1));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void laneIndicesAreBounded() {
        Instruction extract = new Instruction.Lane(Opcode.I32X4_EXTRACT_LANE, 3);
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I32), List.of(), v128(), extract);
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(I32), List.of(), v128(), new Instruction.Lane(Opcode.I32X4_EXTRACT_LANE, 4));
        assertInvalid(c.build(), "invalid lane index");
        assertValid(withMemory(false, List.of(V128), i32(0), v128(),
                new Instruction.MemoryAccess(Opcode.V128_LOAD16_LANE, 0, 0, 1, 7)));
        assertInvalid(withMemory(false, List.of(V128), i32(0), v128(),
                new Instruction.MemoryAccess(Opcode.V128_LOAD16_LANE, 0, 0, 1, 8)), "invalid lane index");
        byte[] lanes = new byte[16];
        lanes[5] = 31;
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(V128), List.of(), v128(), v128(), new Instruction.Shuffle(Opcode.I8X16_SHUFFLE, lanes));
        assertValid(d.build());
        byte[] bad = new byte[16];
        bad[0] = 32;
        ModuleBuilder e = new ModuleBuilder();
        e.func(List.of(), List.of(V128), List.of(), v128(), v128(), new Instruction.Shuffle(Opcode.I8X16_SHUFFLE, bad));
        assertInvalid(e.build(), "invalid lane index");
    }

    @Test
    void simdSignaturesComeFromTheOpcodeTable() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(V128), List.of(), v128(), i32(3), op(Opcode.I8X16_SHL), v128(), v128(),
                op(Opcode.V128_BITSELECT));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(V128), List.of(), v128(), v128(), op(Opcode.I8X16_SHL));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void atomicsNeedExactlyNaturalAlignment() {
        Features threads = Features.wasm3().with(Feature.THREADS, true);
        assertValid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_ATOMIC_LOAD, 0, 0, 2)), threads);
        assertInvalid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_ATOMIC_LOAD, 0, 0, 1)),
                "atomic alignment must be natural", threads);
        assertInvalid(withMemory(false, List.of(I32), i32(0), mem(Opcode.I32_ATOMIC_LOAD, 0, 0, 2)),
                "feature threads is not enabled");
        assertValid(withMemory(false, List.of(), op(Opcode.ATOMIC_FENCE)), threads);
    }

    @Test
    void wideArithmeticIsAFeature() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I64, I64), List.of(), i64(1), i64(2), i64(3), i64(4), op(Opcode.I64_ADD128));
        assertInvalid(b.build(), "feature wide-arithmetic is not enabled");
        assertValid(b.build(), Features.wasm3().with(Feature.WIDE_ARITHMETIC, true));
    }

    @Test
    void bulkMemoryNeedsDataSegments() {
        ModuleBuilder b = new ModuleBuilder();
        b.memory(1, Limits.NO_MAX);
        b.passiveData((byte) 1);
        b.func(List.of(), List.of(), List.of(), i32(0), i32(0), i32(1), two(Opcode.MEMORY_INIT, 0, 0),
                idx(Opcode.DATA_DROP, 0));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.memory(1, Limits.NO_MAX);
        c.func(List.of(), List.of(), List.of(), idx(Opcode.DATA_DROP, 0));
        assertInvalid(c.build(), "unknown data segment 0");
        ModuleBuilder d = new ModuleBuilder();
        d.passiveData((byte) 1);
        d.func(List.of(), List.of(), List.of(), i32(0), i32(0), i32(1), two(Opcode.MEMORY_INIT, 0, 0));
        assertInvalid(d.build(), "unknown memory 0");
    }

    @Test
    void tableInstructionsUseTheElementType() {
        ModuleBuilder b = new ModuleBuilder();
        b.table(EXTERNREF, 1, Limits.NO_MAX);
        b.func(List.of(EXTERNREF), List.of(I32), List.of(), i32(0), idx(Opcode.TABLE_GET, 0), op(Opcode.DROP),
                i32(0), localGet(0), idx(Opcode.TABLE_SET, 0), localGet(0), i32(1), idx(Opcode.TABLE_GROW, 0),
                op(Opcode.DROP), i32(0), localGet(0), i32(1), idx(Opcode.TABLE_FILL, 0), idx(Opcode.TABLE_SIZE, 0));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.table(EXTERNREF, 1, Limits.NO_MAX);
        c.func(List.of(FUNCREF), List.of(), List.of(), i32(0), localGet(0), idx(Opcode.TABLE_SET, 0));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void tableCopyAndInitRequireElementSubtyping() {
        ModuleBuilder b = new ModuleBuilder();
        b.table(FUNCREF, 1, Limits.NO_MAX);
        b.table(EXTERNREF, 1, Limits.NO_MAX);
        b.func(List.of(), List.of(), List.of(), i32(0), i32(0), i32(0), two(Opcode.TABLE_COPY, 0, 1));
        assertInvalid(b.build(), "type mismatch");
        ModuleBuilder c = new ModuleBuilder();
        c.table(FUNCREF, 1, Limits.NO_MAX);
        c.element(new ElementSegment(SegmentMode.PASSIVE, -1, null, EXTERNREF,
                List.of(ModuleBuilder.expr(refNull(HeapType.EXTERN)))));
        c.func(List.of(), List.of(), List.of(), i32(0), i32(0), i32(0), two(Opcode.TABLE_INIT, 0, 0),
                idx(Opcode.ELEM_DROP, 0));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.table(FUNCREF, 1, Limits.NO_MAX);
        d.element(new ElementSegment(SegmentMode.PASSIVE, -1, null, FUNCREF,
                List.of(ModuleBuilder.expr(refNull(HeapType.FUNC)))));
        d.func(List.of(), List.of(), List.of(), i32(0), i32(0), i32(0), two(Opcode.TABLE_INIT, 0, 0),
                idx(Opcode.ELEM_DROP, 0));
        assertValid(d.build());
        ModuleBuilder e = new ModuleBuilder();
        e.func(List.of(), List.of(), List.of(), idx(Opcode.ELEM_DROP, 2));
        assertInvalid(e.build(), "unknown elem segment 2");
    }

    @Test
    void memoryLimitsAreChecked() {
        ModuleBuilder b = new ModuleBuilder();
        b.memory(65537, Limits.NO_MAX);
        assertInvalid(b.build(), "memory size must be at most 65536 pages (4GiB)");
        ModuleBuilder c = new ModuleBuilder();
        c.memory(2, 1);
        assertInvalid(c.build(), "size minimum must not be greater than maximum");
        ModuleBuilder d = new ModuleBuilder();
        d.memory64(0x1_0000_0000_0001L, Limits.NO_MAX);
        assertInvalid(d.build(), "memory size");
        ModuleBuilder e = new ModuleBuilder();
        e.memory64(0x1_0000_0000_0000L, Limits.NO_MAX);
        assertValid(e.build());
        ModuleBuilder f = new ModuleBuilder();
        f.memory(new MemoryType(new Limits(1, Limits.NO_MAX, false), true, 16));
        assertInvalid(f.build(), "shared memory must have maximum", Features.wasm3().with(Feature.THREADS, true));
    }

    @Test
    void customPageSizes() {
        Features cps = Features.wasm3().with(Feature.CUSTOM_PAGE_SIZES, true);
        ModuleBuilder b = new ModuleBuilder();
        b.memory(new MemoryType(new Limits(0xFFFF_FFFFL, Limits.NO_MAX, false), false, 0));
        assertValid(b.build(), cps);
        ModuleBuilder c = new ModuleBuilder();
        c.memory(new MemoryType(new Limits(0x1_0000_0000L, Limits.NO_MAX, false), false, 0));
        assertInvalid(c.build(), "memory size must be at most", cps);
        ModuleBuilder d = new ModuleBuilder();
        d.memory(new MemoryType(new Limits(0, Limits.NO_MAX, false), false, 12));
        assertInvalid(d.build(), "invalid custom page size", cps);
    }

    @Test
    void tableLimitsAreChecked() {
        ModuleBuilder b = new ModuleBuilder();
        b.table(FUNCREF, 0x1_0000_0000L, Limits.NO_MAX);
        assertInvalid(b.build(), "table size");
        ModuleBuilder c = new ModuleBuilder();
        c.table(FUNCREF, 5, 4);
        assertInvalid(c.build(), "size minimum must not be greater than maximum");
    }

    @Test
    void multipleMemoriesAreWasm3ButNotWithoutTheFeature() {
        ModuleBuilder b = new ModuleBuilder();
        b.memory(1, Limits.NO_MAX);
        b.memory(1, Limits.NO_MAX);
        assertValid(b.build());
        assertInvalid(b.build(), "multiple memories", Features.wasm3().with(Feature.MULTI_MEMORY, false));
    }
}
