package dev.jwasm.parser.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesWhatJsonRequiresAndWhatJavaScriptChokesOn() {
        String s = new JsonWriter().value("q\" b\\ n\n t\t c\u0001 d\u007f l\u2028 p\u2029 é \uD83D\uDE00 \uD800x").toString();
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 d\\u007f l\\u2028 p\\u2029 é \uD83D\uDE00 \\ud800x\"", s);
    }

    @Test
    void nestsAndIndents() {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("a").value(1).name("b").beginArray().value("x").nullValue().value(true).endArray()
                .name("c").beginObject().endObject().name("d").beginArray().endArray()
                .name("u").unsigned(-1L).endObject();
        assertEquals("""
                {
                  "a": 1,
                  "b": [
                    "x",
                    null,
                    true
                  ],
                  "c": {},
                  "d": [],
                  "u": 18446744073709551615
                }""", w.toString());
    }

    @Property(tries = 500)
    void anyStringReadsBackUnchanged(@ForAll String s) {
        String json = new JsonWriter().beginObject().name(s).value(s).endObject().toString();
        assertEquals(Map.of(s, s), JsonReader.read(json));
    }

    @Property(tries = 200)
    void arraysOfStringsReadBack(@ForAll List<String> strings) {
        JsonWriter w = new JsonWriter().beginArray();
        strings.forEach(w::value);
        assertEquals(strings, JsonReader.read(w.endArray().toString()));
    }
}
