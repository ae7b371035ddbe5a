package dev.jwasm.wasi.internal;

import static dev.jwasm.wasi.internal.Args.i32;
import static dev.jwasm.wasi.internal.Args.u32;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.util.List;

/** {@code sock_accept}, {@code sock_recv}, {@code sock_send} and {@code sock_shutdown}, on sockets from the host. */
final class SocketFunctions implements FunctionGroup {
    private SocketFunctions() {
    }

    private static final int SOCK_ACCEPT = 0;
    private static final int SOCK_RECV = 1;
    private static final int SOCK_SEND = 2;
    private static final int SOCK_SHUTDOWN = 3;

    static final SocketFunctions INSTANCE = new SocketFunctions();

    @Override
    public int call(int op, boolean preview0, WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return switch (op) {
            case SOCK_ACCEPT -> sockAccept(w, m, s, b);
            case SOCK_RECV -> sockRecv(w, m, s, b);
            case SOCK_SEND -> sockSend(w, m, s, b);
            case SOCK_SHUTDOWN -> sockShutdown(w, m, s, b);
            default -> throw new IllegalArgumentException("no function " + op);
        };
    }

    private static final int RECV_PEEK = 1;
    private static final int RECV_WAITALL = 2;
    private static final int SHUT_RD = 1;
    private static final int SHUT_WR = 2;

    static void addTo(List<Binding> out, boolean preview0) {
        if (!preview0) {
            out.add(new Binding("sock_accept", "iii", true, INSTANCE, SOCK_ACCEPT));
        }
        out.add(new Binding("sock_recv", "iiiiii", true, INSTANCE, SOCK_RECV));
        out.add(new Binding("sock_send", "iiiii", true, INSTANCE, SOCK_SEND));
        out.add(new Binding("sock_shutdown", "ii", true, INSTANCE, SOCK_SHUTDOWN));
    }

    private static int sockAccept(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        if (!(w.fds.get(i32(s, b, 0)) instanceof TcpListener listener)) {
            throw ErrnoException.of(Errno.NOTSOCK);
        }
        int flags = i32(s, b, 1);
        long resultAt = u32(s, b, 2);
        m.check(resultAt, 4);
        if ((flags & ~Rights.FDFLAG_NONBLOCK) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        boolean nonBlocking = (flags & Rights.FDFLAG_NONBLOCK) != 0;
        TcpStream stream = new TcpStream(listener.accept(nonBlocking), nonBlocking);
        int fd;
        try {
            fd = w.fds.add(stream);
        } catch (ErrnoException e) {
            stream.close();
            throw e;
        }
        m.setI32(resultAt, fd);
        return 0;
    }

    private static int sockRecv(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        TcpStream stream = stream(w, i32(s, b, 0));
        ByteBuffer[] iovs = FdFunctions.iovecs(m, u32(s, b, 1), u32(s, b, 2));
        int flags = i32(s, b, 3);
        long lengthAt = u32(s, b, 4);
        long flagsAt = u32(s, b, 5);
        m.check(lengthAt, 4);
        m.check(flagsAt, 2);
        if ((flags & ~(RECV_PEEK | RECV_WAITALL)) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        stream.require(Rights.FD_READ);
        boolean peek = (flags & RECV_PEEK) != 0;
        boolean all = (flags & RECV_WAITALL) != 0 && !peek;
        long total = 0;
        for (ByteBuffer iov : iovs) {
            while (iov.hasRemaining()) {
                long n = stream.receive(iov, peek);
                total += n;
                if (n == 0 || !all) {
                    break;
                }
            }
            if (iov.hasRemaining() || peek) {
                break;
            }
        }
        m.setI32(lengthAt, (int) total);
        m.setU16(flagsAt, 0);
        return 0;
    }

    private static int sockSend(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        TcpStream stream = stream(w, i32(s, b, 0));
        ByteBuffer[] iovs = FdFunctions.iovecs(m, u32(s, b, 1), u32(s, b, 2));
        long resultAt = u32(s, b, 4);
        m.check(resultAt, 4);
        if (i32(s, b, 3) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        m.setI32(resultAt, (int) stream.write(iovs));
        return 0;
    }

    private static int sockShutdown(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        TcpStream stream = stream(w, i32(s, b, 0));
        int how = i32(s, b, 1);
        if (how == 0 || (how & ~(SHUT_RD | SHUT_WR)) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        stream.shutdown((how & SHUT_RD) != 0, (how & SHUT_WR) != 0);
        return 0;
    }

    private static TcpStream stream(WasiContext w, int fd) throws ErrnoException {
        Descriptor d = w.fds.get(fd);
        if (d instanceof TcpStream stream) {
            return stream;
        }
        throw ErrnoException.of(d instanceof TcpListener ? Errno.NOTCONN : Errno.NOTSOCK);
    }
}
