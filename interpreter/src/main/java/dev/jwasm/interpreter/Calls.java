package dev.jwasm.interpreter;

import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Table;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.WasmFunction;

/** Resolving the callee of {@code call_indirect} and {@code call_ref}, with their traps. */
final class Calls {
    private Calls() {}

    /**
     * The function at {@code index} of a table, checked against the expected canonical type
     * (or a declared subtype of it).
     */
    static WasmFunction indirect(Instance inst, int typeId, int tableIndex, long index) {
        Table t = inst.table(tableIndex);
        long i = t.is64() ? index : index & 0xFFFF_FFFFL;
        if (Long.compareUnsigned(i, t.size()) >= 0) {
            throw new Trap(TrapMessages.UNDEFINED_ELEMENT + " " + Long.toUnsignedString(i));
        }
        Object o = t.get(i);
        if (o == null) {
            throw new Trap(TrapMessages.UNINITIALIZED_ELEMENT + " " + Long.toUnsignedString(i));
        }
        WasmFunction f = (WasmFunction) o;
        int actual = f.typeId();
        if (actual != typeId && !inst.engine().types().isTypeSubtype(actual, typeId)) {
            throw new Trap(TrapMessages.INDIRECT_CALL_TYPE_MISMATCH);
        }
        return f;
    }

    static WasmFunction ref(Object ref) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_FUNCTION_REFERENCE);
        }
        return (WasmFunction) ref;
    }

    static ExceptionReference exception(Object ref) {
        if (ref == null) {
            throw new Trap(TrapMessages.NULL_EXCEPTION_REFERENCE);
        }
        return (ExceptionReference) ref;
    }
}
