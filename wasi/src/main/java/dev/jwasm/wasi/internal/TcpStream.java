package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A connected TCP socket (from {@code sock_accept}). The channel stays non-blocking; in
 * blocking mode a read or write that cannot proceed waits on a selector. Bytes read ahead —
 * by {@code MSG_PEEK} or by {@code poll_oneoff} asking whether data is there — wait in a
 * buffer for the next read.
 */
final class TcpStream extends Descriptor {
    private final SocketChannel channel;
    private int fdflags;
    private final ByteBuffer ahead = ByteBuffer.allocate(65536).flip();
    private boolean endOfInput;
    private boolean inputShut;
    private Selector selector;

    TcpStream(SocketChannel channel, boolean nonBlocking) throws IOException {
        super(Rights.SOCKET, 0);
        this.channel = channel;
        channel.configureBlocking(false);
        this.fdflags = nonBlocking ? Rights.FDFLAG_NONBLOCK : 0;
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
        if ((flags & ~(Rights.FDFLAG_NONBLOCK | Rights.FDFLAG_APPEND)) != 0) {
            throw ErrnoException.of(Errno.NOTSUP);
        }
        fdflags = flags;
    }

    private boolean nonBlocking() {
        return (fdflags & Rights.FDFLAG_NONBLOCK) != 0;
    }

    /** Reads more from the channel into the read-ahead buffer; returns false when nothing came (yet). */
    private boolean fill(boolean block) throws ErrnoException, IOException {
        if (ahead.hasRemaining() || endOfInput || inputShut) {
            return true;
        }
        for (;;) {
            ahead.clear();
            int n;
            try {
                n = channel.read(ahead);
            } finally {
                ahead.flip();
            }
            if (n < 0) {
                endOfInput = true;
                return true;
            }
            if (n > 0) {
                return true;
            }
            if (!block) {
                return false;
            }
            await(SelectionKey.OP_READ);
        }
    }

    private void await(int operation) throws IOException {
        if (selector == null) {
            selector = Selector.open();
        }
        SelectionKey key = channel.keyFor(selector);
        if (key == null) {
            key = channel.register(selector, operation);
        } else {
            key.interestOps(operation);
        }
        selector.select();
        selector.selectedKeys().clear();
    }

    @Override
    long read(ByteBuffer dst) throws ErrnoException, IOException {
        require(Rights.FD_READ);
        return receive(dst, false);
    }

    /** Reads from the read-ahead buffer, filling it first; with {@code peek} the bytes stay there. */
    long receive(ByteBuffer dst, boolean peek) throws ErrnoException, IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (!fill(!nonBlocking())) {
            throw ErrnoException.of(Errno.AGAIN);
        }
        int n = Math.min(dst.remaining(), ahead.remaining());
        int at = ahead.position();
        dst.put(ahead.array(), ahead.arrayOffset() + at, n);
        if (!peek) {
            ahead.position(at + n);
        }
        return n;
    }

    @Override
    long write(ByteBuffer[] srcs) throws ErrnoException, IOException {
        require(Rights.FD_WRITE);
        long total = 0;
        for (ByteBuffer b : srcs) {
            while (b.hasRemaining()) {
                int n = channel.write(b);
                total += n;
                if (n == 0) {
                    if (nonBlocking()) {
                        if (total == 0) {
                            throw ErrnoException.of(Errno.AGAIN);
                        }
                        return total;
                    }
                    await(SelectionKey.OP_WRITE);
                }
            }
        }
        return total;
    }

    void shutdown(boolean input, boolean output) throws ErrnoException, IOException {
        require(Rights.SOCK_SHUTDOWN);
        if (!channel.isConnected()) {
            throw ErrnoException.of(Errno.NOTCONN);
        }
        if (input) {
            channel.shutdownInput();
            inputShut = true;
        }
        if (output) {
            channel.shutdownOutput();
        }
    }

    @Override
    long readiness() throws ErrnoException {
        try {
            fill(false);
        } catch (IOException e) {
            return 1;
        }
        return ahead.hasRemaining() ? ahead.remaining() : endOfInput || inputShut ? 1 : 0;
    }

    @Override
    boolean hungUp() {
        return endOfInput;
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        return new Filestat(0, 0, Rights.FILETYPE_SOCKET_STREAM, 1, 0, 0, 0, 0);
    }

    @Override
    void close() throws IOException {
        if (selector != null) {
            selector.close();
        }
        channel.close();
    }
}
