package dev.jwasm.parser.model;

/** A table defined by the module, with its optional initializer expression (null when absent). */
public record Table(TableType type, ConstExpr init) {
}
