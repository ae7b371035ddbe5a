package dev.jwasm.parser.print;

import dev.jwasm.parser.model.WasmModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random modules from the binary format's test generator ({@code ModuleGenerator} in the test
 * sources of {@code dev.jwasm.parser.binary}): every section, every opcode with random immediates,
 * random names and custom sections. That generator is package-private in another package, so it
 * is reached by reflection rather than duplicated; a renamed method fails here loudly.
 */
public final class GeneratedModules {
    private static final Method GENERATE;

    static {
        try {
            Class<?> c = Class.forName("dev.jwasm.parser.binary.ModuleGenerator");
            GENERATE = c.getDeclaredMethod("generate", Random.class);
            GENERATE.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private GeneratedModules() {
    }

    public static WasmModule generate(Random random) {
        try {
            return (WasmModule) GENERATE.invoke(null, random);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Arbitrary<WasmModule> modules() {
        return Arbitraries.randomValue(GeneratedModules::generate);
    }
}
