package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.WasiClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A file opened by {@code path_open}. Reads and writes go through a {@link FileChannel};
 * {@code APPEND} is applied here (each write first moves to the end) so that
 * {@code fd_fdstat_set_flags} can switch it. Status and times are looked up by the path the
 * file was opened at, since Java cannot {@code fstat} a channel.
 */
final class OpenFile extends Descriptor {
    private final FileChannel channel;
    private final SandboxPath path;
    private final boolean readable;
    private final boolean writable;
    private final int filetype;
    private int fdflags;

    OpenFile(FileChannel channel, SandboxPath path, int filetype, boolean readable, boolean writable, int fdflags) {
        super(Rights.FILE & ~(readable ? 0 : Rights.FILE_READING) & ~(writable ? 0 : Rights.FILE_WRITING), 0);
        this.channel = channel;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.filetype = filetype;
        this.fdflags = fdflags;
    }

    @Override
    int filetype() {
        return filetype;
    }

    @Override
    int fdflags() {
        return fdflags;
    }

    @Override
    void setFdflags(int flags) throws ErrnoException {
        if ((flags & ~(Rights.FDFLAG_APPEND | Rights.FDFLAG_NONBLOCK)) != 0) {
            throw ErrnoException.of(Errno.NOTSUP);
        }
        fdflags = flags;
    }

    private void checkReadable() throws ErrnoException {
        if (!readable) {
            throw ErrnoException.of(Errno.BADF);
        }
        require(Rights.FD_READ);
    }

    private void checkWritable(long right) throws ErrnoException {
        if (!writable) {
            throw ErrnoException.of(Errno.BADF);
        }
        require(right);
    }

    @Override
    long read(ByteBuffer dst) throws ErrnoException, IOException {
        checkReadable();
        int n = channel.read(dst);
        return Math.max(n, 0);
    }

    @Override
    long write(ByteBuffer[] srcs) throws ErrnoException, IOException {
        checkWritable(Rights.FD_WRITE);
        if ((fdflags & Rights.FDFLAG_APPEND) != 0) {
            channel.position(channel.size());
        }
        long total = 0;
        for (ByteBuffer b : srcs) {
            while (b.hasRemaining()) {
                total += channel.write(b);
            }
        }
        return total;
    }

    @Override
    long pread(ByteBuffer dst, long offset) throws ErrnoException, IOException {
        checkReadable();
        require(Rights.FD_SEEK);
        int n = channel.read(dst, offset);
        return Math.max(n, 0);
    }

    @Override
    long pwrite(ByteBuffer[] srcs, long offset) throws ErrnoException, IOException {
        checkWritable(Rights.FD_WRITE);
        require(Rights.FD_SEEK);
        long at = offset;
        for (ByteBuffer b : srcs) {
            while (b.hasRemaining()) {
                at += channel.write(b, at);
            }
        }
        return at - offset;
    }

    @Override
    long seek(long offset, int whence) throws ErrnoException, IOException {
        require(offset == 0 && whence == Rights.WHENCE_CUR ? Rights.FD_TELL | Rights.FD_SEEK : Rights.FD_SEEK);
        long base = switch (whence) {
            case Rights.WHENCE_SET -> 0;
            case Rights.WHENCE_CUR -> channel.position();
            case Rights.WHENCE_END -> channel.size();
            default -> throw ErrnoException.of(Errno.INVAL);
        };
        long target = base + offset;
        if ((offset > 0 && target < base) || target < 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        channel.position(target);
        return target;
    }

    long position() throws IOException {
        return channel.position();
    }

    @Override
    void sync(boolean metadata) throws ErrnoException, IOException {
        require(metadata ? Rights.FD_SYNC : Rights.FD_DATASYNC | Rights.FD_SYNC);
        channel.force(metadata);
    }

    @Override
    void advise(long offset, long length, int advice) throws ErrnoException {
        require(Rights.FD_ADVISE);
        if (advice < 0 || advice > 5) {
            throw ErrnoException.of(Errno.INVAL);
        }
    }

    @Override
    void allocate(long offset, long length) throws ErrnoException, IOException {
        checkWritable(Rights.FD_ALLOCATE);
        if (offset < 0 || length <= 0 || offset + length < 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        if (offset + length > channel.size()) {
            extendTo(offset + length);
        }
    }

    @Override
    void setSize(long size) throws ErrnoException, IOException {
        checkWritable(Rights.FD_FILESTAT_SET_SIZE);
        if (size < 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        long current = channel.size();
        if (size < current) {
            channel.truncate(size);
        } else if (size > current) {
            extendTo(size);
        }
    }

    /** Grows the file with zeros (the gap reads as zeros; the file system may keep it sparse). */
    private void extendTo(long size) throws IOException {
        channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        try {
            Filestat s = Filestat.of(path.host());
            long size = filetype == Rights.FILETYPE_REGULAR_FILE ? channel.size() : s.size();
            return new Filestat(s.dev(), s.ino(), s.filetype(), s.nlink(), size, s.atim(), s.mtim(), s.ctim());
        } catch (ErrnoException | IOException e) {
            // renamed or removed meanwhile: what the channel itself knows
            try {
                return new Filestat(0, 0, filetype, 0, channel.size(), 0, 0, 0);
            } catch (IOException io) {
                throw HostErrors.of(io);
            }
        }
    }

    @Override
    void setTimes(long atim, long mtim, int fstflags, WasiClock clock) throws ErrnoException {
        require(Rights.FD_FILESTAT_SET_TIMES);
        if (path.readOnly()) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        Filestat.setTimes(path.host(), atim, mtim, fstflags, clock);
    }

    @Override
    long readiness() throws ErrnoException {
        try {
            return Math.max(1, channel.size() - channel.position());
        } catch (IOException e) {
            return 1;
        }
    }

    @Override
    void close() throws IOException {
        channel.close();
    }
}
