package dev.jwasm.parser.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The label stack of a function body: innermost last. A label may be anonymous (null); a named
 * label shadows outer labels of the same name.
 */
final class Labels {
    private final List<String> names = new ArrayList<>();

    void push(String name) {
        names.add(name);
    }

    void pop() {
        names.remove(names.size() - 1);
    }

    /** A label index: a u32 literal, or the relative depth of the innermost label with that name. */
    int resolve(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == TokenKind.NAT) {
                return Literals.nat32(a);
            }
            if (a.kind() == TokenKind.ID) {
                for (int i = names.size() - 1; i >= 0; i--) {
                    if (a.text().equals(names.get(i))) {
                        return names.size() - 1 - i;
                    }
                }
                throw new TextSyntaxException("unknown label $" + a.text(), a.line(), a.column());
            }
        }
        throw Keywords.unexpected(e);
    }
}
