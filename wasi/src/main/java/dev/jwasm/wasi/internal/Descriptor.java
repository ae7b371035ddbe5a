package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An open WASI file descriptor: a file, a directory, a standard stream or a socket. Each
 * operation a kind of descriptor does not support fails with the errno POSIX gives for it
 * (the defaults here); subclasses override what they do.
 *
 * <p>Rights: a descriptor starts with every right its kind and open mode allow (as Wasmtime,
 * which does not restrict by the rights a guest asks for); {@code fd_fdstat_set_rights} can
 * only take rights away, and an operation whose right was taken away is {@code ENOTCAPABLE}.
 */
abstract class Descriptor {
    long rightsBase;
    long rightsInheriting;

    Descriptor(long rightsBase, long rightsInheriting) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
    }

    abstract int filetype();

    /** The fdflags reported by {@code fd_fdstat_get}. */
    int fdflags() {
        return 0;
    }

    void setFdflags(int flags) throws ErrnoException {
        throw ErrnoException.of(Errno.NOTSUP);
    }

    /** Fails with ENOTCAPABLE unless the descriptor still has {@code right}. */
    final void require(long right) throws ErrnoException {
        if ((rightsBase & right) == 0) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
    }

    /** Reads into {@code dst}; returns the count, 0 at end of input. May read less than asked. */
    long read(ByteBuffer dst) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.BADF);
    }

    /** Writes the buffers in order; returns the count written. */
    long write(ByteBuffer[] srcs) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.BADF);
    }

    long pread(ByteBuffer dst, long offset) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.SPIPE);
    }

    long pwrite(ByteBuffer[] srcs, long offset) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.SPIPE);
    }

    /** {@code fd_seek}: whence in preview1 numbering; returns the new offset. */
    long seek(long offset, int whence) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.SPIPE);
    }

    void sync(boolean metadata) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.INVAL);
    }

    void advise(long offset, long length, int advice) throws ErrnoException {
        throw ErrnoException.of(Errno.SPIPE);
    }

    void allocate(long offset, long length) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.BADF);
    }

    void setSize(long size) throws ErrnoException, IOException {
        throw ErrnoException.of(Errno.BADF);
    }

    abstract Filestat stat() throws ErrnoException;

    void setTimes(long atim, long mtim, int fstflags, dev.jwasm.wasi.WasiClock clock) throws ErrnoException {
        throw ErrnoException.of(Errno.BADF);
    }

    /**
     * Bytes readable without blocking: at least 1 at the end of input (a read returns at once
     * then), 0 when a read would block.
     */
    long readiness() throws ErrnoException {
        return 1;
    }

    /** Whether a write would not block. */
    boolean writeReady() {
        return true;
    }

    /** Whether the peer hung up (for poll's {@code FD_READWRITE_HANGUP}). */
    boolean hungUp() {
        return false;
    }

    void close() throws IOException {
    }
}
