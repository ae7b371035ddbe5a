package dev.jwasm.interpreter;

import static dev.jwasm.interpreter.ModuleFacts.NUM;
import static dev.jwasm.interpreter.ModuleFacts.REF;
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
 * becomes one stack-form family instruction ({@link Predecoder#family}).
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
        int o = op.ordinal();
        switch (op) {
            // ---- tables and references
            case TABLE_GET:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 1, REF);
                return;
            case TABLE_SET:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 2);
                return;
            case TABLE_SIZE:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 0, NUM);
                return;
            case TABLE_GROW:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 2, NUM);
                return;
            case TABLE_FILL:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 3);
                return;
            case TABLE_COPY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.family(Op.FAM_TABLE, o, t.first(), t.second(), 3);
                return;
            }
            case TABLE_INIT: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.family(Op.FAM_TABLE, o, t.second(), t.first(), 3);
                return;
            }
            case ELEM_DROP:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 0);
                return;
            case REF_FUNC:
                p.family(Op.FAM_TABLE, o, index(insn), 0, 0, REF);
                return;
            case REF_EQ:
                p.family(Op.FAM_TABLE, o, 0, 0, 2, NUM);
                return;
            // ---- memories
            case MEMORY_SIZE:
                p.family(Op.FAM_MEMORY, o, index(insn), 0, 0, NUM);
                return;
            case MEMORY_GROW:
                p.family(Op.FAM_MEMORY, o, index(insn), 0, 1, NUM);
                return;
            case MEMORY_FILL:
                p.family(Op.FAM_MEMORY, o, index(insn), 0, 3);
                return;
            case MEMORY_COPY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.family(Op.FAM_MEMORY, o, t.first(), t.second(), 3);
                return;
            }
            case MEMORY_INIT: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                p.family(Op.FAM_MEMORY, o, t.second(), t.first(), 3);
                return;
            }
            case DATA_DROP:
                p.family(Op.FAM_MEMORY, o, index(insn), 0, 0);
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
                p.family(Op.FAM_GC, o, out.addObject(l), 0, op == Opcode.STRUCT_NEW ? l.fieldCount() : 0, REF);
                return;
            }
            case STRUCT_GET:
            case STRUCT_GET_S:
            case STRUCT_GET_U:
            case STRUCT_SET: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) insn;
                StructLayout l = facts.layouts.struct(facts.module.canonicalTypeId(t.first()));
                if (op == Opcode.STRUCT_SET) {
                    p.family(Op.FAM_GC, o, out.addObject(l), t.second(), 2);
                } else {
                    p.family(Op.FAM_GC, o, out.addObject(l), t.second(), 1, kindOf(l.kind(t.second())));
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
                p.family(Op.FAM_GC, o, 0, 0, 1, NUM);
                return;
            case ARRAY_COPY:
                p.family(Op.FAM_GC, o, 0, 0, 5);
                return;
            case REF_TEST:
            case REF_TEST_NULL:
            case REF_CAST:
            case REF_CAST_NULL: {
                HeapType h = ((Instruction.HeapTypeOp) insn).heapType();
                boolean nullable = op == Opcode.REF_TEST_NULL || op == Opcode.REF_CAST_NULL;
                int target = out.addObject(castTarget(facts, h, nullable));
                boolean test = op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL;
                p.family(Op.FAM_GC, o, target, 0, 1, test ? NUM : REF);
                return;
            }
            case ANY_CONVERT_EXTERN:
            case EXTERN_CONVERT_ANY:
            case REF_I31:
                p.family(Op.FAM_GC, o, 0, 0, 1, REF);
                return;
            case I31_GET_S:
            case I31_GET_U:
                p.family(Op.FAM_GC, o, 0, 0, 1, NUM);
                return;
            default:
                throw new IllegalStateException("instruction not supported by the interpreter: " + op.mnemonic());
        }
    }

    private static void array(Predecoder p, Instruction insn) {
        Opcode op = insn.opcode();
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
        int layout = p.out().addObject(l);
        int o = op.ordinal();
        switch (op) {
            case ARRAY_NEW:
            case ARRAY_NEW_DATA:
            case ARRAY_NEW_ELEM:
                p.family(Op.FAM_GC, o, layout, b, 2, REF);
                break;
            case ARRAY_NEW_DEFAULT:
                p.family(Op.FAM_GC, o, layout, b, 1, REF);
                break;
            case ARRAY_NEW_FIXED:
                p.family(Op.FAM_GC, o, layout, b, b, REF);
                break;
            case ARRAY_SET:
                p.family(Op.FAM_GC, o, layout, b, 3);
                break;
            case ARRAY_FILL:
            case ARRAY_INIT_DATA:
            case ARRAY_INIT_ELEM:
                p.family(Op.FAM_GC, o, layout, b, 4);
                break;
            default: // array.get*
                p.family(Op.FAM_GC, o, layout, b, 2, kindOf(l.kind()));
                break;
        }
    }
}
