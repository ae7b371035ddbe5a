package dev.jwasm.spectest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @Test
    void reportHasTotalsAndPerFileFailuresAndSkips() {
        FileResult a = new FileResult("core/a.wast", List.of(
                CommandOutcome.passed(1, "module"),
                CommandOutcome.failed(3, "assert_invalid", "invalid: type mismatch", "valid"),
                CommandOutcome.skipped(5, "assert_return", "execution not implemented")));
        FileResult b = new FileResult("b.wast", List.of(CommandOutcome.passed(2, "module")));
        assertEquals("{\"totals\":{\"passed\":2,\"failed\":1,\"skipped\":1},\"files\":["
                + "{\"file\":\"core/a.wast\",\"passed\":1,\"failed\":1,\"skipped\":1,"
                + "\"failures\":[{\"line\":3,\"command\":\"assert_invalid\",\"expected\":\"invalid: type mismatch\","
                + "\"actual\":\"valid\"}],\"skips\":[{\"line\":5,\"reason\":\"execution not implemented\"}]},"
                + "{\"file\":\"b.wast\",\"passed\":1,\"failed\":0,\"skipped\":0,\"failures\":[],\"skips\":[]}]}",
                JsonReport.toJson(List.of(a, b)));
    }

    @Test
    void emptyReport() {
        assertEquals("{\"totals\":{\"passed\":0,\"failed\":0,\"skipped\":0},\"files\":[]}", JsonReport.toJson(List.of()));
    }

    @Test
    void stringsAreEscaped() {
        StringBuilder out = new StringBuilder();
        JsonReport.appendString(out, "q\" b\\ n\n t\t c\u0001 d\u007f é \uD83D\uDE00 lone\uD800!");
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 d\\u007f é \uD83D\uDE00 lone\\ud800!\"", out.toString());
    }

    @Test
    void writesUtf8FileCreatingFolders(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("x/y/report.json");
        JsonReport.write(target, List.of(new FileResult("é.wast", List.of())));
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(JsonReport.toJson(List.of(new FileResult("é.wast", List.of()))) + "\n", text);
    }
}
