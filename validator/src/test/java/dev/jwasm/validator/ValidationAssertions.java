package dev.jwasm.validator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.types.TypeRegistry;

/** Shared assertions: validate with a fresh registry, compare messages by prefix as the spec runner does. */
abstract class ValidationAssertions {
    final TypeRegistry registry = new TypeRegistry();

    ValidatedModule assertValid(WasmModule m) {
        return assertValid(m, Features.wasm3());
    }

    ValidatedModule assertValid(WasmModule m, Features features) {
        return new Validator(features, registry).validate(m);
    }

    InvalidModuleException assertInvalid(WasmModule m, String expectedPrefix) {
        return assertInvalid(m, expectedPrefix, Features.wasm3());
    }

    InvalidModuleException assertInvalid(WasmModule m, String expectedPrefix, Features features) {
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> new Validator(features, registry).validate(m));
        assertTrue(e.getMessage().startsWith(expectedPrefix),
                () -> "expected a message starting with \"" + expectedPrefix + "\" but got \"" + e.getMessage() + "\"");
        return e;
    }
}
