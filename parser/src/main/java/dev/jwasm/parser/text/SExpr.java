package dev.jwasm.parser.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A parenthesized tree of tokens. Built by {@link SExprReader} without recursion; the methods
 * here never recurse either, so trees of any depth are safe.
 */
public sealed interface SExpr permits SExpr.Atom, SExpr.Node {

    int line();

    int column();

    /** A single token (never a parenthesis or an annotation start). */
    record Atom(Token token) implements SExpr {
        @Override
        public int line() {
            return token.line();
        }

        @Override
        public int column() {
            return token.column();
        }

        public TokenKind kind() {
            return token.kind();
        }

        public String text() {
            return token.text();
        }

        public boolean isKeyword(String keyword) {
            return token.isKeyword(keyword);
        }

        @Override
        public String toString() {
            return SExpr.print(this);
        }
    }

    /**
     * A parenthesized list. Annotations are not among the {@link #children()}: ordinary lists keep
     * them aside in {@link #annotations()}, each with the child index it precedes, so that parsers
     * see white space where the spec says annotations are white space. An annotation itself is a
     * node whose {@link #annotationId()} is set; its content, nested annotations included, is in
     * its children.
     */
    record Node(List<SExpr> children, List<Annotation> annotations, String annotationId, int line, int column)
            implements SExpr {

        public Node {
            children = List.copyOf(children);
            annotations = List.copyOf(annotations);
        }

        /** Nodes are compared by identity: structural equality would recurse through deep trees. */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        public int size() {
            return children.size();
        }

        public SExpr get(int i) {
            return children.get(i);
        }

        public boolean isAnnotation() {
            return annotationId != null;
        }

        /** True when the first child is the given keyword, as in {@code (func ...)}. */
        public boolean startsWith(String keyword) {
            return !children.isEmpty() && children.get(0) instanceof Atom a && a.isKeyword(keyword);
        }

        @Override
        public String toString() {
            return SExpr.print(this);
        }
    }

    /**
     * An annotation found inside a list.
     *
     * @param position the number of the list's children that come before it
     * @param node     the annotation; {@code node.annotationId()} is its id
     */
    record Annotation(int position, Node node) {
    }

    /** Renders a tree as text (iteratively; annotations kept aside are not printed). */
    static String print(SExpr root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String s) {
                out.append(s);
            } else if (item instanceof Atom a) {
                out.append(a.token().kind() == TokenKind.ID ? "$" + a.text() : a.text());
            } else if (item instanceof Node n) {
                out.append(n.isAnnotation() ? "(@" + n.annotationId() : "(");
                work.push(")");
                for (int i = n.size() - 1; i >= 0; i--) {
                    work.push(n.get(i));
                    if (i > 0 || n.isAnnotation()) {
                        work.push(" ");
                    }
                }
            }
        }
        return out.toString();
    }
}
