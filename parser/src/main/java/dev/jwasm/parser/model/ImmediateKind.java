package dev.jwasm.parser.model;

/**
 * The shape of an instruction's immediates, and so which {@link Instruction} record carries
 * it. Two-index kinds list their indices in binary order (see {@link Instruction.TwoIndices}).
 */
public enum ImmediateKind {
    /** No immediates: {@link Instruction.Simple}. */
    NONE,
    /** atomic.fence's reserved zero byte: {@link Instruction.Simple}. */
    ZERO_BYTE,
    /** block, loop, if, legacy try: {@link Instruction.Block}. */
    BLOCK,
    /** {@link Instruction.TryTable}. */
    TRY_TABLE,
    /** Label depth (br, br_if, br_on_null, br_on_non_null, rethrow, delegate): {@link Instruction.Index}. */
    LABEL,
    /** {@link Instruction.BrTable}. */
    BR_TABLE,
    /** Function index (call, return_call, ref.func): {@link Instruction.Index}. */
    FUNC,
    /** Type index then table index: {@link Instruction.TwoIndices}. */
    CALL_INDIRECT,
    /** Type index (call_ref, struct.new, array.get, ...): {@link Instruction.Index}. */
    TYPE,
    /** Struct type index then field index: {@link Instruction.TwoIndices}. */
    TYPE_FIELD,
    /** Destination array type then source array type (array.copy): {@link Instruction.TwoIndices}. */
    TYPE_TYPE,
    /** Array type then data index: {@link Instruction.TwoIndices}. */
    TYPE_DATA,
    /** Array type then element segment index: {@link Instruction.TwoIndices}. */
    TYPE_ELEM,
    /** Array type then operand count (array.new_fixed): {@link Instruction.TwoIndices}. */
    TYPE_SIZE,
    /** {@link Instruction.Index}. */
    LOCAL,
    /** {@link Instruction.Index}. */
    GLOBAL,
    /** {@link Instruction.Index}. */
    TABLE,
    /** Destination table then source table (table.copy): {@link Instruction.TwoIndices}. */
    TABLE_TABLE,
    /** Element segment then table (table.init, binary order): {@link Instruction.TwoIndices}. */
    ELEM_TABLE,
    /** {@link Instruction.Index}. */
    ELEM,
    /** {@link Instruction.Index}. */
    DATA,
    /** Memory index (memory.size, memory.grow, memory.fill): {@link Instruction.Index}. */
    MEMORY,
    /** Destination memory then source memory (memory.copy): {@link Instruction.TwoIndices}. */
    MEMORY_MEMORY,
    /** Data segment then memory (memory.init, binary order): {@link Instruction.TwoIndices}. */
    DATA_MEMORY,
    /** {@link Instruction.MemoryAccess} with lane -1. */
    MEMARG,
    /** {@link Instruction.MemoryAccess} with a lane. */
    MEMARG_LANE,
    /** {@link Instruction.I32Const}. */
    I32,
    /** {@link Instruction.I64Const}. */
    I64,
    /** {@link Instruction.F32Const}. */
    F32,
    /** {@link Instruction.F64Const}. */
    F64,
    /** {@link Instruction.V128Const}. */
    V128,
    /** {@link Instruction.Lane}. */
    LANE,
    /** {@link Instruction.Shuffle}. */
    SHUFFLE,
    /** select with explicit types: {@link Instruction.SelectTyped}. */
    SELECT_TYPED,
    /** ref.null, ref.test, ref.cast: {@link Instruction.HeapTypeOp}. */
    HEAP_TYPE,
    /** br_on_cast, br_on_cast_fail: {@link Instruction.BrOnCast}. */
    BR_ON_CAST,
    /** Tag index (throw, legacy catch): {@link Instruction.Index}. */
    TAG
}
