package dev.jwasm.parser.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.GeneratedModules;
import dev.jwasm.parser.print.TestsuiteModules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The inspector on every testsuite module and on generated and damaged ones. */
class InspectorOverModulesTest {

    @Test
    void everyTestsuiteModuleIsInspected() {
        TestsuiteModules.Counts counts = new TestsuiteModules.Counts();
        List<TestsuiteModules.Found> found = new ArrayList<>(TestsuiteModules.modules(counts, false));
        found.addAll(TestsuiteModules.modules(counts, true));
        for (TestsuiteModules.Found f : found) {
            ModuleReport r = ModuleInspector.inspect(f.bytes());
            check(f.bytes(), f.module(), r);
        }
        System.out.println("[inspect] testsuite modules inspected: " + found.size());
        assertTrue(found.size() > 5000);
    }

    private static void check(byte[] bytes, WasmModule m, ModuleReport r) {
        ModuleInspectorTest.assertSectionsTile(bytes, r);
        assertEquals(m.importCount(ExternKind.FUNC) + m.functions().size(), r.functions().size());
        assertEquals(m.types().size(), r.types().size());
        assertEquals(m.exports().size(), r.exports().size());
        JsonReader.read(r.toJson());
        assertTrue(r.toText().startsWith("module"));
    }

    @Property(tries = 300)
    void generatedModulesAreInspected(@ForAll long seed) {
        WasmModule m = GeneratedModules.generate(new Random(seed));
        byte[] bytes = ModuleEncoder.encode(m);
        check(bytes, m, ModuleInspector.inspect(bytes));
    }

    /** Damaged bytes give a report or a malformed-module error, never another exception. */
    @Property(tries = 1000)
    void damagedModulesAreReportedOrRejected(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] bytes = ModuleEncoder.encode(GeneratedModules.generate(random));
        for (int i = 1 + random.nextInt(3); i > 0 && bytes.length > 8; i--) {
            bytes[8 + random.nextInt(bytes.length - 8)] ^= (byte) (1 << random.nextInt(8));
        }
        if (random.nextBoolean()) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        try {
            ModuleInspector.inspect(bytes);
        } catch (MalformedModuleException expected) {
            // the decoder said why
        }
    }
}
