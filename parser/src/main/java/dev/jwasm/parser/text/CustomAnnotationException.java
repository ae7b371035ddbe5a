package dev.jwasm.parser.text;

/**
 * A malformed or misplaced {@code @custom} or {@code @name} annotation: what the testsuite's
 * {@code assert_malformed_custom} expects, as opposed to a syntax error of the module itself.
 */
public class CustomAnnotationException extends TextSyntaxException {
    private static final long serialVersionUID = 1L;

    public CustomAnnotationException(String reason, SExpr at) {
        super(reason, at.line(), at.column());
    }
}
