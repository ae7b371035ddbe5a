package dev.jwasm.parser.model;

/**
 * A memory type: limits in pages (with the address type), whether it is shared (threads), and
 * the page size as a power of two (16 for the standard 64 KiB page; custom-page-sizes allows 0).
 */
public record MemoryType(Limits limits, boolean shared, int pageSizeLog2) implements ExternType {
    public static final int DEFAULT_PAGE_SIZE_LOG2 = 16;

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    public long pageSize() {
        return 1L << pageSizeLog2;
    }
}
