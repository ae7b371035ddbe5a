package dev.jwasm.validator;

import static dev.jwasm.parser.model.ValType.ANYREF;
import static dev.jwasm.parser.model.ValType.EXTERNREF;
import static dev.jwasm.parser.model.ValType.F32;
import static dev.jwasm.parser.model.ValType.FUNCREF;
import static dev.jwasm.parser.model.ValType.I32;
import static dev.jwasm.parser.model.ValType.I64;
import static dev.jwasm.validator.ModuleBuilder.I.block;
import static dev.jwasm.validator.ModuleBuilder.I.end;
import static dev.jwasm.validator.ModuleBuilder.I.heapOp;
import static dev.jwasm.validator.ModuleBuilder.I.i32;
import static dev.jwasm.validator.ModuleBuilder.I.i64;
import static dev.jwasm.validator.ModuleBuilder.I.idx;
import static dev.jwasm.validator.ModuleBuilder.I.localGet;
import static dev.jwasm.validator.ModuleBuilder.I.op;
import static dev.jwasm.validator.ModuleBuilder.I.refNull;
import static dev.jwasm.validator.ModuleBuilder.I.two;

import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.PackedType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcInstructionTest extends ValidationAssertions {

    private static ValType ref(int typeIndex, boolean nullable) {
        return ValType.ref(nullable, HeapType.concrete(typeIndex));
    }

    @Test
    void structNewGetSet() {
        ModuleBuilder b = new ModuleBuilder();
        int s = b.type(new StructType(List.of(new FieldType(I32, true), new FieldType(PackedType.I8, false))));
        b.func(List.of(), List.of(I32), List.of(), i32(1), i32(2), idx(Opcode.STRUCT_NEW, s),
                two(Opcode.STRUCT_GET_S, s, 1));
        b.func(List.of(ref(s, true)), List.of(), List.of(), localGet(0), i32(5), two(Opcode.STRUCT_SET, s, 0));
        b.func(List.of(), List.of(ref(s, false)), List.of(), idx(Opcode.STRUCT_NEW_DEFAULT, s));
        assertValid(b.build());
    }

    /** ref.is_null, ref.as_non_null and br_on_null pop a reference: an empty stack is a mismatch unless dead code. */
    @Test
    void referenceOperandsAreRequiredInReachableCode() {
        for (Opcode refOp : List.of(Opcode.REF_IS_NULL, Opcode.REF_AS_NON_NULL)) {
            ModuleBuilder b = new ModuleBuilder();
            b.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK), op(refOp), op(Opcode.DROP), end());
            assertInvalid(b.build(), "type mismatch");

            ModuleBuilder dead = new ModuleBuilder();
            dead.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK), op(Opcode.UNREACHABLE), op(refOp),
                    op(Opcode.DROP), end());
            assertValid(dead.build());
        }
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(), List.of(), block(Opcode.BLOCK), idx(Opcode.BR_ON_NULL, 0), op(Opcode.DROP), end());
        assertInvalid(b.build(), "type mismatch");
    }

    @Test
    void structFieldRules() {
        ModuleBuilder b = new ModuleBuilder();
        int s = b.type(new StructType(List.of(new FieldType(I32, false), new FieldType(PackedType.I16, true))));
        b.func(List.of(ref(s, true)), List.of(), List.of(), localGet(0), i32(5), two(Opcode.STRUCT_SET, s, 0));
        assertInvalid(b.build(), "immutable field");

        ModuleBuilder c = new ModuleBuilder();
        int s2 = c.type(new StructType(List.of(new FieldType(PackedType.I16, true))));
        c.func(List.of(ref(s2, true)), List.of(I32), List.of(), localGet(0), two(Opcode.STRUCT_GET, s2, 0));
        assertInvalid(c.build(), "field is packed");

        ModuleBuilder d = new ModuleBuilder();
        int s3 = d.type(new StructType(List.of(new FieldType(I32, true))));
        d.func(List.of(ref(s3, true)), List.of(I32), List.of(), localGet(0), two(Opcode.STRUCT_GET_U, s3, 0));
        assertInvalid(d.build(), "field is unpacked");

        ModuleBuilder e = new ModuleBuilder();
        int s4 = e.type(new StructType(List.of(new FieldType(I32, true))));
        e.func(List.of(ref(s4, true)), List.of(I32), List.of(), localGet(0), two(Opcode.STRUCT_GET, s4, 1));
        assertInvalid(e.build(), "unknown field 1");

        ModuleBuilder f = new ModuleBuilder();
        int s5 = f.type(new StructType(List.of(new FieldType(ValType.ref(false, HeapType.ANY), true))));
        f.func(List.of(), List.of(), List.of(), idx(Opcode.STRUCT_NEW_DEFAULT, s5), op(Opcode.DROP));
        assertInvalid(f.build(), "field type is not defaultable");

        ModuleBuilder g = new ModuleBuilder();
        int a = g.type(new ArrayType(new FieldType(I32, true)));
        g.func(List.of(), List.of(), List.of(), idx(Opcode.STRUCT_NEW_DEFAULT, a), op(Opcode.DROP));
        assertInvalid(g.build(), "non-structure type 0");
    }

    @Test
    void structGetAcceptsSubtypes() {
        ModuleBuilder b = new ModuleBuilder();
        int base = b.rec(new SubType(false, List.of(), new StructType(List.of(new FieldType(I32, false)))));
        int sub = b.rec(new SubType(true, List.of(base),
                new StructType(List.of(new FieldType(I32, false), new FieldType(I64, false)))));
        b.func(List.of(ref(sub, false)), List.of(I32), List.of(), localGet(0), two(Opcode.STRUCT_GET, base, 0));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        int base2 = c.rec(new SubType(false, List.of(), new StructType(List.of(new FieldType(I32, false)))));
        int other = c.type(new StructType(List.of(new FieldType(I32, false), new FieldType(I64, false))));
        c.func(List.of(ref(other, false)), List.of(I32), List.of(), localGet(0), two(Opcode.STRUCT_GET, base2, 0));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void arrayInstructions() {
        ModuleBuilder b = new ModuleBuilder();
        int a = b.type(new ArrayType(new FieldType(PackedType.I8, true)));
        int f = b.type(new ArrayType(new FieldType(FUNCREF, true)));
        b.passiveData((byte) 1, (byte) 2);
        b.element(new ElementSegment(SegmentMode.PASSIVE, -1, null, FUNCREF,
                List.of(ModuleBuilder.expr(refNull(HeapType.FUNC)))));
        b.func(List.of(ref(a, true)), List.of(I32), List.of(),
                i32(7), i32(3), idx(Opcode.ARRAY_NEW, a), op(Opcode.DROP),
                i32(3), idx(Opcode.ARRAY_NEW_DEFAULT, a), op(Opcode.DROP),
                i32(1), i32(2), i32(3), two(Opcode.ARRAY_NEW_FIXED, a, 3), op(Opcode.DROP),
                i32(0), i32(2), two(Opcode.ARRAY_NEW_DATA, a, 0), op(Opcode.DROP),
                i32(0), i32(1), two(Opcode.ARRAY_NEW_ELEM, f, 0), op(Opcode.DROP),
                localGet(0), i32(0), i32(9), idx(Opcode.ARRAY_SET, a),
                localGet(0), i32(0), i32(9), i32(1), idx(Opcode.ARRAY_FILL, a),
                localGet(0), i32(0), localGet(0), i32(0), i32(1), two(Opcode.ARRAY_COPY, a, a),
                localGet(0), i32(0), i32(0), i32(1), two(Opcode.ARRAY_INIT_DATA, a, 0),
                localGet(0), op(Opcode.ARRAY_LEN), op(Opcode.DROP),
                localGet(0), i32(0), idx(Opcode.ARRAY_GET_U, a));
        assertValid(b.build());
    }

    @Test
    void arrayRules() {
        ModuleBuilder b = new ModuleBuilder();
        int a = b.type(new ArrayType(new FieldType(I32, false)));
        b.func(List.of(ref(a, true)), List.of(), List.of(), localGet(0), i32(0), i32(1), idx(Opcode.ARRAY_SET, a));
        assertInvalid(b.build(), "immutable array");

        ModuleBuilder c = new ModuleBuilder();
        int a2 = c.type(new ArrayType(new FieldType(FUNCREF, true)));
        c.passiveData((byte) 1);
        c.func(List.of(), List.of(), List.of(), i32(0), i32(1), two(Opcode.ARRAY_NEW_DATA, a2, 0), op(Opcode.DROP));
        assertInvalid(c.build(), "array type is not numeric or vector");

        ModuleBuilder d = new ModuleBuilder();
        int dst = d.type(new ArrayType(new FieldType(I32, true)));
        int src = d.type(new ArrayType(new FieldType(I64, true)));
        d.func(List.of(ref(dst, true), ref(src, true)), List.of(), List.of(), localGet(0), i32(0), localGet(1),
                i32(0), i32(1), two(Opcode.ARRAY_COPY, dst, src));
        assertInvalid(d.build(), "array types do not match");

        ModuleBuilder e = new ModuleBuilder();
        int ae = e.type(new ArrayType(new FieldType(ValType.ref(false, HeapType.FUNC), true)));
        e.element(new ElementSegment(SegmentMode.PASSIVE, -1, null, FUNCREF,
                List.of(ModuleBuilder.expr(refNull(HeapType.FUNC)))));
        e.func(List.of(), List.of(), List.of(), i32(0), i32(1), two(Opcode.ARRAY_NEW_ELEM, ae, 0), op(Opcode.DROP));
        assertInvalid(e.build(), "type mismatch");

        ModuleBuilder f = new ModuleBuilder();
        int af = f.type(new ArrayType(new FieldType(F32, true)));
        f.func(List.of(), List.of(), List.of(), i32(1), i32(2), two(Opcode.ARRAY_NEW_FIXED, af, 2), op(Opcode.DROP));
        assertInvalid(f.build(), "type mismatch");

        // a huge fixed count in unreachable code neither loops for long nor fails
        ModuleBuilder g = new ModuleBuilder();
        int ag = g.type(new ArrayType(new FieldType(I32, true)));
        g.func(List.of(), List.of(), List.of(), op(Opcode.UNREACHABLE), two(Opcode.ARRAY_NEW_FIXED, ag, -1),
                op(Opcode.DROP));
        assertValid(g.build());
    }

    @Test
    void i31AndEq() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(), List.of(I32), List.of(), i32(1), op(Opcode.REF_I31), op(Opcode.I31_GET_S),
                i32(1), op(Opcode.REF_I31), refNull(HeapType.EQ), op(Opcode.REF_EQ), op(Opcode.I32_ADD));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(ANYREF, ANYREF), List.of(I32), List.of(), localGet(0), localGet(1), op(Opcode.REF_EQ));
        assertInvalid(c.build(), "type mismatch");
    }

    @Test
    void castsStayInOneHierarchy() {
        ModuleBuilder b = new ModuleBuilder();
        int s = b.type(new StructType(List.of()));
        b.func(List.of(ANYREF), List.of(ref(s, false)), List.of(), localGet(0),
                heapOp(Opcode.REF_CAST, HeapType.concrete(s)));
        b.func(List.of(ANYREF), List.of(I32), List.of(), localGet(0), heapOp(Opcode.REF_TEST_NULL, HeapType.I31));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(FUNCREF), List.of(I32), List.of(), localGet(0), heapOp(Opcode.REF_TEST, HeapType.STRUCT));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        int f = d.type(List.of(), List.of());
        d.func(List.of(FUNCREF), List.of(ValType.ref(true, HeapType.concrete(f))), List.of(), localGet(0),
                heapOp(Opcode.REF_CAST_NULL, HeapType.concrete(f)));
        assertValid(d.build());
    }

    @Test
    void brOnCastRules() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(ANYREF), List.of(ValType.ref(false, HeapType.I31)), List.of(),
                block(Opcode.BLOCK, ANYREF), localGet(0),
                new Instruction.BrOnCast(Opcode.BR_ON_CAST, 1, ANYREF, ValType.ref(false, HeapType.I31)),
                end(), op(Opcode.UNREACHABLE));
        assertValid(b.build());

        // the target type must be a subtype of the source type
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(ANYREF), List.of(), List.of(), localGet(0),
                new Instruction.BrOnCast(Opcode.BR_ON_CAST, 0, ValType.I31REF, ANYREF), op(Opcode.DROP));
        assertInvalid(c.build(), "type mismatch on cast");

        // br_on_cast_fail sends the source minus the target's nullability to the label
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(ANYREF), List.of(ValType.ref(false, HeapType.ANY)), List.of(), localGet(0),
                new Instruction.BrOnCast(Opcode.BR_ON_CAST_FAIL, 0, ANYREF, ValType.I31REF),
                op(Opcode.DROP), op(Opcode.UNREACHABLE));
        assertValid(d.build());
        ModuleBuilder e = new ModuleBuilder();
        e.func(List.of(ANYREF), List.of(ValType.ref(false, HeapType.ANY)), List.of(), localGet(0),
                new Instruction.BrOnCast(Opcode.BR_ON_CAST_FAIL, 0, ANYREF, ValType.ref(false, HeapType.I31)),
                op(Opcode.DROP), op(Opcode.UNREACHABLE));
        assertInvalid(e.build(), "type mismatch");
    }

    @Test
    void externConversionsKeepNullability() {
        ModuleBuilder b = new ModuleBuilder();
        b.func(List.of(ValType.ref(false, HeapType.EXTERN)), List.of(ValType.ref(false, HeapType.ANY)), List.of(),
                localGet(0), op(Opcode.ANY_CONVERT_EXTERN));
        assertValid(b.build());
        ModuleBuilder c = new ModuleBuilder();
        c.func(List.of(EXTERNREF), List.of(ValType.ref(false, HeapType.ANY)), List.of(), localGet(0),
                op(Opcode.ANY_CONVERT_EXTERN));
        assertInvalid(c.build(), "type mismatch");
        ModuleBuilder d = new ModuleBuilder();
        d.func(List.of(ANYREF), List.of(EXTERNREF), List.of(), localGet(0), op(Opcode.EXTERN_CONVERT_ANY));
        assertValid(d.build());
    }

    @Test
    void concreteTypesInDifferentButEqualGroupsAreTheSame() {
        ModuleBuilder b = new ModuleBuilder();
        int s1 = b.type(new StructType(List.of(new FieldType(I32, false))));
        int s2 = b.type(new StructType(List.of(new FieldType(I32, false))));
        b.func(List.of(ref(s1, false)), List.of(ref(s2, false)), List.of(), localGet(0));
        ValidatedModule v = assertValid(b.build());
        org.junit.jupiter.api.Assertions.assertEquals(v.canonicalTypeId(s1), v.canonicalTypeId(s2));
    }
}
