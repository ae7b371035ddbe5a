package dev.jwasm.parser.binary;

import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.FunctionBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "metadata.code.branch_hint" custom section of the branch hinting proposal (now in the
 * spec's code metadata appendix): {@code vec(funcidx vec(offset:u32 size:u32 hint:byte))},
 * where {@code offset} is the byte offset of an {@code if} or {@code br_if} from the start of
 * its function body's locals declaration (just after the body's size), {@code size} is 1 and
 * {@code hint} is 0 (unlikely) or 1 (likely). Functions come in increasing index order and
 * offsets in increasing order within a function.
 *
 * <p>A custom section must never make a module malformed: any problem, in the bytes or in how
 * they relate to the code, makes the decoder keep the section as opaque bytes instead.
 */
final class BranchHintSection {
    static final String NAME = "metadata.code.branch_hint";

    private BranchHintSection() {
    }

    /** The hints of one function as the section lists them: offsets and values, parallel. */
    record FunctionHints(long functionIndex, int[] offsets, int[] values) {
    }

    /** The content in {@code bytes[start..end)}, or null when it is not a well-formed hint section. */
    static List<FunctionHints> parse(byte[] bytes, int start, int end) {
        try {
            return read(new ByteReader(bytes, start, end));
        } catch (MalformedModuleException e) {
            return null;
        }
    }

    private static List<FunctionHints> read(ByteReader in) {
        int functionCount = in.length();
        List<FunctionHints> out = new ArrayList<>(Math.min(functionCount, 1024));
        long previousFunction = -1;
        for (int f = 0; f < functionCount; f++) {
            long function = in.u32Long();
            if (function <= previousFunction) {
                return null;
            }
            previousFunction = function;
            int hintCount = in.length();
            int[] offsets = new int[hintCount];
            int[] values = new int[hintCount];
            long previousOffset = -1;
            for (int h = 0; h < hintCount; h++) {
                long offset = in.u32Long();
                long size = in.u32Long();
                int value = in.u8();
                if (offset <= previousOffset || size != 1 || (value != FunctionBody.UNLIKELY && value != FunctionBody.LIKELY)) {
                    return null;
                }
                previousOffset = offset;
                offsets[h] = (int) offset;
                values[h] = value;
            }
            out.add(new FunctionHints(function, offsets, values));
        }
        return in.atEnd() ? out : null;
    }

    /**
     * Where the decoder found the {@code if} and {@code br_if} instructions of one body:
     * instruction indices and their byte offsets from the body's start, parallel and increasing.
     */
    record Branches(int[] indices, int[] offsets) {
    }

    /**
     * The bodies with the section's hints attached, or null when a hint names a function that
     * is not defined in the module or an offset where no {@code if} or {@code br_if} starts.
     *
     * @param branches per body, where its branches are (parallel to {@code codes})
     */
    static List<FunctionBody> attach(List<FunctionHints> section, int importedFunctions, List<FunctionBody> codes,
            List<Branches> branches) {
        List<FunctionBody> out = new ArrayList<>(codes);
        for (FunctionHints f : section) {
            long body = f.functionIndex() - importedFunctions;
            if (body < 0 || body >= codes.size()) {
                return null;
            }
            Branches known = branches.get((int) body);
            Map<Integer, Integer> hints = new HashMap<>();
            for (int h = 0; h < f.offsets().length; h++) {
                int at = java.util.Arrays.binarySearch(known.offsets(), f.offsets()[h]);
                if (at < 0) {
                    return null;
                }
                hints.put(known.indices()[at], f.values()[h]);
            }
            if (!hints.isEmpty()) {
                out.set((int) body, codes.get((int) body).withBranchHints(hints));
            }
        }
        return out;
    }

    /**
     * Writes the section's content for bodies that carry hints.
     *
     * @param instructionOffsets per body, the byte offset of each instruction from the body's
     *                           start (null for bodies without hints)
     */
    static void write(ByteWriter out, int importedFunctions, List<FunctionBody> codes, List<int[]> instructionOffsets) {
        int functions = 0;
        for (FunctionBody f : codes) {
            if (!f.branchHints().isEmpty()) {
                functions++;
            }
        }
        out.u32(functions);
        for (int i = 0; i < codes.size(); i++) {
            Map<Integer, Integer> hints = codes.get(i).branchHints();
            if (hints.isEmpty()) {
                continue;
            }
            int[] offsets = instructionOffsets.get(i);
            out.u32(importedFunctions + i);
            out.u32(hints.size());
            for (Map.Entry<Integer, Integer> h : hints.entrySet()) { // increasing index, so increasing offset
                out.u32(offsets[h.getKey()]);
                out.u32(1);
                out.u8(h.getValue());
            }
        }
    }
}
