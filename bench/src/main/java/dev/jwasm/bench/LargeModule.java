package dev.jwasm.bench;

import java.io.ByteArrayOutputStream;

/**
 * A large, valid module for decode and validation throughput, made from real compiler output:
 * a workload's WASI command (clang -O2: the workload, dlmalloc and printf from wasi-libc) with
 * its defined functions repeated until the code passes a target size. The copies keep their
 * call indices, which still name the original functions, so the module stays valid; custom
 * sections are dropped (a name section would no longer match). Deterministic: the same
 * source gives the same bytes.
 */
public final class LargeModule {
    /** The command whose functions are repeated. */
    public static final String SOURCE = "trees";
    /** The code size the copies reach at least. */
    public static final int TARGET_BYTES = 4 << 20;

    private LargeModule() {}

    public static byte[] build() {
        return repeatFunctions(Workloads.command(SOURCE), TARGET_BYTES);
    }

    /** {@code wasm} with its function and code section entries repeated until the code section reaches {@code target}. */
    static byte[] repeatFunctions(byte[] wasm, int target) {
        Reader in = new Reader(wasm, 8);
        int codeSize = 0;
        while (in.pos < wasm.length) {
            int id = wasm[in.pos++];
            int size = in.u32();
            if (id == 10) {
                codeSize = size;
            }
            in.pos += size;
        }
        if (codeSize == 0) {
            throw new IllegalArgumentException("module has no code section");
        }
        int copies = Math.max(1, (target + codeSize - 1) / codeSize);

        ByteArrayOutputStream out = new ByteArrayOutputStream(copies * codeSize + wasm.length);
        out.write(wasm, 0, 8);
        in.pos = 8;
        while (in.pos < wasm.length) {
            int id = wasm[in.pos++];
            int size = in.u32();
            int start = in.pos;
            int end = start + size;
            if (id == 3 || id == 10) {
                int count = in.u32();
                int entriesStart = in.pos;
                ByteArrayOutputStream payload = new ByteArrayOutputStream();
                writeU32(payload, count * copies);
                for (int i = 0; i < copies; i++) {
                    payload.write(wasm, entriesStart, end - entriesStart);
                }
                out.write(id);
                writeU32(out, payload.size());
                out.write(payload.toByteArray(), 0, payload.size());
            } else if (id != 0) {
                out.write(id);
                writeU32(out, size);
                out.write(wasm, start, size);
            }
            in.pos = end;
        }
        return out.toByteArray();
    }

    private static void writeU32(ByteArrayOutputStream out, int value) {
        int v = value;
        do {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static final class Reader {
        final byte[] bytes;
        int pos;

        Reader(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        int u32() {
            int result = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[pos++];
                result |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
        }
    }
}
