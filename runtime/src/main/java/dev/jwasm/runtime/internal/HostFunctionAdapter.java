package dev.jwasm.runtime.internal;

import dev.jwasm.parser.WasmException;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Caller;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.HostFunction;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.util.List;

/**
 * A {@link HostFunction} behind the tiers' calling convention. Boxes the arguments, calls the
 * Java code, unboxes the results. A {@link Trap} or {@link ThrownException} passes through;
 * any other exception becomes a trap carrying it as cause (so {@code catch_all} cannot catch
 * it); a {@link StackOverflowError} passes through to the host boundary, which reports
 * "call stack exhausted".
 */
public final class HostFunctionAdapter extends WasmFunction {
    private final HostFunction implementation;

    public HostFunctionAdapter(FuncType type, int typeId, HostFunction implementation) {
        super(type, typeId);
        this.implementation = implementation;
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
            results = implementation.call(new Caller(ctx.caller(), ctx), args);
        } catch (Trap | ThrownException e) {
            throw e;
        } catch (WasmException e) {
            throw new Trap("host function failed: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw e;
        } catch (Exception | Error e) {
            throw new Trap("host function failed: " + e, e);
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
    }
}
