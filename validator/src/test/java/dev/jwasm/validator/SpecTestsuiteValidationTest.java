package dev.jwasm.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.model.WasmModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every module and every {@code assert_invalid} of the official testsuite through parsing
 * and validation: modules must validate, assert_invalid modules must fail with a message that
 * starts with the expected text. Text modules need the WAT parser, looked up by name so this
 * test runs as soon as the parser is on the classpath (until then it is skipped).
 */
class SpecTestsuiteValidationTest {
    /** Expected failures by {@code file.wast:line}, each with its reason. */
    private static final Map<String, String> KNOWN = Map.of(
            "proposals/threads/imports.wast:309", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:313", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:317", "threads tests predate 3.0: multiple tables are valid now",
            "proposals/threads/imports.wast:404", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/imports.wast:408", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/imports.wast:412", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/memory.wast:14", "threads tests predate 3.0: multiple memories are valid now",
            "proposals/threads/memory.wast:15", "threads tests predate 3.0: multiple memories are valid now");

    private Method parseModule;
    private int validPass;
    private int invalidPass;
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> known = new ArrayList<>();

    @Test
    void everyModuleAndAssertInvalidOfTheTestsuite() throws Exception {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir, "core"))) {
            fail("the official testsuite was not found at " + dir + ": set the Maven property wasm.testsuite.dir"
                    + " to a checkout of the WebAssembly spec tests (see README.md)");
        }
        try {
            Class<?> wat = Class.forName("dev.jwasm.parser.text.WatParser");
            parseModule = wat.getMethod("parseModule", String.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            Assumptions.abort("the WAT parser (dev.jwasm.parser.text.WatParser) is not on the classpath yet");
        }
        Path root = Path.of(dir);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().collect(Collectors.toList());
        }
        for (Path p : files) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith("proposals/custom-descriptors/")) {
                continue; // the module model has no descriptors yet
            }
            runFile(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
        String report = "valid modules passed: " + validPass + "\nassert_invalid passed: " + invalidPass
                + "\nknown failures: " + known.size() + "\nmismatches: " + mismatches.size() + "\n"
                + String.join("\n", mismatches) + "\n";
        Path out = Path.of("target", "validator-testsuite-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(validPass > 1000 && invalidPass > 1000, "too few cases ran: " + report);
        assertEquals(List.of(), mismatches);
    }

    private static Features featuresFor(String rel) {
        Features f = Features.wasm3();
        if (rel.startsWith("legacy/")) {
            f = f.with(Feature.LEGACY_EXCEPTIONS, true);
        }
        if (rel.contains("threads/")) {
            f = f.with(Feature.THREADS, true);
        }
        if (rel.contains("wide-arithmetic/")) {
            f = f.with(Feature.WIDE_ARITHMETIC, true);
        }
        if (rel.contains("custom-page-sizes/")) {
            f = f.with(Feature.CUSTOM_PAGE_SIZES, true);
        }
        return f;
    }

    private void runFile(String rel, String text) {
        Features features = featuresFor(rel);
        WastForms forms = new WastForms(text);
        for (WastForms.Form form = forms.next(); form != null; form = forms.next()) {
            String head = form.head();
            String where = rel + ":" + form.line();
            if (head.equals("module")) {
                if (!form.text().matches("(?s)\\(module\\s+instance\\b.*")) {
                    check(where, form, null, features);
                }
            } else if (head.equals("assert_invalid")) {
                List<byte[]> strings = form.strings();
                check(where, form.child(), new String(strings.get(strings.size() - 1), StandardCharsets.UTF_8),
                        features);
            } else if (head.equals("assert_unlinkable") || head.equals("assert_uninstantiable")) {
                check(where, form.child(), null, features);
            }
        }
    }

    private void check(String where, WastForms.Form module, String expected, Features features) {
        WasmModule m;
        try {
            m = parse(module, features);
        } catch (RuntimeException e) {
            record(where, "does not parse: " + e);
            return;
        }
        String result;
        try {
            new Validator(features).validate(m);
            result = null;
        } catch (InvalidModuleException e) {
            result = e.getMessage();
        }
        if (expected == null ? result == null : result != null && result.startsWith(expected)) {
            if (expected == null) {
                validPass++;
            } else {
                invalidPass++;
            }
        } else {
            record(where, (expected == null ? "expected valid" : "expected \"" + expected + "\"") + ", got "
                    + (result == null ? "valid" : "\"" + result + "\""));
        }
    }

    private void record(String where, String what) {
        if (KNOWN.containsKey(where)) {
            known.add(where);
        } else {
            mismatches.add(where + ": " + what);
        }
    }

    private WasmModule parse(WastForms.Form module, Features features) {
        if (module.isBinaryModule()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (byte[] s : module.strings()) {
                bytes.writeBytes(s);
            }
            return ModuleDecoder.decode(bytes.toByteArray(), features);
        }
        try {
            Object parsed = parseModule.invoke(null, module.text());
            return (WasmModule) parsed.getClass().getMethod("module").invoke(parsed);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a .wast script into its top-level forms (balanced parentheses, strings and comments respected). */
    static final class WastForms {
        private final String s;
        private int pos;

        WastForms(String s) {
            this.s = s;
        }

        /** A parenthesized form: its text, line, and a few views of its contents. */
        record Form(String text, int line) {
            String head() {
                int i = 1;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '('
                        && text.charAt(j) != ')') {
                    j++;
                }
                return text.substring(i, j);
            }

            /** The first nested form (the module of an assertion). */
            Form child() {
                WastForms inner = new WastForms(text.substring(1));
                Form f = inner.next();
                return new Form(f.text(), line + (int) text.substring(0, text.indexOf(f.text())).lines().count() - 1);
            }

            boolean isBinaryModule() {
                return text.matches("(?s)\\(module(\\s+definition)?(\\s+\\$\\S+)?\\s+binary\\b.*");
            }

            /** The decoded bytes of every string literal in the form, in order. */
            List<byte[]> strings() {
                List<byte[]> out = new ArrayList<>();
                WastForms w = new WastForms(text);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        w.pos = i;
                        out.add(w.string());
                        i = w.pos - 1;
                    } else if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                        i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i);
                    } else if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                        w.pos = i;
                        w.skipBlockComment();
                        i = w.pos - 1;
                    }
                }
                return out;
            }
        }

        Form next() {
            int depth = 0;
            int start = -1;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ';' && pos + 1 < s.length() && s.charAt(pos + 1) == ';') {
                    int nl = s.indexOf('\n', pos);
                    pos = nl < 0 ? s.length() : nl;
                } else if (c == '(' && pos + 1 < s.length() && s.charAt(pos + 1) == ';') {
                    skipBlockComment();
                } else if (c == '"') {
                    string();
                } else if (c == '(') {
                    if (depth++ == 0) {
                        start = pos;
                    }
                    pos++;
                } else if (c == ')') {
                    pos++;
                    if (--depth == 0) {
                        String text = s.substring(start, pos);
                        return new Form(text, (int) s.substring(0, start).chars().filter(ch -> ch == '\n').count() + 1);
                    }
                } else {
                    pos++;
                }
            }
            return null;
        }

        private void skipBlockComment() {
            int nesting = 0;
            while (pos < s.length()) {
                if (s.startsWith("(;", pos)) {
                    nesting++;
                    pos += 2;
                } else if (s.startsWith(";)", pos)) {
                    pos += 2;
                    if (--nesting == 0) {
                        return;
                    }
                } else {
                    pos++;
                }
            }
        }

        /** Reads the string literal at {@code pos} and returns its bytes. */
        private byte[] string() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pos++;
            while (pos < s.length() && s.charAt(pos) != '"') {
                int c = s.codePointAt(pos);
                pos += Character.charCount(c);
                if (c != '\\') {
                    out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case '\\', '\'', '"' -> out.write(e);
                    case 'u' -> {
                        int close = s.indexOf('}', pos);
                        int cp = Integer.parseInt(s.substring(pos + 1, close).replace("_", ""), 16);
                        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        pos = close + 1;
                    }
                    default -> {
                        out.write(Integer.parseInt(s.substring(pos - 1, pos + 1), 16));
                        pos++;
                    }
                }
            }
            pos++;
            return out.toByteArray();
        }
    }

    @Test
    void theScriptSplitterReadsFormsStringsAndComments() throws IOException {
        WastForms w = new WastForms(";; c\n(module (func)) (; (x) ;)\n(assert_invalid (module binary \"\\00a\\u{41}\") \"msg\")");
        WastForms.Form a = w.next();
        assertEquals("module", a.head());
        assertEquals(2, a.line());
        WastForms.Form b = w.next();
        assertEquals("assert_invalid", b.head());
        assertTrue(b.child().isBinaryModule());
        List<byte[]> strings = b.strings();
        assertEquals(2, strings.size());
        assertEquals(List.of((byte) 0, (byte) 'a', (byte) 'A'), List.of(strings.get(0)[0], strings.get(0)[1],
                strings.get(0)[2]));
        assertEquals("msg", new String(strings.get(1), StandardCharsets.UTF_8));
        assertEquals(null, w.next());
    }
}
