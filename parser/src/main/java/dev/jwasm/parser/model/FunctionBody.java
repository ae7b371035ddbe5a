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

    /** Number of declared locals (not counting parameters); may exceed int range only in malformed input. */
    public long localCount() {
        long n = 0;
        for (Locals l : locals) {
            n += l.count();
        }
        return n;
    }
}
