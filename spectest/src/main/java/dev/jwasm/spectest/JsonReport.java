package dev.jwasm.spectest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The spec-test report as JSON, the one format shared by {@code jwasm wast --report} and the
 * JUnit suite:
 * <pre>{"totals":{"passed":N,"failed":M,"skipped":K},"files":[{"file":"…","passed":…,"failed":…,
 * "skipped":…,"failures":[{"line":…,"command":"…","expected":"…","actual":"…"}],
 * "skips":[{"line":…,"reason":"…"}]}]}</pre>
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String toJson(List<FileResult> files) {
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        for (FileResult f : files) {
            passed += f.passed();
            failed += f.failed();
            skipped += f.skipped();
        }
        StringBuilder out = new StringBuilder();
        out.append("{\"totals\":{\"passed\":").append(passed)
                .append(",\"failed\":").append(failed)
                .append(",\"skipped\":").append(skipped)
                .append("},\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendFile(out, files.get(i));
        }
        return out.append("]}").toString();
    }

    public static void write(Path target, List<FileResult> files) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, toJson(files) + "\n", StandardCharsets.UTF_8);
    }

    private static void appendFile(StringBuilder out, FileResult file) {
        out.append("{\"file\":");
        appendString(out, file.file());
        out.append(",\"passed\":").append(file.passed())
                .append(",\"failed\":").append(file.failed())
                .append(",\"skipped\":").append(file.skipped())
                .append(",\"failures\":[");
        List<CommandOutcome> failures = file.failures();
        for (int i = 0; i < failures.size(); i++) {
            CommandOutcome f = failures.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"line\":").append(f.line()).append(",\"command\":");
            appendString(out, f.command());
            out.append(",\"expected\":");
            appendString(out, f.expected());
            out.append(",\"actual\":");
            appendString(out, f.actual());
            out.append('}');
        }
        out.append("],\"skips\":[");
        List<CommandOutcome> skips = file.skips();
        for (int i = 0; i < skips.size(); i++) {
            CommandOutcome s = skips.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"line\":").append(s.line()).append(",\"reason\":");
            appendString(out, s.reason());
            out.append('}');
        }
        out.append("]}");
    }

    /** Appends a JSON string literal; control characters and lone surrogates become escapes. */
    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    // A lone surrogate cannot be encoded as UTF-8; the escape keeps the report valid.
    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
