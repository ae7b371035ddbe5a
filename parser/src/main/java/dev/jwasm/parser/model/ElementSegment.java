package dev.jwasm.parser.model;

import java.util.List;

/**
 * An element segment. {@code tableIndex} and {@code offset} are meaningful only for active
 * segments (offset is null otherwise). Every item is an expression; the encoder picks the
 * compact function-index encoding when the type is {@code (ref func)} and every item is a
 * single {@code ref.func}.
 */
public record ElementSegment(SegmentMode mode, int tableIndex, ConstExpr offset, ValType type, List<ConstExpr> items) {
    public ElementSegment {
        items = List.copyOf(items);
    }
}
