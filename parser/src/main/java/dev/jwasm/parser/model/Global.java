package dev.jwasm.parser.model;

/** A global defined by the module. */
public record Global(GlobalType type, ConstExpr init) {
}
