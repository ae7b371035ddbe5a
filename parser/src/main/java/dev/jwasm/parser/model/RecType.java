package dev.jwasm.parser.model;

import java.util.List;

/**
 * A recursive type group. A type written outside {@code rec} is a group of one. Each sub type
 * takes the next index of the module's type index space.
 */
public record RecType(List<SubType> subTypes) {
    public RecType {
        subTypes = List.copyOf(subTypes);
    }
}
