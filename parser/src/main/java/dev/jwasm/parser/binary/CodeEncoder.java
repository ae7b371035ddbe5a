package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.ImmediateKind;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import java.util.List;

/** Encodes instructions in their canonical binary form. */
final class CodeEncoder {
    private CodeEncoder() {
    }

    /** Writes the instructions; true when one of them refers to a data segment. */
    static boolean instructions(ByteWriter out, List<Instruction> instructions) {
        return instructions(out, instructions, null);
    }

    /**
     * As {@link #instructions(ByteWriter, List)}, noting in {@code offsets} (when not null, as
     * long as the list) where in {@code out} each instruction starts.
     */
    static boolean instructions(ByteWriter out, List<Instruction> instructions, int[] offsets) {
        boolean usesDataIndex = false;
        int i = 0;
        for (Instruction ins : instructions) {
            if (offsets != null) {
                offsets[i++] = out.size();
            }
            instruction(out, ins);
            ImmediateKind kind = ins.opcode().immediates();
            if (kind == ImmediateKind.DATA || kind == ImmediateKind.DATA_MEMORY || kind == ImmediateKind.TYPE_DATA) {
                usesDataIndex = true;
            }
        }
        return usesDataIndex;
    }

    static void instruction(ByteWriter out, Instruction ins) {
        try {
            encode(out, ins);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("the instruction does not carry the immediates of its opcode: " + ins, e);
        }
    }

    private static void encode(ByteWriter out, Instruction ins) {
        Opcode op = ins.opcode();
        if (op.prefix() == 0) {
            out.u8(op.code());
        } else {
            out.u8(op.prefix());
            out.u32(op.code());
        }
        switch (op.immediates()) {
            case NONE:
                break;
            case ZERO_BYTE:
                out.u8(0x00);
                break;
            case BLOCK:
                TypeEncoder.blockType(out, ((Instruction.Block) ins).type());
                break;
            case TRY_TABLE: {
                Instruction.TryTable t = (Instruction.TryTable) ins;
                TypeEncoder.blockType(out, t.type());
                out.u32(t.catches().size());
                for (Catch c : t.catches()) {
                    out.u8(c.kind().code());
                    if (c.kind().hasTag()) {
                        out.u32(c.tag());
                    }
                    out.u32(c.label());
                }
                break;
            }
            case LABEL: case FUNC: case TYPE: case LOCAL: case GLOBAL: case TABLE:
            case ELEM: case DATA: case MEMORY: case TAG:
                out.u32(((Instruction.Index) ins).index());
                break;
            case CALL_INDIRECT: case TYPE_FIELD: case TYPE_TYPE: case TYPE_DATA: case TYPE_ELEM: case TYPE_SIZE:
            case TABLE_TABLE: case ELEM_TABLE: case MEMORY_MEMORY: case DATA_MEMORY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) ins;
                out.u32(t.first());
                out.u32(t.second());
                break;
            }
            case BR_TABLE: {
                Instruction.BrTable t = (Instruction.BrTable) ins;
                out.u32(t.labels().length);
                for (int l : t.labels()) {
                    out.u32(l);
                }
                out.u32(t.defaultLabel());
                break;
            }
            case MEMARG:
            case MEMARG_LANE: {
                Instruction.MemoryAccess m = (Instruction.MemoryAccess) ins;
                if (m.memory() != 0) {
                    out.u32(m.alignLog2() | 0x40);
                    out.u32(m.memory());
                } else {
                    out.u32(m.alignLog2());
                }
                out.u64(m.offset());
                if (op.immediates() == ImmediateKind.MEMARG_LANE) {
                    out.u8(m.lane());
                }
                break;
            }
            case I32:
                out.signed(((Instruction.I32Const) ins).value());
                break;
            case I64:
                out.signed(((Instruction.I64Const) ins).value());
                break;
            case F32:
                out.fixed32(((Instruction.F32Const) ins).bits());
                break;
            case F64:
                out.fixed64(((Instruction.F64Const) ins).bits());
                break;
            case V128: {
                Instruction.V128Const v = (Instruction.V128Const) ins;
                out.fixed64(v.low());
                out.fixed64(v.high());
                break;
            }
            case LANE:
                out.u8(((Instruction.Lane) ins).lane());
                break;
            case SHUFFLE:
                out.bytes(((Instruction.Shuffle) ins).lanes());
                break;
            case SELECT_TYPED:
                TypeEncoder.resultType(out, ((Instruction.SelectTyped) ins).types());
                break;
            case HEAP_TYPE:
                TypeEncoder.heapType(out, ((Instruction.HeapTypeOp) ins).heapType());
                break;
            case BR_ON_CAST: {
                Instruction.BrOnCast b = (Instruction.BrOnCast) ins;
                ValType from = b.from();
                ValType to = b.to();
                out.u8((from.nullable() ? 1 : 0) | (to.nullable() ? 2 : 0));
                out.u32(b.label());
                TypeEncoder.heapType(out, from.heapType());
                TypeEncoder.heapType(out, to.heapType());
                break;
            }
            default:
                throw new IllegalStateException("immediate kind without an encoder: " + op.immediates());
        }
    }
}
