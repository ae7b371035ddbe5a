package dev.jwasm.parser.model;

import java.util.Arrays;

/**
 * A custom section kept as bytes. {@code afterSection} is the id of the known section it
 * followed (0 when it came before all of them) so the encoder can put it back in place.
 */
public record CustomSection(String name, byte[] content, int afterSection) {
    @Override
    public boolean equals(Object o) {
        return o instanceof CustomSection c && c.name.equals(name) && c.afterSection == afterSection
                && Arrays.equals(c.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "CustomSection[" + name + ", " + content.length + " bytes]";
    }
}
