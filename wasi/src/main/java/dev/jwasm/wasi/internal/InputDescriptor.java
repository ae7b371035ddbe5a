package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The guest's stdin over a Java {@link InputStream}. Reads block on the stream. Java cannot
 * ask a stream whether a read would block or has reached its end, so the first time the
 * guest polls stdin (or makes it non-blocking) a daemon thread starts reading the stream
 * ahead into a buffer, and readiness is then whether that buffer holds data or the end.
 */
final class InputDescriptor extends Descriptor {
    private final InputStream in;
    private final boolean terminal;
    private int fdflags;
    private Pump pump;

    /** @param in the stream, or null for an empty stdin */
    InputDescriptor(InputStream in, boolean terminal) {
        super(Rights.FD_READ | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET | Rights.POLL_FD_READWRITE, 0);
        this.in = in;
        this.terminal = terminal;
    }

    @Override
    int filetype() {
        return terminal ? Rights.FILETYPE_CHARACTER_DEVICE : Rights.FILETYPE_UNKNOWN;
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

    @Override
    long read(ByteBuffer dst) throws ErrnoException, IOException {
        require(Rights.FD_READ);
        if (in == null || !dst.hasRemaining()) {
            return 0;
        }
        if ((fdflags & Rights.FDFLAG_NONBLOCK) != 0) {
            Pump p = pump();
            if (p.available() == 0) {
                throw ErrnoException.of(Errno.AGAIN);
            }
        }
        if (pump != null) {
            return pump.read(dst);
        }
        int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n <= 0) {
            return 0;
        }
        dst.position(dst.position() + n);
        return n;
    }

    @Override
    long readiness() {
        return in == null ? 1 : pump().available();
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        return new Filestat(0, 0, filetype(), 1, 0, 0, 0, 0);
    }

    private Pump pump() {
        if (pump == null) {
            pump = new Pump(in);
        }
        return pump;
    }

    /** Reads the stream ahead on a daemon thread. */
    private static final class Pump implements Runnable {
        private final InputStream in;
        private final java.util.ArrayDeque<byte[]> chunks = new java.util.ArrayDeque<>();
        private int offsetInFirst;
        private boolean ended;
        private IOException failure;

        Pump(InputStream in) {
            this.in = in;
            Thread t = new Thread(this, "wasi-stdin");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void run() {
            byte[] buffer = new byte[65536];
            try {
                for (;;) {
                    int n = in.read(buffer);
                    synchronized (this) {
                        if (n < 0) {
                            ended = true;
                            notifyAll();
                            return;
                        }
                        if (n > 0) {
                            chunks.add(java.util.Arrays.copyOf(buffer, n));
                            notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    ended = true;
                    notifyAll();
                }
            }
        }

        /** Bytes buffered, or 1 at the end (a read returns at once then). */
        synchronized long available() {
            long n = 0;
            for (byte[] c : chunks) {
                n += c.length;
            }
            n -= offsetInFirst;
            return n > 0 ? n : ended ? 1 : 0;
        }

        synchronized long read(ByteBuffer dst) throws IOException {
            while (chunks.isEmpty() && !ended) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
            if (chunks.isEmpty()) {
                if (failure != null) {
                    throw failure;
                }
                return 0;
            }
            long total = 0;
            while (dst.hasRemaining() && !chunks.isEmpty()) {
                byte[] first = chunks.peekFirst();
                int n = Math.min(dst.remaining(), first.length - offsetInFirst);
                dst.put(first, offsetInFirst, n);
                offsetInFirst += n;
                total += n;
                if (offsetInFirst == first.length) {
                    chunks.pollFirst();
                    offsetInFirst = 0;
                }
            }
            return total;
        }
    }
}
