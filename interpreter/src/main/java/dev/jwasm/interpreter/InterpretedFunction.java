package dev.jwasm.interpreter;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.runtime.ExecutionContext;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.WasmFunction;

/**
 * A defined function run by the interpreter. Interpreted callers call it by pushing a frame
 * on the heap stack; every other caller goes through {@link #invoke}, which starts an
 * interpreter loop on this thread's {@link Machine} above whatever is running there.
 */
public final class InterpretedFunction extends WasmFunction {
    final FunctionCode code;
    final Instance instance;
    private Memory memory0;

    InterpretedFunction(FuncType type, int typeId, FunctionCode code, Instance instance) {
        super(type, typeId);
        this.code = code;
        this.instance = instance;
    }

    /** The instance's memory 0 (null if it has none), looked up once: an instance's memories never change. */
    Memory memory0() {
        Memory m = memory0;
        if (m == null && instance.memoryCount() > 0) {
            m = memory0 = instance.memory(0);
        }
        return m;
    }

    public Instance instance() {
        return instance;
    }

    @Override
    protected Store store() {
        return instance.store();
    }

    @Override
    public void invoke(ExecutionContext ctx, long[] slots, Object[] refs, int base) {
        Machine m = Machine.of(ctx);
        int depth = ctx.depth();
        if (depth >= ctx.maxDepth()) {
            throw new Trap(TrapMessages.CALL_STACK_EXHAUSTED);
        }
        int savedTop = m.top;
        int savedFrames = m.frameTop;
        int fp = savedTop;
        FunctionCode c = code;
        m.ensureStack(fp + c.frameSlots, ctx);
        long[] s = m.stack;
        Object[] r = m.refs;
        System.arraycopy(slots, base, s, fp, c.paramSlots);
        System.arraycopy(refs, base, r, fp, c.paramSlots);
        c.enter(s, r, fp);
        try {
            ctx.setDepth(depth + 1);
            Interpreter.run(m, ctx, this, fp);
            System.arraycopy(m.stack, fp, slots, base, c.resultSlots);
            System.arraycopy(m.refs, fp, refs, base, c.resultSlots);
        } finally {
            m.top = savedTop;
            m.frameTop = savedFrames;
            ctx.setDepth(depth);
        }
    }
}
