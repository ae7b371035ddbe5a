package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A listening TCP socket handed to the guest by the host (Wasmtime's {@code tcplisten}). The
 * channel stays non-blocking; a blocking {@code sock_accept} waits on a selector. A
 * connection found while polling is kept for the next accept.
 */
final class TcpListener extends Descriptor {
    private final ServerSocketChannel channel;
    private int fdflags;
    private SocketChannel pending;
    private Selector selector;

    TcpListener(ServerSocketChannel channel) throws IOException {
        super(Rights.LISTENER, Rights.SOCKET);
        this.channel = channel;
        channel.configureBlocking(false);
    }

    @Override
    int filetype() {
        return Rights.FILETYPE_SOCKET_STREAM;
    }

    @Override
    int fdflags() {
        return fdflags;
    }

    @Override
    void setFdflags(int flags) throws ErrnoException {
        if ((flags & ~Rights.FDFLAG_NONBLOCK) != 0) {
            throw ErrnoException.of(Errno.NOTSUP);
        }
        fdflags = flags;
    }

    @Override
    long read(java.nio.ByteBuffer dst) throws ErrnoException {
        throw ErrnoException.of(Errno.NOTCONN);
    }

    @Override
    long write(java.nio.ByteBuffer[] srcs) throws ErrnoException {
        throw ErrnoException.of(Errno.NOTCONN);
    }

    /** The next connection; null when none is waiting and the accept must not block. */
    SocketChannel accept(boolean nonBlocking) throws ErrnoException, IOException {
        require(Rights.SOCK_ACCEPT);
        for (;;) {
            SocketChannel c = pending != null ? pending : channel.accept();
            pending = null;
            if (c != null) {
                return c;
            }
            if (nonBlocking || (fdflags & Rights.FDFLAG_NONBLOCK) != 0) {
                throw ErrnoException.of(Errno.AGAIN);
            }
            if (selector == null) {
                selector = Selector.open();
                channel.register(selector, SelectionKey.OP_ACCEPT);
            }
            selector.select();
            selector.selectedKeys().clear();
        }
    }

    @Override
    long readiness() throws ErrnoException {
        if (pending == null) {
            try {
                pending = channel.accept();
            } catch (IOException e) {
                throw HostErrors.of(e);
            }
        }
        return pending != null ? 1 : 0;
    }

    @Override
    boolean writeReady() {
        return false;
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        return new Filestat(0, 0, Rights.FILETYPE_SOCKET_STREAM, 1, 0, 0, 0, 0);
    }

    @Override
    void close() throws IOException {
        if (pending != null) {
            pending.close();
        }
        if (selector != null) {
            selector.close();
        }
        channel.close();
    }
}
