package dev.jwasm.validator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleGenerator;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Validation of arbitrary models ends in a result or an {@link InvalidModuleException}, nothing else. */
class ValidatorPropertyTest {
    private final TypeRegistry registry = new TypeRegistry();
    private final Features all = Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true).with(Feature.THREADS, true)
            .with(Feature.WIDE_ARITHMETIC, true).with(Feature.CUSTOM_PAGE_SIZES, true);

    @Property(tries = 5000)
    void validationOnlyEverThrowsInvalidModuleException(@ForAll long seed) {
        WasmModule m = ModuleGenerator.validatorInput(new Random(seed));
        Features features = (seed & 1) == 0 ? all : Features.wasm3();
        try {
            ValidatedModule v = new Validator(features, registry).validate(m);
            assertTrue(v.definedFunctionCount() == m.functions().size());
            Statistics.collect("valid");
        } catch (InvalidModuleException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            Statistics.collect(e.getMessage().replaceAll("[0-9]+", "N").split(":")[0]);
        }
    }
}
