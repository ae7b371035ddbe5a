package dev.jwasm.wasi.internal;

import static dev.jwasm.wasi.internal.Args.i32;
import static dev.jwasm.wasi.internal.Args.u32;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.WasiExitException;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.io.IOException;
import java.util.List;

/**
 * Arguments, environment, clocks, randomness and the process: {@code args_*},
 * {@code environ_*}, {@code clock_*}, {@code random_get}, {@code proc_*}, {@code sched_yield}.
 */
final class ProcessFunctions implements FunctionGroup {
    private ProcessFunctions() {
    }

    private static final int ARGS_SIZES_GET = 0;
    private static final int ARGS_GET = 1;
    private static final int ENVIRON_SIZES_GET = 2;
    private static final int ENVIRON_GET = 3;
    private static final int CLOCK_RES_GET = 4;
    private static final int CLOCK_TIME_GET = 5;
    private static final int RANDOM_GET = 6;
    private static final int PROC_EXIT = 7;
    private static final int PROC_RAISE = 8;
    private static final int SCHED_YIELD = 9;

    static final ProcessFunctions INSTANCE = new ProcessFunctions();

    @Override
    public int call(int op, boolean preview0, WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return switch (op) {
            case ARGS_SIZES_GET -> argsSizesGet(w, m, s, b);
            case ARGS_GET -> argsGet(w, m, s, b);
            case ENVIRON_SIZES_GET -> environSizesGet(w, m, s, b);
            case ENVIRON_GET -> environGet(w, m, s, b);
            case CLOCK_RES_GET -> clockResGet(w, m, s, b);
            case CLOCK_TIME_GET -> clockTimeGet(w, m, s, b);
            case RANDOM_GET -> randomGet(w, m, s, b);
            case PROC_EXIT -> procExit(w, m, s, b);
            case PROC_RAISE -> procRaise(w, m, s, b);
            case SCHED_YIELD -> schedYield(w, m, s, b);
            default -> throw new IllegalArgumentException("no function " + op);
        };
    }

    static final int CLOCK_REALTIME = 0;
    static final int CLOCK_MONOTONIC = 1;
    static final int CLOCK_PROCESS_CPUTIME = 2;
    static final int CLOCK_THREAD_CPUTIME = 3;

    static void addTo(List<Binding> out) {
        out.add(new Binding("args_sizes_get", "ii", true, INSTANCE, ARGS_SIZES_GET));
        out.add(new Binding("args_get", "ii", true, INSTANCE, ARGS_GET));
        out.add(new Binding("environ_sizes_get", "ii", true, INSTANCE, ENVIRON_SIZES_GET));
        out.add(new Binding("environ_get", "ii", true, INSTANCE, ENVIRON_GET));
        out.add(new Binding("clock_res_get", "ii", true, INSTANCE, CLOCK_RES_GET));
        out.add(new Binding("clock_time_get", "iIi", true, INSTANCE, CLOCK_TIME_GET));
        out.add(new Binding("random_get", "ii", true, INSTANCE, RANDOM_GET));
        out.add(new Binding("proc_exit", "i", false, INSTANCE, PROC_EXIT));
        // Raising a signal in the guest has no meaning for a Java host (Wasmtime refuses it too).
        out.add(new Binding("proc_raise", "i", true, INSTANCE, PROC_RAISE));
        out.add(new Binding("sched_yield", "", true, INSTANCE, SCHED_YIELD));
    }

    private static int argsSizesGet(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return sizes(m, w.args, u32(s, b, 0), u32(s, b, 1));
    }

    private static int argsGet(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        return strings(m, w.args, u32(s, b, 0), u32(s, b, 1));
    }

    private static int environSizesGet(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return sizes(m, w.env, u32(s, b, 0), u32(s, b, 1));
    }

    private static int environGet(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        return strings(m, w.env, u32(s, b, 0), u32(s, b, 1));
    }

    private static int clockResGet(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        int id = i32(s, b, 0);
        checkClock(id);
        m.setI64(u32(s, b, 1), w.clock.resolution(id));
        return 0;
    }

    private static int clockTimeGet(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        m.setI64(u32(s, b, 2), now(w, i32(s, b, 0)));
        return 0;
    }

    private static int randomGet(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        long at = u32(s, b, 0);
        long length = u32(s, b, 1);
        int start = m.check(at, length);
        byte[] bytes = new byte[(int) Math.min(length, 1 << 16)];
        for (long done = 0; done < length; done += bytes.length) {
            int n = (int) Math.min(bytes.length, length - done);
            if (n < bytes.length) {
                bytes = new byte[n];
            }
            w.random().nextBytes(bytes);
            System.arraycopy(bytes, 0, m.array(), start + (int) done, n);
        }
        return 0;
    }

    private static int procExit(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.flush();
        throw new WasiExitException(i32(s, b, 0));
    }

    private static int procRaise(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        return Errno.NOSYS;
    }

    private static int schedYield(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Thread.yield();
        return 0;
    }

    static void checkClock(int id) throws ErrnoException {
        if (id < CLOCK_REALTIME || id > CLOCK_THREAD_CPUTIME) {
            throw ErrnoException.of(Errno.INVAL);
        }
    }

    static long now(WasiContext w, int id) throws ErrnoException {
        return switch (id) {
            case CLOCK_REALTIME -> w.clock.realtime();
            case CLOCK_MONOTONIC -> w.clock.monotonic();
            case CLOCK_PROCESS_CPUTIME -> w.clock.processCpuTime();
            case CLOCK_THREAD_CPUTIME -> w.clock.threadCpuTime();
            default -> throw ErrnoException.of(Errno.INVAL);
        };
    }

    /** {@code *_sizes_get}: the count, and the bytes the strings take with their NUL terminators. */
    private static int sizes(GuestMemory m, byte[][] strings, long countAt, long sizeAt) throws ErrnoException {
        long size = 0;
        for (byte[] s : strings) {
            size += s.length + 1;
        }
        m.check(countAt, 4);
        m.check(sizeAt, 4);
        m.setI32(countAt, strings.length);
        m.setI32(sizeAt, (int) size);
        return 0;
    }

    /** {@code args_get} / {@code environ_get}: a pointer per string, the NUL-terminated strings one after another. */
    private static int strings(GuestMemory m, byte[][] strings, long pointersAt, long bufferAt) throws ErrnoException {
        long at = bufferAt;
        for (int i = 0; i < strings.length; i++) {
            m.setI32(pointersAt + 4L * i, (int) at);
            m.write(at, strings[i]);
            m.setU8(at + strings[i].length, 0);
            at += strings[i].length + 1;
        }
        return 0;
    }
}
