package dev.jwasm.interpreter;

import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.gc.ArrayLayout;
import dev.jwasm.runtime.gc.ArrayObject;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.runtime.gc.GcOps;
import dev.jwasm.runtime.gc.I31;
import dev.jwasm.runtime.gc.RefOps;
import dev.jwasm.runtime.gc.StorageKind;
import dev.jwasm.runtime.gc.StructLayout;
import dev.jwasm.runtime.gc.StructObject;

/**
 * GC instructions: structs and arrays (immediate a: the layout's index in the function's
 * objects; b: a field index, an operand count, or a data / element segment), casts
 * (a: the cast target's index), i31 and the any / extern conversions.
 */
final class GcFamily {
    private GcFamily() {}

    private static final Opcode[] OPCODES = Opcode.values();

    static int exec(int opcode, int a, int b, long[] s, Object[] r, int sp, InterpretedFunction f) {
        Object[] objects = f.code.objects;
        Opcode op = OPCODES[opcode];
        switch (op) {
            case STRUCT_NEW:
                return structNew((StructLayout) objects[a], s, r, sp);
            case STRUCT_NEW_DEFAULT:
                r[sp] = new StructObject((StructLayout) objects[a]);
                return sp + 1;
            case STRUCT_GET:
            case STRUCT_GET_S:
            case STRUCT_GET_U: {
                StructObject o = GcOps.struct(r[sp - 1]);
                switch (o.layout.kind(b)) {
                    case StorageKind.REF:
                        r[sp - 1] = GcOps.getRefField(o, b);
                        return sp;
                    case StorageKind.V128:
                        s[sp - 1] = GcOps.getField(o, b, false);
                        s[sp] = GcOps.getFieldHigh(o, b);
                        return sp + 1;
                    default:
                        s[sp - 1] = GcOps.getField(o, b, op == Opcode.STRUCT_GET_S);
                        return sp;
                }
            }
            case STRUCT_SET: {
                int kind = ((StructLayout) objects[a]).kind(b);
                int width = kind == StorageKind.V128 ? 2 : 1;
                int at = sp - width;
                StructObject o = GcOps.struct(r[at - 1]);
                if (kind == StorageKind.REF) {
                    GcOps.setRefField(o, b, r[at]);
                } else {
                    GcOps.setField(o, b, s[at], width == 2 ? s[at + 1] : 0);
                }
                return at - 1;
            }
            case REF_TEST:
            case REF_TEST_NULL:
                s[sp - 1] = ((CastTarget) objects[a]).test(r[sp - 1]) ? 1 : 0;
                return sp;
            case REF_CAST:
            case REF_CAST_NULL:
                RefOps.cast(r[sp - 1], (CastTarget) objects[a]);
                return sp;
            case ANY_CONVERT_EXTERN:
                r[sp - 1] = RefOps.internalize(r[sp - 1]);
                return sp;
            case EXTERN_CONVERT_ANY:
                r[sp - 1] = RefOps.externalize(r[sp - 1]);
                return sp;
            case REF_I31:
                r[sp - 1] = I31.of((int) s[sp - 1]);
                return sp;
            case I31_GET_S:
                s[sp - 1] = RefOps.i31Get(r[sp - 1], true);
                return sp;
            case I31_GET_U:
                s[sp - 1] = RefOps.i31Get(r[sp - 1], false);
                return sp;
            default:
                return array(op, a, b, s, r, sp, f);
        }
    }

    private static int structNew(StructLayout l, long[] s, Object[] r, int sp) {
        int n = l.fieldCount();
        int slots = 0;
        for (int i = 0; i < n; i++) {
            slots += l.kind(i) == StorageKind.V128 ? 2 : 1;
        }
        int at = sp - slots;
        StructObject o = new StructObject(l);
        for (int i = 0; i < n; i++) {
            int kind = l.kind(i);
            if (kind == StorageKind.REF) {
                GcOps.setRefField(o, i, r[at++]);
            } else if (kind == StorageKind.V128) {
                GcOps.setField(o, i, s[at], s[at + 1]);
                at += 2;
            } else {
                GcOps.setField(o, i, s[at++], 0);
            }
        }
        r[sp - slots] = o;
        return sp - slots + 1;
    }

    private static int array(Opcode op, int a, int b, long[] s, Object[] r, int sp, InterpretedFunction f) {
        Instance inst = f.instance;
        Object[] objects = f.code.objects;
        switch (op) {
            case ARRAY_NEW: {
                ArrayLayout l = (ArrayLayout) objects[a];
                int len = (int) s[sp - 1];
                int kind = l.kind();
                int at = sp - 1 - (kind == StorageKind.V128 ? 2 : 1);
                ArrayObject arr = GcOps.newFilled(l, len, s[at], kind == StorageKind.V128 ? s[at + 1] : 0, r[at]);
                r[at] = arr;
                return at + 1;
            }
            case ARRAY_NEW_DEFAULT:
                r[sp - 1] = GcOps.newDefault((ArrayLayout) objects[a], (int) s[sp - 1]);
                return sp;
            case ARRAY_NEW_FIXED:
                return arrayNewFixed((ArrayLayout) objects[a], b, s, r, sp);
            case ARRAY_NEW_DATA:
                r[sp - 2] = GcOps.newData((ArrayLayout) objects[a], inst.data(b), (int) s[sp - 2], (int) s[sp - 1]);
                return sp - 1;
            case ARRAY_NEW_ELEM:
                r[sp - 2] = GcOps.newElem((ArrayLayout) objects[a], inst.elem(b), (int) s[sp - 2], (int) s[sp - 1]);
                return sp - 1;
            case ARRAY_GET:
            case ARRAY_GET_S:
            case ARRAY_GET_U: {
                ArrayObject arr = GcOps.checkIndex(r[sp - 2], (int) s[sp - 1]);
                int i = (int) s[sp - 1];
                switch (arr.layout.kind()) {
                    case StorageKind.REF:
                        r[sp - 2] = arr.getRef(i);
                        return sp - 1;
                    case StorageKind.V128:
                        s[sp - 2] = arr.get(i);
                        s[sp - 1] = arr.getHigh(i);
                        return sp;
                    default:
                        s[sp - 2] = op == Opcode.ARRAY_GET_U ? arr.getUnsigned(i) : arr.get(i);
                        return sp - 1;
                }
            }
            case ARRAY_SET: {
                int kind = ((ArrayLayout) objects[a]).kind();
                int at = sp - (kind == StorageKind.V128 ? 2 : 1);
                ArrayObject arr = GcOps.checkIndex(r[at - 2], (int) s[at - 1]);
                if (kind == StorageKind.REF) {
                    arr.setRef((int) s[at - 1], r[at]);
                } else {
                    arr.set((int) s[at - 1], s[at], kind == StorageKind.V128 ? s[at + 1] : 0);
                }
                return at - 2;
            }
            case ARRAY_LEN:
                s[sp - 1] = GcOps.len(r[sp - 1]);
                return sp;
            case ARRAY_FILL: {
                int kind = ((ArrayLayout) objects[a]).kind();
                int at = sp - 1 - (kind == StorageKind.V128 ? 2 : 1);
                GcOps.fill(r[at - 2], (int) s[at - 1], s[at], kind == StorageKind.V128 ? s[at + 1] : 0, r[at],
                        (int) s[sp - 1]);
                return at - 2;
            }
            case ARRAY_COPY:
                GcOps.copy(r[sp - 5], (int) s[sp - 4], r[sp - 3], (int) s[sp - 2], (int) s[sp - 1]);
                return sp - 5;
            case ARRAY_INIT_DATA:
                GcOps.initData(r[sp - 4], (int) s[sp - 3], inst.data(b), (int) s[sp - 2], (int) s[sp - 1]);
                return sp - 4;
            case ARRAY_INIT_ELEM:
                GcOps.initElem(r[sp - 4], (int) s[sp - 3], inst.elem(b), (int) s[sp - 2], (int) s[sp - 1]);
                return sp - 4;
            default:
                throw new IllegalStateException("not a GC instruction: " + op);
        }
    }

    private static int arrayNewFixed(ArrayLayout l, int n, long[] s, Object[] r, int sp) {
        int kind = l.kind();
        int width = kind == StorageKind.V128 ? 2 : 1;
        int at = sp - n * width;
        ArrayObject arr = GcOps.newDefault(l, n);
        for (int i = 0; i < n; i++) {
            if (kind == StorageKind.REF) {
                arr.setRef(i, r[at + i]);
            } else {
                arr.set(i, s[at + i * width], width == 2 ? s[at + i * width + 1] : 0);
            }
        }
        r[at] = arr;
        return at + 1;
    }
}
