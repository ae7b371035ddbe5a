package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.EXNREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.validator.ModuleBuilder.I.block;
import static dev.jwasm.validator.ModuleBuilder.I.end;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionInstructionTest extends ValidationAssertions {
    private static final Features LEGACY = Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true);

    private static Instruction tryTable(BlockType bt, Catch... catches) {
        return new Instruction.TryTable(Opcode.TRY_TABLE, bt, List.of(catches));
    }

    @Test
    void throwPopsTheTagParameters() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of());
        b.tag(t);
        b.func(List.of(), List.of(I64), List.of(), i32(1), idx(Opcode.THROW, 0));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(I32), List.of());
        c.tag(t2);
        c.func(List.of(), List.of(), List.of(), i64(1), idx(Opcode.THROW, 0));
        InvalidModuleException e = assertInvalid(c.build(), "type mismatch");
        assertEquals("type mismatch: instruction requires [i32] but stack has [i64]", e.getMessage());
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), idx(Opcode.THROW, 0));
        assertInvalid(d.build(), "unknown tag 0");
    }

    @Test
    void tagsMustHaveEmptyResults() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(), List.of(I32));
        b.tag(t);
        assertInvalid(b.build(), "non-empty tag result type");
        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(), List.of(I32));
        c.importTag(t2);
        assertInvalid(c.build(), "non-empty tag result type");
    }

    @Test
    void throwRefTakesAnExnref() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(EXNREF), List.of(), List.of(), idx(Opcode.LOCAL_GET, 0), op(Opcode.THROW_REF));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(), List.of(), i32(0), op(Opcode.THROW_REF));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void tryTableCatchClausesMatchTheirLabels() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I32), List.of());
        b.tag(t);
        // block (result i32 exnref) try_table (catch_ref 0 0) ... end unreachable end
        int two = b.type(List.of(), List.of(I32, ValType.ref(false, HeapType.EXN)));
        b.func(List.of(), List.of(), List.of(),
                new Instruction.Block(Opcode.BLOCK, BlockType.ofTypeIndex(two)),
                tryTable(BlockType.EMPTY, new Catch(Catch.Kind.CATCH_REF, 0, 0)), end(),
                op(Opcode.UNREACHABLE), end(), op(Opcode.DROP), op(Opcode.DROP));
        assertValid(b.build());

        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(I32), List.of());
        c.tag(t2);
        c.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK),
                tryTable(BlockType.EMPTY, new Catch(Catch.Kind.CATCH, 0, 0)), end(), end());
        assertInvalid(c.build(), "type mismatch");

        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK, EXNREF),
                tryTable(BlockType.EMPTY, new Catch(Catch.Kind.CATCH_ALL_REF, -1, 0)), end(),
                op(Opcode.UNREACHABLE), end(), op(Opcode.DROP));
        assertValid(d.build());

        ModuleBuilder e = new ModuleBuilder();
        e.func(List.of(), List.of(), List.of(), tryTable(BlockType.EMPTY, new Catch(Catch.Kind.CATCH_ALL, -1, 1)),
                end());
        assertInvalid(e.build(), "unknown label 1");
    }

    @Test
    void catchLabelsAreRelativeToTheOutsideOfTheTryTable() {
        // label 0 of a catch is the function, not the try_table itself
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I32), List.of(),
                tryTable(BlockType.of(I32), new Catch(Catch.Kind.CATCH_ALL, -1, 0)), i32(1), end());
        assertInvalid(b.build(), "type mismatch");
    }

    @Test
    void legacyTryCatch() {
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(List.of(I64), List.of());
        b.tag(t);
        b.func(List.of(), List.of(I32), List.of(),
                block(Opcode.TRY, I32), i32(1), idx(Opcode.CATCH, 0), op(Opcode.DROP), i32(2),
                op(Opcode.CATCH_ALL), i32(3), end());
        assertValid(b.build(), LEGACY);
        assertInvalid(b.build(), "feature legacy-exceptions is not enabled");

        ModuleBuilder c = new ModuleBuilder();
        int t2 = c.type(List.of(I64), List.of());
        c.tag(t2);
        c.func(List.of(), List.of(I32), List.of(), block(Opcode.TRY, I32), i32(42), idx(Opcode.CATCH, 0), end());
        InvalidModuleException e = assertInvalid(c.build(), "type mismatch", LEGACY);
        assertEquals("type mismatch: instruction requires [i32] but stack has [i64]", e.getMessage());

        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), block(Opcode.TRY), op(Opcode.CATCH_ALL), i32(42), end());
        InvalidModuleException e2 = assertInvalid(d.build(), "type mismatch", LEGACY);
        assertEquals("type mismatch: block requires [] but stack has [i32]", e2.getMessage());
    }

    @Test
    void legacyRethrowNeedsACatchLabel() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of(), block(Opcode.TRY), op(Opcode.CATCH_ALL), block(Opcode.BLOCK),
                idx(Opcode.RETHROW, 1), end(), end());
        assertValid(b.build(), LEGACY);
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK), idx(Opcode.RETHROW, 0), end());
        assertInvalid(c.build(), "invalid rethrow label", LEGACY);
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(), List.of(), List.of(), block(Opcode.TRY), idx(Opcode.RETHROW, 0), idx(Opcode.DELEGATE, 0));
        assertInvalid(d.build(), "invalid rethrow label", LEGACY);
    }

    @Test
    void legacyDelegateLabelsCountFromOutsideTheTry() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of(), block(Opcode.TRY), idx(Opcode.DELEGATE, 0));
        assertValid(b.build(), LEGACY);
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(), List.of(), List.of(), block(Opcode.TRY), idx(Opcode.DELEGATE, 1));
        assertInvalid(c.build(), "unknown label", LEGACY);
    }
}
