package dev.jwasm.parser.model;

/** The kinds of entity that can be imported or exported, with their binary codes. */
public enum ExternKind {
    FUNC(0, "func"),
    TABLE(1, "table"),
    MEMORY(2, "memory"),
    GLOBAL(3, "global"),
    TAG(4, "tag");

    private final int code;
    private final String text;

    ExternKind(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The kind with this binary code, or null. */
    public static ExternKind byCode(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
