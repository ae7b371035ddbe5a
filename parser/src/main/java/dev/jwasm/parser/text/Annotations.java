package dev.jwasm.parser.text;

import dev.jwasm.parser.model.CustomSection;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The annotations with a meaning for the module: {@code (@custom "name" (before|after section)?
 * "bytes"*)} becomes a custom section, {@code (@name "...")} names the module, a function or a
 * tag. Other annotations are white space. Messages follow the reference interpreter's custom
 * section handlers.
 */
final class Annotations {
    private Annotations() {
    }

    /** Sections in binary order, with their ids; "first" and "last" are the ends of this list. */
    private static final String[] SECTION_ORDER = {
        "type", "import", "func", "table", "memory", "tag", "global", "export", "start", "elem", "datacount",
        "code", "data"};
    private static final int[] SECTION_IDS = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    /** A {@code @custom} annotation as a custom section placed after the section it names. */
    static CustomSection customSection(SExpr.Node annotation) {
        Cursor c = new Cursor(annotation);
        if (!c.peekIs(TokenKind.STRING)) {
            throw new CustomAnnotationException("@custom annotation: missing section name",
                    c.atEnd() ? annotation : c.peek());
        }
        SExpr.Atom nameAtom = c.atom();
        String name = Lexer.decodeUtf8(nameAtom.token().bytes());
        if (name == null) {
            throw new CustomAnnotationException("@custom annotation: malformed UTF-8 encoding", nameAtom);
        }
        int after = 11; // default: after the data section, i.e. last
        if (c.peek() instanceof SExpr.Node placement && !placement.isAnnotation()) {
            c.skip();
            after = placement(placement);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (c.peekIs(TokenKind.STRING)) {
            byte[] b = c.atom().token().bytes();
            content.write(b, 0, b.length);
        }
        if (!c.atEnd()) {
            throw new CustomAnnotationException("@custom annotation: unexpected token", c.peek());
        }
        return new CustomSection(name, content.toByteArray(), after);
    }

    /** {@code (before s)} or {@code (after s)}: the id of the known section the custom one follows (0: none). */
    private static int placement(SExpr.Node placement) {
        Cursor c = new Cursor(placement);
        boolean before;
        if (c.peek() instanceof SExpr.Atom a && (a.text().equals("before") || a.text().equals("after"))) {
            before = a.text().equals("before");
            c.skip();
        } else {
            throw new CustomAnnotationException("@custom annotation: malformed placement", placement);
        }
        int position = -1;
        if (c.peek() instanceof SExpr.Atom kind) {
            String section = kind.text();
            if (section.equals("first")) {
                section = "type";
            } else if (section.equals("last")) {
                section = "data";
            }
            for (int i = 0; i < SECTION_ORDER.length; i++) {
                if (SECTION_ORDER[i].equals(section)) {
                    position = i;
                }
            }
        }
        if (position < 0) {
            throw new CustomAnnotationException("@custom annotation: malformed section kind", placement);
        }
        c.skip();
        if (!c.atEnd()) {
            throw new CustomAnnotationException("@custom annotation: unexpected token", c.peek());
        }
        if (!before) {
            return SECTION_IDS[position];
        }
        return position == 0 ? 0 : SECTION_IDS[position - 1];
    }

    /**
     * Custom sections in module order: stably sorted by the section they follow, as the
     * reference interpreter orders them and as the binary format will hold them.
     */
    static List<CustomSection> inModuleOrder(List<CustomSection> sections) {
        List<CustomSection> sorted = new java.util.ArrayList<>(sections);
        sorted.sort(java.util.Comparator.comparingInt(Annotations::slot));
        return sorted;
    }

    private static int slot(CustomSection s) {
        for (int i = 0; i < SECTION_IDS.length; i++) {
            if (SECTION_IDS[i] == s.afterSection()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The string of a {@code @name} annotation. */
    static String name(SExpr.Node annotation) {
        Cursor c = new Cursor(annotation);
        if (!c.peekIs(TokenKind.STRING)) {
            throw new CustomAnnotationException("@name annotation: string expected",
                    c.atEnd() ? annotation : c.peek());
        }
        SExpr.Atom s = c.atom();
        String name = Lexer.decodeUtf8(s.token().bytes());
        if (name == null) {
            throw new CustomAnnotationException("malformed UTF-8 encoding", s);
        }
        if (!c.atEnd()) {
            throw new CustomAnnotationException("@name annotation: unexpected token", c.peek());
        }
        return name;
    }

    /**
     * Rejects {@code @custom} anywhere inside a module field, and {@code @name} except directly
     * in the field at a position up to {@code namePosition} (-1: nowhere). Returns the allowed
     * {@code @name} annotation, or null.
     */
    static SExpr.Node checkField(SExpr.Node field, int namePosition) {
        SExpr.Node allowedName = null;
        Deque<SExpr.Node> work = new ArrayDeque<>();
        work.push(field);
        while (!work.isEmpty()) {
            SExpr.Node n = work.pop();
            for (SExpr.Annotation a : n.annotations()) {
                String id = a.node().annotationId();
                if (id.equals("custom")) {
                    throw new CustomAnnotationException("misplaced @custom annotation", a.node());
                }
                if (id.equals("name")) {
                    if (n != field || a.position() > namePosition) {
                        throw new CustomAnnotationException("misplaced @name annotation", a.node());
                    }
                    if (allowedName != null) {
                        throw new CustomAnnotationException("@name annotation: multiple function names", a.node());
                    }
                    allowedName = a.node();
                }
            }
            List<SExpr> children = n.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i) instanceof SExpr.Node child) {
                    work.push(child);
                }
            }
        }
        return allowedName;
    }
}
