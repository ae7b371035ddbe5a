package dev.jwasm.parser.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads WebAssembly text (a module or a script) into S-expressions with an explicit stack, so
 * nesting depth is limited by memory only. Lexical errors are thrown here; reserved tokens and
 * unknown keywords are kept as atoms for the parser to reject where it meets them.
 */
public final class SExprReader {
    private SExprReader() {
    }

    /**
     * Reads all of {@code source}. The result is a synthetic root node (no annotation id, line 1,
     * column 1) whose children are the top-level forms and whose annotations are those found
     * between them.
     */
    public static SExpr.Node read(byte[] source) {
        Lexer lexer = new Lexer(source);
        Deque<Builder> stack = new ArrayDeque<>();
        Builder root = new Builder(null, 1, 1, false);
        stack.push(root);
        int annotationDepth = 0;
        while (true) {
            Token token = lexer.next(annotationDepth > 0);
            switch (token.kind()) {
                case LPAREN:
                    stack.push(new Builder(null, token.line(), token.column(), annotationDepth > 0));
                    break;
                case ANNOTATION_START:
                    stack.push(new Builder(token.text(), token.line(), token.column(), annotationDepth > 0));
                    annotationDepth++;
                    break;
                case RPAREN: {
                    if (stack.size() == 1) {
                        throw new TextSyntaxException("unexpected token", token.line(), token.column());
                    }
                    Builder done = stack.pop();
                    SExpr.Node node = done.build();
                    Builder parent = stack.peek();
                    if (node.isAnnotation()) {
                        annotationDepth--;
                        if (!done.insideAnnotation) {
                            parent.annotations.add(new SExpr.Annotation(parent.children.size(), node));
                            break;
                        }
                    }
                    parent.children.add(node);
                    break;
                }
                case EOF:
                    if (stack.size() > 1) {
                        Builder open = annotationDepth > 0 ? outermostAnnotation(stack) : stack.peek();
                        String message = annotationDepth > 0 ? "unclosed annotation" : "unexpected end of input";
                        int line = annotationDepth > 0 ? open.line : token.line();
                        int column = annotationDepth > 0 ? open.column : token.column();
                        throw new TextSyntaxException(message, line, column);
                    }
                    return root.build();
                default:
                    stack.peek().children.add(new SExpr.Atom(token));
                    break;
            }
        }
    }

    public static SExpr.Node read(String source) {
        return read(source.getBytes(StandardCharsets.UTF_8));
    }

    private static Builder outermostAnnotation(Deque<Builder> stack) {
        Builder found = stack.peek();
        for (Builder b : stack) {
            if (b.annotationId != null && !b.insideAnnotation) {
                found = b;
            }
        }
        return found;
    }

    private static final class Builder {
        final String annotationId;
        final int line;
        final int column;
        final boolean insideAnnotation;
        final List<SExpr> children = new ArrayList<>();
        final List<SExpr.Annotation> annotations = new ArrayList<>();

        Builder(String annotationId, int line, int column, boolean insideAnnotation) {
            this.annotationId = annotationId;
            this.line = line;
            this.column = column;
            this.insideAnnotation = insideAnnotation;
        }

        SExpr.Node build() {
            return new SExpr.Node(children, annotations, annotationId, line, column);
        }
    }
}
