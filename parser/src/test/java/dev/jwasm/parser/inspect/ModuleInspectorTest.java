package dev.jwasm.parser.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.text.WatParser;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleInspectorTest {
    private static final String DEMO = """
            (module $demo
              (import "env" "log" (func $log (param i32)))
              (memory (export "mem") 1 2)
              (global $counter (mut i32) (i32.const 0))
              (func $inc (export "inc") (param $by i32) (result i32)
                (local $old i32)
                (local.set $old (global.get $counter))
                (global.set $counter (i32.add (local.get $old) (local.get $by)))
                (call $log (local.get $old))
                (global.get $counter))
              (data (i32.const 16) "hi"))
            """;

    static byte[] wasm(String wat) {
        return ModuleEncoder.encode(WatParser.parseModule(wat).module());
    }

    @Test
    void textReportOfASmallModule() {
        String expected = """
                module "demo", 154 bytes

                sections (9):
                   id  kind           offset       size  entries
                    1  type              0x8         10        2
                    2  import           0x14         11        1
                    3  function         0x21          2        1
                    5  memory           0x25          4        1
                    6  global           0x2b          6        1
                    7  export           0x33         13        2
                   10  code             0x42         23        1
                   11  data             0x5b          8        1
                    0  custom           0x65         51           "name"

                types (2):
                  0  (func (param i32))  (rec group 0)
                  1  (func (param i32) (result i32))  (rec group 1)

                imports (1):
                  func 0  "env" "log"  (func (param i32))

                exports (2):
                  "mem" -> memory 0
                  "inc" -> func 1

                functions (2):
                  0 <log>  (param i32)  imported from env.log
                  1 <inc>  (param i32) (result i32)  body 21 bytes at 0x46, 1 local, 10 instructions  exported as "inc"

                memories (1):
                  0  1..2 pages of 64 KiB

                globals (1):
                  0 <counter>  (mut i32)  = (i32.const 0)

                data segments (1):
                  0  active memory 0 offset (i32.const 16)  2 bytes

                custom sections (1):
                  "name"  at 0x65, 46 bytes, after the data section

                features: none beyond WebAssembly 1.0
                """;
        assertEquals(expected, ModuleInspector.inspect(wasm(DEMO)).toText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonReportOfASmallModule() {
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(ModuleInspector.inspect(wasm(DEMO)).toJson());
        assertEquals(new JsonReader.Number("154"), json.get("size"));
        assertEquals("demo", json.get("name"));
        List<Object> sections = (List<Object>) json.get("sections");
        assertEquals(9, sections.size());
        assertEquals(Map.of("id", n(10), "kind", "code", "offset", n(0x42), "size", n(23), "entries", n(1)),
                without((Map<String, Object>) sections.get(6), "name"));
        List<Object> functions = (List<Object>) json.get("functions");
        Map<String, Object> inc = (Map<String, Object>) functions.get(1);
        assertEquals("inc", inc.get("name"));
        assertEquals("(param i32) (result i32)", inc.get("signature"));
        assertEquals(List.of("inc"), inc.get("exportedAs"));
        assertEquals(n(0x46), inc.get("bodyOffset"));
        assertEquals(n(21), inc.get("bodySize"));
        assertEquals(n(1), inc.get("locals"));
        assertNull(((Map<String, Object>) functions.get(0)).get("bodySize"));
        assertEquals("env.log", ((Map<String, Object>) functions.get(0)).get("importedFrom"));
        Map<String, Object> memory = (Map<String, Object>) ((List<Object>) json.get("memories")).get(0);
        assertEquals(n(1), memory.get("min"));
        assertEquals(n(2), memory.get("max"));
        assertEquals(n(65536), memory.get("pageSize"));
        Map<String, Object> data = (Map<String, Object>) ((List<Object>) json.get("data")).get(0);
        assertEquals("(i32.const 16)", data.get("offset"));
        assertEquals(n(2), data.get("size"));
        assertEquals(List.of(), json.get("features"));
        assertNull(json.get("start"));
    }

    private static JsonReader.Number n(long v) {
        return new JsonReader.Number(Long.toString(v));
    }

    private static Map<String, Object> without(Map<String, Object> m, String key) {
        m.remove(key);
        return m;
    }

    @Test
    void sectionsTileTheFileAndBodiesEndWithEnd() {
        byte[] bytes = wasm(DEMO);
        ModuleReport r = ModuleInspector.inspect(bytes);
        assertSectionsTile(bytes, r);
        for (ModuleReport.Function f : r.functions()) {
            if (f.bodySize() != null) {
                assertEquals(0x0B, bytes[f.bodyOffset() + f.bodySize() - 1]);
            }
        }
    }

    static void assertSectionsTile(byte[] bytes, ModuleReport r) {
        int next = 8;
        for (ModuleReport.Section s : r.sections()) {
            assertEquals(next, s.offset(), s.toString());
            assertEquals(s.id(), bytes[s.offset()]);
            int sizeBytes = 1;
            while ((bytes[s.offset() + sizeBytes] & 0x80) != 0) {
                sizeBytes++;
            }
            next = s.offset() + 1 + sizeBytes + s.size();
        }
        assertEquals(bytes.length, next);
    }

    @Test
    void everyKindOfEntityIsReported() {
        ModuleReport r = ModuleInspector.inspect(wasm("""
                (module
                  (type $pair (struct (field $a i32) (field (mut i64))))
                  (import "m" "t" (table 1 funcref))
                  (import "m" "mem" (memory i64 1))
                  (import "m" "g" (global $imported i64))
                  (import "m" "e" (tag (param i32)))
                  (table $own 2 10 externref)
                  (tag $fail)
                  (func $f) (start $f)
                  (elem (table 0) (i32.const 0) func $f)
                  (elem $passive funcref (ref.null func))
                  (elem declare func $f)
                  (data $p "abc")
                  (@custom "meta" (after type) "12345"))
                """));
        assertEquals("struct", r.types().get(0).kind());
        assertEquals("(struct (field i32) (field (mut i64)))", r.types().get(0).text());
        assertEquals(4, r.imports().size());
        assertEquals("(memory i64 1)", r.imports().get(1).type());
        assertEquals(List.of("table", "memory", "global", "tag"), r.imports().stream().map(ModuleReport.Import::kind).toList());
        assertEquals(2, r.tables().size());
        assertEquals("m.t", r.tables().get(0).importedFrom());
        assertEquals("own", r.tables().get(1).name());
        assertEquals(10L, r.tables().get(1).max());
        assertEquals("externref", r.tables().get(1).elementType());
        assertTrue(r.memories().get(0).is64());
        assertNull(r.memories().get(0).max());
        assertEquals("imported", r.globals().get(0).name());
        assertNull(r.globals().get(0).init());
        assertEquals(2, r.tags().size());
        assertEquals("fail", r.tags().get(1).name());
        assertEquals("(param i32)", r.tags().get(0).signature());
        assertEquals(0L, r.startFunction());
        assertEquals(List.of("active", "passive", "declarative"),
                r.elements().stream().map(ModuleReport.Element::mode).toList());
        assertEquals("(i32.const 0)", r.elements().get(0).offset());
        assertNull(r.elements().get(1).table());
        assertEquals("passive", r.data().get(0).mode());
        assertNull(r.data().get(0).offset());
        ModuleReport.Custom meta = r.customSections().get(0);
        assertEquals("meta", meta.name());
        assertEquals(5, meta.size());
        assertEquals("type", meta.after());
        assertTrue(r.toText().contains("\"meta\"  at 0x"), r.toText());
        JsonReader.read(r.toJson());
    }

    static Stream<Arguments> featureSamples() {
        return Stream.of(
                Arguments.of(Feature.MEMORY64, "(module (memory i64 1))"),
                Arguments.of(Feature.MULTI_MEMORY, "(module (memory 1) (memory 1))"),
                Arguments.of(Feature.MULTI_MEMORY, "(module (import \"m\" \"a\" (memory 1)) (memory 1))"),
                Arguments.of(Feature.THREADS, "(module (memory 1 1 shared))"),
                Arguments.of(Feature.THREADS, "(module (memory 1 1 shared) (func (atomic.fence)))"),
                Arguments.of(Feature.CUSTOM_PAGE_SIZES, "(module (memory 1 (pagesize 1)))"),
                Arguments.of(Feature.EXCEPTIONS, "(module (tag))"),
                Arguments.of(Feature.EXCEPTIONS, "(module (func (param exnref)))"),
                Arguments.of(Feature.LEGACY_EXCEPTIONS, "(module (func (try (do))))"),
                Arguments.of(Feature.TAIL_CALL, "(module (func (return_call 0)))"),
                Arguments.of(Feature.SIMD, "(module (func (param v128)))"),
                Arguments.of(Feature.SIMD, "(module (func (drop (i32x4.splat (i32.const 0)))))"),
                Arguments.of(Feature.RELAXED_SIMD, "(module (func (param v128)"
                        + " (drop (f32x4.relaxed_madd (local.get 0) (local.get 0) (local.get 0)))))"),
                Arguments.of(Feature.GC, "(module (type (struct)))"),
                Arguments.of(Feature.GC, "(module (func (drop (ref.i31 (i32.const 0)))))"),
                Arguments.of(Feature.GC, "(module (global anyref (ref.null any)))"),
                Arguments.of(Feature.FUNCTION_REFERENCES, "(module (type $t (func)) (func (param (ref $t))))"),
                Arguments.of(Feature.REFERENCE_TYPES, "(module (func (param externref)))"),
                Arguments.of(Feature.REFERENCE_TYPES, "(module (table 1 funcref) (table 1 funcref))"),
                Arguments.of(Feature.EXTENDED_CONST, "(module (global i32 (i32.add (i32.const 1) (i32.const 2))))"),
                Arguments.of(Feature.BULK_MEMORY, "(module (memory 1) (data \"x\"))"),
                Arguments.of(Feature.BULK_MEMORY,
                        "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))"),
                Arguments.of(Feature.MULTI_VALUE, "(module (func (result i32 i32) (i32.const 1) (i32.const 2)))"),
                Arguments.of(Feature.WIDE_ARITHMETIC, "(module (func (param i64)"
                        + " (drop (drop (i64.add128 (local.get 0) (local.get 0) (local.get 0) (local.get 0))))))"));
    }

    @ParameterizedTest
    @MethodSource("featureSamples")
    void featuresAreRecognized(Feature feature, String wat) {
        Set<Feature> found = EnumSet.noneOf(Feature.class);
        ModuleReport r = ModuleInspector.inspect(wasm(wat));
        r.features().forEach(f -> found.add(f.feature()));
        assertTrue(found.contains(feature), feature + " not among " + r.features());
    }

    @Test
    void aPlainModuleUsesNoFeatures() {
        ModuleReport r = ModuleInspector.inspect(wasm("""
                (module (memory 1) (table 2 funcref) (func $f (param i32) (result i32) (local.get 0))
                  (elem (i32.const 0) $f) (data (i32.const 0) "x") (global (mut i32) (i32.const 0)))
                """));
        assertEquals(List.of(), r.features());
    }

    @Test
    void featureEvidenceSaysWhere() {
        ModuleReport r = ModuleInspector.inspect(wasm("(module (func) (func (return_call 0)))"));
        assertEquals(List.of(new ModuleReport.FeatureUse(Feature.TAIL_CALL, "function 1: return_call")), r.features());
    }

    @Test
    void malformedBytesAreAMalformedModule() {
        assertThrows(MalformedModuleException.class, () -> ModuleInspector.inspect(new byte[] {0, 'a', 's'}));
        assertThrows(MalformedModuleException.class, () -> ModuleInspector.inspect(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}));
        byte[] bytes = wasm(DEMO);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThrows(MalformedModuleException.class, () -> ModuleInspector.inspect(truncated));
    }

    @Test
    void namesWithSpecialCharactersStayOnOneLineAndInValidJson() {
        ModuleReport r = ModuleInspector.inspect(wasm("""
                (module (func $"a\\nb\\"c" (export "x\\u{2028}\\00y")))
                """));
        String text = r.toText();
        assertTrue(text.contains("0 <a\\0ab\\\"c>"), text);
        assertTrue(text.contains("exported as \"x\u2028\\00y\""), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.toJson());
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) ((List<Object>) json.get("functions")).get(0);
        assertEquals("a\nb\"c", f.get("name"));
        assertEquals(List.of("x\u2028\u0000y"), f.get("exportedAs"));
        assertTrue(r.toJson().contains("\"x\\u2028\\u0000y\""), r.toJson());
    }
}
