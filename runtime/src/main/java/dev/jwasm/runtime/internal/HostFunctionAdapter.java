package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.HostFunction;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.List;

/**
 * A {@link HostFunction} behind the tiers' calling convention. Boxes the arguments, calls the
 * Java code, unboxes the results (checking their count and kinds, and references against the
 * result types). Failures cross as {@link HostFailures} says.
 */
public final class HostFunctionAdapter extends WasmFunction {
    private final HostFunction implementation;
    private final ReferenceResults referenceResults;

    /**
     * @param typeId   the canonical id of {@code type} in {@code registry}
     * @param registry the engine's type registry
     */
    public HostFunctionAdapter(FuncType type, int typeId, TypeRegistry registry, HostFunction implementation) {
        super(type, typeId);
        this.implementation = implementation;
        this.referenceResults = ReferenceResults.of(registry, typeId);
    }

    public HostFunction implementation() {
        return implementation;
    }

    @Override
    public void invoke(ExecutionContext ctx, long[] slots, Object[] refs, int base) {
        List<ValType> params = type().params();
        Value[] args = new Value[params.size()];
        int at = base;
        for (int i = 0; i < args.length; i++) {
            args[i] = Value.read(params.get(i), slots, refs, at);
            at += Value.slots(params.get(i));
        }
        Value[] results;
        try {
            results = implementation.call(ctx.hostCaller(), args);
        } catch (Exception | Error e) {
            throw HostFailures.translate(e);
        }
        List<ValType> resultTypes = type().results();
        int count = results == null ? 0 : results.length;
        if (count != resultTypes.size()) {
            throw new Trap("host function returned " + count + " values, expected " + resultTypes.size());
        }
        at = base;
        for (int i = 0; i < count; i++) {
            ValType t = resultTypes.get(i);
            if (results[i] == null || results[i].type().kind() != t.kind()) {
                throw new Trap("host function returned " + results[i] + " where " + t + " was expected");
            }
            results[i].write(slots, refs, at);
            at += Value.slots(t);
        }
        referenceResults.check(refs, base);
    }
}
