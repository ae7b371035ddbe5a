package dev.jwasm.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The growing output of the {@link Predecoder}: code, 64-bit constants and object constants. */
final class CodeBuffer {
    private int[] code = new int[64];
    private int size;
    private long[] longs = new long[8];
    private int longCount;
    private final List<Object> objects = new ArrayList<>();

    int position() {
        return size;
    }

    void emit(int v) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = v;
    }

    void emit(int op, int a) {
        emit(op);
        emit(a);
    }

    void emit(int op, int a, int b, int c) {
        emit(op);
        emit(a);
        emit(b);
        emit(c);
    }

    int get(int position) {
        return code[position];
    }

    /** Drops the code from {@code position} on (to re-emit it fused). */
    void truncate(int position) {
        size = position;
    }

    void set(int position, int v) {
        code[position] = v;
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
        int i = objects.indexOf(o);
        if (i >= 0) {
            return i;
        }
        objects.add(o);
        return objects.size() - 1;
    }

    int[] code() {
        return Arrays.copyOf(code, size);
    }

    long[] longs() {
        return Arrays.copyOf(longs, longCount);
    }

    Object[] objects() {
        return objects.toArray();
    }
}
