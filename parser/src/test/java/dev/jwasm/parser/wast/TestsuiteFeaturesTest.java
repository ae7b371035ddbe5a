package dev.jwasm.parser.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestsuiteFeaturesTest {

    @Test
    void coreAndCustomRunWithExactlyWasm3() {
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("core/i32.wast")));
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("core/simd/simd_lane.wast")));
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("custom/custom/custom_annot.wast")));
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("/x/testsuite/core/gc/i31.wast")));
    }

    @Test
    void legacyAddsLegacyExceptionsEvenAboveACoreFolder() {
        assertEquals(Features.wasm3().with(Feature.LEGACY_EXCEPTIONS, true),
                TestsuiteFeatures.forPath(Path.of("../shared/testsuite/legacy/exceptions/core/try_catch.wast")));
    }

    @Test
    void proposalsAddTheirFeature() {
        assertEquals(Features.wasm3().with(Feature.WIDE_ARITHMETIC, true),
                TestsuiteFeatures.forPath(Path.of("proposals/wide-arithmetic/wide-arithmetic.wast")));
        assertEquals(Features.wasm3().with(Feature.CUSTOM_PAGE_SIZES, true),
                TestsuiteFeatures.forPath(Path.of("t/proposals/custom-page-sizes/binary.wast")));
        assertEquals(Features.wasm3().with(Feature.CUSTOM_DESCRIPTORS, true),
                TestsuiteFeatures.forPath(Path.of("proposals/custom-descriptors/exact.wast")));
        assertEquals(Features.wasm3().with(Feature.THREADS, true),
                TestsuiteFeatures.forPath(Path.of("proposals/threads/atomic.wast")));
    }

    @Test
    void unknownProposalAndLooseFilesRunWithWasm3() {
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("proposals/stack-switching/cont.wast")));
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("x.wast")));
        assertEquals(Features.wasm3(), TestsuiteFeatures.forPath(Path.of("proposals/x.wast")));
    }

    @Test
    void oldThreadsFilesRunWithoutWhatCameAfterThem() {
        Features threads = Features.wasm3().with(Feature.THREADS, true);
        assertEquals(threads.with(Feature.MULTI_MEMORY, false).with(Feature.MEMORY64, false),
                TestsuiteFeatures.forPath(Path.of("proposals/threads/memory.wast")));
        assertEquals(threads.with(Feature.MULTI_MEMORY, false).with(Feature.REFERENCE_TYPES, false),
                TestsuiteFeatures.forPath(Path.of("proposals/threads/imports.wast")));
        assertEquals(threads, TestsuiteFeatures.forPath(Path.of("proposals/threads/exports.wast")));
        assertEquals(threads, TestsuiteFeatures.forPath(Path.of("proposals/threads/atomic.wast")));
    }
}
