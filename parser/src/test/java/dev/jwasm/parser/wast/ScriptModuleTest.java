package dev.jwasm.parser.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptModuleTest {

    @Test
    void findsTopLevelModulesAndTheModulesOfAssertionsButNotInstances() {
        List<ScriptModule> modules = ScriptModule.of(WastParser.parse("""
                (module $a (func))
                (module binary "\\00asm" "\\01\\00\\00\\00")
                (module instance $i $a)
                (assert_malformed (module quote "(func") "unexpected end")
                (assert_invalid
                  (module (func (result i32))) "type mismatch")
                (assert_unlinkable (module (import "m" "f" (func))) "unknown import")
                (assert_trap (module (func $f unreachable) (start $f)) "unreachable")
                (assert_return (invoke "f"))
                """));
        assertEquals(List.of(1, 2, 4, 5, 7, 8), modules.stream().map(ScriptModule::line).toList());
        assertInstanceOf(ModuleSource.Text.class, modules.get(0).source());
        assertInstanceOf(ModuleSource.Binary.class, modules.get(1).source());
        assertInstanceOf(ModuleSource.Quote.class, modules.get(2).source());
        assertInstanceOf(WastCommand.AssertInvalid.class, modules.get(3).command());
        assertInstanceOf(WastCommand.AssertUninstantiable.class, modules.get(5).command());
    }

    @Test
    void findsTheModulesOfThreadsAndOfABareModuleScript() {
        List<ScriptModule> inThread = ScriptModule.of(WastParser.parse("""
                (thread $t (module (memory 1)) (invoke "f"))
                (wait $t)
                """));
        assertEquals(1, inThread.size());
        assertInstanceOf(WastCommand.Module.class, inThread.get(0).command());
        List<ScriptModule> bare = ScriptModule.of(WastParser.parse("(func) (memory 0)"));
        assertEquals(1, bare.size());
        assertInstanceOf(ModuleSource.Text.class, bare.get(0).source());
    }
}
