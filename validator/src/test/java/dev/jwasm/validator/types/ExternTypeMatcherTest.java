package dev.jwasm.validator.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternTypeMatcherTest {
    private final TypeRegistry registry = new TypeRegistry();
    private final ExternTypeMatcher matcher = new ExternTypeMatcher(registry);

    @Test
    void limits() {
        assertTrue(ExternTypeMatcher.limits(new Limits(2, 5, false), new Limits(1, 6, false)));
        assertFalse(ExternTypeMatcher.limits(new Limits(0, 5, false), new Limits(1, 6, false)));
        assertFalse(ExternTypeMatcher.limits(new Limits(2, Limits.NO_MAX, false), new Limits(1, 6, false)));
        assertTrue(ExternTypeMatcher.limits(new Limits(2, Limits.NO_MAX, false), new Limits(1, Limits.NO_MAX, false)));
        assertFalse(ExternTypeMatcher.limits(new Limits(2, 7, false), new Limits(1, 6, false)));
    }

    @Test
    void memories() {
        MemoryType a = new MemoryType(new Limits(1, 2, false), false, 16);
        assertTrue(ExternTypeMatcher.memory(a, new MemoryType(new Limits(1, Limits.NO_MAX, false), false, 16)));
        assertFalse(ExternTypeMatcher.memory(a, new MemoryType(new Limits(1, 2, true), false, 16)));
        assertFalse(ExternTypeMatcher.memory(a, new MemoryType(new Limits(1, 2, false), true, 16)));
    }

    @Test
    void globalsAndFunctions() {
        int[] ids = registry.canonicalize(List.of(
                new RecType(List.of(new SubType(false, List.of(), new FuncType(List.of(), List.of())))),
                new RecType(List.of(new SubType(true, List.of(0), new FuncType(List.of(), List.of()))))));
        assertTrue(matcher.function(ids[1], ids[0]));
        assertFalse(matcher.function(ids[0], ids[1]));
        assertFalse(matcher.tag(ids[1], ids[0]));
        int funcref = TypeCodes.FUNCREF;
        int typed = TypeCodes.ref(TypeCodes.concreteHeap(ids[0]), false);
        assertTrue(matcher.global(typed, false, funcref, false));
        assertFalse(matcher.global(typed, true, funcref, true));
        assertFalse(matcher.global(funcref, false, funcref, true));
        assertTrue(matcher.table(funcref, new Limits(1, 1, false), funcref, new Limits(0, 3, false)));
        assertFalse(matcher.table(typed, new Limits(1, 1, false), funcref, new Limits(0, 3, false)));
        assertTrue(ValType.FUNCREF.isRef());
    }
}
