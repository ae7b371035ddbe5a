package dev.jwasm.parser.model;

/** A try_table catch clause. {@code tag} is -1 for catch_all and catch_all_ref. */
public record Catch(Kind kind, int tag, int label) {
    public enum Kind {
        CATCH(0x00, "catch"),
        CATCH_REF(0x01, "catch_ref"),
        CATCH_ALL(0x02, "catch_all"),
        CATCH_ALL_REF(0x03, "catch_all_ref");

        private final int code;
        private final String text;

        Kind(int code, String text) {
            this.code = code;
            this.text = text;
        }

        public int code() {
            return code;
        }

        public String text() {
            return text;
        }

        public boolean hasTag() {
            return this == CATCH || this == CATCH_REF;
        }

        public boolean pushesExnRef() {
            return this == CATCH_REF || this == CATCH_ALL_REF;
        }
    }
}
