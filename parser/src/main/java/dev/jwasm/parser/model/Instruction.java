package dev.jwasm.parser.model;

import java.util.Arrays;
import java.util.List;

/**
 * One instruction of a function body or constant expression, in the flat order of the binary
 * format (block, loop, if, else, try_table and end are instructions of their own). Which
 * record carries an instruction follows from {@link Opcode#immediates()}.
 */
public sealed interface Instruction {
    Opcode opcode();

    /** An instruction without immediates; one shared instance per opcode. */
    record Simple(Opcode opcode) implements Instruction {
        @Override
        public String toString() {
            return opcode.mnemonic();
        }
    }

    /** An instruction with one index immediate (label, function, type, local, global, table, memory, ...). */
    record Index(Opcode opcode, int index) implements Instruction {
        @Override
        public String toString() {
            return opcode.mnemonic() + " " + Integer.toUnsignedString(index);
        }
    }

    /** An instruction with two index-like immediates, in binary order (see {@link ImmediateKind}). */
    record TwoIndices(Opcode opcode, int first, int second) implements Instruction {
        @Override
        public String toString() {
            return opcode.mnemonic() + " " + Integer.toUnsignedString(first) + " " + Integer.toUnsignedString(second);
        }
    }

    /** block, loop, if and legacy try. */
    record Block(Opcode opcode, BlockType type) implements Instruction {
    }

    /** try_table with its catch clauses. */
    record TryTable(Opcode opcode, BlockType type, List<Catch> catches) implements Instruction {
        public TryTable {
            catches = List.copyOf(catches);
        }
    }

    /** br_table: the label depths and the default depth. */
    record BrTable(Opcode opcode, int[] labels, int defaultLabel) implements Instruction {
        @Override
        public boolean equals(Object o) {
            return o instanceof BrTable b && b.opcode == opcode && b.defaultLabel == defaultLabel
                    && Arrays.equals(b.labels, labels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(labels) * 31 + defaultLabel;
        }

        @Override
        public String toString() {
            return "br_table " + Arrays.toString(labels) + " " + defaultLabel;
        }
    }

    /**
     * A load, store, atomic or lane memory access. {@code alignLog2} is the alignment exponent
     * as encoded; {@code offset} is unsigned 64-bit; {@code lane} is -1 unless the opcode has a
     * lane immediate.
     */
    record MemoryAccess(Opcode opcode, int memory, long offset, int alignLog2, int lane) implements Instruction {
    }

    record I32Const(Opcode opcode, int value) implements Instruction {
        public I32Const(int value) {
            this(Opcode.I32_CONST, value);
        }
    }

    record I64Const(Opcode opcode, long value) implements Instruction {
        public I64Const(long value) {
            this(Opcode.I64_CONST, value);
        }
    }

    /** f32.const as raw IEEE bits, so NaN payloads survive. */
    record F32Const(Opcode opcode, int bits) implements Instruction {
        public F32Const(int bits) {
            this(Opcode.F32_CONST, bits);
        }
    }

    /** f64.const as raw IEEE bits, so NaN payloads survive. */
    record F64Const(Opcode opcode, long bits) implements Instruction {
        public F64Const(long bits) {
            this(Opcode.F64_CONST, bits);
        }
    }

    /** v128.const: {@code low} holds bytes 0..7 (little-endian), {@code high} bytes 8..15. */
    record V128Const(Opcode opcode, long low, long high) implements Instruction {
        public V128Const(long low, long high) {
            this(Opcode.V128_CONST, low, high);
        }
    }

    /** extract_lane / replace_lane. */
    record Lane(Opcode opcode, int lane) implements Instruction {
    }

    /** i8x16.shuffle with its 16 lane indices. */
    record Shuffle(Opcode opcode, byte[] lanes) implements Instruction {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shuffle s && s.opcode == opcode && Arrays.equals(s.lanes, lanes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(lanes);
        }

        @Override
        public String toString() {
            return "i8x16.shuffle " + Arrays.toString(lanes);
        }
    }

    /** select with explicit result types. */
    record SelectTyped(Opcode opcode, List<ValType> types) implements Instruction {
        public SelectTyped {
            types = List.copyOf(types);
        }
    }

    /** ref.null, ref.test, ref.test null, ref.cast, ref.cast null: the opcode says whether null is included. */
    record HeapTypeOp(Opcode opcode, HeapType heapType) implements Instruction {
    }

    /** br_on_cast and br_on_cast_fail: label and the two reference types (their nullability is the cast flags). */
    record BrOnCast(Opcode opcode, int label, ValType from, ValType to) implements Instruction {
    }

    /** The shared instance for an opcode without immediates. */
    static Simple simple(Opcode opcode) {
        return opcode.simpleInstance();
    }
}
