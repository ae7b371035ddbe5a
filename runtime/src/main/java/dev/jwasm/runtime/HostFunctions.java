package dev.jwasm.runtime;

import static dev.jwasm.parser.model.ValType.F32;
import static dev.jwasm.parser.model.ValType.F64;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.runtime.internal.ModuleTypes;
import dev.jwasm.runtime.internal.SlotHostFunction;
import dev.jwasm.validator.ValidatedModule;
import java.util.List;

/**
 * Host functions from typed Java lambdas, as Wasmtime's {@code Func::wrap} makes them from
 * closures: the Wasm type follows from the lambda's shape, and arguments and results travel
 * unboxed in the tiers' calling convention ({@link WasmFunction#invoke}), so a call from Wasm
 * allocates nothing. {@link Linker#func} defines them for import in one step:
 *
 * <pre>{@code
 * linker.func("env", "add", (int a, int b) -> a + b);                 // (i32, i32) -> i32
 * linker.func("env", "now", () -> System.nanoTime());                 // () -> i64
 * linker.func("env", "print", (Caller c, int ptr, int len) ->         // (i32, i32) -> ()
 *         System.out.print(new String(c.memory().read(ptr, len), UTF_8)));
 * }</pre>
 *
 * <h2>Shapes</h2>
 * Java {@code int}, {@code long}, {@code float} and {@code double} stand for i32, i64, f32 and
 * f64. Each shape is a functional interface named after its Wasm signature, parameters then
 * {@code To} and the result ({@code Void} for none): {@code VoidToVoid}; {@code VoidToT};
 * {@code TToVoid}; {@code TToT}; {@code TTToT} for each of the four number types;
 * {@code I32I32ToVoid}, {@code I32I32I32ToI32} and {@code I32I32I32I32ToI32} for the
 * pointer-and-length functions of C-like ABIs. Each also comes with a leading {@link Caller}
 * parameter ({@code CallerI32I32ToVoid}, ...), through which the function reaches the calling
 * instance and its memory. Other signatures (more parameters, mixed types, several results,
 * v128, references) use {@link Raw}, still unboxed, or the boxed {@link HostFunction}.
 *
 * <h2>Writing the lambdas</h2>
 * Declare the parameter types, {@code (int a, int b) -> a + b}: with {@code (a, b) -> a + b}
 * Java cannot tell the shapes of two parameters apart and reports an ambiguous call. Of the
 * shapes a lambda fits, Java picks the one with the narrowest result, so the body decides the
 * result type: {@code () -> 42} is {@code () -> i32}, {@code () -> 42L} is {@code () -> i64}, and
 * an expression body that yields a value makes a function with a result even where the value
 * was meant to be dropped ({@code (int x) -> counter.addAndGet(x)} is {@code (i32) -> i32});
 * write a block body, {@code (int x) -> { counter.addAndGet(x); }}, for none. A shape can also be
 * named outright: {@code HostFunctions.I32ToVoid log = x -> ...}.
 *
 * <h2>Failures</h2>
 * As for {@link HostFunction}: a {@link ThrownException} is a Wasm exception guest code can
 * catch, a {@link Trap} a trap, and any other exception a trap with that exception as cause,
 * which {@code catch_all} cannot catch.
 */
public final class HostFunctions {
    private HostFunctions() {}

    private static final FuncType NONE_TO_NONE = new FuncType(List.of(), List.of());
    private static final FuncType NONE_TO_I32 = new FuncType(List.of(), List.of(I32));
    private static final FuncType NONE_TO_I64 = new FuncType(List.of(), List.of(I64));
    private static final FuncType NONE_TO_F32 = new FuncType(List.of(), List.of(F32));
    private static final FuncType NONE_TO_F64 = new FuncType(List.of(), List.of(F64));
    private static final FuncType I32_TO_NONE = new FuncType(List.of(I32), List.of());
    private static final FuncType I64_TO_NONE = new FuncType(List.of(I64), List.of());
    private static final FuncType F32_TO_NONE = new FuncType(List.of(F32), List.of());
    private static final FuncType F64_TO_NONE = new FuncType(List.of(F64), List.of());
    private static final FuncType I32_TO_I32 = new FuncType(List.of(I32), List.of(I32));
    private static final FuncType I64_TO_I64 = new FuncType(List.of(I64), List.of(I64));
    private static final FuncType F32_TO_F32 = new FuncType(List.of(F32), List.of(F32));
    private static final FuncType F64_TO_F64 = new FuncType(List.of(F64), List.of(F64));
    private static final FuncType I32_I32_TO_I32 = new FuncType(List.of(I32, I32), List.of(I32));
    private static final FuncType I64_I64_TO_I64 = new FuncType(List.of(I64, I64), List.of(I64));
    private static final FuncType F32_F32_TO_F32 = new FuncType(List.of(F32, F32), List.of(F32));
    private static final FuncType F64_F64_TO_F64 = new FuncType(List.of(F64, F64), List.of(F64));
    private static final FuncType I32_I32_TO_NONE = new FuncType(List.of(I32, I32), List.of());
    private static final FuncType I32_I32_I32_TO_I32 = new FuncType(List.of(I32, I32, I32), List.of(I32));
    private static final FuncType I32_I32_I32_I32_TO_I32 = new FuncType(List.of(I32, I32, I32, I32), List.of(I32));

    // ---------------------------------------------------------------- shapes

    /** {@code () -> ()}. */
    @FunctionalInterface
    public interface VoidToVoid {
        void call() throws Exception;
    }

    /** {@code () -> i32}. */
    @FunctionalInterface
    public interface VoidToI32 {
        int call() throws Exception;
    }

    /** {@code () -> i64}. */
    @FunctionalInterface
    public interface VoidToI64 {
        long call() throws Exception;
    }

    /** {@code () -> f32}. */
    @FunctionalInterface
    public interface VoidToF32 {
        float call() throws Exception;
    }

    /** {@code () -> f64}. */
    @FunctionalInterface
    public interface VoidToF64 {
        double call() throws Exception;
    }

    /** {@code (i32) -> ()}. */
    @FunctionalInterface
    public interface I32ToVoid {
        void call(int a) throws Exception;
    }

    /** {@code (i64) -> ()}. */
    @FunctionalInterface
    public interface I64ToVoid {
        void call(long a) throws Exception;
    }

    /** {@code (f32) -> ()}. */
    @FunctionalInterface
    public interface F32ToVoid {
        void call(float a) throws Exception;
    }

    /** {@code (f64) -> ()}. */
    @FunctionalInterface
    public interface F64ToVoid {
        void call(double a) throws Exception;
    }

    /** {@code (i32) -> i32}. */
    @FunctionalInterface
    public interface I32ToI32 {
        int call(int a) throws Exception;
    }

    /** {@code (i64) -> i64}. */
    @FunctionalInterface
    public interface I64ToI64 {
        long call(long a) throws Exception;
    }

    /** {@code (f32) -> f32}. */
    @FunctionalInterface
    public interface F32ToF32 {
        float call(float a) throws Exception;
    }

    /** {@code (f64) -> f64}. */
    @FunctionalInterface
    public interface F64ToF64 {
        double call(double a) throws Exception;
    }

    /** {@code (i32, i32) -> i32}. */
    @FunctionalInterface
    public interface I32I32ToI32 {
        int call(int a, int b) throws Exception;
    }

    /** {@code (i64, i64) -> i64}. */
    @FunctionalInterface
    public interface I64I64ToI64 {
        long call(long a, long b) throws Exception;
    }

    /** {@code (f32, f32) -> f32}. */
    @FunctionalInterface
    public interface F32F32ToF32 {
        float call(float a, float b) throws Exception;
    }

    /** {@code (f64, f64) -> f64}. */
    @FunctionalInterface
    public interface F64F64ToF64 {
        double call(double a, double b) throws Exception;
    }

    /** {@code (i32, i32) -> ()}. */
    @FunctionalInterface
    public interface I32I32ToVoid {
        void call(int a, int b) throws Exception;
    }

    /** {@code (i32, i32, i32) -> i32}. */
    @FunctionalInterface
    public interface I32I32I32ToI32 {
        int call(int a, int b, int c) throws Exception;
    }

    /** {@code (i32, i32, i32, i32) -> i32}. */
    @FunctionalInterface
    public interface I32I32I32I32ToI32 {
        int call(int a, int b, int c, int d) throws Exception;
    }


    // ---------------------------------------------------------------- shapes with the caller

    /** {@code () -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerToVoid {
        void call(Caller caller) throws Exception;
    }

    /** {@code () -> i32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerToI32 {
        int call(Caller caller) throws Exception;
    }

    /** {@code () -> i64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerToI64 {
        long call(Caller caller) throws Exception;
    }

    /** {@code () -> f32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerToF32 {
        float call(Caller caller) throws Exception;
    }

    /** {@code () -> f64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerToF64 {
        double call(Caller caller) throws Exception;
    }

    /** {@code (i32) -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32ToVoid {
        void call(Caller caller, int a) throws Exception;
    }

    /** {@code (i64) -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI64ToVoid {
        void call(Caller caller, long a) throws Exception;
    }

    /** {@code (f32) -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF32ToVoid {
        void call(Caller caller, float a) throws Exception;
    }

    /** {@code (f64) -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF64ToVoid {
        void call(Caller caller, double a) throws Exception;
    }

    /** {@code (i32) -> i32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32ToI32 {
        int call(Caller caller, int a) throws Exception;
    }

    /** {@code (i64) -> i64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI64ToI64 {
        long call(Caller caller, long a) throws Exception;
    }

    /** {@code (f32) -> f32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF32ToF32 {
        float call(Caller caller, float a) throws Exception;
    }

    /** {@code (f64) -> f64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF64ToF64 {
        double call(Caller caller, double a) throws Exception;
    }

    /** {@code (i32, i32) -> i32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32I32ToI32 {
        int call(Caller caller, int a, int b) throws Exception;
    }

    /** {@code (i64, i64) -> i64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI64I64ToI64 {
        long call(Caller caller, long a, long b) throws Exception;
    }

    /** {@code (f32, f32) -> f32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF32F32ToF32 {
        float call(Caller caller, float a, float b) throws Exception;
    }

    /** {@code (f64, f64) -> f64}, with the calling instance. */
    @FunctionalInterface
    public interface CallerF64F64ToF64 {
        double call(Caller caller, double a, double b) throws Exception;
    }

    /** {@code (i32, i32) -> ()}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32I32ToVoid {
        void call(Caller caller, int a, int b) throws Exception;
    }

    /** {@code (i32, i32, i32) -> i32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32I32I32ToI32 {
        int call(Caller caller, int a, int b, int c) throws Exception;
    }

    /** {@code (i32, i32, i32, i32) -> i32}, with the calling instance. */
    @FunctionalInterface
    public interface CallerI32I32I32I32ToI32 {
        int call(Caller caller, int a, int b, int c, int d) throws Exception;
    }

    /**
     * A host function of any type on the calling convention's slots, for signatures no shape
     * covers: the arguments lie in {@code slots[base..]} (an i32 or f32 as its bits in a
     * {@code long}, an i64 or f64 as its bits, a v128 as two slots low half first, a reference
     * in {@code refs} at its slot's index); write the results the same way from {@code base}.
     * Both arrays have room for the larger of the two; touch nothing outside that range.
     * References returned are checked against the result types.
     */
    @FunctionalInterface
    public interface Raw {
        void call(Caller caller, long[] slots, Object[] refs, int base) throws Exception;
    }

    // ---------------------------------------------------------------- wrapping

    public static WasmFunction wrap(Engine engine, VoidToVoid fn) {
        return slots(engine, NONE_TO_NONE, (ctx, s, r, at) -> fn.call());
    }

    public static WasmFunction wrap(Engine engine, VoidToI32 fn) {
        return slots(engine, NONE_TO_I32, (ctx, s, r, at) -> s[at] = fn.call());
    }

    public static WasmFunction wrap(Engine engine, VoidToI64 fn) {
        return slots(engine, NONE_TO_I64, (ctx, s, r, at) -> s[at] = fn.call());
    }

    public static WasmFunction wrap(Engine engine, VoidToF32 fn) {
        return slots(engine, NONE_TO_F32, (ctx, s, r, at) -> s[at] = bits(fn.call()));
    }

    public static WasmFunction wrap(Engine engine, VoidToF64 fn) {
        return slots(engine, NONE_TO_F64, (ctx, s, r, at) -> s[at] = bits(fn.call()));
    }

    public static WasmFunction wrap(Engine engine, I32ToVoid fn) {
        return slots(engine, I32_TO_NONE, (ctx, s, r, at) -> fn.call(i32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, I64ToVoid fn) {
        return slots(engine, I64_TO_NONE, (ctx, s, r, at) -> fn.call(s[at]));
    }

    public static WasmFunction wrap(Engine engine, F32ToVoid fn) {
        return slots(engine, F32_TO_NONE, (ctx, s, r, at) -> fn.call(f32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, F64ToVoid fn) {
        return slots(engine, F64_TO_NONE, (ctx, s, r, at) -> fn.call(f64(s, at)));
    }

    public static WasmFunction wrap(Engine engine, I32ToI32 fn) {
        return slots(engine, I32_TO_I32, (ctx, s, r, at) -> s[at] = fn.call(i32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, I64ToI64 fn) {
        return slots(engine, I64_TO_I64, (ctx, s, r, at) -> s[at] = fn.call(s[at]));
    }

    public static WasmFunction wrap(Engine engine, F32ToF32 fn) {
        return slots(engine, F32_TO_F32, (ctx, s, r, at) -> s[at] = bits(fn.call(f32(s, at))));
    }

    public static WasmFunction wrap(Engine engine, F64ToF64 fn) {
        return slots(engine, F64_TO_F64, (ctx, s, r, at) -> s[at] = bits(fn.call(f64(s, at))));
    }

    public static WasmFunction wrap(Engine engine, I32I32ToI32 fn) {
        return slots(engine, I32_I32_TO_I32, (ctx, s, r, at) -> s[at] = fn.call(i32(s, at), i32(s, at + 1)));
    }

    public static WasmFunction wrap(Engine engine, I64I64ToI64 fn) {
        return slots(engine, I64_I64_TO_I64, (ctx, s, r, at) -> s[at] = fn.call(s[at], s[at + 1]));
    }

    public static WasmFunction wrap(Engine engine, F32F32ToF32 fn) {
        return slots(engine, F32_F32_TO_F32, (ctx, s, r, at) -> s[at] = bits(fn.call(f32(s, at), f32(s, at + 1))));
    }

    public static WasmFunction wrap(Engine engine, F64F64ToF64 fn) {
        return slots(engine, F64_F64_TO_F64, (ctx, s, r, at) -> s[at] = bits(fn.call(f64(s, at), f64(s, at + 1))));
    }

    public static WasmFunction wrap(Engine engine, I32I32ToVoid fn) {
        return slots(engine, I32_I32_TO_NONE, (ctx, s, r, at) -> fn.call(i32(s, at), i32(s, at + 1)));
    }

    public static WasmFunction wrap(Engine engine, I32I32I32ToI32 fn) {
        return slots(engine, I32_I32_I32_TO_I32,
                (ctx, s, r, at) -> s[at] = fn.call(i32(s, at), i32(s, at + 1), i32(s, at + 2)));
    }

    public static WasmFunction wrap(Engine engine, I32I32I32I32ToI32 fn) {
        return slots(engine, I32_I32_I32_I32_TO_I32,
                (ctx, s, r, at) -> s[at] = fn.call(i32(s, at), i32(s, at + 1), i32(s, at + 2), i32(s, at + 3)));
    }

    public static WasmFunction wrap(Engine engine, CallerToVoid fn) {
        return slots(engine, NONE_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller()));
    }

    public static WasmFunction wrap(Engine engine, CallerToI32 fn) {
        return slots(engine, NONE_TO_I32, (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller()));
    }

    public static WasmFunction wrap(Engine engine, CallerToI64 fn) {
        return slots(engine, NONE_TO_I64, (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller()));
    }

    public static WasmFunction wrap(Engine engine, CallerToF32 fn) {
        return slots(engine, NONE_TO_F32, (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller())));
    }

    public static WasmFunction wrap(Engine engine, CallerToF64 fn) {
        return slots(engine, NONE_TO_F64, (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller())));
    }

    public static WasmFunction wrap(Engine engine, CallerI32ToVoid fn) {
        return slots(engine, I32_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), i32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, CallerI64ToVoid fn) {
        return slots(engine, I64_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), s[at]));
    }

    public static WasmFunction wrap(Engine engine, CallerF32ToVoid fn) {
        return slots(engine, F32_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), f32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, CallerF64ToVoid fn) {
        return slots(engine, F64_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), f64(s, at)));
    }

    public static WasmFunction wrap(Engine engine, CallerI32ToI32 fn) {
        return slots(engine, I32_TO_I32, (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), i32(s, at)));
    }

    public static WasmFunction wrap(Engine engine, CallerI64ToI64 fn) {
        return slots(engine, I64_TO_I64, (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), s[at]));
    }

    public static WasmFunction wrap(Engine engine, CallerF32ToF32 fn) {
        return slots(engine, F32_TO_F32, (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller(), f32(s, at))));
    }

    public static WasmFunction wrap(Engine engine, CallerF64ToF64 fn) {
        return slots(engine, F64_TO_F64, (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller(), f64(s, at))));
    }

    public static WasmFunction wrap(Engine engine, CallerI32I32ToI32 fn) {
        return slots(engine, I32_I32_TO_I32,
                (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), i32(s, at), i32(s, at + 1)));
    }

    public static WasmFunction wrap(Engine engine, CallerI64I64ToI64 fn) {
        return slots(engine, I64_I64_TO_I64, (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), s[at], s[at + 1]));
    }

    public static WasmFunction wrap(Engine engine, CallerF32F32ToF32 fn) {
        return slots(engine, F32_F32_TO_F32,
                (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller(), f32(s, at), f32(s, at + 1))));
    }

    public static WasmFunction wrap(Engine engine, CallerF64F64ToF64 fn) {
        return slots(engine, F64_F64_TO_F64,
                (ctx, s, r, at) -> s[at] = bits(fn.call(ctx.hostCaller(), f64(s, at), f64(s, at + 1))));
    }

    public static WasmFunction wrap(Engine engine, CallerI32I32ToVoid fn) {
        return slots(engine, I32_I32_TO_NONE, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), i32(s, at), i32(s, at + 1)));
    }

    public static WasmFunction wrap(Engine engine, CallerI32I32I32ToI32 fn) {
        return slots(engine, I32_I32_I32_TO_I32,
                (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), i32(s, at), i32(s, at + 1), i32(s, at + 2)));
    }

    public static WasmFunction wrap(Engine engine, CallerI32I32I32I32ToI32 fn) {
        return slots(engine, I32_I32_I32_I32_TO_I32,
                (ctx, s, r, at) -> s[at] = fn.call(ctx.hostCaller(), i32(s, at), i32(s, at + 1), i32(s, at + 2),
                        i32(s, at + 3)));
    }

    /** A host function of the given type (numbers, vectors and abstract references) on slots. */
    public static WasmFunction raw(Engine engine, FuncType type, Raw fn) {
        return slots(engine, type, (ctx, s, r, at) -> fn.call(ctx.hostCaller(), s, r, at));
    }

    /**
     * A host function on slots whose type is the function type at {@code typeIndex} of a
     * module's type section, so that it may mention the module's own types.
     *
     * @throws IllegalArgumentException when the index is out of range or not a function type
     */
    public static WasmFunction raw(Module module, int typeIndex, Raw fn) {
        ValidatedModule vm = module.validated();
        return new SlotHostFunction(ModuleTypes.funcType(vm, typeIndex), vm.canonicalTypeId(typeIndex), vm.registry(),
                (ctx, s, r, at) -> fn.call(ctx.hostCaller(), s, r, at));
    }

    private static WasmFunction slots(Engine engine, FuncType type, SlotHostFunction.Body body) {
        return new SlotHostFunction(type, engine.canonicalFunctionType(type), engine.types(), body);
    }

    private static int i32(long[] slots, int at) {
        return (int) slots[at];
    }

    private static float f32(long[] slots, int at) {
        return Float.intBitsToFloat((int) slots[at]);
    }

    private static double f64(long[] slots, int at) {
        return Double.longBitsToDouble(slots[at]);
    }

    private static long bits(float v) {
        return Float.floatToRawIntBits(v);
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
