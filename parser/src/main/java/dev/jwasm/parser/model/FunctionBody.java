package dev.jwasm.parser.model;

import java.util.List;

/**
 * The code of a defined function: its declared locals (after the parameters) and its
 * instructions, including the final {@code end}.
 */
public record FunctionBody(List<Locals> locals, List<Instruction> instructions) {
    public FunctionBody {
        locals = List.copyOf(locals);
        instructions = List.copyOf(instructions);
    }

    /** Number of declared locals (not counting parameters); may exceed the int range in invalid input. */
    public long localCount() {
        long n = 0;
        for (Locals l : locals) {
            n += Integer.toUnsignedLong(l.count());
        }
        return n;
    }
}
