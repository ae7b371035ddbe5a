package dev.jwasm.parser.text;

import dev.jwasm.parser.model.Instruction;
import java.util.ArrayList;
import java.util.List;

/** {@code v128.const shape lane*}: the lanes packed little-endian into two longs. */
final class V128Literal {
    private V128Literal() {
    }

    static Instruction.V128Const read(Cursor c, SExpr.Atom head) {
        SExpr shapeAtom = c.next();
        if (!(shapeAtom instanceof SExpr.Atom shape) || shape.kind() != TokenKind.KEYWORD) {
            throw Keywords.unexpected(shapeAtom);
        }
        int laneBits;
        boolean isFloat = false;
        switch (shape.text()) {
            case "i8x16": laneBits = 8; break;
            case "i16x8": laneBits = 16; break;
            case "i32x4": laneBits = 32; break;
            case "i64x2": laneBits = 64; break;
            case "f32x4": laneBits = 32; isFloat = true; break;
            case "f64x2": laneBits = 64; isFloat = true; break;
            default: throw Keywords.unexpected(shape);
        }
        List<SExpr> lanes = new ArrayList<>();
        while (Literals.isNumber(c.peek())) {
            lanes.add(c.next());
        }
        int count = 128 / laneBits;
        if (lanes.size() != count) {
            throw new TextSyntaxException("wrong number of lane literals", head.line(), head.column());
        }
        long low = 0;
        long high = 0;
        for (int i = 0; i < count; i++) {
            long bits;
            if (isFloat) {
                bits = laneBits == 32 ? Integer.toUnsignedLong(Literals.f32(lanes.get(i))) : Literals.f64(lanes.get(i));
            } else {
                bits = Literals.integer(lanes.get(i), laneBits);
            }
            if (laneBits < 64) {
                bits &= (1L << laneBits) - 1;
            }
            int bitOffset = i * laneBits;
            if (bitOffset < 64) {
                low |= bits << bitOffset;
            } else {
                high |= bits << (bitOffset - 64);
            }
        }
        return new Instruction.V128Const(low, high);
    }
}
