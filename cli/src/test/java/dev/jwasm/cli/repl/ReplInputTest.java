package dev.jwasm.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** How the REPL reads what is typed: values, words, calls, unfinished module text. */
class ReplInputTest {
    private static final ValueText.References NO_REFERENCES = new ValueText.References() {
        @Override
        public WasmFunction function(String name) {
            return null;
        }

        @Override
        public boolean isFunctionType(int typeIndex) {
            return false;
        }

        @Override
        public String describe(Object ref) {
            return null;
        }
    };

    private static Value parse(String text, ValType type) throws ReplException {
        return ValueText.parse(text, type, NO_REFERENCES);
    }

    @Test
    void integersTakeTheTextFormatsLiterals() throws Exception {
        assertEquals(Value.i32(-1), parse("0xffff_ffff", ValType.I32));
        assertEquals(Value.i32(Integer.MIN_VALUE), parse("-2147483648", ValType.I32));
        assertEquals(Value.i64(-1), parse("18446744073709551615", ValType.I64));
        assertEquals(Value.i64(1_000_000), parse("1_000_000", ValType.I64));
        assertThrows(ReplException.class, () -> parse("4294967296", ValType.I32));
        assertThrows(ReplException.class, () -> parse("1.0", ValType.I32));
        assertThrows(ReplException.class, () -> parse("", ValType.I64));
    }

    @Test
    void floatsKeepTheirBits() throws Exception {
        assertEquals(Float.floatToRawIntBits(-0.0f), parse("-0", ValType.F32).bits());
        assertEquals(0x7fa0_0000, (int) parse("nan:0x200000", ValType.F32).bits());
        assertEquals(Double.doubleToRawLongBits(0.1), parse("0.1", ValType.F64).bits());
        assertEquals(Double.doubleToRawLongBits(0.125), parse("0x1p-3", ValType.F64).bits());
        assertEquals("nan:0x200000", ValueText.f32(0x7fa0_0000));
        assertEquals("-nan", ValueText.f64(0xfff8_0000_0000_0000L));
        assertEquals("1.0e10", ValueText.f64(Double.doubleToRawLongBits(1e10)));
        assertEquals("-inf", ValueText.f32(Float.floatToRawIntBits(Float.NEGATIVE_INFINITY)));
    }

    @Test
    void vectorsAreLanesOrOneHexNumber() throws Exception {
        assertEquals(Value.v128(0x0000_0002_0000_0001L, 0x0000_0004_0000_0003L), parse("i32x4[1 2 3 4]", ValType.V128));
        assertEquals(parse("i32x4[1 2 3 4]", ValType.V128), parse("0x00000004000000030000000200000001", ValType.V128));
        assertEquals(Value.v128(-1, -1), parse("i8x16[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,255]",
                ValType.V128));
        assertEquals(Value.v128(Double.doubleToRawLongBits(1.5), Double.doubleToRawLongBits(-2)),
                parse("f64x2[1.5 -2]", ValType.V128));
        assertEquals("i32x4[1 2 3 4]", ValueText.v128(0x0000_0002_0000_0001L, 0x0000_0004_0000_0003L));
        ReplException e = assertThrows(ReplException.class, () -> parse("i16x8[1 2]", ValType.V128));
        assertEquals("i16x8 has 8 lanes, got 2", e.getMessage());
        assertThrows(ReplException.class, () -> parse("i32x4[1 2 3 4294967296]", ValType.V128));
        assertThrows(ReplException.class, () -> parse("0x" + "1".repeat(33), ValType.V128));
        assertThrows(ReplException.class, () -> parse("q32x4[1 2 3 4]", ValType.V128));
    }

    @Test
    void referencesAreNullOrNamedHostValues() throws Exception {
        assertTrue(parse("null", ValType.FUNCREF).isNull());
        assertEquals(new ValueText.HostReference(5), parse("extern:5", ValType.EXTERNREF).ref());
        assertEquals(dev.jwasm.runtime.gc.I31.of(-3), parse("i31:-3", ValType.ANYREF).ref());
        ReplException notNullable = assertThrows(ReplException.class,
                () -> parse("null", ValType.ref(false, HeapType.EXTERN)));
        assertEquals("null is not a (ref extern) (not nullable)", notNullable.getMessage());
        assertThrows(ReplException.class, () -> parse("f", ValType.FUNCREF));
    }

    @Test
    void wordsAndCallsSplitWhereAPersonWould() throws Exception {
        assertEquals(List.of("a", "b c", "i32x4[1 2 3 4]"), Words.split("  a \"b c\"  i32x4[1 2 3 4] "));
        assertEquals(List.of("1", "i32x4[1, 2, 3, 4]", "-2.5"), Words.splitCommas("1, i32x4[1, 2, 3, 4] ,-2.5"));
        assertEquals(new CallExpression("f", List.of()), CallExpression.parse("f()"));
        assertEquals(new CallExpression("my f", List.of("1", "2")), CallExpression.parse("\"my f\" (1, 2)"));
        assertEquals(new CallExpression("add", List.of("1", "2")), CallExpression.parse("  add ( 1 , 2 ) "));
        assertTrue(CallExpression.looksLikeCall("f(1)"));
        assertFalse(CallExpression.looksLikeCall("(module)"));
        assertThrows(ReplException.class, () -> CallExpression.parse("f(1, 2"));
        assertThrows(ReplException.class, () -> CallExpression.parse("f(1,,2)"));
        assertThrows(ReplException.class, () -> Words.split("\"open"));
        assertEquals("\"a b\"", Words.quoteIfNeeded("a b"));
        assertEquals("run", Words.quoteIfNeeded("run"));
    }

    @Test
    void moduleTextNeedsMoreLinesUntilEverythingCloses() {
        assertTrue(InputBalance.needsMore("(module"));
        assertTrue(InputBalance.needsMore("(module (func) ;; )"));
        assertTrue(InputBalance.needsMore("(module (; )) ;)"));
        assertTrue(InputBalance.needsMore("(module (data \"))\")"));
        assertTrue(InputBalance.needsMore("(module (; (; ;) ;)"));
        assertFalse(InputBalance.needsMore("(module (data \"\\\")\"))"));
        assertFalse(InputBalance.needsMore("(module))"), "too many closing parentheses: the parser says so");
        assertFalse(InputBalance.needsMore("(module (; a ;) (func))"));
        assertTrue(InputBalance.isModuleText("  (module"));
        assertFalse(InputBalance.isModuleText("f(1)"));
    }

    @Property(tries = 300)
    void nothingTypedMakesTheReplThrowOrLeakAJavaException(@ForAll @StringLength(max = 60) String input) {
        StringWriter text = new StringWriter();
        Repl repl = new Repl(new Session(Features.wasm3(), HostImports.NONE), new Output(new PrintWriter(text), false));
        repl.execute(":load " + ReplScriptTest.STATE);
        repl.execute(input);
        repl.execute(":" + input);
        repl.execute("div(" + input + ")");
        repl.execute(":mem " + input);
        repl.execute(":set scale " + input);
        InputBalance.needsMore(input);
        assertFalse(text.toString().contains("internal error"), text.toString());
    }
}
