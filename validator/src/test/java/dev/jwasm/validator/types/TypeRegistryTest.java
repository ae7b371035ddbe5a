package dev.jwasm.validator.types;

import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.validator.InvalidModuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TypeRegistryTest {
    private final TypeRegistry registry = new TypeRegistry();

    private static ValType ref(int index, boolean nullable) {
        return ValType.ref(nullable, HeapType.concrete(index));
    }

    private static StructType struct(ValType... fields) {
        List<FieldType> fs = new ArrayList<>();
        for (ValType v : fields) {
            fs.add(new FieldType(v, false));
        }
        return new StructType(fs);
    }

    private static RecType group(SubType... subs) {
        return new RecType(List.of(subs));
    }

    private static RecType plain(CompositeType ct) {
        return group(SubType.plain(ct));
    }

    private static SubType open(CompositeType ct, Integer... supers) {
        return new SubType(false, List.of(supers), ct);
    }

    @Test
    void equalStructuresAcrossModulesShareIds() {
        int[] a = registry.canonicalize(List.of(plain(new FuncType(List.of(I32), List.of())),
                plain(struct(I64))));
        int[] b = registry.canonicalize(List.of(plain(struct(I64)), plain(new FuncType(List.of(I32), List.of()))));
        assertEquals(a[0], b[1]);
        assertEquals(a[1], b[0]);
        assertNotEquals(a[0], a[1]);
    }

    @Test
    void recursiveGroupsAreComparedWithRelativeReferences() {
        // (rec (type $a (struct (field (ref $b)))) (type $b (struct (field (ref $a)))))
        RecType r = group(SubType.plain(struct(ref(0, false))), SubType.plain(struct(ref(1, false))));
        int[] a = registry.canonicalize(List.of(r));
        // the same group after an unrelated type: its internal references shift but stay relative
        RecType shifted = group(SubType.plain(struct(ref(1, false))), SubType.plain(struct(ref(2, false))));
        int[] b = registry.canonicalize(List.of(plain(struct()), shifted));
        assertEquals(a[0], b[1]);
        assertEquals(a[1], b[2]);
        // a group of one type referring to itself differs from either member of the pair
        int[] c = registry.canonicalize(List.of(group(SubType.plain(struct(ref(0, false))))));
        assertNotEquals(a[0], c[0]);
        assertNotEquals(a[1], c[0]);
        // members of one group are distinct even when their structures are equal
        int[] d = registry.canonicalize(List.of(group(SubType.plain(struct()), SubType.plain(struct()))));
        assertNotEquals(d[0], d[1]);
    }

    @Test
    void referencesOutsideTheGroupUseCanonicalIds() {
        int[] a = registry.canonicalize(List.of(plain(struct()), plain(struct(ref(0, true)))));
        // a different but equal type at index 1 makes the referring type equal as well
        int[] b = registry.canonicalize(List.of(plain(new ArrayType(new FieldType(I32, true))), plain(struct()),
                plain(struct(ref(1, true)))));
        assertEquals(a[1], b[2]);
        int[] c = registry.canonicalize(List.of(plain(new ArrayType(new FieldType(I32, true))), plain(struct()),
                plain(struct(ref(0, true)))));
        assertNotEquals(a[1], c[2]);
    }

    @Test
    void finalityAndSupertypesArePartOfTheIdentity() {
        int[] a = registry.canonicalize(List.of(plain(struct())));
        int[] b = registry.canonicalize(List.of(group(open(struct()))));
        assertNotEquals(a[0], b[0]);
        int[] c = registry.canonicalize(List.of(group(open(struct())), group(open(struct(), 0))));
        assertNotEquals(c[0], c[1]);
        assertTrue(registry.isTypeSubtype(c[1], c[0]));
        assertFalse(registry.isTypeSubtype(c[0], c[1]));
    }

    @Test
    void unknownTypeIndices() {
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> registry.canonicalize(List.of(plain(struct(ref(5, true))))));
        assertEquals("unknown type 5", e.getMessage());
        assertThrows(InvalidModuleException.class,
                () -> registry.canonicalize(List.of(group(open(struct(), 3)))));
    }

    @Test
    void subTypeDeclarationsAreChecked() {
        assertSubTypeError("sub type 1 has final super type 0",
                List.of(plain(struct()), group(open(struct(), 0))));
        assertSubTypeError("sub type 1 does not match super type 0",
                List.of(group(open(struct(I32))), group(open(struct(I64), 0))));
        assertSubTypeError("sub type 1 does not match super type 0",
                List.of(group(open(new ArrayType(new FieldType(I32, false)))), group(open(struct(), 0))));
        assertSubTypeError("forward use of type 1",
                List.of(group(open(struct(), 1), open(struct()))));
        assertSubTypeError("sub type 1 does not match super type 0", List.of(
                group(open(new ArrayType(new FieldType(ValType.ANYREF, true)))),
                group(open(new ArrayType(new FieldType(ValType.EQREF, true)), 0))));
        assertSubTypeError("sub type 1 does not match super type 0", List.of(
                group(open(new FuncType(List.of(ValType.EQREF), List.of()))),
                group(open(new FuncType(List.of(ValType.ANYREF), List.of(I32)), 0))));
    }

    private void assertSubTypeError(String prefix, List<RecType> types) {
        InvalidModuleException e = assertThrows(InvalidModuleException.class, () -> registry.canonicalize(types));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void validSubtypingFollowsVarianceRules() {
        int[] ids = registry.canonicalize(List.of(
                group(open(new FuncType(List.of(ValType.EQREF), List.of(ValType.ANYREF)))),
                group(open(new FuncType(List.of(ValType.ANYREF), List.of(ValType.EQREF)), 0)),
                group(open(struct(ValType.ANYREF))),
                group(open(new StructType(List.of(new FieldType(ValType.EQREF, false),
                        new FieldType(PackedType.I8, true))), 2))));
        assertTrue(registry.isTypeSubtype(ids[1], ids[0]));
        assertTrue(registry.isTypeSubtype(ids[3], ids[2]));
    }

    @Test
    void aFailedGroupIsNotRegistered() {
        List<RecType> bad = List.of(plain(struct()), group(open(struct(), 0)));
        assertThrows(InvalidModuleException.class, () -> registry.canonicalize(bad));
        // the next registration reuses the ids and sees nothing of the failed one
        int[] ok = registry.canonicalize(List.of(group(open(struct())), group(open(struct(), 0))));
        assertTrue(registry.isTypeSubtype(ok[1], ok[0]));
        assertThrows(InvalidModuleException.class, () -> registry.canonicalize(bad));
    }

    @Test
    void heapSubtyping() {
        int[] ids = registry.canonicalize(List.of(plain(struct()), plain(new ArrayType(new FieldType(I32, true))),
                plain(new FuncType(List.of(), List.of()))));
        int s = TypeCodes.concreteHeap(ids[0]);
        int a = TypeCodes.concreteHeap(ids[1]);
        int f = TypeCodes.concreteHeap(ids[2]);
        assertTrue(registry.isHeapSubtype(s, TypeCodes.HEAP_STRUCT));
        assertTrue(registry.isHeapSubtype(s, TypeCodes.HEAP_EQ));
        assertTrue(registry.isHeapSubtype(a, TypeCodes.HEAP_ANY));
        assertFalse(registry.isHeapSubtype(a, TypeCodes.HEAP_STRUCT));
        assertTrue(registry.isHeapSubtype(f, TypeCodes.HEAP_FUNC));
        assertFalse(registry.isHeapSubtype(f, TypeCodes.HEAP_ANY));
        assertTrue(registry.isHeapSubtype(TypeCodes.HEAP_NONE, s));
        assertTrue(registry.isHeapSubtype(TypeCodes.HEAP_NOFUNC, f));
        assertFalse(registry.isHeapSubtype(TypeCodes.HEAP_NOFUNC, s));
        assertTrue(registry.isHeapSubtype(TypeCodes.HEAP_I31, TypeCodes.HEAP_EQ));
        assertFalse(registry.isHeapSubtype(TypeCodes.HEAP_EXTERN, TypeCodes.HEAP_ANY));
        assertTrue(registry.isHeapSubtype(TypeCodes.HEAP_NOEXN, TypeCodes.HEAP_EXN));
        assertTrue(registry.isHeapSubtype(TypeCodes.HEAP_BOT, f));
        assertTrue(registry.isSubtype(TypeCodes.ref(s, false), TypeCodes.ref(TypeCodes.HEAP_ANY, true)));
        assertFalse(registry.isSubtype(TypeCodes.ref(s, true), TypeCodes.ref(TypeCodes.HEAP_ANY, false)));
        assertTrue(registry.isSubtype(TypeCodes.BOT, TypeCodes.I64));
        assertFalse(registry.isSubtype(TypeCodes.I32, TypeCodes.I64));
        assertEquals(TypeCodes.HEAP_ANY, registry.topOf(s));
        assertEquals(TypeCodes.HEAP_NOFUNC, registry.bottomOf(f));
    }

    @Test
    void deepSupertypeChainsUseTheChainPastTheDisplay() {
        List<RecType> chain = new ArrayList<>();
        chain.add(group(open(struct())));
        for (int i = 1; i < 200; i++) {
            chain.add(group(open(struct(), i - 1)));
        }
        int[] ids = registry.canonicalize(chain);
        assertTrue(registry.isTypeSubtype(ids[199], ids[0]));
        assertTrue(registry.isTypeSubtype(ids[199], ids[150]));
        assertTrue(registry.isTypeSubtype(ids[100], ids[31]));
        assertFalse(registry.isTypeSubtype(ids[150], ids[199]));
        int[] other = registry.canonicalize(List.of(group(open(struct(I32)))));
        assertFalse(registry.isTypeSubtype(ids[199], other[0]));
        assertEquals(199, registry.type(ids[199]).depth());
    }

    @Test
    void concurrentCanonicalizationAgrees() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                results.add(pool.submit(() -> {
                    List<RecType> types = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        types.add(plain(struct(i == 0 ? I32 : ref(i - 1, true))));
                    }
                    types.add(group(SubType.plain(struct(ref(51, false))), SubType.plain(struct(ref(50, false)))));
                    return registry.canonicalize(types);
                }));
            }
            int[] first = results.get(0).get();
            for (Future<int[]> f : results) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
