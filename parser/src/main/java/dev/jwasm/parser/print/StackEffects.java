package dev.jwasm.parser.print;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * How many operands an instruction pops and how many results it pushes, as far as the printer
 * can tell without validating: the folded form nests an instruction's operands inside it. Any
 * nesting unfolds to the same instruction sequence, so an unknown arity (-1) only means less
 * nesting, never wrong output.
 */
final class StackEffects {
    /** Operands popped and results pushed; -1 when unknown. */
    record Effect(int params, int results) {
        static final Effect UNKNOWN = new Effect(-1, -1);
    }

    private final List<SubType> types;
    private final List<Integer> functionTypes = new ArrayList<>();
    private final List<Integer> tagTypes = new ArrayList<>();

    StackEffects(WasmModule module) {
        this.types = module.types();
        for (Import i : module.imports()) {
            ExternType t = i.type();
            if (t instanceof ExternType.Func f) {
                functionTypes.add(f.typeIndex());
            } else if (t instanceof TagType tag) {
                tagTypes.add(tag.typeIndex());
            }
        }
        functionTypes.addAll(module.functions());
        for (TagType t : module.tags()) {
            tagTypes.add(t.typeIndex());
        }
    }

    FuncType functionTypeAt(int typeIndex) {
        return Names.functionType(types, typeIndex);
    }

    /** The type of a function by function index, or null. */
    FuncType functionType(int function) {
        return function >= 0 && function < functionTypes.size() ? functionTypeAt(functionTypes.get(function)) : null;
    }

    /** Parameters and results of a block type, or null when its type index names no function type. */
    FuncType blockType(BlockType b) {
        if (b.isTypeIndex()) {
            return functionTypeAt(b.typeIndex());
        }
        return new FuncType(List.of(), b.valueType() == null ? List.of() : List.of(b.valueType()));
    }

    /**
     * The effect of a non-structured instruction. {@code labelArity} gives the arity of the
     * label at a relative depth (-1 when unknown); {@code returnArity} is the function's result count.
     */
    Effect of(Instruction ins, IntUnaryOperator labelArity, int returnArity) {
        Opcode op = ins.opcode();
        String sig = op.signature();
        if (sig != null) {
            int colon = sig.indexOf(':');
            return new Effect(colon, sig.length() - colon - 1);
        }
        switch (op) {
            case UNREACHABLE: case NOP:
                return new Effect(0, 0);
            case BR: {
                int a = labelArity.applyAsInt(((Instruction.Index) ins).index());
                return a < 0 ? Effect.UNKNOWN : new Effect(a, 0);
            }
            case BR_IF: {
                int a = labelArity.applyAsInt(((Instruction.Index) ins).index());
                return a < 0 ? Effect.UNKNOWN : new Effect(a + 1, a);
            }
            case BR_TABLE: {
                int a = labelArity.applyAsInt(((Instruction.BrTable) ins).defaultLabel());
                return a < 0 ? Effect.UNKNOWN : new Effect(a + 1, 0);
            }
            case BR_ON_NULL: {
                int a = labelArity.applyAsInt(((Instruction.Index) ins).index());
                return a < 0 ? Effect.UNKNOWN : new Effect(a + 1, a + 1);
            }
            case BR_ON_NON_NULL:
            case BR_ON_CAST:
            case BR_ON_CAST_FAIL: {
                int label = ins instanceof Instruction.BrOnCast b ? b.label() : ((Instruction.Index) ins).index();
                int a = labelArity.applyAsInt(label);
                if (a < 1) {
                    return Effect.UNKNOWN;
                }
                return op == Opcode.BR_ON_NON_NULL ? new Effect(a, a - 1) : new Effect(a, a);
            }
            case RETURN:
                return returnArity < 0 ? Effect.UNKNOWN : new Effect(returnArity, 0);
            case CALL:
            case RETURN_CALL:
                return calls(functionType(((Instruction.Index) ins).index()), 0, op == Opcode.RETURN_CALL);
            case CALL_INDIRECT:
            case RETURN_CALL_INDIRECT:
                return calls(functionTypeAt(((Instruction.TwoIndices) ins).first()), 1,
                        op == Opcode.RETURN_CALL_INDIRECT);
            case CALL_REF:
            case RETURN_CALL_REF:
                return calls(typeAt(ins), 1, op == Opcode.RETURN_CALL_REF);
            case THROW: {
                int tag = ((Instruction.Index) ins).index();
                FuncType t = tag >= 0 && tag < tagTypes.size() ? functionTypeAt(tagTypes.get(tag)) : null;
                return t == null ? Effect.UNKNOWN : new Effect(t.params().size(), 0);
            }
            case THROW_REF: case DROP:
                return new Effect(1, 0);
            case RETHROW: case ELEM_DROP: case DATA_DROP:
                return new Effect(0, 0);
            case SELECT: case SELECT_TYPED:
                return new Effect(3, 1);
            case LOCAL_GET: case GLOBAL_GET: case TABLE_SIZE: case MEMORY_SIZE: case REF_NULL: case REF_FUNC:
            case STRUCT_NEW_DEFAULT:
                return new Effect(0, 1);
            case LOCAL_SET: case GLOBAL_SET:
                return new Effect(1, 0);
            case LOCAL_TEE: case TABLE_GET: case MEMORY_GROW: case REF_IS_NULL: case REF_AS_NON_NULL:
            case STRUCT_GET: case STRUCT_GET_S: case STRUCT_GET_U: case ARRAY_NEW_DEFAULT: case ARRAY_LEN:
            case REF_TEST: case REF_TEST_NULL: case REF_CAST: case REF_CAST_NULL: case ANY_CONVERT_EXTERN:
            case EXTERN_CONVERT_ANY: case REF_I31: case I31_GET_S: case I31_GET_U:
                return new Effect(1, 1);
            case TABLE_SET: case STRUCT_SET:
                return new Effect(2, 0);
            case TABLE_GROW: case REF_EQ: case ARRAY_NEW: case ARRAY_NEW_DATA: case ARRAY_NEW_ELEM:
            case ARRAY_GET: case ARRAY_GET_S: case ARRAY_GET_U:
                return new Effect(2, 1);
            case TABLE_FILL: case TABLE_COPY: case TABLE_INIT: case MEMORY_FILL: case MEMORY_COPY:
            case MEMORY_INIT: case ARRAY_SET:
                return new Effect(3, 0);
            case ARRAY_FILL: case ARRAY_INIT_DATA: case ARRAY_INIT_ELEM:
                return new Effect(4, 0);
            case ARRAY_COPY:
                return new Effect(5, 0);
            case ARRAY_NEW_FIXED: {
                int n = ((Instruction.TwoIndices) ins).second();
                return n < 0 ? Effect.UNKNOWN : new Effect(n, 1);
            }
            case STRUCT_NEW: {
                int t = ((Instruction.Index) ins).index();
                if (t >= 0 && t < types.size() && types.get(t).composite() instanceof StructType s) {
                    return new Effect(s.fields().size(), 1);
                }
                return Effect.UNKNOWN;
            }
            default:
                return Effect.UNKNOWN;
        }
    }

    private FuncType typeAt(Instruction ins) {
        return functionTypeAt(((Instruction.Index) ins).index());
    }

    private static Effect calls(FuncType t, int extra, boolean tail) {
        if (t == null) {
            return Effect.UNKNOWN;
        }
        return new Effect(t.params().size() + extra, tail ? 0 : t.results().size());
    }
}
