package dev.jwasm.cli;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code -W NAME=y|n} feature switches every command takes (Wasmtime's spelling). */
public final class FeatureOptions {

    /** One switch: a feature on or off. */
    record Switch(Feature feature, boolean on) {
    }

    @Option(names = "-W", paramLabel = "NAME=y|n", converter = SwitchConverter.class,
            completionCandidates = FeatureNames.class,
            description = "Turn a feature on or off (repeatable). NAME is one of: ${COMPLETION-CANDIDATES}"
                    + " (* = not part of WebAssembly 3.0, off by default).")
    private List<Switch> switches = new ArrayList<>();

    /** The feature names for the help text, those outside WebAssembly 3.0 marked with {@code *}. */
    static final class FeatureNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(Feature.values()).map(f -> f.cliName() + (f.inWasm3() ? "" : "*")).iterator();
        }
    }

    /** The base feature set with this command line's switches applied, in order. */
    public Features apply(Features base) {
        Features result = base;
        for (Switch s : switches) {
            result = result.with(s.feature(), s.on());
        }
        return result;
    }

    static final class SwitchConverter implements ITypeConverter<Switch> {
        @Override
        public Switch convert(String value) {
            int eq = value.indexOf('=');
            String name = eq < 0 ? value : value.substring(0, eq);
            String setting = eq < 0 ? "y" : value.substring(eq + 1);
            Feature feature = Arrays.stream(Feature.values()).filter(f -> f.cliName().equals(name))
                    .findFirst().orElseThrow(() -> new TypeConversionException("unknown feature '" + name
                            + "' (known: " + Arrays.stream(Feature.values()).map(Feature::cliName)
                            .collect(Collectors.joining(", ")) + ")"));
            return switch (setting) {
                case "y", "yes", "true" -> new Switch(feature, true);
                case "n", "no", "false" -> new Switch(feature, false);
                default -> throw new TypeConversionException("expected NAME=y or NAME=n, not '" + value + "'");
            };
        }
    }
}
