package dev.jwasm.interpreter;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Tag;

/**
 * The search for a handler of a Wasm exception: from the throwing frame outwards, each
 * frame's handlers from the innermost covering the current code offset, following parents
 * and delegations, popping frames until one catches or the loop's entry frame is left.
 */
final class Exceptions {
    private Exceptions() {}

    /** {@code throw}: a new exception of the instance's tag {@code tagIndex} whose payload lies just below {@code sp}. */
    static WasmThrow thrown(Instance instance, int tagIndex, long[] s, Object[] r, int sp) {
        Tag tag = instance.tag(tagIndex);
        return new WasmThrow(new ExceptionReference(tag, s, r, sp - tag.payloadSlots()));
    }

    /**
     * Finds a handler; on success leaves the state to resume in the machine's handler fields
     * (the value stack already holds what the catch clause pushes).
     *
     * @param pc          the code offset just after the throwing instruction
     * @param skipCurrent the exception came from a tail call, which left the current frame
     * @return false when the exception leaves the loop's entry frame (frames are then popped to it)
     */
    static boolean handle(Machine m, ExceptionReference exn, InterpretedFunction f, int fp, int pc, int entryFrame,
            boolean skipCurrent) {
        if (skipCurrent) {
            if (m.frameTop == entryFrame) {
                return false;
            }
            int ft = --m.frameTop;
            pc = m.frames[2 * ft];
            fp = m.frames[2 * ft + 1];
            f = m.callers[ft];
        }
        for (;;) {
            FunctionCode fc = f.code;
            int h = fc.innermostHandler(pc - 1);
            while (h >= 0) {
                Handler hd = fc.handlers[h];
                if (hd.kind == Handler.DELEGATE) {
                    h = hd.delegateNext;
                    continue;
                }
                for (int c = 0; c < hd.tags.length; c++) {
                    int tag = hd.tags[c];
                    if (tag >= 0 && f.instance.tag(tag) != exn.tag()) {
                        continue;
                    }
                    catchAt(m, exn, f, fp, hd, c);
                    return true;
                }
                h = hd.parent;
            }
            if (m.frameTop == entryFrame) {
                return false;
            }
            int ft = --m.frameTop;
            pc = m.frames[2 * ft];
            fp = m.frames[2 * ft + 1];
            f = m.callers[ft];
        }
    }

    private static void catchAt(Machine m, ExceptionReference exn, InterpretedFunction f, int fp, Handler hd, int c) {
        long[] s = m.stack;
        Object[] r = m.refs;
        int sp = fp + hd.heights[c];
        int kind = hd.clauseKinds[c];
        if (kind == Handler.CATCH || kind == Handler.CATCH_REF) {
            exn.copyPayload(s, r, sp);
            sp += exn.tag().payloadSlots();
        }
        if (kind == Handler.CATCH_REF || kind == Handler.CATCH_ALL_REF) {
            r[sp++] = exn;
        }
        if (hd.kind == Handler.LEGACY_TRY) {
            r[fp + hd.exnSlot] = exn;
        }
        m.handlerFunction = f;
        m.handlerFp = fp;
        m.handlerPc = hd.targets[c];
    }
}
