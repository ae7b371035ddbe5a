package dev.jwasm.runtime.internal;

import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.gc.ArrayLayout;
import dev.jwasm.runtime.gc.ArrayObject;
import dev.jwasm.runtime.gc.GcLayouts;
import dev.jwasm.runtime.gc.GcOps;
import dev.jwasm.runtime.gc.I31;
import dev.jwasm.runtime.gc.RefOps;
import dev.jwasm.runtime.gc.StorageKind;
import dev.jwasm.runtime.gc.StructLayout;
import dev.jwasm.runtime.gc.StructObject;
import java.util.Arrays;

/**
 * Evaluates constant expressions (global initializers, table initializers, segment offsets
 * and element items) against an instance under construction. Values are unboxed as in the
 * tiers: numbers in {@code long} slots (v128 in two), references in the parallel object slots.
 */
public final class ConstEvaluator {
    private final Instance instance;
    private final GcLayouts layouts;
    private long[] s = new long[8];
    private Object[] r = new Object[8];
    private int sp;

    public ConstEvaluator(Instance instance) {
        this.instance = instance;
        this.layouts = instance.engine().gcLayouts();
    }

    /** The result of a constant expression: read it with {@link #bits()}, {@link #high()}, {@link #ref()}. */
    public ConstEvaluator evaluate(ConstExpr expr) {
        sp = 0;
        for (Instruction insn : expr.instructions()) {
            step(insn);
        }
        return this;
    }

    /** The low slot of the result (i32 in its low 32 bits). */
    public long bits() {
        return s[0];
    }

    public long high() {
        return s[1];
    }

    public Object ref() {
        return r[0];
    }

    /** Evaluates an offset expression (an i32 zero-extended, or an i64). */
    public long offset(ConstExpr expr, boolean is64) {
        evaluate(expr);
        return is64 ? s[0] : Integer.toUnsignedLong((int) s[0]);
    }

    /** Evaluates an expression producing a reference. */
    public Object reference(ConstExpr expr) {
        evaluate(expr);
        return r[0];
    }

    /** Stores an expression's value in a global. */
    public void initialize(Global g, ConstExpr expr) {
        evaluate(expr);
        switch (g.type().kind()) {
            case V128:
                g.setV128(s[0], s[1]);
                break;
            case REF:
                g.setRef(r[0]);
                break;
            case I32:
            case F32:
                g.setBits((int) s[0]);
                break;
            default:
                g.setBits(s[0]);
                break;
        }
    }

    private void push(long v) {
        ensure(1);
        r[sp] = null;
        s[sp++] = v;
    }

    private void pushRef(Object v) {
        ensure(1);
        r[sp] = v;
        s[sp++] = 0;
    }

    private void ensure(int n) {
        if (sp + n > s.length) {
            s = Arrays.copyOf(s, Math.max(s.length * 2, sp + n));
            r = Arrays.copyOf(r, s.length);
        }
    }

    private void step(Instruction insn) {
        switch (insn.opcode()) {
            case I32_CONST:
                push(((Instruction.I32Const) insn).value());
                break;
            case I64_CONST:
                push(((Instruction.I64Const) insn).value());
                break;
            case F32_CONST:
                push(((Instruction.F32Const) insn).bits());
                break;
            case F64_CONST:
                push(((Instruction.F64Const) insn).bits());
                break;
            case V128_CONST: {
                Instruction.V128Const v = (Instruction.V128Const) insn;
                push(v.low());
                push(v.high());
                break;
            }
            case I32_ADD:
                sp--;
                s[sp - 1] = (int) s[sp - 1] + (int) s[sp];
                break;
            case I32_SUB:
                sp--;
                s[sp - 1] = (int) s[sp - 1] - (int) s[sp];
                break;
            case I32_MUL:
                sp--;
                s[sp - 1] = (int) s[sp - 1] * (int) s[sp];
                break;
            case I64_ADD:
                sp--;
                s[sp - 1] += s[sp];
                break;
            case I64_SUB:
                sp--;
                s[sp - 1] -= s[sp];
                break;
            case I64_MUL:
                sp--;
                s[sp - 1] *= s[sp];
                break;
            case GLOBAL_GET: {
                Global g = instance.global(((Instruction.Index) insn).index());
                switch (g.type().kind()) {
                    case V128:
                        push(g.bits());
                        push(g.high());
                        break;
                    case REF:
                        pushRef(g.ref());
                        break;
                    default:
                        push(g.bits());
                        break;
                }
                break;
            }
            case REF_NULL:
                pushRef(null);
                break;
            case REF_FUNC:
                pushRef(instance.function(((Instruction.Index) insn).index()));
                break;
            case REF_I31:
                r[sp - 1] = I31.of((int) s[sp - 1]);
                break;
            case ANY_CONVERT_EXTERN:
                r[sp - 1] = RefOps.internalize(r[sp - 1]);
                break;
            case EXTERN_CONVERT_ANY:
                r[sp - 1] = RefOps.externalize(r[sp - 1]);
                break;
            case STRUCT_NEW:
            case STRUCT_NEW_DEFAULT:
                structNew(insn.opcode() == dev.jwasm.parser.model.Opcode.STRUCT_NEW, ((Instruction.Index) insn).index());
                break;
            case ARRAY_NEW:
            case ARRAY_NEW_DEFAULT:
            case ARRAY_NEW_FIXED:
                arrayNew(insn);
                break;
            case END:
                break;
            default:
                throw new IllegalStateException("not a constant instruction: " + insn);
        }
    }

    private void structNew(boolean withValues, int typeIndex) {
        StructLayout l = layouts.struct(instance.typeId(typeIndex));
        StructObject o = new StructObject(l);
        if (withValues) {
            int slots = 0;
            for (int f = 0; f < l.fieldCount(); f++) {
                slots += l.kind(f) == StorageKind.V128 ? 2 : 1;
            }
            int at = sp - slots;
            for (int f = 0; f < l.fieldCount(); f++) {
                if (l.kind(f) == StorageKind.REF) {
                    GcOps.setRefField(o, f, r[at]);
                    at++;
                } else {
                    GcOps.setField(o, f, s[at], l.kind(f) == StorageKind.V128 ? s[at + 1] : 0);
                    at += l.kind(f) == StorageKind.V128 ? 2 : 1;
                }
            }
            sp -= slots;
        }
        pushRef(o);
    }

    private void arrayNew(Instruction insn) {
        ArrayObject a;
        if (insn instanceof Instruction.TwoIndices fixed) {
            ArrayLayout l = layouts.array(instance.typeId(fixed.first()));
            int n = fixed.second();
            int width = l.kind() == StorageKind.V128 ? 2 : 1;
            a = GcOps.newDefault(l, n);
            int at = sp - n * width;
            for (int i = 0; i < n; i++) {
                if (l.kind() == StorageKind.REF) {
                    a.setRef(i, r[at + i]);
                } else {
                    a.set(i, s[at + i * width], width == 2 ? s[at + i * width + 1] : 0);
                }
            }
            sp = at;
        } else {
            ArrayLayout l = layouts.array(instance.typeId(((Instruction.Index) insn).index()));
            int n = (int) s[--sp];
            if (insn.opcode() == dev.jwasm.parser.model.Opcode.ARRAY_NEW_DEFAULT) {
                a = GcOps.newDefault(l, n);
            } else if (l.kind() == StorageKind.REF) {
                a = GcOps.newFilled(l, n, 0, 0, r[--sp]);
            } else if (l.kind() == StorageKind.V128) {
                sp -= 2;
                a = GcOps.newFilled(l, n, s[sp], s[sp + 1], null);
            } else {
                a = GcOps.newFilled(l, n, s[--sp], 0, null);
            }
        }
        pushRef(a);
    }
}
