package dev.jwasm.parser.wast;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The feature set a testsuite file runs with, from where it sits in the testsuite:
 * <ul>
 *   <li>{@code core/**} and {@code custom/**}: exactly WebAssembly 3.0;</li>
 *   <li>{@code legacy/**}: 3.0 plus legacy exception handling;</li>
 *   <li>{@code proposals/NAME/**}: 3.0 plus the feature whose command-line name is NAME
 *       (threads, wide-arithmetic, custom-page-sizes, custom-descriptors).</li>
 * </ul>
 * The path may be relative to the testsuite root or any path that contains the testsuite's
 * folder names; the innermost {@code proposals/NAME} or {@code legacy} folder decides.
 */
public final class TestsuiteFeatures {

    private TestsuiteFeatures() {
    }

    public static Features forPath(Path file) {
        List<String> parts = new ArrayList<>();
        for (Path p : file.normalize()) {
            parts.add(p.toString());
        }
        // The folder names sit above the file name, so the last part is never a folder.
        for (int i = parts.size() - 2; i >= 0; i--) {
            String part = parts.get(i);
            if (part.equals("proposals") && i + 1 < parts.size() - 1) {
                return forProposal(parts.get(i + 1), parts.get(parts.size() - 1));
            }
            if (part.equals("legacy")) {
                return Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true);
            }
        }
        return Features.wasm3();
    }

    /**
     * 3.0 plus the proposal's feature.
     *
     * <p>The threads folder was last synced before WebAssembly 2.0, and two of its four files
     * assume the 1.0 rules where later versions relaxed them; they run with the features that
     * relaxed them off ({@link #OLD_THREADS_FILES}):
     * <ul>
     *   <li>{@code memory.wast} and {@code imports.wast} expect "multiple memories" to be an
     *       error: multi-memory off;</li>
     *   <li>{@code imports.wast} expects "multiple tables" to be an error: reference-types off
     *       (its funcref tables and function index segments are 1.0 and stay valid);</li>
     *   <li>{@code memory.wast} expects {@code (memory 0x1_0000_0000)} to be a text-level
     *       "i32 constant out of range": memory64 off, so the text parser reads limits as u32.</li>
     * </ul>
     * {@code atomic.wast} is current and {@code exports.wast} needs nothing off: they run with
     * plain 3.0 + threads.
     */
    static Features forProposal(String name, String fileName) {
        Feature feature = featureNamed(name);
        Features features = Features.wasm3();
        if (feature == null) {
            return features;
        }
        features = features.with(feature, true);
        if (feature == Feature.THREADS) {
            for (Feature off : OLD_THREADS_FILES.getOrDefault(fileName, List.of())) {
                features = features.with(off, false);
            }
        }
        return features;
    }

    /** Old threads files and the post-1.0 features they were written without. */
    static final Map<String, List<Feature>> OLD_THREADS_FILES = Map.of(
            "memory.wast", List.of(Feature.MULTI_MEMORY, Feature.MEMORY64),
            "imports.wast", List.of(Feature.MULTI_MEMORY, Feature.REFERENCE_TYPES));

    private static Feature featureNamed(String name) {
        for (Feature f : Feature.values()) {
            if (f.cliName().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
