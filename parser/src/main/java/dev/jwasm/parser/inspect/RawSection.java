package dev.jwasm.parser.inspect;

/**
 * Where a section sits in a module's bytes.
 *
 * @param id            the section id (0 for custom sections)
 * @param name          the custom section's name, null for the known sections
 * @param offset        offset of the section's id byte
 * @param contentOffset offset of the section's content, just after its size
 * @param size          the size of the content as declared in the header
 * @param payloadOffset where the section's own data starts: after the name for custom sections,
 *                      else {@code contentOffset}
 */
public record RawSection(int id, String name, int offset, int contentOffset, int size, int payloadOffset) {
    /** Offset just past the section. */
    public int end() {
        return contentOffset + size;
    }

    /** Bytes from the payload offset to the end: a custom section's data without its name. */
    public int payloadSize() {
        return end() - payloadOffset;
    }

    /** Bytes of the whole section: id, size field and content. */
    public int totalSize() {
        return end() - offset;
    }
}
