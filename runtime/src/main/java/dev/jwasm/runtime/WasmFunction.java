package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.internal.HostFunctionAdapter;
import dev.jwasm.runtime.internal.ModuleTypes;
import dev.jwasm.validator.ValidatedModule;
import java.util.List;

/**
 * A function of any origin — interpreted, compiled or host — and also the {@code funcref}
 * value that refers to it.
 *
 * <h2>Calling convention</h2>
 * Every tier implements one allocation-free entry point, {@link #invoke}: the arguments lie
 * in {@code slots[base..]} (an i32 or f32 as its 32 bits in a {@code long}, an i64 or f64 as
 * its 64 bits, a v128 as two consecutive slots low half first, a reference in
 * {@code refs[i]} at its own slot index {@code i}); the callee writes its results the same
 * way from {@code base}. Both arrays must have room for the larger of the two. Tiers may call
 * their own functions more directly (the interpreter pushes a frame instead of recursing on
 * the Java stack); across tiers and to the host, {@code invoke} is the contract.
 *
 * <p>{@link #call(Value...)} is the host's convenient (allocating) way in. It also guards the
 * host/Wasm boundary: a {@link StackOverflowError} anywhere below it becomes the trap
 * "call stack exhausted", after which the thread's execution state is reset and usable.
 */
public abstract non-sealed class WasmFunction implements Extern {
    private final FuncType type;
    private final int typeId;
    private final int paramSlots;
    private final int resultSlots;

    /**
     * @param type   the function type (concrete heap types in it are only informative here)
     * @param typeId its canonical id in the engine's type registry, which {@code call_indirect},
     *               {@code call_ref} and casts compare
     */
    protected WasmFunction(FuncType type, int typeId) {
        this.type = type;
        this.typeId = typeId;
        this.paramSlots = slots(type.params());
        this.resultSlots = slots(type.results());
    }

    private static int slots(List<ValType> types) {
        int n = 0;
        for (ValType t : types) {
            n += Value.slots(t);
        }
        return n;
    }

    /**
     * A host function of the given type (number, vector and abstract reference types only).
     * {@link HostFunctions} makes allocation-free ones from typed lambdas.
     */
    public static WasmFunction host(Engine engine, FuncType type, HostFunction implementation) {
        return new HostFunctionAdapter(type, engine.canonicalFunctionType(type), engine.types(), implementation);
    }

    /**
     * A host function whose type is the function type at {@code typeIndex} of a module's type
     * section, so that it may mention the module's own types (such as {@code (ref $point)}).
     * It links with that module, and with any module whose type is the same.
     *
     * @throws IllegalArgumentException when the index is out of range or not a function type
     */
    public static WasmFunction host(Module module, int typeIndex, HostFunction implementation) {
        ValidatedModule vm = module.validated();
        return new HostFunctionAdapter(ModuleTypes.funcType(vm, typeIndex), vm.canonicalTypeId(typeIndex),
                vm.registry(), implementation);
    }

    public final FuncType type() {
        return type;
    }

    public final int typeId() {
        return typeId;
    }

    /** Slots the parameters take in the calling convention. */
    public final int paramSlots() {
        return paramSlots;
    }

    /** Slots the results take in the calling convention. */
    public final int resultSlots() {
        return resultSlots;
    }

    /** Runs the function on unboxed slots (see the class comment). */
    public abstract void invoke(ExecutionContext ctx, long[] slots, Object[] refs, int base);

    /** The store whose limits and interrupt flag govern a call from the host; null for host functions. */
    protected Store store() {
        return null;
    }

    /**
     * Calls the function from the host.
     *
     * @throws Trap            when execution traps (including "call stack exhausted" and "interrupted")
     * @throws ThrownException when a Wasm exception leaves the function
     * @throws IllegalArgumentException when the arguments do not match the parameter types
     */
    public final Value[] call(Value... args) {
        List<ValType> params = type.params();
        if (args.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " arguments, got " + args.length);
        }
        int n = Math.max(paramSlots, resultSlots);
        long[] slots = new long[n];
        Object[] refs = new Object[n];
        int at = 0;
        for (int i = 0; i < args.length; i++) {
            ValType t = params.get(i);
            checkArgument(i, t, args[i]);
            args[i].write(slots, refs, at);
            at += Value.slots(t);
        }
        ExecutionContext ctx = ExecutionContext.current();
        int savedDepth = ctx.depth();
        Instance savedCaller = ctx.caller();
        ctx.enter(store());
        boolean failed = true;
        try {
            invoke(ctx, slots, refs, 0);
            failed = false;
        } catch (StackOverflowError e) {
            throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED, e);
        } finally {
            ctx.setDepth(savedDepth);
            ctx.setCaller(savedCaller);
            ctx.exit(failed);
        }
        List<ValType> results = type.results();
        Value[] out = new Value[results.size()];
        at = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Value.read(results.get(i), slots, refs, at);
            at += Value.slots(results.get(i));
        }
        return out;
    }

    private static void checkArgument(int i, ValType expected, Value v) {
        ValType actual = v.type();
        if (actual.kind() != expected.kind()) {
            throw new IllegalArgumentException("argument " + i + ": expected " + expected + ", got " + actual);
        }
        if (!expected.isRef()) {
            return;
        }
        Object ref = v.ref();
        if (ref == null) {
            if (!expected.nullable()) {
                throw new IllegalArgumentException("argument " + i + ": null for non-nullable " + expected);
            }
            return;
        }
        HeapType h = expected.heapType();
        boolean funcHierarchy = h.isConcrete() ? ref instanceof WasmFunction || !(ref instanceof ExceptionReference)
                : switch (h.abstractType()) {
                    case FUNC, NOFUNC -> ref instanceof WasmFunction;
                    case EXN, NOEXN -> ref instanceof ExceptionReference;
                    default -> true;
                };
        if (!funcHierarchy) {
            throw new IllegalArgumentException("argument " + i + ": " + ref + " is not a " + expected);
        }
    }

    @Override
    public final ExternKind kind() {
        return ExternKind.FUNC;
    }

    @Override
    public String toString() {
        return "func " + type;
    }
}
