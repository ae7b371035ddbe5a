package dev.jwasm.parser.print;

import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import java.util.List;
import java.util.Map;

/** Instruction sequences in flat form: one instruction per line, indented by block depth. */
final class FlatCode {
    private FlatCode() {
    }

    /**
     * Prints {@code code} without its final {@code end} (the parser adds that one back), starting
     * at indentation {@code depth}.
     */
    static void print(TextOutput out, List<Instruction> code, int depth, InstructionText text) {
        print(out, code, Map.of(), depth, text);
    }

    /** As {@link #print(TextOutput, List, int, InstructionText)}, with branch hints (instruction index to hint). */
    static void print(TextOutput out, List<Instruction> code, Map<Integer, Integer> branchHints, int depth,
            InstructionText text) {
        int n = endsWithEnd(code) ? code.size() - 1 : code.size();
        int d = depth;
        for (int i = 0; i < n; i++) {
            Instruction ins = code.get(i);
            Integer hint = branchHints.get(i);
            if (hint != null) {
                out.line(d, "(@metadata.code.branch_hint \"\\0" + hint + "\")");
            }
            switch (ins.opcode()) {
                case BLOCK: case LOOP: case IF: case TRY: case TRY_TABLE:
                    out.line(d, text.text(ins));
                    d++;
                    break;
                case ELSE: case CATCH: case CATCH_ALL:
                    out.line(d - 1, text.text(ins));
                    break;
                case END: case DELEGATE:
                    d = Math.max(depth, d - 1);
                    out.line(d, text.text(ins));
                    break;
                default:
                    out.line(d, text.text(ins));
            }
        }
    }

    static boolean endsWithEnd(List<Instruction> code) {
        return !code.isEmpty() && code.get(code.size() - 1).opcode() == Opcode.END;
    }

    /** Whether the sequence (final end aside) holds block structure. */
    static boolean hasStructure(List<Instruction> code) {
        int n = endsWithEnd(code) ? code.size() - 1 : code.size();
        for (int i = 0; i < n; i++) {
            switch (code.get(i).opcode()) {
                case BLOCK: case LOOP: case IF: case TRY: case TRY_TABLE: case ELSE: case CATCH: case CATCH_ALL:
                case END: case DELEGATE:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
