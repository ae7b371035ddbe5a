package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.types.TypeRegistry;

/**
 * A host function that works on the calling convention's slots directly: the typed wrappers
 * of {@link dev.jwasm.runtime.HostFunctions} and its raw form. Nothing is boxed, so a call
 * from Wasm allocates nothing here. Failures cross as {@link HostFailures} says; returned
 * references are checked against the result types.
 */
public final class SlotHostFunction extends WasmFunction {

    /** The Java side of the call: reads the arguments from {@code slots[base..]}, writes the results there. */
    @FunctionalInterface
    public interface Body {
        void run(ExecutionContext ctx, long[] slots, Object[] refs, int base) throws Exception;
    }

    private final Body body;
    private final ReferenceResults referenceResults;

    /**
     * @param typeId   the canonical id of {@code type} in {@code registry}
     * @param registry the engine's type registry
     */
    public SlotHostFunction(FuncType type, int typeId, TypeRegistry registry, Body body) {
        super(type, typeId);
        this.body = body;
        this.referenceResults = ReferenceResults.of(registry, typeId);
    }

    @Override
    public void invoke(ExecutionContext ctx, long[] slots, Object[] refs, int base) {
        try {
            body.run(ctx, slots, refs, base);
        } catch (Exception | Error e) {
            throw HostFailures.translate(e);
        }
        referenceResults.check(refs, base);
    }
}
