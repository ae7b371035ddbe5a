package dev.jwasm.parser.model;

import java.util.List;

/**
 * A constant expression (global initializer, segment offset, element, table initializer):
 * its instructions including the final {@code end}, as in the binary format.
 */
public record ConstExpr(List<Instruction> instructions) {
    public ConstExpr {
        instructions = List.copyOf(instructions);
    }
}
