package dev.jwasm.parser.model;

import java.util.List;

/**
 * A defined type with its declared supertypes (type indices) and finality. A type written
 * without {@code sub} is final with no supertypes.
 */
public record SubType(boolean isFinal, List<Integer> supertypes, CompositeType composite) {
    public SubType {
        supertypes = List.copyOf(supertypes);
    }

    /** A final type with no supertypes, as written without {@code sub}. */
    public static SubType plain(CompositeType composite) {
        return new SubType(true, List.of(), composite);
    }
}
