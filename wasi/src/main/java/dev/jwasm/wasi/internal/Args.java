package dev.jwasm.wasi.internal;

/** Reading WASI arguments from the calling convention's slots. */
final class Args {
    private Args() {}

    static int i32(long[] s, int base, int k) {
        return (int) s[base + k];
    }

    /** An i32 argument that is a pointer or a size: its unsigned value. */
    static long u32(long[] s, int base, int k) {
        return s[base + k] & 0xFFFF_FFFFL;
    }

    static long i64(long[] s, int base, int k) {
        return s[base + k];
    }
}
