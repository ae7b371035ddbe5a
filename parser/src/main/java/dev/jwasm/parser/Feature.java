package dev.jwasm.parser;

/**
 * Language features that can be switched on or off, with Wasmtime's command-line spelling
 * ({@code -W NAME=y|n}). Everything in WebAssembly 3.0 is on by default; proposals beyond it
 * and legacy exception handling are off.
 */
public enum Feature {
    MULTI_VALUE("multi-value", true),
    BULK_MEMORY("bulk-memory", true),
    REFERENCE_TYPES("reference-types", true),
    SIMD("simd", true),
    RELAXED_SIMD("relaxed-simd", true),
    TAIL_CALL("tail-call", true),
    FUNCTION_REFERENCES("function-references", true),
    GC("gc", true),
    EXCEPTIONS("exceptions", true),
    MULTI_MEMORY("multi-memory", true),
    MEMORY64("memory64", true),
    EXTENDED_CONST("extended-const", true),
    LEGACY_EXCEPTIONS("legacy-exceptions", false),
    THREADS("threads", false),
    WIDE_ARITHMETIC("wide-arithmetic", false),
    CUSTOM_PAGE_SIZES("custom-page-sizes", false),
    CUSTOM_DESCRIPTORS("custom-descriptors", false);

    private final String cliName;
    private final boolean inWasm3;

    Feature(String cliName, boolean inWasm3) {
        this.cliName = cliName;
        this.inWasm3 = inWasm3;
    }

    /** The name used on the command line, e.g. {@code legacy-exceptions}. */
    public String cliName() {
        return cliName;
    }

    /** Whether the feature is part of WebAssembly 3.0 (and so on by default). */
    public boolean inWasm3() {
        return inWasm3;
    }

    public static Feature byCliName(String name) {
        for (Feature f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature: " + name);
    }
}
