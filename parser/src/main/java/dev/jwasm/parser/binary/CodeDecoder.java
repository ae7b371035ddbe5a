package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.Catch;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ImmediateKind;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes instruction sequences (function bodies and constant expressions) into the flat
 * instruction list of the model. Nesting is tracked on an explicit stack of block kinds, so
 * depth costs no Java stack; the stack also enforces where {@code else}, legacy
 * {@code catch}/{@code catch_all} and {@code delegate} may appear, reporting a misplaced one
 * as the reference interpreter does ("END opcode expected").
 */
final class CodeDecoder {
    private static final Opcode[] SINGLE_BYTE = new Opcode[256];
    /** Prefixed opcodes by prefix (0xFB..0xFE) and sub-opcode. */
    private static final Opcode[][] PREFIXED = new Opcode[4][];
    private static final int SMALL = 256;
    /** Shared instances of the most frequent index instructions with small immediates. */
    private static final Instruction.Index[][] SMALL_INDEX = new Instruction.Index[Opcode.values().length][];
    private static final int SMALL_CONST_MIN = -64;
    private static final Instruction.I32Const[] SMALL_I32 = new Instruction.I32Const[SMALL - SMALL_CONST_MIN];

    static {
        int[] sizes = new int[4];
        for (Opcode op : Opcode.values()) {
            if (op.prefix() == 0) {
                SINGLE_BYTE[op.code()] = op;
            } else {
                int p = op.prefix() - Opcode.GC;
                sizes[p] = Math.max(sizes[p], op.code() + 1);
            }
        }
        for (int p = 0; p < 4; p++) {
            PREFIXED[p] = new Opcode[sizes[p]];
        }
        for (Opcode op : Opcode.values()) {
            if (op.prefix() != 0) {
                PREFIXED[op.prefix() - Opcode.GC][op.code()] = op;
            }
        }
        for (Opcode op : new Opcode[] {Opcode.LOCAL_GET, Opcode.LOCAL_SET, Opcode.LOCAL_TEE, Opcode.GLOBAL_GET,
                Opcode.GLOBAL_SET, Opcode.BR, Opcode.BR_IF, Opcode.CALL, Opcode.REF_FUNC}) {
            Instruction.Index[] row = new Instruction.Index[SMALL];
            for (int i = 0; i < SMALL; i++) {
                row[i] = new Instruction.Index(op, i);
            }
            SMALL_INDEX[op.ordinal()] = row;
        }
        for (int v = SMALL_CONST_MIN; v < SMALL; v++) {
            SMALL_I32[v - SMALL_CONST_MIN] = new Instruction.I32Const(v);
        }
    }

    // block kinds on the nesting stack
    private static final byte BLOCK = 0;
    private static final byte IF = 1;
    private static final byte ELSE = 2;
    private static final byte TRY = 3;
    private static final byte TRY_CATCH = 4;
    private static final byte TRY_CATCH_ALL = 5;

    private final ByteReader in;
    private final TypeDecoder types;
    private byte[] kinds = new byte[16];
    private Instruction[] buffer = new Instruction[256];
    private int count;
    private boolean usesDataIndex;
    /** When set, the next expressions note where their if and br_if instructions start (for branch hints). */
    private boolean noteBranches;
    private int[] branchIndices = new int[16];
    private int[] branchPositions = new int[16];
    private int branchCount;

    CodeDecoder(ByteReader in, TypeDecoder types) {
        this.in = in;
        this.types = types;
    }

    /** Whether a decoded function body referred to a data segment (memory.init, data.drop, array.*_data). */
    boolean usesDataIndex() {
        return usesDataIndex;
    }

    /** The opcode with this prefix byte and sub-opcode, or null. */
    static Opcode prefixed(int prefix, long sub) {
        Opcode[] row = PREFIXED[prefix - Opcode.GC];
        return sub >= 0 && sub < row.length ? row[(int) sub] : null;
    }

    static Instruction.Index index(Opcode op, int index) {
        Instruction.Index[] row = SMALL_INDEX[op.ordinal()];
        if (row != null && index >= 0 && index < SMALL) {
            return row[index];
        }
        return new Instruction.Index(op, index);
    }

    static Instruction.I32Const i32Const(int value) {
        if (value >= SMALL_CONST_MIN && value < SMALL) {
            return SMALL_I32[value - SMALL_CONST_MIN];
        }
        return new Instruction.I32Const(value);
    }

    /**
     * Decodes instructions up to and including the {@code end} that closes the expression.
     * They are collected in a buffer reused from one expression to the next, so the only
     * arrays allocated per expression are the exact-size ones of the immutable result.
     */
    List<Instruction> expression(boolean inFunction) {
        count = 0;
        branchCount = 0;
        decode(inFunction);
        return List.of(Arrays.copyOf(buffer, count));
    }

    /** Whether the following expressions note their branches for {@link #branches(int)}. */
    void noteBranches(boolean on) {
        noteBranches = on;
    }

    /**
     * The if and br_if instructions of the last expression decoded while noting branches: their
     * indices, and their byte offsets from {@code base}.
     */
    BranchHintSection.Branches branches(int base) {
        int[] offsets = Arrays.copyOf(branchPositions, branchCount);
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] -= base;
        }
        return new BranchHintSection.Branches(Arrays.copyOf(branchIndices, branchCount), offsets);
    }

    private void noteBranch(int at) {
        if (branchCount == branchIndices.length) {
            branchIndices = Arrays.copyOf(branchIndices, branchCount * 2);
            branchPositions = Arrays.copyOf(branchPositions, branchCount * 2);
        }
        branchIndices[branchCount] = count; // the index the instruction is about to get
        branchPositions[branchCount++] = at;
    }

    private void add(Instruction ins) {
        if (count == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[count++] = ins;
    }

    private void decode(boolean inFunction) {
        int depth = 0;
        byte[] kinds = this.kinds;
        ByteReader in = this.in;
        while (true) {
            int at = in.pos();
            int b = in.u8();
            Opcode op;
            if (b < Opcode.GC) {
                op = SINGLE_BYTE[b];
                if (op == null) {
                    throw in.errorAt(at, "illegal opcode " + hex(b));
                }
                if (op.immediates() == ImmediateKind.NONE) {
                    // structure first: end, else and the legacy handlers change the nesting
                    switch (b) {
                        case 0x0B:
                            add(op.simpleInstance());
                            if (depth == 0) {
                                return;
                            }
                            depth--;
                            continue;
                        case 0x05:
                            if (depth == 0 || kinds[depth - 1] != IF) {
                                throw in.errorAt(at, "END opcode expected");
                            }
                            kinds[depth - 1] = ELSE;
                            break;
                        case 0x19:
                            if (depth == 0 || (kinds[depth - 1] != TRY && kinds[depth - 1] != TRY_CATCH)) {
                                throw in.errorAt(at, "END opcode expected");
                            }
                            kinds[depth - 1] = TRY_CATCH_ALL;
                            break;
                        default:
                            break;
                    }
                    add(op.simpleInstance());
                    continue;
                }
            } else if (b <= Opcode.ATOMIC) {
                long sub = in.u32Long();
                op = prefixed(b, sub);
                if (op == null) {
                    throw in.errorAt(at, "illegal opcode " + hex(b) + " " + hex(sub));
                }
            } else {
                throw in.errorAt(at, "illegal opcode " + hex(b));
            }
            Instruction ins = immediates(op, at);
            switch (op) {
                case BLOCK: case LOOP: case TRY_TABLE:
                    kinds = push(depth++, BLOCK);
                    break;
                case IF:
                    kinds = push(depth++, IF);
                    if (noteBranches) {
                        noteBranch(at);
                    }
                    break;
                case BR_IF:
                    if (noteBranches) {
                        noteBranch(at);
                    }
                    break;
                case TRY:
                    kinds = push(depth++, TRY);
                    break;
                case CATCH:
                    if (depth == 0 || (kinds[depth - 1] != TRY && kinds[depth - 1] != TRY_CATCH)) {
                        throw in.errorAt(at, "END opcode expected");
                    }
                    kinds[depth - 1] = TRY_CATCH;
                    break;
                case DELEGATE:
                    if (depth == 0 || kinds[depth - 1] != TRY) {
                        throw in.errorAt(at, "END opcode expected");
                    }
                    depth--;
                    break;
                case MEMORY_INIT: case DATA_DROP: case ARRAY_NEW_DATA: case ARRAY_INIT_DATA:
                    if (inFunction) {
                        usesDataIndex = true;
                    }
                    break;
                default:
                    break;
            }
            add(ins);
        }
    }

    private byte[] push(int depth, byte kind) {
        if (depth == kinds.length) {
            byte[] grown = new byte[kinds.length * 2];
            System.arraycopy(kinds, 0, grown, 0, kinds.length);
            kinds = grown;
        }
        kinds[depth] = kind;
        return kinds;
    }

    /** Reads the immediates of {@code op} (its opcode bytes already consumed). */
    private Instruction immediates(Opcode op, int at) {
        ByteReader in = this.in;
        switch (op.immediates()) {
            case NONE:
                return op.simpleInstance();
            case ZERO_BYTE:
                in.expect(0x00, "zero byte expected");
                return op.simpleInstance();
            case BLOCK:
                return new Instruction.Block(op, types.blockType());
            case TRY_TABLE:
                return tryTable(op);
            case LABEL: case FUNC: case TYPE: case LOCAL: case GLOBAL: case TABLE:
            case ELEM: case DATA: case MEMORY: case TAG:
                return index(op, in.u32());
            case CALL_INDIRECT: case TYPE_FIELD: case TYPE_TYPE: case TYPE_DATA: case TYPE_ELEM: case TYPE_SIZE:
            case TABLE_TABLE: case ELEM_TABLE: case MEMORY_MEMORY: case DATA_MEMORY: {
                int first = in.u32();
                return new Instruction.TwoIndices(op, first, in.u32());
            }
            case BR_TABLE: {
                int n = in.length();
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    labels[i] = in.u32();
                }
                return new Instruction.BrTable(op, labels, in.u32());
            }
            case MEMARG:
            case MEMARG_LANE:
                return memoryAccess(op);
            case I32:
                return i32Const(in.s32());
            case I64:
                return new Instruction.I64Const(in.s64());
            case F32:
                return new Instruction.F32Const(in.fixed32());
            case F64:
                return new Instruction.F64Const(in.fixed64());
            case V128: {
                long low = in.fixed64();
                return new Instruction.V128Const(low, in.fixed64());
            }
            case LANE:
                return new Instruction.Lane(op, in.u8());
            case SHUFFLE:
                return new Instruction.Shuffle(op, in.bytes(16));
            case SELECT_TYPED:
                return new Instruction.SelectTyped(op, types.resultType());
            case HEAP_TYPE:
                return new Instruction.HeapTypeOp(op, types.heapType());
            case BR_ON_CAST:
                return brOnCast(op);
            default:
                throw new IllegalStateException("immediate kind without a decoder: " + op.immediates());
        }
    }

    private Instruction tryTable(Opcode op) {
        BlockType type = types.blockType();
        int n = in.length();
        List<Catch> catches = new ArrayList<>(Math.min(n, 16));
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int kind = in.u8();
            switch (kind) {
                case 0x00:
                case 0x01: {
                    int tag = in.u32();
                    catches.add(new Catch(kind == 0 ? Catch.Kind.CATCH : Catch.Kind.CATCH_REF, tag, in.u32()));
                    break;
                }
                case 0x02:
                case 0x03:
                    catches.add(new Catch(kind == 2 ? Catch.Kind.CATCH_ALL : Catch.Kind.CATCH_ALL_REF, -1, in.u32()));
                    break;
                default:
                    throw in.errorAt(at, "malformed catch clause");
            }
        }
        return new Instruction.TryTable(op, type, catches);
    }

    private Instruction memoryAccess(Opcode op) {
        int at = in.pos();
        long flags = in.u32Long();
        if (flags >= 0x80) {
            throw in.errorAt(at, "malformed memop flags");
        }
        int memory = (flags & 0x40) != 0 ? in.u32() : 0;
        long offset = in.u64();
        int lane = op.immediates() == ImmediateKind.MEMARG_LANE ? in.u8() : -1;
        return new Instruction.MemoryAccess(op, memory, offset, (int) (flags & 0x3F), lane);
    }

    private Instruction brOnCast(Opcode op) {
        int at = in.pos();
        int flags = in.u8();
        if ((flags & ~0x03) != 0) {
            throw in.errorAt(at, "malformed br_on_cast flags");
        }
        int label = in.u32();
        HeapType from = types.heapType();
        HeapType to = types.heapType();
        return new Instruction.BrOnCast(op, label, ValType.ref((flags & 1) != 0, from), ValType.ref((flags & 2) != 0, to));
    }

    /** Two or more lowercase hex digits, as the reference interpreter prints opcodes. */
    static String hex(long b) {
        return b < 0x10 ? "0" + Long.toHexString(b) : Long.toHexString(b);
    }
}
