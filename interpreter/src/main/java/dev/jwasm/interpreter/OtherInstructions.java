package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.ModuleFacts.V128;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.runtime.gc.ArrayLayout;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.runtime.gc.StorageKind;
import dev.jwasm.runtime.gc.StructLayout;
import dev.jwasm.runtime.internal.TypeCodesOf;

/**
 * The {@link Predecoder}'s translation of the instructions the opcode table does not type by
 * signature and that are not control flow: tables, bulk memory, references and GC. Each
 * becomes one family instruction; this class also keeps the operand-stack model in step.
 */
final class OtherInstructions {
    private OtherInstructions() {}

    static CastTarget castTarget(ModuleFacts facts, HeapType heap, boolean nullable) {
        return new CastTarget(TypeCodesOf.heap(heap, facts.module), nullable, facts.module.registry());
    }

    private static byte kindOf(int storageKind) {
        return storageKind == StorageKind.REF ? ModuleFacts.REF
                : storageKind == StorageKind.V128 ? V128 : ModuleFacts.NUM;
    }

    static void translate(Predecoder p, Instruction insn) {
        Opcode op = insn.opcode();
        CodeBuffer out = p.out();
        ModuleFacts facts = p.facts();
        int o = op.ordinal();
        switch (op) {
            // ---- tables and references
            case TABLE_GET:
                p.pop(1);
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                p.pushRef();
                return;
            case TABLE_SET:
                p.pop(2);
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                return;
            case TABLE_SIZE:
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                p.pushNum();
                return;
            case TABLE_GROW:
                p.pop(2);
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                p.pushNum();
                return;
            case TABLE_FILL:
                p.pop(3);
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                return;
            case TABLE_COPY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.pop(3);
                out.emit(Op.FAM_TABLE, o, t.first(), t.second());
                return;
            }
            case TABLE_INIT: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.pop(3);
                out.emit(Op.FAM_TABLE, o, t.second(), t.first());
                return;
            }
            case ELEM_DROP:
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                return;
            case REF_FUNC:
                out.emit(Op.FAM_TABLE, o, index(insn), 0);
                p.pushRef();
                return;
            case REF_EQ:
                p.pop(2);
                out.emit(Op.FAM_TABLE, o, 0, 0);
                p.pushNum();
                return;
            // ---- memories
            case MEMORY_SIZE:
                out.emit(Op.FAM_MEMORY, o, index(insn), 0);
                p.pushNum();
                return;
            case MEMORY_GROW:
                p.pop(1);
                out.emit(Op.FAM_MEMORY, o, index(insn), 0);
                p.pushNum();
                return;
            case MEMORY_FILL:
                p.pop(3);
                out.emit(Op.FAM_MEMORY, o, index(insn), 0);
                return;
            case MEMORY_COPY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.pop(3);
                out.emit(Op.FAM_MEMORY, o, t.first(), t.second());
                return;
            }
            case MEMORY_INIT: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.pop(3);
                out.emit(Op.FAM_MEMORY, o, t.second(), t.first());
                return;
            }
            case DATA_DROP:
                out.emit(Op.FAM_MEMORY, o, index(insn), 0);
                return;
            default:
                gc(p, insn);
        }
    }

    private static int index(Instruction insn) {
        return ((Instruction.Index) insn).index();
    }

    private static void gc(Predecoder p, Instruction insn) {
        Opcode op = insn.opcode();
        CodeBuffer out = p.out();
        ModuleFacts facts = p.facts();
        int o = op.ordinal();
        switch (op) {
            case STRUCT_NEW:
            case STRUCT_NEW_DEFAULT: {
                StructLayout l = facts.layouts.struct(facts.module.canonicalTypeId(index(insn)));
                if (op == Opcode.STRUCT_NEW) {
                    p.pop(l.fieldCount());
                }
                out.emit(Op.FAM_GC, o, out.addObject(l), 0);
                p.pushRef();
                return;
            }
            case STRUCT_GET:
            case STRUCT_GET_S:
            case STRUCT_GET_U:
            case STRUCT_SET: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                StructLayout l = facts.layouts.struct(facts.module.canonicalTypeId(t.first()));
                out.emit(Op.FAM_GC, o, out.addObject(l), t.second());
                if (op == Opcode.STRUCT_SET) {
                    p.pop(2);
                } else {
                    p.pop(1);
                    p.pushKindOf(kindOf(l.kind(t.second())));
                }
                return;
            }
            case ARRAY_NEW:
            case ARRAY_NEW_DEFAULT:
            case ARRAY_NEW_FIXED:
            case ARRAY_NEW_DATA:
            case ARRAY_NEW_ELEM:
            case ARRAY_GET:
            case ARRAY_GET_S:
            case ARRAY_GET_U:
            case ARRAY_SET:
            case ARRAY_FILL:
            case ARRAY_INIT_DATA:
            case ARRAY_INIT_ELEM:
                array(p, insn);
                return;
            case ARRAY_LEN:
                p.pop(1);
                out.emit(Op.FAM_GC, o, 0, 0);
                p.pushNum();
                return;
            case ARRAY_COPY:
                p.pop(5);
                out.emit(Op.FAM_GC, o, 0, 0);
                return;
            case REF_TEST:
            case REF_TEST_NULL:
            case REF_CAST:
            case REF_CAST_NULL: {
                HeapType h = ((Instruction.HeapTypeOp) insn).heapType();
                boolean nullable = op == Opcode.REF_TEST_NULL || op == Opcode.REF_CAST_NULL;
                out.emit(Op.FAM_GC, o, out.addObject(castTarget(facts, h, nullable)), 0);
                if (op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL) {
                    p.pop(1);
                    p.pushNum();
                }
                return;
            }
            case ANY_CONVERT_EXTERN:
            case EXTERN_CONVERT_ANY:
                out.emit(Op.FAM_GC, o, 0, 0);
                return;
            case REF_I31:
                p.pop(1);
                out.emit(Op.FAM_GC, o, 0, 0);
                p.pushRef();
                return;
            case I31_GET_S:
            case I31_GET_U:
                p.pop(1);
                out.emit(Op.FAM_GC, o, 0, 0);
                p.pushNum();
                return;
            default:
                throw new IllegalStateException("instruction not supported by the interpreter: " + op.mnemonic());
        }
    }

    private static void array(Predecoder p, Instruction insn) {
        Opcode op = insn.opcode();
        CodeBuffer out = p.out();
        ModuleFacts facts = p.facts();
        int typeIndex;
        int b = 0;
        if (insn instanceof Instruction.TwoIndices t) {
            typeIndex = t.first();
            b = t.second();
        } else {
            typeIndex = index(insn);
        }
        ArrayLayout l = facts.layouts.array(facts.module.canonicalTypeId(typeIndex));
        out.emit(Op.FAM_GC, op.ordinal(), out.addObject(l), b);
        switch (op) {
            case ARRAY_NEW:
                p.pop(2);
                p.pushRef();
                break;
            case ARRAY_NEW_DEFAULT:
                p.pop(1);
                p.pushRef();
                break;
            case ARRAY_NEW_FIXED:
                p.pop(b);
                p.pushRef();
                break;
            case ARRAY_NEW_DATA:
            case ARRAY_NEW_ELEM:
                p.pop(2);
                p.pushRef();
                break;
            case ARRAY_SET:
                p.pop(3);
                break;
            case ARRAY_FILL:
            case ARRAY_INIT_DATA:
            case ARRAY_INIT_ELEM:
                p.pop(4);
                break;
            default: // array.get*
                p.pop(2);
                p.pushKindOf(kindOf(l.kind()));
                break;
        }
    }
}
