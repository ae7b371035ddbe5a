package dev.jwasm.validator.internal;

import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeCodes;

/** Typing of the struct, array, i31, cast and extern-conversion instructions. */
final class GcInstructions {
    private final CodeValidator v;
    private final ModuleContext ctx;

    GcInstructions(CodeValidator v) {
        this.v = v;
        this.ctx = v.ctx;
    }

    /** Types {@code insn} if it is one of these instructions; returns false otherwise. */
    boolean validate(Instruction insn, Opcode op) {
        switch (op) {
            case STRUCT_NEW:
            case STRUCT_NEW_DEFAULT:
                structNew(CodeValidator.index(insn), op == Opcode.STRUCT_NEW_DEFAULT);
                return true;
            case STRUCT_GET:
            case STRUCT_GET_S:
            case STRUCT_GET_U:
                structGet(CodeValidator.two(insn), op);
                return true;
            case STRUCT_SET:
                structSet(CodeValidator.two(insn));
                return true;
            case ARRAY_NEW:
            case ARRAY_NEW_DEFAULT:
                arrayNew(CodeValidator.index(insn), op == Opcode.ARRAY_NEW_DEFAULT);
                return true;
            case ARRAY_NEW_FIXED: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                CanonicalType a = ctx.arrayType(t.first());
                v.popRepeated(a.unpackedFields()[0], Integer.toUnsignedLong(t.second()));
                v.push(ctx.refTo(t.first(), false));
                return true;
            }
            case ARRAY_NEW_DATA: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                CanonicalType a = ctx.arrayType(t.first());
                ctx.checkData(t.second());
                requireNumericOrVector(a);
                v.pop2(TypeCodes.I32, TypeCodes.I32);
                v.push(ctx.refTo(t.first(), false));
                return true;
            }
            case ARRAY_NEW_ELEM: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                CanonicalType a = ctx.arrayType(t.first());
                requireElemMatches(a, ctx.elem(t.second()));
                v.pop2(TypeCodes.I32, TypeCodes.I32);
                v.push(ctx.refTo(t.first(), false));
                return true;
            }
            case ARRAY_GET:
            case ARRAY_GET_S:
            case ARRAY_GET_U:
                arrayGet(CodeValidator.index(insn), op);
                return true;
            case ARRAY_SET: {
                int x = CodeValidator.index(insn);
                CanonicalType a = mutableArray(x);
                v.pop3(ctx.refTo(x, true), TypeCodes.I32, a.unpackedFields()[0]);
                return true;
            }
            case ARRAY_LEN:
                v.pop(TypeCodes.ARRAYREF);
                v.push(TypeCodes.I32);
                return true;
            case ARRAY_FILL: {
                int x = CodeValidator.index(insn);
                CanonicalType a = mutableArray(x);
                v.pop4(ctx.refTo(x, true), TypeCodes.I32, a.unpackedFields()[0], TypeCodes.I32);
                return true;
            }
            case ARRAY_COPY:
                arrayCopy(CodeValidator.two(insn));
                return true;
            case ARRAY_INIT_DATA: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                CanonicalType a = mutableArray(t.first());
                ctx.checkData(t.second());
                requireNumericOrVector(a);
                v.pop4(ctx.refTo(t.first(), true), TypeCodes.I32, TypeCodes.I32, TypeCodes.I32);
                return true;
            }
            case ARRAY_INIT_ELEM: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                CanonicalType a = mutableArray(t.first());
                requireElemMatches(a, ctx.elem(t.second()));
                v.pop4(ctx.refTo(t.first(), true), TypeCodes.I32, TypeCodes.I32, TypeCodes.I32);
                return true;
            }
            case REF_TEST:
            case REF_TEST_NULL:
            case REF_CAST:
            case REF_CAST_NULL: {
                int heap = ctx.heapCode(CodeValidator.heapTypeOp(insn).heapType());
                v.pop(TypeCodes.ref(v.registry.topOf(heap), true));
                if (op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL) {
                    v.push(TypeCodes.I32);
                } else {
                    v.push(TypeCodes.ref(heap, op == Opcode.REF_CAST_NULL));
                }
                return true;
            }
            case ANY_CONVERT_EXTERN:
                convert(TypeCodes.HEAP_EXTERN, TypeCodes.HEAP_ANY);
                return true;
            case EXTERN_CONVERT_ANY:
                convert(TypeCodes.HEAP_ANY, TypeCodes.HEAP_EXTERN);
                return true;
            case REF_I31:
                v.pop(TypeCodes.I32);
                v.push(TypeCodes.ref(TypeCodes.HEAP_I31, false));
                return true;
            case I31_GET_S:
            case I31_GET_U:
                v.pop(TypeCodes.I31REF);
                v.push(TypeCodes.I32);
                return true;
            default:
                return false;
        }
    }

    private void structNew(int x, boolean withDefaults) {
        CanonicalType s = ctx.structType(x);
        if (withDefaults) {
            for (int t : s.unpackedFields()) {
                if (!TypeCodes.isDefaultable(t)) {
                    throw new InvalidModuleException("field type is not defaultable");
                }
            }
        } else {
            v.popAll(s.unpackedFields());
        }
        v.push(ctx.refTo(x, false));
    }

    private CanonicalType structField(Instruction.TwoIndices t) {
        CanonicalType s = ctx.structType(t.first());
        if (t.second() < 0 || t.second() >= s.fieldCount()) {
            throw new InvalidModuleException("unknown field " + Integer.toUnsignedString(t.second()));
        }
        return s;
    }

    private void structGet(Instruction.TwoIndices t, Opcode op) {
        CanonicalType s = structField(t);
        int field = t.second();
        boolean packed = TypeCodes.isPacked(s.field(field));
        if (packed != (op != Opcode.STRUCT_GET)) {
            throw new InvalidModuleException(packed ? "field is packed" : "field is unpacked");
        }
        v.pop(ctx.refTo(t.first(), true));
        v.push(s.unpackedFields()[field]);
    }

    private void structSet(Instruction.TwoIndices t) {
        CanonicalType s = structField(t);
        if (!s.isMutable(t.second())) {
            throw new InvalidModuleException("immutable field");
        }
        v.pop2(ctx.refTo(t.first(), true), s.unpackedFields()[t.second()]);
    }

    private void arrayNew(int x, boolean withDefault) {
        CanonicalType a = ctx.arrayType(x);
        int element = a.unpackedFields()[0];
        if (withDefault) {
            if (!TypeCodes.isDefaultable(element)) {
                throw new InvalidModuleException("array type is not defaultable");
            }
            v.pop(TypeCodes.I32);
        } else {
            v.pop2(element, TypeCodes.I32);
        }
        v.push(ctx.refTo(x, false));
    }

    private void arrayGet(int x, Opcode op) {
        CanonicalType a = ctx.arrayType(x);
        boolean packed = TypeCodes.isPacked(a.field(0));
        if (packed != (op != Opcode.ARRAY_GET)) {
            throw new InvalidModuleException(packed ? "array is packed" : "array is unpacked");
        }
        v.pop2(ctx.refTo(x, true), TypeCodes.I32);
        v.push(a.unpackedFields()[0]);
    }

    private CanonicalType mutableArray(int x) {
        CanonicalType a = ctx.arrayType(x);
        if (!a.isMutable(0)) {
            throw new InvalidModuleException("immutable array");
        }
        return a;
    }

    private void arrayCopy(Instruction.TwoIndices t) {
        CanonicalType dst = ctx.arrayType(t.first());
        CanonicalType src = ctx.arrayType(t.second());
        if (!dst.isMutable(0)) {
            throw new InvalidModuleException("immutable array");
        }
        int d = dst.field(0);
        int s = src.field(0);
        boolean ok = TypeCodes.isPacked(d) || TypeCodes.isPacked(s) ? d == s : v.registry.isSubtype(s, d);
        if (!ok) {
            throw new InvalidModuleException("array types do not match");
        }
        v.pop5(ctx.refTo(t.first(), true), TypeCodes.I32, ctx.refTo(t.second(), true), TypeCodes.I32,
                TypeCodes.I32);
    }

    private void requireNumericOrVector(CanonicalType a) {
        int t = a.unpackedFields()[0];
        if (!TypeCodes.isNumOrVec(t)) {
            throw new InvalidModuleException("array type is not numeric or vector");
        }
    }

    private void requireElemMatches(CanonicalType a, int segmentType) {
        if (!v.registry.isSubtype(segmentType, a.unpackedFields()[0])) {
            throw new InvalidModuleException("type mismatch: element segment's type " + ctx.typeName(segmentType)
                    + " does not match array's field type " + ctx.typeName(a.field(0)));
        }
    }

    /** any.convert_extern and extern.convert_any keep the operand's nullability. */
    private void convert(int fromHeap, int toHeap) {
        int r = v.peekRef();
        boolean nullable = TypeCodes.isNullable(r);
        v.pop(TypeCodes.ref(fromHeap, nullable));
        v.push(TypeCodes.ref(toHeap, nullable));
    }
}
