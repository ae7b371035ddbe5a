package dev.jwasm.parser.print;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a module's binary encoding the text format cannot say. Text reading a module back
 * always declares locals in maximal runs of one type and writes a data count section exactly
 * when code refers to data segments, so a binary that chose otherwise re-encodes differently
 * after a trip through text. Everything else in the model survives the trip.
 */
public final class TextFidelity {
    /** Locals beyond this many per function are not written out (a text line per billion locals helps nobody). */
    public static final long MAX_PRINTED_LOCALS = 1 << 20;

    private TextFidelity() {
    }

    /** Human-readable reasons why text cannot reproduce this module's encoding; empty when it can. */
    public static List<String> losses(WasmModule m) {
        List<String> out = new ArrayList<>();
        if (m.dataCount() >= 0 && !usesDataIndex(m)) {
            out.add("the data count section is present although no code refers to a data segment; text omits it");
        } else if (m.dataCount() >= 0 && m.dataCount() != m.data().size()) {
            out.add("the data count section says " + m.dataCount() + " but there are " + m.data().size()
                    + " data segments; text counts them");
        }
        int firstDefined = m.importCount(ExternKind.FUNC);
        for (int i = 0; i < m.codes().size(); i++) {
            FunctionBody body = m.codes().get(i);
            if (body.localCount() > MAX_PRINTED_LOCALS) {
                out.add("function " + (firstDefined + i) + " declares " + body.localCount()
                        + " locals; text writes out the first " + MAX_PRINTED_LOCALS);
            } else if (!body.locals().equals(canonicalLocals(body.locals()))) {
                out.add("function " + (firstDefined + i)
                        + " declares its locals in runs text cannot reproduce (empty or split runs of one type)");
            }
        }
        int memory = 0;
        for (Import i : m.imports()) {
            if (i.type() instanceof MemoryType mt) {
                pageSize(out, mt, memory++);
            }
        }
        for (MemoryType mt : m.memories()) {
            pageSize(out, mt, memory++);
        }
        for (int i = 0; i < m.tables().size(); i++) {
            Table t = m.tables().get(i);
            if (t.init() != null && t.init().instructions().size() <= 1) {
                out.add("table " + (m.importCount(ExternKind.TABLE) + i)
                        + " has an empty initializer expression, which text cannot tell from none");
            }
        }
        return out;
    }

    private static void pageSize(List<String> out, MemoryType m, int index) {
        if (m.pageSizeLog2() >= 64) {
            out.add("memory " + index + " has a page size of 2^64, beyond the text format's u64 literals");
        }
    }

    /** The runs the text parser declares for these locals: maximal runs of one type, none empty. */
    static List<Locals> canonicalLocals(List<Locals> locals) {
        List<Locals> out = new ArrayList<>();
        for (Locals l : locals) {
            if (l.count() == 0) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).type().equals(l.type())) {
                Locals last = out.remove(out.size() - 1);
                out.add(new Locals(last.count() + l.count(), l.type()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether a function body refers to a data segment, which makes text readers write a data count. */
    static boolean usesDataIndex(WasmModule m) {
        for (FunctionBody f : m.codes()) {
            for (Instruction i : f.instructions()) {
                switch (i.opcode().immediates()) {
                    case DATA: case DATA_MEMORY: case TYPE_DATA:
                        return true;
                    default:
                        break;
                }
            }
        }
        return false;
    }
}
