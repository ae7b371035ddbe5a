package dev.jwasm.runtime;

import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.F32;
import static dev.jwasm.parser.model.ValType.F64;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The typed host functions called from Java: every shape gets the Wasm type of its Java
 * signature and passes arguments and results through the slots in order; raw functions,
 * failures and the checks on returned references. (Calls from Wasm, the Caller's instance and
 * the absence of allocation are tested with the interpreter, in TypedHostFunctionTest.)
 */
class HostFunctionsTest {
    private static final Engine ENGINE = CodelessEngine.ENGINE;
    private static final int NAN_WITH_PAYLOAD = 0x7fc1_2345;
    private static final long NAN64_WITH_PAYLOAD = 0x7ff8_0000_dead_beefL;

    private record Case(String shape, WasmFunction function, FuncType type, Value[] args, Value[] results) {}

    private static FuncType type(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    private static Value[] values(Value... v) {
        return v;
    }

    private static Value i(int v) {
        return Value.i32(v);
    }

    private static Value l(long v) {
        return Value.i64(v);
    }

    private static Value f(float v) {
        return Value.f32(v);
    }

    private static Value d(double v) {
        return Value.f64(v);
    }

    @TestFactory
    Stream<DynamicTest> everyShapeHasTheTypeOfItsJavaSignatureAndPassesValuesInOrder() {
        AtomicInteger hits = new AtomicInteger();
        List<Caller> callers = new ArrayList<>();
        long big = 1L << 40;
        List<Case> cases = List.of(
                new Case("VoidToVoid", HostFunctions.wrap(ENGINE, () -> {
                    hits.incrementAndGet();
                }), type(List.of(), List.of()), values(), values()),
                new Case("VoidToI32", HostFunctions.wrap(ENGINE, () -> 42), type(List.of(), List.of(I32)), values(),
                        values(i(42))),
                new Case("VoidToI64", HostFunctions.wrap(ENGINE, () -> 42L), type(List.of(), List.of(I64)), values(),
                        values(l(42))),
                new Case("VoidToF32", HostFunctions.wrap(ENGINE, () -> 1.5f), type(List.of(), List.of(F32)), values(),
                        values(f(1.5f))),
                new Case("VoidToF64", HostFunctions.wrap(ENGINE, () -> 2.5), type(List.of(), List.of(F64)), values(),
                        values(d(2.5))),
                new Case("I32ToVoid", HostFunctions.wrap(ENGINE, (int a) -> {
                    hits.addAndGet(a);
                }), type(List.of(I32), List.of()), values(i(1)), values()),
                new Case("I64ToVoid", HostFunctions.wrap(ENGINE, (long a) -> {
                    hits.addAndGet((int) (a >> 40));
                }), type(List.of(I64), List.of()), values(l(big)), values()),
                new Case("F32ToVoid", HostFunctions.wrap(ENGINE, (float a) -> {
                    hits.addAndGet((int) a);
                }), type(List.of(F32), List.of()), values(f(1f)), values()),
                new Case("F64ToVoid", HostFunctions.wrap(ENGINE, (double a) -> {
                    hits.addAndGet((int) a);
                }), type(List.of(F64), List.of()), values(d(1)), values()),
                new Case("I32ToI32", HostFunctions.wrap(ENGINE, (int a) -> -a), type(List.of(I32), List.of(I32)),
                        values(i(Integer.MAX_VALUE)), values(i(-Integer.MAX_VALUE))),
                new Case("I64ToI64", HostFunctions.wrap(ENGINE, (long a) -> a * 3), type(List.of(I64), List.of(I64)),
                        values(l(big)), values(l(3 * big))),
                new Case("F32ToF32", HostFunctions.wrap(ENGINE, (float a) -> a), type(List.of(F32), List.of(F32)),
                        values(Value.f32Bits(NAN_WITH_PAYLOAD)), values(Value.f32Bits(NAN_WITH_PAYLOAD))),
                new Case("F64ToF64", HostFunctions.wrap(ENGINE, (double a) -> a), type(List.of(F64), List.of(F64)),
                        values(Value.f64Bits(NAN64_WITH_PAYLOAD)), values(Value.f64Bits(NAN64_WITH_PAYLOAD))),
                new Case("I32I32ToI32", HostFunctions.wrap(ENGINE, (int a, int b) -> a - 2 * b),
                        type(List.of(I32, I32), List.of(I32)), values(i(7), i(3)), values(i(1))),
                new Case("I64I64ToI64", HostFunctions.wrap(ENGINE, (long a, long b) -> a - 2 * b),
                        type(List.of(I64, I64), List.of(I64)), values(l(big), l(1)), values(l(big - 2))),
                new Case("F32F32ToF32", HostFunctions.wrap(ENGINE, (float a, float b) -> a - 2 * b),
                        type(List.of(F32, F32), List.of(F32)), values(f(7), f(0.5f)), values(f(6))),
                new Case("F64F64ToF64", HostFunctions.wrap(ENGINE, (double a, double b) -> a - 2 * b),
                        type(List.of(F64, F64), List.of(F64)), values(d(7), d(0.25)), values(d(6.5))),
                new Case("I32I32ToVoid", HostFunctions.wrap(ENGINE, (int a, int b) -> {
                    hits.addAndGet(a - b);
                }), type(List.of(I32, I32), List.of()), values(i(3), i(2)), values()),
                new Case("I32I32I32ToI32", HostFunctions.wrap(ENGINE, (int a, int b, int c) -> 100 * a + 10 * b + c),
                        type(List.of(I32, I32, I32), List.of(I32)), values(i(1), i(2), i(3)), values(i(123))),
                new Case("I32I32I32I32ToI32",
                        HostFunctions.wrap(ENGINE, (int a, int b, int c, int d) -> 1000 * a + 100 * b + 10 * c + d),
                        type(List.of(I32, I32, I32, I32), List.of(I32)), values(i(1), i(2), i(3), i(4)), values(i(1234))),

                new Case("CallerToVoid", HostFunctions.wrap(ENGINE, (Caller c) -> {
                    callers.add(c);
                    hits.incrementAndGet();
                }), type(List.of(), List.of()), values(), values()),
                new Case("CallerToI32", HostFunctions.wrap(ENGINE, (Caller c) -> callers.add(c) ? 42 : 0),
                        type(List.of(), List.of(I32)), values(), values(i(42))),
                new Case("CallerToI64", HostFunctions.wrap(ENGINE, (Caller c) -> callers.add(c) ? 42L : 0L),
                        type(List.of(), List.of(I64)), values(), values(l(42))),
                new Case("CallerToF32", HostFunctions.wrap(ENGINE, (Caller c) -> callers.add(c) ? 1.5f : 0f),
                        type(List.of(), List.of(F32)), values(), values(f(1.5f))),
                new Case("CallerToF64", HostFunctions.wrap(ENGINE, (Caller c) -> callers.add(c) ? 2.5 : 0.0),
                        type(List.of(), List.of(F64)), values(), values(d(2.5))),
                new Case("CallerI32ToVoid", HostFunctions.wrap(ENGINE, (Caller c, int a) -> {
                    callers.add(c);
                    hits.addAndGet(a);
                }), type(List.of(I32), List.of()), values(i(1)), values()),
                new Case("CallerI64ToVoid", HostFunctions.wrap(ENGINE, (Caller c, long a) -> {
                    callers.add(c);
                    hits.addAndGet((int) (a >> 40));
                }), type(List.of(I64), List.of()), values(l(big)), values()),
                new Case("CallerF32ToVoid", HostFunctions.wrap(ENGINE, (Caller c, float a) -> {
                    callers.add(c);
                    hits.addAndGet((int) a);
                }), type(List.of(F32), List.of()), values(f(1)), values()),
                new Case("CallerF64ToVoid", HostFunctions.wrap(ENGINE, (Caller c, double a) -> {
                    callers.add(c);
                    hits.addAndGet((int) a);
                }), type(List.of(F64), List.of()), values(d(1)), values()),
                new Case("CallerI32ToI32", HostFunctions.wrap(ENGINE, (Caller c, int a) -> callers.add(c) ? -a : 0),
                        type(List.of(I32), List.of(I32)), values(i(5)), values(i(-5))),
                new Case("CallerI64ToI64", HostFunctions.wrap(ENGINE, (Caller c, long a) -> callers.add(c) ? a * 3 : 0L),
                        type(List.of(I64), List.of(I64)), values(l(big)), values(l(3 * big))),
                new Case("CallerF32ToF32", HostFunctions.wrap(ENGINE, (Caller c, float a) -> callers.add(c) ? a : 0f),
                        type(List.of(F32), List.of(F32)), values(Value.f32Bits(NAN_WITH_PAYLOAD)),
                        values(Value.f32Bits(NAN_WITH_PAYLOAD))),
                new Case("CallerF64ToF64", HostFunctions.wrap(ENGINE, (Caller c, double a) -> callers.add(c) ? a : 0.0),
                        type(List.of(F64), List.of(F64)), values(Value.f64Bits(NAN64_WITH_PAYLOAD)),
                        values(Value.f64Bits(NAN64_WITH_PAYLOAD))),
                new Case("CallerI32I32ToI32",
                        HostFunctions.wrap(ENGINE, (Caller c, int a, int b) -> callers.add(c) ? a - 2 * b : 0),
                        type(List.of(I32, I32), List.of(I32)), values(i(7), i(3)), values(i(1))),
                new Case("CallerI64I64ToI64",
                        HostFunctions.wrap(ENGINE, (Caller c, long a, long b) -> callers.add(c) ? a - 2 * b : 0L),
                        type(List.of(I64, I64), List.of(I64)), values(l(big), l(1)), values(l(big - 2))),
                new Case("CallerF32F32ToF32",
                        HostFunctions.wrap(ENGINE, (Caller c, float a, float b) -> callers.add(c) ? a - 2 * b : 0f),
                        type(List.of(F32, F32), List.of(F32)), values(f(7), f(0.5f)), values(f(6))),
                new Case("CallerF64F64ToF64",
                        HostFunctions.wrap(ENGINE, (Caller c, double a, double b) -> callers.add(c) ? a - 2 * b : 0.0),
                        type(List.of(F64, F64), List.of(F64)), values(d(7), d(0.25)), values(d(6.5))),
                new Case("CallerI32I32ToVoid", HostFunctions.wrap(ENGINE, (Caller c, int a, int b) -> {
                    callers.add(c);
                    hits.addAndGet(a - b);
                }), type(List.of(I32, I32), List.of()), values(i(3), i(2)), values()),
                new Case("CallerI32I32I32ToI32",
                        HostFunctions.wrap(ENGINE, (Caller c, int a, int b, int d) -> callers.add(c) ? 100 * a + 10 * b + d : 0),
                        type(List.of(I32, I32, I32), List.of(I32)), values(i(1), i(2), i(3)), values(i(123))),
                new Case("CallerI32I32I32I32ToI32", HostFunctions.wrap(ENGINE,
                        (Caller c, int a, int b, int d, int e) -> callers.add(c) ? 1000 * a + 100 * b + 10 * d + e : 0),
                        type(List.of(I32, I32, I32, I32), List.of(I32)), values(i(1), i(2), i(3), i(4)),
                        values(i(1234))));
        assertEquals(40, cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.shape(), () -> {
            assertEquals(c.type(), c.function().type());
            int hitsBefore = hits.get();
            int callersBefore = callers.size();
            assertArrayEquals(c.results(), c.function().call(c.args()));
            if (c.results().length == 0) {
                assertEquals(hitsBefore + 1, hits.get(), "the function ran once with its arguments");
            }
            if (c.shape().startsWith("Caller")) {
                assertEquals(callersBefore + 1, callers.size());
                Caller caller = callers.get(callers.size() - 1);
                assertNull(caller.instance(), "called from the host, not from an instance");
                assertSame(ExecutionContext.current(), caller.context());
            }
            assertArrayEquals(c.results(), invokeAbove(c.function(), 5, c.args()));
        }));
    }

    /**
     * Calls through the slot convention with the arguments at {@code base}, as a tier does
     * from the middle of its stack, and checks that nothing outside the call's slots changes.
     */
    private static Value[] invokeAbove(WasmFunction f, int base, Value[] args) {
        int span = Math.max(f.paramSlots(), f.resultSlots());
        long[] slots = new long[base + span + 3];
        Object[] refs = new Object[slots.length];
        Arrays.fill(slots, 0x5EED);
        Arrays.fill(refs, "sentinel");
        int at = base;
        for (Value v : args) {
            v.write(slots, refs, at);
            at += Value.slots(v.type());
        }
        f.invoke(ExecutionContext.current(), slots, refs, base);
        for (int i = 0; i < slots.length; i++) {
            if (i < base || i >= base + span) {
                assertEquals(0x5EED, slots[i], "slot " + i);
                assertEquals("sentinel", refs[i], "ref slot " + i);
            }
        }
        List<ValType> types = f.type().results();
        Value[] out = new Value[types.size()];
        at = base;
        for (int i = 0; i < out.length; i++) {
            out[i] = Value.read(types.get(i), slots, refs, at);
            at += Value.slots(types.get(i));
        }
        return out;
    }

    @Test
    void theLinkerDefinesTypedFunctionsUnderTheirNames() {
        Linker linker = new Linker(ENGINE)
                .func("env", "add", (int a, int b) -> a + b)
                .func("env", "now", () -> System.nanoTime())
                .func("env", "log", (int x) -> {
                })
                .func("env", "sqrt", (double x) -> Math.sqrt(x));
        assertEquals(type(List.of(I32, I32), List.of(I32)), function(linker, "add").type());
        assertEquals(type(List.of(), List.of(I64)), function(linker, "now").type());
        assertEquals(type(List.of(I32), List.of()), function(linker, "log").type());
        assertEquals(type(List.of(F64), List.of(F64)), function(linker, "sqrt").type());
        assertEquals(5, function(linker, "add").call(i(2), i(3))[0].asInt());
    }

    @Test
    void anExpressionBodyWithAValueGivesTheFunctionAResult() {
        AtomicInteger counter = new AtomicInteger();
        WasmFunction counting = HostFunctions.wrap(ENGINE, (int x) -> counter.addAndGet(x));
        assertEquals(type(List.of(I32), List.of(I32)), counting.type());
        HostFunctions.I32ToVoid dropping = x -> counter.addAndGet(x);
        assertEquals(type(List.of(I32), List.of()), HostFunctions.wrap(ENGINE, dropping).type());
    }

    private static WasmFunction function(Linker linker, String name) {
        return (WasmFunction) linker.get("env", name);
    }

    @Test
    void rawFunctionsTakeAnySignatureOnTheSlots() {
        FuncType type = type(List.of(I32, I64, EXTERNREF, F64), List.of(I64, EXTERNREF, I32));
        WasmFunction f = HostFunctions.raw(ENGINE, type, (caller, slots, refs, base) -> {
            int a = (int) slots[base];
            long b = slots[base + 1];
            Object host = refs[base + 2];
            double c = Double.longBitsToDouble(slots[base + 3]);
            slots[base] = a + b;
            refs[base + 1] = host + "!";
            slots[base + 2] = (int) c;
        });
        assertEquals(type, f.type());
        Value[] r = f.call(i(1), l(1L << 33), Value.externref("hi"), d(9.75));
        assertEquals((1L << 33) + 1, r[0].asLong());
        assertEquals("hi!", r[1].ref());
        assertEquals(9, r[2].asInt());
    }

    @Test
    void returnedReferencesMustHaveTheResultType() {
        FuncType type = type(List.of(), List.of(FUNCREF));
        WasmFunction raw = HostFunctions.raw(ENGINE, type, (caller, slots, refs, base) -> refs[base] = "not a function");
        Trap t = assertThrows(Trap.class, raw::call);
        assertTrue(t.getMessage().startsWith("host function returned not a function"), t.getMessage());

        WasmFunction boxed = WasmFunction.host(ENGINE, type, (caller, args) -> new Value[] {Value.ref(FUNCREF, "nope")});
        assertThrows(Trap.class, boxed::call);

        WasmFunction fine = HostFunctions.raw(ENGINE, type, (caller, slots, refs, base) -> refs[base] = raw);
        assertSame(raw, fine.call()[0].ref());
    }

    @Test
    void javaExceptionsBecomeTrapsWithTheirCauseAndWasmFailuresPassThrough() {
        IOException io = new IOException("disk gone");
        WasmFunction failing = HostFunctions.wrap(ENGINE, (int a) -> {
            if (a > 0) {
                throw io;
            }
            return a;
        });
        Trap t = assertThrows(Trap.class, () -> failing.call(i(1)));
        assertSame(io, t.getCause());
        assertTrue(t.getMessage().contains("disk gone"), t.getMessage());

        Trap own = new Trap("my trap");
        assertSame(own, assertThrows(Trap.class, () -> HostFunctions.wrap(ENGINE, () -> {
            throw own;
        }).call()));

        Tag tag = Tag.create(ENGINE, type(List.of(I32), List.of()));
        ThrownException thrown = assertThrows(ThrownException.class, () -> HostFunctions.wrap(ENGINE, (int a) -> {
            throw new ThrownException(tag, Value.i32(a));
        }).call(i(6)));
        assertSame(tag, thrown.tag());
        assertEquals(6, thrown.payload()[0].asInt());
    }

    @Test
    void aTypedFunctionIsAFunctionReferenceLikeAnyOther() {
        WasmFunction f = HostFunctions.wrap(ENGINE, (int a, int b) -> a * b);
        Table table = Table.create(new dev.jwasm.parser.model.TableType(FUNCREF,
                new dev.jwasm.parser.model.Limits(1, 1, false)), f);
        WasmFunction back = assertInstanceOf(WasmFunction.class, table.get(0));
        assertEquals(ENGINE.canonicalFunctionType(type(List.of(I32, I32), List.of(I32))), back.typeId());
        assertEquals(42, back.call(i(6), i(7))[0].asInt());
    }
}
