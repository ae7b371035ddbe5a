package dev.jwasm.parser.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the parser returns a module or throws a {@link TextSyntaxException}. */
class ParserRobustnessTest {

    private static final String SEED = "(module (type $t (func (param i32) (result i32)))"
            + " (rec (type $s (sub (struct (field $x (mut i32))))) (type (array i8)))"
            + " (import \"m\" \"f\" (func $imp (type $t)))"
            + " (table $tab 2 funcref) (memory $mem 1 2) (global $g (mut i32) (i32.const 0))"
            + " (tag $e (param i32))"
            + " (func $f (export \"f\") (type $t) (local $l i64)"
            + "   (block $b (result i32) (br_if $b (local.get 0) (i32.const 1)) (i32.const 2))"
            + "   (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 3)) (else (call $imp (i32.const 4))))"
            + "   drop (i32.load offset=4 align=2 (i32.const 0)) drop"
            + "   (try_table (result i32) (catch $e 0) (throw $e (i32.const 5)))"
            + "   (struct.get $s $x (struct.new $s (i32.const 6))) drop"
            + "   (v128.const i32x4 1 2 3 4) (i32x4.extract_lane 3) drop"
            + "   block $c loop $d br $d end end"
            + "   (call_indirect (type $t) (i32.const 0) (i32.const 0)) drop)"
            + " (elem (i32.const 0) $f) (data (i32.const 0) \"hi\\00\\u{41}\")"
            + " (@custom \"c\" (after func) \"x\"))";

    private static final List<String> PIECES = List.of("(", ")", "(func", "(block", "end", "else", "$x", "\"",
            "\"s\"", "0", "-1", "0x", "1.5", "nan:0x1", "i32.const", "local.get", "(type", "(param", "(result",
            "(ref null", "(;", ";)", ";;", "\n", "(@a", "offset=", "align=3", "(then", "(rec", "(sub", "\\",
            "\u00e9", "\u0001", "v128.const", "i8x16", "(elem", "(data", "(table", "(memory", "(import");

    @net.jqwik.api.Example
    void theSeedIsAValidModule() {
        WatParser.parseModule(SEED);
    }

    @Property(tries = 3000)
    void mutatedModulesNeverEscapeAsRawExceptions(@ForAll("mutations") String text) {
        parseQuietly(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void arbitraryBytesNeverEscapeAsRawExceptions(@ForAll byte[] bytes) {
        parseQuietly(bytes);
    }

    private static void parseQuietly(byte[] text) {
        try {
            WatParser.parseModule(text);
        } catch (TextSyntaxException expected) {
            // a syntax error is a fine outcome; anything else fails the property
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, SEED.length());
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        return net.jqwik.api.Combinators.combine(position, length, piece, Arbitraries.integers().between(0, 2))
                .as((at, cut, insert, mode) -> {
                    int end = Math.min(SEED.length(), at + cut);
                    switch (mode) {
                        case 0: return SEED.substring(0, at) + SEED.substring(end); // delete
                        case 1: return SEED.substring(0, at) + insert + SEED.substring(at); // insert
                        default: return SEED.substring(0, at) + insert + SEED.substring(end); // replace
                    }
                });
    }
}
