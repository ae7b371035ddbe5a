package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Table;
import dev.jwasm.runtime.gc.RefOps;

/**
 * Table instructions (immediates: table index, and the second table or element segment)
 * and {@code ref.func} / {@code ref.eq}.
 */
final class TableFamily {
    private TableFamily() {}

    private static final Opcode[] OPCODES = Opcode.values();

    static int exec(int opcode, int a, int b, long[] s, Object[] r, int sp, InterpretedFunction f) {
        Instance inst = f.instance;
        switch (OPCODES[opcode]) {
            case TABLE_GET: {
                Table t = inst.table(a);
                r[sp - 1] = t.get(index(t, s[sp - 1]));
                return sp;
            }
            case TABLE_SET: {
                Table t = inst.table(a);
                t.set(index(t, s[sp - 2]), r[sp - 1]);
                return sp - 2;
            }
            case TABLE_SIZE:
                s[sp] = inst.table(a).size();
                return sp + 1;
            case TABLE_GROW: {
                Table t = inst.table(a);
                s[sp - 2] = t.grow(index(t, s[sp - 1]), r[sp - 2]);
                return sp - 1;
            }
            case TABLE_FILL: {
                Table t = inst.table(a);
                t.fill(index(t, s[sp - 3]), r[sp - 2], index(t, s[sp - 1]));
                return sp - 3;
            }
            case TABLE_COPY: {
                Table dst = inst.table(a);
                Table src = inst.table(b);
                long n = dst.is64() && src.is64() ? s[sp - 1] : s[sp - 1] & 0xFFFF_FFFFL;
                Table.copy(dst, index(dst, s[sp - 3]), src, index(src, s[sp - 2]), n);
                return sp - 3;
            }
            case TABLE_INIT: {
                Table t = inst.table(a);
                t.init(index(t, s[sp - 3]), inst.elem(b), s[sp - 2] & 0xFFFF_FFFFL, s[sp - 1] & 0xFFFF_FFFFL);
                return sp - 3;
            }
            case ELEM_DROP:
                inst.dropElem(a);
                return sp;
            case REF_FUNC:
                r[sp] = inst.function(a);
                return sp + 1;
            case REF_EQ:
                s[sp - 2] = RefOps.eq(r[sp - 2], r[sp - 1]) ? 1 : 0;
                return sp - 1;
            default:
                throw new IllegalStateException("not a table family instruction: " + OPCODES[opcode]);
        }
    }

    /** An index operand: an i32 zero-extended, or an i64 for a 64-bit table. */
    private static long index(Table t, long operand) {
        return t.is64() ? operand : operand & 0xFFFF_FFFFL;
    }
}
