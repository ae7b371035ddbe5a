package dev.jwasm.parser.model;

import java.util.Arrays;

/** A data segment; {@code memoryIndex} and {@code offset} only for active segments (passive: memory 0, null offset). */
public record DataSegment(SegmentMode mode, int memoryIndex, ConstExpr offset, byte[] bytes) {
    @Override
    public boolean equals(Object o) {
        return o instanceof DataSegment d && d.mode == mode && d.memoryIndex == memoryIndex
                && java.util.Objects.equals(d.offset, offset) && Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return (mode.hashCode() * 31 + memoryIndex) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DataSegment[" + mode + ", memory " + memoryIndex + ", " + bytes.length + " bytes]";
    }
}
