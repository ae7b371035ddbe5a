package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;

/**
 * The guest's stdout or stderr: the host process's own stream (written with one gathering
 * write per {@code fd_write}, unbuffered) or a Java {@link OutputStream} (flushed after each
 * {@code fd_write}, so output appears as the guest writes it), or nowhere.
 */
final class OutputDescriptor extends Descriptor {
    private final GatheringByteChannel channel;
    private final OutputStream out;
    private final boolean terminal;
    private int fdflags;

    /** Exactly one of {@code channel} and {@code out} is non-null, or neither for a discarded stream. */
    OutputDescriptor(GatheringByteChannel channel, OutputStream out, boolean terminal) {
        super(Rights.FD_WRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET | Rights.POLL_FD_READWRITE
                | Rights.FD_SYNC | Rights.FD_DATASYNC, 0);
        this.channel = channel;
        this.out = out;
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
    long write(ByteBuffer[] srcs) throws ErrnoException, IOException {
        require(Rights.FD_WRITE);
        long total = 0;
        if (channel != null) {
            long wanted = 0;
            for (ByteBuffer b : srcs) {
                wanted += b.remaining();
            }
            while (total < wanted) {
                total += channel.write(srcs);
            }
            return total;
        }
        for (ByteBuffer b : srcs) {
            int n = b.remaining();
            if (out != null) {
                out.write(b.array(), b.arrayOffset() + b.position(), n);
            }
            b.position(b.position() + n);
            total += n;
        }
        if (out != null) {
            out.flush();
        }
        return total;
    }

    @Override
    void sync(boolean metadata) throws ErrnoException, IOException {
        require(metadata ? Rights.FD_SYNC : Rights.FD_DATASYNC);
        flush();
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        return new Filestat(0, 0, filetype(), 1, 0, 0, 0, 0);
    }

    @Override
    long readiness() {
        return 0;
    }

    void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    void close() throws IOException {
        flush();
    }
}
