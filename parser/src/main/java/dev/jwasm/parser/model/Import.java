package dev.jwasm.parser.model;

/** An import: module name, field name and the imported entity's type. */
public record Import(String module, String name, ExternType type) {
}
