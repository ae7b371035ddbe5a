package dev.jwasm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.model.ValType;
import org.junit.jupiter.api.Test;

/** Definitions in a linker: host externs, whole instances, and how they replace each other. */
class LinkerTest {
    private final Store store = CodelessEngine.ENGINE.newStore();
    private final Linker linker = new Linker(CodelessEngine.ENGINE);

    private Instance instantiate(String wat) {
        return linker.instantiate(store, CodelessEngine.compile(wat));
    }

    @Test
    void registeringAnInstanceReplacesWhatWasRegisteredUnderItsName() {
        Instance first = instantiate("""
                (module (global (export "x") i32 (i32.const 1)) (global (export "y") i32 (i32.const 2)))
                """);
        Instance second = instantiate("(module (global (export \"x\") i32 (i32.const 3)))");
        linker.define("M", first);
        linker.define("M", second);
        assertSame(second.global("x"), linker.get("M", "x"));
        assertNull(linker.get("M", "y"), "the first instance's other exports are gone");
        UnlinkableException e = assertThrows(UnlinkableException.class,
                () -> instantiate("(module (import \"M\" \"y\" (global i32)))"));
        assertEquals("unknown import \"M\".\"y\"", e.getMessage());
    }

    @Test
    void registeringAnInstanceReplacesHostDefinitionsUnderItsNameAndLaterOnesAddToIt() {
        Global host = Global.create(ValType.I32, false, Value.i32(9));
        linker.define("M", "h", host);
        Instance instance = instantiate("(module (global (export \"x\") i32 (i32.const 3)))");
        linker.define("M", instance);
        assertNull(linker.get("M", "h"));
        linker.define("M", "h", host);
        assertSame(host, linker.get("M", "h"));
        assertSame(instance.global("x"), linker.get("M", "x"));
        assertEquals(1, instance.exports().size(), "defining names never changes the instance's exports");
    }

    @Test
    void otherModuleNamesAreUntouched() {
        Global host = Global.create(ValType.I64, false, Value.i64(5));
        linker.define("env", "g", host);
        linker.define("M", instantiate("(module)"));
        assertSame(host, linker.get("env", "g"));
    }
}
