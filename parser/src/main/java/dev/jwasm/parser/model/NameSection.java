package dev.jwasm.parser.model;

import java.util.Map;

/**
 * The decoded "name" custom section (or the names given by text-format identifiers): module
 * name, function names, local names per function, and names of the other index spaces.
 * Absent names are simply missing from the maps.
 */
public record NameSection(
        String moduleName,
        Map<Integer, String> functionNames,
        Map<Integer, Map<Integer, String>> localNames,
        Map<Integer, String> typeNames,
        Map<Integer, String> tableNames,
        Map<Integer, String> memoryNames,
        Map<Integer, String> globalNames,
        Map<Integer, String> elementNames,
        Map<Integer, String> dataNames,
        Map<Integer, String> tagNames) {

    public static final NameSection EMPTY = new NameSection(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of(), Map.of(), Map.of());
}
