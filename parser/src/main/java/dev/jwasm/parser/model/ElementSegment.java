package dev.jwasm.parser.model;

import java.util.List;

/**
 * An element segment. {@code tableIndex} and {@code offset} are meaningful only for active
 * segments: passive and declarative segments have table index 0 and a null offset. Every item is an expression; the encoder picks the
 * compact function-index encoding when the type is {@code (ref func)} and every item is a
 * single {@code ref.func}.
 */
public record ElementSegment(SegmentMode mode, int tableIndex, ConstExpr offset, ValType type, List<ConstExpr> items) {
    public ElementSegment {
        items = List.copyOf(items);
    }
}
