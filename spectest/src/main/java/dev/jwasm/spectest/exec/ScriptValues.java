package dev.jwasm.spectest.exec;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.wast.ResultPattern;
import dev.jwasm.parser.wast.WastValue;
import dev.jwasm.runtime.ExceptionReference;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.runtime.gc.ArrayObject;
import dev.jwasm.runtime.gc.I31;
import dev.jwasm.runtime.gc.InternalizedRef;
import dev.jwasm.runtime.gc.StructObject;
import java.util.List;

/** Script constants as runtime values, and {@code assert_return} patterns checked against results. */
final class ScriptValues {
    private ScriptValues() {}

    static Value argument(WastValue v, ValType expected) {
        if (v instanceof WastValue.Num n) {
            return switch (n.type()) {
                case I32 -> Value.i32((int) n.bits());
                case I64 -> Value.i64(n.bits());
                case F32 -> Value.f32Bits((int) n.bits());
                default -> Value.f64Bits(n.bits());
            };
        }
        if (v instanceof WastValue.V128 x) {
            return Value.v128(x.low(), x.high());
        }
        ValType refType = expected != null && expected.isRef() ? expected : ValType.EXTERNREF;
        if (v instanceof WastValue.RefNull) {
            return Value.ref(refType, null);
        }
        if (v instanceof WastValue.RefExtern e) {
            return Value.ref(refType, new HostValue(e.hostValue()));
        }
        return Value.ref(refType, new InternalizedRef(new HostValue(((WastValue.RefHost) v).hostValue())));
    }

    /** Whether a result matches a pattern. */
    static boolean matches(ResultPattern p, Value v) {
        if (p instanceof ResultPattern.Either e) {
            for (ResultPattern alt : e.alternatives()) {
                if (matches(alt, v)) {
                    return true;
                }
            }
            return false;
        }
        if (p instanceof ResultPattern.Num n) {
            if (v.type().kind() != n.type()) {
                return false;
            }
            return n.type() == ValType.Kind.I32 || n.type() == ValType.Kind.F32
                    ? (int) v.bits() == (int) n.bits() : v.bits() == n.bits();
        }
        if (p instanceof ResultPattern.Nan nan) {
            if (v.type().kind() != nan.type()) {
                return false;
            }
            return nan.type() == ValType.Kind.F32 ? isNan32((int) v.bits(), nan.kind()) : isNan64(v.bits(), nan.kind());
        }
        if (p instanceof ResultPattern.V128 vec) {
            return v.type().kind() == ValType.Kind.V128 && lanesMatch(vec, v.bits(), v.high());
        }
        if (!v.type().isRef()) {
            return false;
        }
        Object ref = v.ref();
        if (p instanceof ResultPattern.RefNull) {
            return ref == null;
        }
        if (p instanceof ResultPattern.RefExtern e) {
            return new HostValue(e.hostValue()).equals(ref);
        }
        if (p instanceof ResultPattern.RefHost h) {
            return ref instanceof InternalizedRef i && new HostValue(h.hostValue()).equals(i.hostObject());
        }
        HeapType.Abstract kind = ((ResultPattern.RefOfType) p).heapType();
        if (ref == null) {
            return false;
        }
        return switch (kind) {
            case FUNC -> ref instanceof WasmFunction;
            case EXN -> ref instanceof ExceptionReference;
            case I31 -> ref instanceof I31;
            case STRUCT -> ref instanceof StructObject;
            case ARRAY -> ref instanceof ArrayObject;
            case EQ -> ref instanceof I31 || ref instanceof StructObject || ref instanceof ArrayObject;
            case ANY -> !(ref instanceof WasmFunction) && !(ref instanceof ExceptionReference);
            case EXTERN -> true;
            default -> false;
        };
    }

    private static boolean isNan32(int bits, ResultPattern.NanKind kind) {
        return kind == ResultPattern.NanKind.CANONICAL ? (bits & 0x7FFF_FFFF) == 0x7FC0_0000
                : (bits & 0x7FC0_0000) == 0x7FC0_0000;
    }

    private static boolean isNan64(long bits, ResultPattern.NanKind kind) {
        return kind == ResultPattern.NanKind.CANONICAL ? (bits & 0x7FFF_FFFF_FFFF_FFFFL) == 0x7FF8_0000_0000_0000L
                : (bits & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L;
    }

    private static boolean lanesMatch(ResultPattern.V128 vec, long lo, long hi) {
        ResultPattern.LaneShape shape = vec.shape();
        int bits = shape.laneBits();
        int perHalf = 64 / bits;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        List<ResultPattern.Lane> lanes = vec.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            long half = i < perHalf ? lo : hi;
            long lane = (half >>> ((i % perHalf) * bits)) & mask;
            ResultPattern.Lane expected = lanes.get(i);
            if (expected instanceof ResultPattern.LaneBits b) {
                if (lane != (b.bits() & mask)) {
                    return false;
                }
            } else {
                ResultPattern.NanKind k = ((ResultPattern.LaneNan) expected).kind();
                if (bits == 32 ? !isNan32((int) lane, k) : !isNan64(lane, k)) {
                    return false;
                }
            }
        }
        return true;
    }

    static String describe(Value[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return sb.append(']').toString();
    }
}
