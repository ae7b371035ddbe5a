package dev.jwasm.parser.wast;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import java.util.List;

/** What an {@code assert_return} expects one result to be. */
public sealed interface ResultPattern {

    /** The kinds of NaN a float result may be required to be. */
    enum NanKind {
        /** {@code nan:canonical}: a NaN whose payload is exactly the canonical one, either sign. */
        CANONICAL,
        /** {@code nan:arithmetic}: a NaN whose payload has its most significant bit set. */
        ARITHMETIC
    }

    /** The lane shapes of a {@code v128.const}. */
    enum LaneShape {
        I8X16("i8x16", 16, 8), I16X8("i16x8", 8, 16), I32X4("i32x4", 4, 32),
        I64X2("i64x2", 2, 64), F32X4("f32x4", 4, 32), F64X2("f64x2", 2, 64);

        private final String text;
        private final int lanes;
        private final int laneBits;

        LaneShape(String text, int lanes, int laneBits) {
            this.text = text;
            this.lanes = lanes;
            this.laneBits = laneBits;
        }

        public String text() {
            return text;
        }

        public int lanes() {
            return lanes;
        }

        public int laneBits() {
            return laneBits;
        }

        public boolean isFloat() {
            return this == F32X4 || this == F64X2;
        }

        public static LaneShape byText(String text) {
            for (LaneShape s : values()) {
                if (s.text.equals(text)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** An exact number: i32/i64 compare as integers, f32/f64 bit for bit. */
    record Num(ValType.Kind type, long bits) implements ResultPattern {
    }

    /** {@code (f32.const nan:canonical)} and friends. */
    record Nan(ValType.Kind type, NanKind kind) implements ResultPattern {
    }

    /** A v128 result, lane by lane; float lanes may be NaN patterns. */
    record V128(LaneShape shape, List<Lane> lanes) implements ResultPattern {
        public V128 {
            lanes = List.copyOf(lanes);
            if (lanes.size() != shape.lanes()) {
                throw new IllegalArgumentException("wrong number of lane literals");
            }
        }
    }

    /** One lane of a v128 pattern. */
    sealed interface Lane {
    }

    /** A lane that must have exactly these bits (the lane's width, zero-extended). */
    record LaneBits(long bits) implements Lane {
    }

    /** A float lane that must be a NaN of this kind. */
    record LaneNan(NanKind kind) implements Lane {
    }

    /**
     * {@code (ref.null)} or {@code (ref.null ht)}: a null reference. The heap type is as
     * written ({@code func}, {@code extern}, {@code $t}, ...), or null when omitted: then any
     * null matches.
     */
    record RefNull(String heapType) implements ResultPattern {
        /** The heap type as an abstract heap type, or null when omitted or concrete. */
        public HeapType.Abstract abstractHeapType() {
            return heapType == null ? null : HeapType.Abstract.byText(heapType);
        }
    }

    /** {@code (ref.extern N)}: the external reference to host value N. */
    record RefExtern(long hostValue) implements ResultPattern {
    }

    /** {@code (ref.host N)}: the reference interpreter's host reference N. */
    record RefHost(long hostValue) implements ResultPattern {
    }

    /**
     * A non-null reference of a kind, whatever its identity: {@code (ref.func)},
     * {@code (ref.extern)}, {@code (ref.struct)}, {@code (ref.array)}, {@code (ref.eq)},
     * {@code (ref.i31)}, {@code (ref.any)}, {@code (ref.exn)}.
     */
    record RefOfType(HeapType.Abstract heapType) implements ResultPattern {
    }

    /** {@code (either p1 p2 ...)}: the result matches one of the alternatives. */
    record Either(List<ResultPattern> alternatives) implements ResultPattern {
        public Either {
            alternatives = List.copyOf(alternatives);
        }
    }
}
