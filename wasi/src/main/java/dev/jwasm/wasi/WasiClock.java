package dev.jwasm.wasi;

import java.lang.management.ManagementFactory;

/**
 * The clocks a guest reads ({@code clock_time_get}, {@code clock_res_get}) and sleeps on
 * ({@code poll_oneoff}). {@link #system()} is the host's; {@link #virtual(long)} is a
 * deterministic clock for reproducible runs. All values are nanoseconds.
 */
public interface WasiClock {

    /** Wall-clock time since 1970-01-01T00:00:00Z. */
    long realtime();

    /** A clock that never goes backwards, from an arbitrary origin. */
    long monotonic();

    /** CPU time consumed by the process. */
    long processCpuTime();

    /** CPU time consumed by the calling thread. */
    long threadCpuTime();

    /** The resolution of a clock, by WASI clock id (0 realtime, 1 monotonic, 2 process, 3 thread CPU time). */
    default long resolution(int clockId) {
        return clockId == 1 ? 1 : 1_000;
    }

    /** Waits for {@code nanos} of {@link #monotonic()} time to pass. */
    default void sleep(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** The host's clocks. */
    static WasiClock system() {
        return SystemClock.INSTANCE;
    }

    /**
     * A clock that only moves when the guest sleeps: realtime starts at {@code startEpochNanos},
     * monotonic at 0, and a sleep advances both at once without waiting. CPU times read the
     * monotonic value. Two runs of the same program read the same times.
     */
    static WasiClock virtual(long startEpochNanos) {
        return new VirtualClock(startEpochNanos);
    }

    /** The host's clocks; the CPU-time beans load only when a guest first reads them. */
    final class SystemClock implements WasiClock {
        static final SystemClock INSTANCE = new SystemClock();

        private SystemClock() {
        }

        @Override
        public long realtime() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public long monotonic() {
            return System.nanoTime();
        }

        @Override
        public long processCpuTime() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long t = os.getProcessCpuTime();
                if (t >= 0) {
                    return t;
                }
            }
            return threadCpuTime();
        }

        @Override
        public long threadCpuTime() {
            long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            return t >= 0 ? t : System.nanoTime();
        }
    }

    /** See {@link WasiClock#virtual(long)}. */
    final class VirtualClock implements WasiClock {
        private final long startEpochNanos;
        private long elapsed;

        VirtualClock(long startEpochNanos) {
            this.startEpochNanos = startEpochNanos;
        }

        @Override
        public synchronized long realtime() {
            return startEpochNanos + elapsed;
        }

        @Override
        public synchronized long monotonic() {
            return elapsed;
        }

        @Override
        public long processCpuTime() {
            return monotonic();
        }

        @Override
        public long threadCpuTime() {
            return monotonic();
        }

        @Override
        public synchronized void sleep(long nanos) {
            elapsed += Math.max(0, nanos);
        }
    }
}
