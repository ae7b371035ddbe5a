package dev.jwasm.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The growing output of the {@link Predecoder}: code words, 64-bit constants and object constants. */
final class CodeBuffer {
    private long[] code = new long[64];
    private int size;
    /** Where the last instruction starts, and the slot it wrote if it may be retargeted (else -1). */
    private int lastStart = -1;
    /** Where the instruction before the last starts (-1: unknown). */
    private int prevStart = -1;
    private int lastDst = -1;
    /** The last position a branch or handler may land on: no peephole rewrite reaches across it. */
    private int labelPos = -1;
    private long[] longs = new long[8];
    private int longCount;
    private final List<Object> objects = new ArrayList<>();
    private final Map<Object, Integer> objectIndex = new HashMap<>();

    int position() {
        return size;
    }

    private void emit(long word) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = word;
    }

    /** Starts an instruction. */
    void instr(long word) {
        prevStart = lastStart;
        lastStart = size;
        lastDst = -1;
        emit(word);
    }

    /**
     * Starts an instruction whose only effect is writing its result to slot A ({@code dst}):
     * a following {@code local.set} may redirect it, a following branch may fuse with it.
     */
    void producer(long word, int dst) {
        instr(word);
        lastDst = dst;
    }

    /** Appends an extra word to the current instruction. */
    void extra(long word) {
        emit(word);
    }

    /** Marks the current position as a branch target. */
    void bindLabel() {
        labelPos = size;
    }

    /**
     * The start of the last instruction if it is a producer of {@code slot} that nothing can
     * jump between (so it may be rewritten), else -1.
     */
    int producerOf(int slot) {
        return lastDst == slot && slot >= 0 && labelPos <= lastStart ? lastStart : -1;
    }

    /** Redirects the producer at {@code start} (from {@link #producerOf}) to write {@code slot}. */
    void retarget(int start, int slot) {
        long w = code[start];
        code[start] = (w & ~(((long) Op.MAX_SLOT) << 10)) | (long) slot << 10;
        lastDst = -1; // the write to a local must stay: nothing may fuse it away
    }

    /** Forgets the last producer (after it was rewritten into something else). */
    void noProducer() {
        lastDst = -1;
    }

    /** Replaces the last instruction (a one-word producer) with {@code word}, a producer of {@code dst}. */
    void replaceLast(long word, int dst) {
        code[lastStart] = word;
        size = lastStart + 1;
        lastDst = dst;
    }

    /**
     * The start of the instruction before the last if it is one word long and no label lies
     * after it (so the two may fuse), else -1.
     */
    int fusablePrevious() {
        return prevStart >= 0 && lastStart == prevStart + 1 && labelPos <= prevStart ? prevStart : -1;
    }

    /** Replaces the last two instructions (see {@link #fusablePrevious}) with the one word {@code word}. */
    void fuseLastTwo(long word) {
        code[prevStart] = word;
        size = prevStart + 1;
        lastStart = prevStart;
        prevStart = -1;
        lastDst = -1;
    }

    long get(int position) {
        return code[position];
    }

    void set(int position, long word) {
        code[position] = word;
    }

    /** Adds 64-bit constants; returns the index of the first. */
    int addLongs(long... values) {
        if (longCount + values.length > longs.length) {
            longs = Arrays.copyOf(longs, Math.max(longs.length * 2, longCount + values.length));
        }
        int at = longCount;
        for (long v : values) {
            longs[longCount++] = v;
        }
        return at;
    }

    /** Adds an object constant (reusing an equal one); returns its index. */
    int addObject(Object o) {
        Integer i = objectIndex.get(o);
        if (i != null) {
            return i;
        }
        objects.add(o);
        objectIndex.put(o, objects.size() - 1);
        return objects.size() - 1;
    }

    long[] code() {
        return Arrays.copyOf(code, size);
    }

    long[] longs() {
        return Arrays.copyOf(longs, longCount);
    }

    Object[] objects() {
        return objects.toArray();
    }
}
