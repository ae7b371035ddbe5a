package dev.jwasm.parser.model;

/** An export: its name and the exported entity's kind and index. */
public record Export(String name, ExternKind kind, int index) {
}
