package dev.jwasm.validator.internal;

import dev.jwasm.parser.model.ImmediateKind;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.validator.types.TypeCodes;

/**
 * {@link Opcode#signature()} turned into type-code arrays once, indexed by ordinal, so the
 * several hundred numeric, vector and memory instructions are typed by one generic path.
 */
final class OpcodeTable {
    /** Typed by hand. */
    static final byte MANUAL = 0;
    /** Pops and pushes its signature, nothing else to check. */
    static final byte GENERIC = 1;
    /** A memory access: memarg checks, then its signature with the memory's address type. */
    static final byte MEMORY = 2;
    /** extract_lane / replace_lane: lane index check, then its signature. */
    static final byte LANE = 3;
    /** i8x16.shuffle: lane indices below 32, then its signature. */
    static final byte SHUFFLE = 4;

    private static final Opcode[] OPCODES = Opcode.values();
    static final byte[] CATEGORY = new byte[OPCODES.length];
    static final int[][] PARAMS32 = new int[OPCODES.length][];
    static final int[][] PARAMS64 = new int[OPCODES.length][];
    static final int[][] RESULTS = new int[OPCODES.length][];
    /** Lanes of the vector shape of extract/replace_lane, or of a lane memory access. */
    static final int[] LANES = new int[OPCODES.length];

    static {
        for (Opcode op : OPCODES) {
            String sig = op.signature();
            int o = op.ordinal();
            if (sig == null) {
                CATEGORY[o] = MANUAL;
                continue;
            }
            int colon = sig.indexOf(':');
            PARAMS32[o] = codes(sig.substring(0, colon), TypeCodes.I32);
            PARAMS64[o] = codes(sig.substring(0, colon), TypeCodes.I64);
            RESULTS[o] = codes(sig.substring(colon + 1), TypeCodes.I32);
            ImmediateKind k = op.immediates();
            switch (k) {
                case MEMARG:
                    CATEGORY[o] = MEMORY;
                    break;
                case MEMARG_LANE:
                    CATEGORY[o] = MEMORY;
                    LANES[o] = 16 / op.accessBytes();
                    break;
                case LANE:
                    CATEGORY[o] = LANE;
                    LANES[o] = shapeLanes(op.mnemonic());
                    break;
                case SHUFFLE:
                    CATEGORY[o] = SHUFFLE;
                    break;
                default:
                    CATEGORY[o] = GENERIC;
                    break;
            }
        }
    }

    private OpcodeTable() {
    }

    private static int[] codes(String letters, int address) {
        if (letters.isEmpty()) {
            return StackMachine.NONE;
        }
        int[] out = new int[letters.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (letters.charAt(i)) {
                case 'i' -> TypeCodes.I32;
                case 'l' -> TypeCodes.I64;
                case 'f' -> TypeCodes.F32;
                case 'd' -> TypeCodes.F64;
                case 'v' -> TypeCodes.V128;
                case 'a' -> address;
                default -> throw new IllegalStateException("bad signature letter in " + letters);
            };
        }
        return out;
    }

    private static int shapeLanes(String mnemonic) {
        if (mnemonic.startsWith("i8x16")) {
            return 16;
        }
        if (mnemonic.startsWith("i16x8")) {
            return 8;
        }
        if (mnemonic.startsWith("i32x4") || mnemonic.startsWith("f32x4")) {
            return 4;
        }
        if (mnemonic.startsWith("i64x2") || mnemonic.startsWith("f64x2")) {
            return 2;
        }
        throw new IllegalStateException("no lane shape in " + mnemonic);
    }
}
