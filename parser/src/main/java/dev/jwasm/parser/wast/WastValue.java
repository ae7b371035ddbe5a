package dev.jwasm.parser.wast;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;

/** An argument of an {@code invoke}: a constant the script passes to a function. */
public sealed interface WastValue {

    /** An i32, i64, f32 or f64 constant as raw bits (floats keep their NaN payloads). */
    record Num(ValType.Kind type, long bits) implements WastValue {
        public Num {
            if (type == ValType.Kind.V128 || type == ValType.Kind.REF) {
                throw new IllegalArgumentException("not a number type: " + type);
            }
        }
    }

    /** A v128 constant: its low and high 64 bits (lane 0 is in the low bits). */
    record V128(long low, long high) implements WastValue {
    }

    /** {@code (ref.null ht)}: a null reference of the given abstract heap type. */
    record RefNull(HeapType.Abstract heapType) implements WastValue {
    }

    /** {@code (ref.extern N)}: a host value N seen as an external reference. */
    record RefExtern(long hostValue) implements WastValue {
    }

    /** {@code (ref.host N)}: the reference interpreter's host reference N. */
    record RefHost(long hostValue) implements WastValue {
    }
}
