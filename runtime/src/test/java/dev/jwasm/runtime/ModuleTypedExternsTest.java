package dev.jwasm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Host functions, globals, tables and tags whose types mention a module's own types, named
 * through its type indices: they link with that module and with any module that has the same
 * types, and they refuse references of other types.
 */
class ModuleTypedExternsTest {
    private static final String TYPES = """
              (type $f (func (param i32) (result i32)))
              (type $g (func (param i64)))
              (type $s (struct (field i32)))
              (type $h (func (param (ref null $s)) (result (ref null $s))))
              (type $e (func (param (ref null $s))))
            """;
    private static final int F = 0;
    private static final int G = 1;
    private static final int S = 2;
    private static final int H = 3;
    private static final int E = 4;
    private static final String IMPORTS = """
              (import "host" "h" (func (type $h)))
              (import "host" "global" (global (mut (ref null $f))))
              (import "host" "table" (table 2 (ref null $f)))
              (import "host" "tag" (tag (type $e)))
            """;

    private final Module module = CodelessEngine.compile("(module " + TYPES + IMPORTS + ")");

    private static ValType ref(boolean nullable, int typeIndex) {
        return ValType.ref(nullable, HeapType.concrete(typeIndex));
    }

    private final WasmFunction increment = HostFunctions.raw(module, F,
            (caller, slots, refs, base) -> slots[base] = (int) slots[base] + 1);
    private final WasmFunction ofOtherType = HostFunctions.raw(module, G, (caller, slots, refs, base) -> {
    });

    private Linker hostLinker() {
        Linker linker = new Linker(CodelessEngine.ENGINE);
        linker.define("host", "h", WasmFunction.host(module, H, (caller, args) -> args));
        linker.define("host", "global", Global.create(module, ref(true, F), true, Value.ref(ref(true, F), increment)));
        linker.define("host", "table", Table.create(module, new TableType(ref(true, F), new Limits(2, 4, false)), increment));
        linker.define("host", "tag", Tag.create(module, E));
        return linker;
    }

    @Test
    void externsTypedByTheModuleLinkWithItAndWithModulesOfTheSameTypes() {
        Linker linker = hostLinker();
        Store store = CodelessEngine.ENGINE.newStore();
        Instance instance = linker.instantiate(store, module);
        assertEquals(0, instance.exports().size());
        Module sameTypes = CodelessEngine.compile("(module " + TYPES + IMPORTS + " (type $extra (array i8)))");
        linker.instantiate(store, sameTypes);
        assertEquals(6, increment.call(Value.i32(5))[0].asInt());
        assertEquals(new FuncType(List.of(ref(true, S)), List.of(ref(true, S))), ((WasmFunction) linker.get("host", "h")).type());
    }

    @Test
    void aMismatchedConcreteTypeIsAnIncompatibleImport() {
        Linker linker = hostLinker();
        linker.define("host", "global", Global.create(module, ref(true, G), true, Value.ref(ref(true, G), null)));
        UnlinkableException e = assertThrows(UnlinkableException.class,
                () -> linker.instantiate(CodelessEngine.ENGINE.newStore(), module));
        assertTrue(e.getMessage().startsWith("incompatible import type"), e.getMessage());
    }

    @Test
    void globalsAndTablesTakeOnlyReferencesOfTheirType() {
        Global global = Global.create(module, ref(true, F), true, Value.ref(ref(true, F), null));
        global.set(Value.ref(ref(true, F), increment));
        WasmFunction sameTypeFromJava = HostFunctions.wrap(CodelessEngine.ENGINE, (int a) -> a * 2);
        global.set(Value.ref(ref(true, F), sameTypeFromJava));
        assertSame(sameTypeFromJava, global.get().ref(), "(i32) -> i32 is $f wherever it comes from");
        assertThrows(IllegalArgumentException.class, () -> global.set(Value.ref(ref(true, F), ofOtherType)));
        assertThrows(IllegalArgumentException.class, () -> global.set(Value.ref(ref(true, F), "a string")));

        Table table = Table.create(module, new TableType(ref(true, F), new Limits(1, 3, false)), null);
        table.set(0, increment);
        assertThrows(IllegalArgumentException.class, () -> table.set(0, ofOtherType));
        assertThrows(IllegalArgumentException.class, () -> table.grow(1, "a string"));
        assertThrows(IllegalArgumentException.class,
                () -> Table.create(module, new TableType(ref(true, F), new Limits(1, 1, false)), ofOtherType));
    }

    @Test
    void nonNullableTypesRefuseNull() {
        assertThrows(IllegalArgumentException.class,
                () -> Global.create(module, ref(false, F), false, Value.ref(ref(false, F), null)));
        assertThrows(IllegalArgumentException.class,
                () -> Table.create(module, new TableType(ref(false, F), new Limits(1, 1, false)), null));
        Table empty = Table.create(module, new TableType(ref(false, F), new Limits(0, 1, false)), null);
        assertThrows(IllegalArgumentException.class, () -> empty.grow(1, null));
        assertEquals(0, empty.grow(1, increment));
    }

    @Test
    void abstractTypesAreCheckedByHierarchyToo() {
        Global i31 = Global.create(ValType.I31REF, true, Value.ref(ValType.I31REF, null));
        assertThrows(IllegalArgumentException.class, () -> i31.set(Value.ref(ValType.I31REF, "not an i31")));
        Table functions = Table.create(new TableType(ValType.FUNCREF, new Limits(1, 1, false)), null);
        assertThrows(IllegalArgumentException.class, () -> functions.set(0, "not a function"));
        Table externs = Table.create(new TableType(ValType.EXTERNREF, new Limits(1, 1, false)), null);
        externs.set(0, "anything");
        assertEquals("anything", externs.get(0));
    }

    @Test
    void typeIndicesAreCheckedAgainstTheModule() {
        assertThrows(IllegalArgumentException.class, () -> WasmFunction.host(module, 99, (caller, args) -> args));
        assertThrows(IllegalArgumentException.class, () -> WasmFunction.host(module, S, (caller, args) -> args));
        assertThrows(IllegalArgumentException.class, () -> Tag.create(module, -1));
        assertThrows(IllegalArgumentException.class,
                () -> Global.create(module, ref(true, 99), false, Value.ref(ref(true, 99), null)));
        assertThrows(IllegalArgumentException.class,
                () -> Table.create(module, new TableType(ref(true, 5), new Limits(0, 1, false)), null));
    }

    @Test
    void aHostFunctionOfAModuleTypeChecksTheReferencesItReturns() {
        WasmFunction bad = WasmFunction.host(module, H, (caller, args) -> new Value[] {Value.ref(ref(true, S), "no struct")});
        assertThrows(Trap.class, () -> bad.call(Value.ref(ref(true, S), null)));
        WasmFunction nullOk = WasmFunction.host(module, H, (caller, args) -> new Value[] {Value.ref(ref(true, S), null)});
        assertEquals(null, nullOk.call(Value.ref(ref(true, S), null))[0].ref());
    }
}
