package dev.jwasm.runtime;

/**
 * What a store may consume. Exceeding a growth limit makes {@code memory.grow} /
 * {@code table.grow} return -1 (as the spec allows); exceeding the call depth or the value
 * stack is the trap "call stack exhausted"; creating too many instances, or a memory or table
 * whose initial size is over its limit, fails instantiation.
 *
 * @param maxMemoryBytes      largest size of one memory in bytes (at most what a {@code byte[]} holds)
 * @param maxTableElements    largest number of elements of one table
 * @param maxInstances        instances one store may hold
 * @param maxCallDepth        nested Wasm calls on one thread
 * @param maxStackSlots       value-stack slots (locals and operands of all frames) on one thread
 * @param sharedMemoryReserve bytes reserved up front for a shared memory whose declared maximum is
 *                            larger: shared memories never move, so they cannot grow past this
 */
public record ResourceLimits(long maxMemoryBytes, long maxTableElements, int maxInstances, int maxCallDepth,
        int maxStackSlots, long sharedMemoryReserve) {

    /** The largest {@code byte[]} HotSpot allocates, rounded down to a 64 KiB page. */
    public static final long MAX_MEMORY_BYTES = ((long) Integer.MAX_VALUE - 8) & ~0xFFFFL;

    /** The default limits: memories up to {@link #MAX_MEMORY_BYTES}, 10 million table elements,
     *  10,000 instances, 100,000 nested calls, 16 million stack slots, 128 MiB shared reserve. */
    public static final ResourceLimits DEFAULT = new ResourceLimits(MAX_MEMORY_BYTES, 10_000_000L, 10_000, 100_000,
            16 << 20, 128L << 20);

    public ResourceLimits {
        if (maxMemoryBytes < 0 || maxMemoryBytes > MAX_MEMORY_BYTES) {
            throw new IllegalArgumentException("maxMemoryBytes must be within 0.." + MAX_MEMORY_BYTES);
        }
        if (maxTableElements < 0 || maxTableElements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxTableElements out of range");
        }
        if (maxInstances < 1 || maxCallDepth < 1 || maxStackSlots < 1024) {
            throw new IllegalArgumentException("limits too small");
        }
        if (sharedMemoryReserve < 0 || sharedMemoryReserve > maxMemoryBytes) {
            throw new IllegalArgumentException("sharedMemoryReserve out of range");
        }
    }

    public ResourceLimits withMaxMemoryBytes(long v) {
        return new ResourceLimits(v, maxTableElements, maxInstances, maxCallDepth, maxStackSlots,
                Math.min(sharedMemoryReserve, v));
    }

    public ResourceLimits withMaxTableElements(long v) {
        return new ResourceLimits(maxMemoryBytes, v, maxInstances, maxCallDepth, maxStackSlots, sharedMemoryReserve);
    }

    public ResourceLimits withMaxInstances(int v) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, v, maxCallDepth, maxStackSlots, sharedMemoryReserve);
    }

    public ResourceLimits withMaxCallDepth(int v) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxInstances, v, maxStackSlots, sharedMemoryReserve);
    }

    public ResourceLimits withMaxStackSlots(int v) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxInstances, maxCallDepth, v, sharedMemoryReserve);
    }

    public ResourceLimits withSharedMemoryReserve(long v) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxInstances, maxCallDepth, maxStackSlots, v);
    }
}
