package dev.jwasm.parser.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small reader of .wast scripts that finds the {@code (module binary "...")}
 * forms and the command around each one. It knows strings, comments and parentheses and
 * nothing else: the real script parser lives elsewhere; this one only feeds the decoder tests.
 */
final class WastBinaryModules {

    /** A binary module found in a script: the command it sits in, its bytes, and for assertions the expected text. */
    record Found(String command, int line, byte[] bytes, String expected) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    private WastBinaryModules(String text) {
        this.text = text;
    }

    static List<Found> find(String script) {
        return new WastBinaryModules(script).topLevel();
    }

    private sealed interface Node permits Atom, Str, Group {
    }

    private record Atom(String text) implements Node {
    }

    private record Str(byte[] bytes) implements Node {
    }

    private record Group(int line, List<Node> items) implements Node {
    }

    private List<Found> topLevel() {
        List<Found> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                return out;
            }
            Node n = node();
            if (n instanceof Group g) {
                collect(g, out);
            }
        }
    }

    private static void collect(Group command, List<Found> out) {
        String head = headOf(command);
        if (head == null) {
            return;
        }
        if (head.equals("module")) {
            byte[] bytes = binaryModule(command);
            if (bytes != null) {
                out.add(new Found("module", command.line(), bytes, null));
            }
            return;
        }
        if (!head.startsWith("assert_")) {
            return;
        }
        String expected = null;
        Node last = command.items().get(command.items().size() - 1);
        if (last instanceof Str s) {
            expected = new String(s.bytes(), StandardCharsets.UTF_8);
        }
        for (Node n : command.items()) {
            if (n instanceof Group g && "module".equals(headOf(g))) {
                byte[] bytes = binaryModule(g);
                if (bytes != null) {
                    out.add(new Found(head, g.line(), bytes, expected));
                }
            }
        }
    }

    private static String headOf(Group g) {
        return !g.items().isEmpty() && g.items().get(0) instanceof Atom a ? a.text() : null;
    }

    /** The bytes of {@code (module $id? definition? binary "..."*)}, or null for other module forms. */
    private static byte[] binaryModule(Group module) {
        List<Node> items = module.items();
        int i = 1;
        while (i < items.size() && items.get(i) instanceof Atom a
                && (a.text().startsWith("$") || a.text().equals("definition"))) {
            i++;
        }
        if (i >= items.size() || !(items.get(i) instanceof Atom a) || !a.text().equals("binary")) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int j = i + 1; j < items.size(); j++) {
            if (items.get(j) instanceof Str s) {
                bytes.writeBytes(s.bytes());
            }
        }
        return bytes.toByteArray();
    }

    private Node node() {
        char c = text.charAt(pos);
        if (c == '(') {
            int startLine = line;
            pos++;
            List<Node> items = new ArrayList<>();
            while (true) {
                skipSpaceAndComments();
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unclosed parenthesis from line " + startLine);
                }
                if (text.charAt(pos) == ')') {
                    pos++;
                    return new Group(startLine, items);
                }
                items.add(node());
            }
        }
        if (c == '"') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
                && text.charAt(pos) != ')' && text.charAt(pos) != '"' && !text.startsWith(";;", pos)) {
            pos++;
        }
        return new Atom(text.substring(start, pos));
    }

    private Str string() {
        pos++; // opening quote
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new Str(out.toByteArray());
            }
            if (c == '\n') {
                line++;
            }
            if (c != '\\') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '"' -> out.write('"');
                case '\'' -> out.write('\'');
                case '\\' -> out.write('\\');
                case 'u' -> {
                    int close = text.indexOf('}', pos);
                    int cp = Integer.parseInt(text.substring(pos + 1, close).replace("_", ""), 16);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    pos = close + 1;
                }
                default -> {
                    out.write(Integer.parseInt(text.substring(pos - 1, pos + 1), 16));
                    pos++;
                }
            }
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith(";;", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("(;", pos)) {
                int depth = 0;
                do {
                    if (text.startsWith("(;", pos)) {
                        depth++;
                        pos += 2;
                    } else if (text.startsWith(";)", pos)) {
                        depth--;
                        pos += 2;
                    } else {
                        if (text.charAt(pos) == '\n') {
                            line++;
                        }
                        pos++;
                    }
                } while (depth > 0 && pos < text.length());
            } else {
                return;
            }
        }
    }
}
