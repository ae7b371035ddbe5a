package dev.jwasm.parser.wast;

import dev.jwasm.parser.text.SExpr;
import java.util.Arrays;

/**
 * The body of a script module: text, binary or quoted text. Nothing here is parsed beyond
 * the S-expression: a module is turned into the model only when its command runs, so its
 * errors belong to that command.
 */
public sealed interface ModuleSource {

    /**
     * A module written in the text format, as the S-expression {@code (module $id? field*)}
     * (without the script's {@code definition} keyword; a file that is a bare list of fields
     * gets such a node synthesized around them).
     */
    record Text(SExpr.Node module) implements ModuleSource {
    }

    /** {@code (module binary "..."*)}: the concatenated bytes of the strings. */
    record Binary(byte[] bytes) implements ModuleSource {
        public Binary {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Binary b && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Binary[" + bytes.length + " bytes]";
        }
    }

    /**
     * {@code (module quote "..."*)}: the concatenated bytes of the strings, which are module
     * text (a {@code (module ...)} form or bare fields) to be parsed when the command runs.
     * Kept as bytes: the text may be malformed UTF-8 on purpose.
     */
    record Quote(byte[] text) implements ModuleSource {
        public Quote {
            text = text.clone();
        }

        @Override
        public byte[] text() {
            return text.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Quote q && Arrays.equals(q.text, text);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(text);
        }

        @Override
        public String toString() {
            return "Quote[" + new String(text, java.nio.charset.StandardCharsets.UTF_8) + "]";
        }
    }
}
