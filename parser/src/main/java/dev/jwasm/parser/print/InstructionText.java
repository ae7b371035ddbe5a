package dev.jwasm.parser.print;

import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;

/**
 * The text of one instruction, mnemonic and immediates, in the order of spec "Text Format:
 * Instructions" (which differs from the binary order for {@code table.init} and
 * {@code memory.init}). Optional memory and table indices equal to 0 are left out, as the parser
 * defaults them.
 */
final class InstructionText {
    private final Names names;
    private final TypeText types;
    /** The function whose locals are named, or -1 (constant expressions). */
    private int function = -1;

    InstructionText(Names names, TypeText types) {
        this.names = names;
        this.types = types;
    }

    void function(int index) {
        function = index;
    }

    String text(Instruction ins) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, ins);
        return sb.toString();
    }

    void append(StringBuilder sb, Instruction ins) {
        Opcode op = ins.opcode();
        sb.append(op.mnemonic());
        switch (op.immediates()) {
            case NONE:
            case ZERO_BYTE:
                return;
            case BLOCK:
                space(sb, types.blockType(((Instruction.Block) ins).type()));
                return;
            case TRY_TABLE:
                tryTable(sb, (Instruction.TryTable) ins);
                return;
            case LABEL:
                sb.append(' ').append(Integer.toUnsignedString(((Instruction.Index) ins).index()));
                return;
            case BR_TABLE: {
                Instruction.BrTable b = (Instruction.BrTable) ins;
                for (int l : b.labels()) {
                    sb.append(' ').append(Integer.toUnsignedString(l));
                }
                sb.append(' ').append(Integer.toUnsignedString(b.defaultLabel()));
                return;
            }
            case FUNC:
                ref(sb, Names.Space.FUNC, ins);
                return;
            case CALL_INDIRECT: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) ins;
                optional(sb, Names.Space.TABLE, t.second());
                sb.append(" (type ").append(names.ref(Names.Space.TYPE, t.first())).append(')');
                return;
            }
            case TYPE:
                ref(sb, Names.Space.TYPE, ins);
                return;
            case TYPE_FIELD:
            case TYPE_SIZE: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) ins;
                sb.append(' ').append(names.ref(Names.Space.TYPE, t.first()))
                        .append(' ').append(Integer.toUnsignedString(t.second()));
                return;
            }
            case TYPE_TYPE:
                two(sb, Names.Space.TYPE, Names.Space.TYPE, (Instruction.TwoIndices) ins);
                return;
            case TYPE_DATA:
                two(sb, Names.Space.TYPE, Names.Space.DATA, (Instruction.TwoIndices) ins);
                return;
            case TYPE_ELEM:
                two(sb, Names.Space.TYPE, Names.Space.ELEM, (Instruction.TwoIndices) ins);
                return;
            case LOCAL:
                sb.append(' ').append(names.localRef(function, ((Instruction.Index) ins).index()));
                return;
            case GLOBAL:
                ref(sb, Names.Space.GLOBAL, ins);
                return;
            case TABLE:
                optional(sb, Names.Space.TABLE, ((Instruction.Index) ins).index());
                return;
            case MEMORY:
                optional(sb, Names.Space.MEMORY, ((Instruction.Index) ins).index());
                return;
            case TABLE_TABLE:
                optionalPair(sb, Names.Space.TABLE, (Instruction.TwoIndices) ins);
                return;
            case MEMORY_MEMORY:
                optionalPair(sb, Names.Space.MEMORY, (Instruction.TwoIndices) ins);
                return;
            case ELEM_TABLE: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) ins;
                optional(sb, Names.Space.TABLE, t.second());
                sb.append(' ').append(names.ref(Names.Space.ELEM, t.first()));
                return;
            }
            case DATA_MEMORY: {
                Instruction.TwoIndices t = (Instruction.TwoIndices) ins;
                optional(sb, Names.Space.MEMORY, t.second());
                sb.append(' ').append(names.ref(Names.Space.DATA, t.first()));
                return;
            }
            case ELEM:
                ref(sb, Names.Space.ELEM, ins);
                return;
            case DATA:
                ref(sb, Names.Space.DATA, ins);
                return;
            case TAG:
                ref(sb, Names.Space.TAG, ins);
                return;
            case MEMARG:
            case MEMARG_LANE:
                memoryAccess(sb, (Instruction.MemoryAccess) ins);
                return;
            case I32:
                sb.append(' ').append(((Instruction.I32Const) ins).value());
                return;
            case I64:
                sb.append(' ').append(((Instruction.I64Const) ins).value());
                return;
            case F32: {
                int bits = ((Instruction.F32Const) ins).bits();
                sb.append(' ').append(Constants.f32(bits));
                decimalComment(sb, Constants.f32Decimal(bits));
                return;
            }
            case F64: {
                long bits = ((Instruction.F64Const) ins).bits();
                sb.append(' ').append(Constants.f64(bits));
                decimalComment(sb, Constants.f64Decimal(bits));
                return;
            }
            case V128: {
                Instruction.V128Const v = (Instruction.V128Const) ins;
                sb.append(' ').append(Constants.v128(v.low(), v.high()));
                return;
            }
            case LANE:
                sb.append(' ').append(((Instruction.Lane) ins).lane());
                return;
            case SHUFFLE:
                for (byte lane : ((Instruction.Shuffle) ins).lanes()) {
                    sb.append(' ').append(lane & 0xFF);
                }
                return;
            case SELECT_TYPED: {
                sb.append(" (result");
                for (ValType t : ((Instruction.SelectTyped) ins).types()) {
                    sb.append(' ').append(types.valType(t));
                }
                sb.append(')');
                return;
            }
            case HEAP_TYPE:
                heapTypeOp(sb, (Instruction.HeapTypeOp) ins);
                return;
            case BR_ON_CAST: {
                Instruction.BrOnCast b = (Instruction.BrOnCast) ins;
                sb.append(' ').append(Integer.toUnsignedString(b.label()))
                        .append(' ').append(types.refType(b.from()))
                        .append(' ').append(types.refType(b.to()));
                return;
            }
            default:
                throw new IllegalStateException("no text for immediates " + op.immediates());
        }
    }

    private void tryTable(StringBuilder sb, Instruction.TryTable t) {
        space(sb, types.blockType(t.type()));
        for (Catch c : t.catches()) {
            sb.append(" (").append(c.kind().text());
            if (c.kind().hasTag()) {
                sb.append(' ').append(names.ref(Names.Space.TAG, c.tag()));
            }
            sb.append(' ').append(Integer.toUnsignedString(c.label())).append(')');
        }
    }

    /** {@code ref.null ht}; {@code ref.test} / {@code ref.cast} with the reference type their opcode implies. */
    private void heapTypeOp(StringBuilder sb, Instruction.HeapTypeOp h) {
        sb.append(' ');
        switch (h.opcode()) {
            case REF_NULL -> sb.append(types.heapType(h.heapType()));
            case REF_TEST_NULL, REF_CAST_NULL -> sb.append(types.refType(ValType.ref(true, h.heapType())));
            default -> sb.append(types.refType(ValType.ref(false, h.heapType())));
        }
    }

    /** {@code memidx? offset=N? align=N?} then the lane; align only when it is not the natural one. */
    private void memoryAccess(StringBuilder sb, Instruction.MemoryAccess m) {
        optional(sb, Names.Space.MEMORY, m.memory());
        if (m.offset() != 0) {
            sb.append(" offset=").append(Long.toUnsignedString(m.offset()));
        }
        if (m.alignLog2() != m.opcode().naturalAlignLog2()) {
            sb.append(" align=").append(Long.toUnsignedString(1L << m.alignLog2()));
        }
        if (m.lane() >= 0) {
            sb.append(' ').append(m.lane());
        }
    }

    private void ref(StringBuilder sb, Names.Space space, Instruction ins) {
        sb.append(' ').append(names.ref(space, ((Instruction.Index) ins).index()));
    }

    private void two(StringBuilder sb, Names.Space first, Names.Space second, Instruction.TwoIndices t) {
        sb.append(' ').append(names.ref(first, t.first())).append(' ').append(names.ref(second, t.second()));
    }

    /** An index the parser defaults to 0 (memory or table): written when it is not 0. */
    private void optional(StringBuilder sb, Names.Space space, int index) {
        if (index != 0) {
            sb.append(' ').append(names.ref(space, index));
        }
    }

    /** Two indices the parser defaults to 0 together: both or neither. */
    private void optionalPair(StringBuilder sb, Names.Space space, Instruction.TwoIndices t) {
        if (t.first() != 0 || t.second() != 0) {
            sb.append(' ').append(names.ref(space, t.first())).append(' ').append(names.ref(space, t.second()));
        }
    }

    private static void space(StringBuilder sb, String s) {
        if (!s.isEmpty()) {
            sb.append(' ').append(s);
        }
    }

    private static void decimalComment(StringBuilder sb, String decimal) {
        if (decimal != null) {
            sb.append(" (;=").append(decimal).append(";)");
        }
    }
}
