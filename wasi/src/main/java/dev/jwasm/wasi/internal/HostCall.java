package dev.jwasm.wasi.internal;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.WasmFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One WASI import as a function the tiers call directly on their unboxed slots (no boxing of
 * arguments, as the boundary of ordinary host functions does): the function reads its i32 /
 * i64 arguments from the slots and returns an errno, which becomes its i32 result.
 * An {@link ErrnoException} or host I/O failure becomes its errno; a {@link Trap} (such as
 * {@code proc_exit}) unwinds the guest, and so does any other exception (a trap with it as
 * cause), rather than passing for an errno.
 */
final class HostCall extends WasmFunction {

    /**
     * A function's name, signature (one letter per parameter: {@code i} i32, {@code I} i64),
     * and where its code is: function {@code op} of {@code group}.
     */
    record Binding(String name, String params, boolean returnsErrno, FunctionGroup group, int op) {
        FuncType type() {
            List<ValType> p = new ArrayList<>();
            for (char c : params.toCharArray()) {
                p.add(c == 'I' ? ValType.I64 : ValType.I32);
            }
            return new FuncType(p, returnsErrno ? List.of(ValType.I32) : List.of());
        }
    }

    private final Binding binding;
    private final boolean preview0;
    private final WasiContext wasi;
    private Instance lastCaller;
    private GuestMemory lastMemory;

    private HostCall(FuncType type, int typeId, Binding binding, boolean preview0, WasiContext wasi) {
        super(type, typeId);
        this.binding = binding;
        this.preview0 = preview0;
        this.wasi = wasi;
    }

    /** The function for {@code binding}, whose type has the canonical id {@code typeId} in the engine's registry. */
    static HostCall of(Binding binding, int typeId, boolean preview0, WasiContext wasi) {
        return new HostCall(binding.type(), typeId, binding, preview0, wasi);
    }

    String name() {
        return binding.name();
    }

    @Override
    public void invoke(ExecutionContext ctx, long[] slots, Object[] refs, int base) {
        GuestMemory memory = memoryOf(ctx.caller());
        int errno;
        try {
            errno = binding.group().call(binding.op(), preview0, wasi, memory, slots, base);
        } catch (ErrnoException e) {
            errno = e.errno();
        } catch (IOException e) {
            errno = HostErrors.errno(e);
        } catch (Trap e) {
            throw e;
        } catch (RuntimeException e) {
            try {
                errno = HostErrors.of(e).errno();
            } catch (RuntimeException unexpected) {
                throw new Trap("host function failed: WASI " + binding.name() + ": " + unexpected, unexpected);
            }
        }
        if (binding.returnsErrno()) {
            slots[base] = errno;
        }
    }

    /** The caller's memory: its export "memory" as WASI prescribes, else its memory 0. */
    private GuestMemory memoryOf(Instance caller) {
        if (caller == lastCaller && lastMemory != null) {
            return lastMemory;
        }
        Memory m = null;
        if (caller != null) {
            m = caller.memory("memory");
            if (m == null && caller.memoryCount() > 0) {
                m = caller.memory(0);
            }
        }
        if (m == null) {
            m = NO_MEMORY;
        }
        lastCaller = caller;
        lastMemory = new GuestMemory(m);
        return lastMemory;
    }

    /** What a caller without memory gets: every access is EFAULT. */
    private static final Memory NO_MEMORY = Memory.create(
            new dev.jwasm.parser.model.MemoryType(new dev.jwasm.parser.model.Limits(0, 0, false), false, 16));

    @Override
    public String toString() {
        return "wasi " + binding.name();
    }
}
