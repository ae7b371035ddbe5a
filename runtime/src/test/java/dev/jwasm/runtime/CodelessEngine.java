package dev.jwasm.runtime;

import dev.jwasm.runtime.tier.CompiledModule;
import dev.jwasm.runtime.tier.ExecutionTier;
import dev.jwasm.validator.ValidatedModule;
import java.nio.charset.StandardCharsets;

/**
 * Test helper: an engine whose tier runs no code. The runtime's own tests cannot depend on
 * the interpreter (it depends on them), and linking, instantiating code-free modules and
 * calling host functions from Java need no tier.
 */
final class CodelessEngine {
    private CodelessEngine() {}

    static final Engine ENGINE = Engine.builder().tier(new ExecutionTier() {
        @Override
        public String name() {
            return "codeless";
        }

        @Override
        public CompiledModule compile(ValidatedModule module, Engine engine) {
            return instance -> index -> {
                throw new UnsupportedOperationException("the codeless test tier runs no functions");
            };
        }
    }).build();

    static Module compile(String wat) {
        return ENGINE.compile(wat.getBytes(StandardCharsets.UTF_8));
    }
}
