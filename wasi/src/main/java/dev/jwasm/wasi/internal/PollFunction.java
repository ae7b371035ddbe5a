package dev.jwasm.wasi.internal;

import static dev.jwasm.wasi.internal.Args.u32;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.util.ArrayList;
import java.io.IOException;
import java.util.List;

/**
 * {@code poll_oneoff}: waits until a clock subscription's time comes or a descriptor is ready
 * to read or write, then reports every subscription that is due. Ready descriptors are
 * reported without waiting; otherwise the wait sleeps until the earliest deadline, or, when
 * descriptors are watched, checks them again at short intervals (growing from 50 µs to 5 ms)
 * until one is ready or the deadline passes.
 */
final class PollFunction implements FunctionGroup {
    private PollFunction() {
    }

    private static final int POLL_ONEOFF = 0;

    static final PollFunction INSTANCE = new PollFunction();

    @Override
    public int call(int op, boolean preview0, WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return switch (op) {
            case POLL_ONEOFF -> pollOneoff(w, m, s, b, preview0);
            default -> throw new IllegalArgumentException("no function " + op);
        };
    }

    private static final int EVENT_CLOCK = 0;
    private static final int EVENT_FD_READ = 1;
    private static final int EVENT_FD_WRITE = 2;
    private static final int SUBCLOCK_ABSTIME = 1;
    private static final int HANGUP = 1;

    /** One parsed subscription. */
    private record Subscription(long userdata, int type, int clockId, long deadline, int fd) {
    }

    /** One event to report. */
    private record Event(long userdata, int error, int type, long nbytes, int flags) {
    }

    static void addTo(List<Binding> out, boolean preview0) {
        out.add(new Binding("poll_oneoff", "iiii", true, INSTANCE, POLL_ONEOFF));
    }

    private static int pollOneoff(WasiContext w, GuestMemory m, long[] s, int b, boolean preview0)
            throws ErrnoException, IOException {
        return poll(w, m, u32(s, b, 0), u32(s, b, 1),
                u32(s, b, 2), u32(s, b, 3), preview0);
    }

    private static int poll(WasiContext w, GuestMemory m, long in, long out, long count, long resultAt,
            boolean preview0) throws ErrnoException {
        if (count == 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        int size = preview0 ? 56 : 48;
        m.check(in, count * size);
        m.check(out, count * 32);
        m.check(resultAt, 4);
        long now = w.clock.monotonic();
        List<Subscription> subscriptions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        boolean watchesDescriptors = false;
        for (long i = 0; i < count; i++) {
            long at = in + i * size;
            long userdata = m.i64(at);
            int type = m.u8(at + 8);
            if (type == EVENT_CLOCK) {
                long c = at + (preview0 ? 24 : 16);
                int id = m.i32(c);
                long timeout = m.i64(c + 8);
                int flags = m.u16(c + 24);
                if (id != ProcessFunctions.CLOCK_REALTIME && id != ProcessFunctions.CLOCK_MONOTONIC
                        || (flags & ~SUBCLOCK_ABSTIME) != 0) {
                    events.add(new Event(userdata, Errno.INVAL, type, 0, 0));
                    continue;
                }
                long deadline;
                if ((flags & SUBCLOCK_ABSTIME) == 0) {
                    deadline = saturatingAdd(now, timeout);
                } else if (id == ProcessFunctions.CLOCK_MONOTONIC) {
                    deadline = timeout;
                } else {
                    deadline = saturatingAdd(now, timeout - w.clock.realtime());
                }
                subscriptions.add(new Subscription(userdata, type, id, deadline, -1));
            } else if (type == EVENT_FD_READ || type == EVENT_FD_WRITE) {
                int fd = m.i32(at + 16);
                Descriptor d = w.fds.find(fd);
                long right = type == EVENT_FD_READ ? Rights.FD_READ : Rights.FD_WRITE;
                if (d == null || (d.rightsBase & right) == 0 && !(d instanceof TcpListener)) {
                    events.add(new Event(userdata, Errno.BADF, type, 0, 0));
                    continue;
                }
                if ((d.rightsBase & Rights.POLL_FD_READWRITE) == 0) {
                    events.add(new Event(userdata, Errno.NOTCAPABLE, type, 0, 0));
                    continue;
                }
                subscriptions.add(new Subscription(userdata, type, -1, 0, fd));
                watchesDescriptors = true;
            } else {
                events.add(new Event(userdata, Errno.INVAL, type, 0, 0));
            }
        }
        long interval = 50_000;
        while (events.isEmpty()) {
            long earliest = Long.MAX_VALUE;
            for (Subscription sub : subscriptions) {
                if (sub.type() != EVENT_CLOCK) {
                    Descriptor d = w.fds.find(sub.fd());
                    if (d == null) {
                        events.add(new Event(sub.userdata(), Errno.BADF, sub.type(), 0, 0));
                    } else if (sub.type() == EVENT_FD_READ) {
                        long n = d.readiness();
                        if (n > 0) {
                            events.add(new Event(sub.userdata(), 0, sub.type(), n, d.hungUp() ? HANGUP : 0));
                        }
                    } else if (d.writeReady()) {
                        events.add(new Event(sub.userdata(), 0, sub.type(), 0, 0));
                    }
                }
            }
            if (!events.isEmpty()) {
                break;
            }
            now = w.clock.monotonic();
            for (Subscription sub : subscriptions) {
                if (sub.type() == EVENT_CLOCK) {
                    if (sub.deadline() - now <= 0) {
                        events.add(new Event(sub.userdata(), 0, EVENT_CLOCK, 0, 0));
                    } else {
                        earliest = Math.min(earliest, sub.deadline());
                    }
                }
            }
            if (!events.isEmpty()) {
                break;
            }
            long wait = earliest == Long.MAX_VALUE ? Long.MAX_VALUE : earliest - now;
            if (watchesDescriptors) {
                wait = Math.min(wait, interval);
                interval = Math.min(interval * 2, 5_000_000);
            }
            try {
                w.clock.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ErrnoException.of(Errno.INTR);
            }
        }
        int n = (int) Math.min(events.size(), count);
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            long at = out + 32L * i;
            m.fill(at, 32, (byte) 0);
            m.setI64(at, e.userdata());
            m.setU16(at + 8, e.error());
            m.setU8(at + 10, e.type());
            m.setI64(at + 16, e.nbytes());
            m.setU16(at + 24, e.flags());
        }
        m.setI32(resultAt, n);
        return 0;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : r;
    }
}
