package dev.jwasm.wasi.internal;

import static dev.jwasm.wasi.internal.Args.i32;
import static dev.jwasm.wasi.internal.Args.i64;
import static dev.jwasm.wasi.internal.Args.u32;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code fd_*} functions: I/O, seeking, status, flags and rights, preopens, directory listing. */
final class FdFunctions implements FunctionGroup {
    private FdFunctions() {
    }

    private static final int FD_READ = 0;
    private static final int FD_WRITE = 1;
    private static final int FD_PREAD = 2;
    private static final int FD_PWRITE = 3;
    private static final int FD_SEEK = 4;
    private static final int FD_TELL = 5;
    private static final int FD_CLOSE = 6;
    private static final int FD_SYNC = 7;
    private static final int FD_DATASYNC = 8;
    private static final int FD_ADVISE = 9;
    private static final int FD_ALLOCATE = 10;
    private static final int FD_FDSTAT_GET = 11;
    private static final int FD_FDSTAT_SET_FLAGS = 12;
    private static final int FD_FDSTAT_SET_RIGHTS = 13;
    private static final int FD_FILESTAT_GET = 14;
    private static final int FD_FILESTAT_SET_SIZE = 15;
    private static final int FD_FILESTAT_SET_TIMES = 16;
    private static final int FD_PRESTAT_GET = 17;
    private static final int FD_PRESTAT_DIR_NAME = 18;
    private static final int FD_READDIR = 19;
    private static final int FD_RENUMBER = 20;

    static final FdFunctions INSTANCE = new FdFunctions();

    @Override
    public int call(int op, boolean preview0, WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return switch (op) {
            case FD_READ -> fdRead(w, m, s, b);
            case FD_WRITE -> fdWrite(w, m, s, b);
            case FD_PREAD -> fdPread(w, m, s, b);
            case FD_PWRITE -> fdPwrite(w, m, s, b);
            case FD_SEEK -> fdSeek(w, m, s, b, preview0);
            case FD_TELL -> fdTell(w, m, s, b);
            case FD_CLOSE -> fdClose(w, m, s, b);
            case FD_SYNC -> fdSync(w, m, s, b);
            case FD_DATASYNC -> fdDatasync(w, m, s, b);
            case FD_ADVISE -> fdAdvise(w, m, s, b);
            case FD_ALLOCATE -> fdAllocate(w, m, s, b);
            case FD_FDSTAT_GET -> fdFdstatGet(w, m, s, b);
            case FD_FDSTAT_SET_FLAGS -> fdFdstatSetFlags(w, m, s, b);
            case FD_FDSTAT_SET_RIGHTS -> fdFdstatSetRights(w, m, s, b);
            case FD_FILESTAT_GET -> fdFilestatGet(w, m, s, b, preview0);
            case FD_FILESTAT_SET_SIZE -> fdFilestatSetSize(w, m, s, b);
            case FD_FILESTAT_SET_TIMES -> fdFilestatSetTimes(w, m, s, b);
            case FD_PRESTAT_GET -> fdPrestatGet(w, m, s, b);
            case FD_PRESTAT_DIR_NAME -> fdPrestatDirName(w, m, s, b);
            case FD_READDIR -> fdReaddir(w, m, s, b);
            case FD_RENUMBER -> fdRenumber(w, m, s, b);
            default -> throw new IllegalArgumentException("no function " + op);
        };
    }

    /** More buffers than this in one call is EINVAL (POSIX's IOV_MAX is usually 1024). */
    static final int MAX_IOVECS = 1 << 16;

    static void addTo(List<Binding> out, boolean preview0) {
        out.add(new Binding("fd_read", "iiii", true, INSTANCE, FD_READ));
        out.add(new Binding("fd_write", "iiii", true, INSTANCE, FD_WRITE));
        out.add(new Binding("fd_pread", "iiiIi", true, INSTANCE, FD_PREAD));
        out.add(new Binding("fd_pwrite", "iiiIi", true, INSTANCE, FD_PWRITE));
        out.add(new Binding("fd_seek", "iIii", true, INSTANCE, FD_SEEK));
        out.add(new Binding("fd_tell", "ii", true, INSTANCE, FD_TELL));
        out.add(new Binding("fd_close", "i", true, INSTANCE, FD_CLOSE));
        out.add(new Binding("fd_sync", "i", true, INSTANCE, FD_SYNC));
        out.add(new Binding("fd_datasync", "i", true, INSTANCE, FD_DATASYNC));
        out.add(new Binding("fd_advise", "iIIi", true, INSTANCE, FD_ADVISE));
        out.add(new Binding("fd_allocate", "iII", true, INSTANCE, FD_ALLOCATE));
        out.add(new Binding("fd_fdstat_get", "ii", true, INSTANCE, FD_FDSTAT_GET));
        out.add(new Binding("fd_fdstat_set_flags", "ii", true, INSTANCE, FD_FDSTAT_SET_FLAGS));
        out.add(new Binding("fd_fdstat_set_rights", "iII", true, INSTANCE, FD_FDSTAT_SET_RIGHTS));
        out.add(new Binding("fd_filestat_get", "ii", true, INSTANCE, FD_FILESTAT_GET));
        out.add(new Binding("fd_filestat_set_size", "iI", true, INSTANCE, FD_FILESTAT_SET_SIZE));
        out.add(new Binding("fd_filestat_set_times", "iIIi", true, INSTANCE, FD_FILESTAT_SET_TIMES));
        out.add(new Binding("fd_prestat_get", "ii", true, INSTANCE, FD_PRESTAT_GET));
        out.add(new Binding("fd_prestat_dir_name", "iii", true, INSTANCE, FD_PRESTAT_DIR_NAME));
        out.add(new Binding("fd_readdir", "iiiIi", true, INSTANCE, FD_READDIR));
        out.add(new Binding("fd_renumber", "ii", true, INSTANCE, FD_RENUMBER));
    }

    private static int fdRead(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        ByteBuffer[] iovs = iovecs(m, u32(s, b, 1), u32(s, b, 2));
        long resultAt = u32(s, b, 3);
        m.check(resultAt, 4);
        long total = 0;
        for (ByteBuffer iov : iovs) {
            int wanted = iov.remaining();
            if (wanted == 0) {
                continue;
            }
            long n = d.read(iov);
            total += n;
            if (n < wanted) {
                break;
            }
        }
        m.setI32(resultAt, (int) total);
        return 0;
    }

    private static int fdWrite(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        ByteBuffer[] iovs = iovecs(m, u32(s, b, 1), u32(s, b, 2));
        long resultAt = u32(s, b, 3);
        m.check(resultAt, 4);
        m.setI32(resultAt, (int) d.write(iovs));
        return 0;
    }

    private static int fdPread(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        ByteBuffer[] iovs = iovecs(m, u32(s, b, 1), u32(s, b, 2));
        long offset = i64(s, b, 3);
        long resultAt = u32(s, b, 4);
        m.check(resultAt, 4);
        if (offset < 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        long total = 0;
        for (ByteBuffer iov : iovs) {
            int wanted = iov.remaining();
            if (wanted == 0) {
                continue;
            }
            long n = d.pread(iov, offset + total);
            total += n;
            if (n < wanted) {
                break;
            }
        }
        m.setI32(resultAt, (int) total);
        return 0;
    }

    private static int fdPwrite(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        ByteBuffer[] iovs = iovecs(m, u32(s, b, 1), u32(s, b, 2));
        long offset = i64(s, b, 3);
        long resultAt = u32(s, b, 4);
        m.check(resultAt, 4);
        if (offset < 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        m.setI32(resultAt, (int) d.pwrite(iovs, offset));
        return 0;
    }

    private static int fdSeek(WasiContext w, GuestMemory m, long[] s, int b, boolean preview0)
            throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        int whence = i32(s, b, 2);
        if (preview0) {
            // wasi_unstable numbered whence CUR, END, SET
            whence = switch (whence) {
                case 0 -> Rights.WHENCE_CUR;
                case 1 -> Rights.WHENCE_END;
                case 2 -> Rights.WHENCE_SET;
                default -> -1;
            };
        }
        if (whence < 0 || whence > 2) {
            throw ErrnoException.of(Errno.INVAL);
        }
        long resultAt = u32(s, b, 3);
        m.check(resultAt, 8);
        m.setI64(resultAt, d.seek(i64(s, b, 1), whence));
        return 0;
    }

    private static int fdTell(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        long resultAt = u32(s, b, 1);
        m.check(resultAt, 8);
        m.setI64(resultAt, d.seek(0, Rights.WHENCE_CUR));
        return 0;
    }

    private static int fdClose(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.remove(i32(s, b, 0)).close();
        return 0;
    }

    private static int fdSync(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).sync(true);
        return 0;
    }

    private static int fdDatasync(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).sync(false);
        return 0;
    }

    private static int fdAdvise(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).advise(i64(s, b, 1), i64(s, b, 2), i32(s, b, 3));
        return 0;
    }

    private static int fdAllocate(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).allocate(i64(s, b, 1), i64(s, b, 2));
        return 0;
    }

    private static int fdFdstatGet(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        long at = u32(s, b, 1);
        m.check(at, 24);
        m.fill(at, 8, (byte) 0);
        m.setU8(at, d.filetype());
        m.setU16(at + 2, d.fdflags());
        m.setI64(at + 8, d.rightsBase);
        m.setI64(at + 16, d.rightsInheriting);
        return 0;
    }

    private static int fdFdstatSetFlags(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        int flags = i32(s, b, 1);
        if ((flags & ~0x1F) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        d.require(Rights.FD_FDSTAT_SET_FLAGS);
        d.setFdflags(flags);
        return 0;
    }

    private static int fdFdstatSetRights(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        Descriptor d = w.fds.get(i32(s, b, 0));
        long base = i64(s, b, 1);
        long inheriting = i64(s, b, 2);
        if ((base & ~d.rightsBase) != 0 || (inheriting & ~d.rightsInheriting) != 0) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        d.rightsBase = base;
        d.rightsInheriting = inheriting;
        return 0;
    }

    private static int fdFilestatGet(WasiContext w, GuestMemory m, long[] s, int b, boolean preview0)
            throws ErrnoException, IOException {
        Filestat st = w.fds.get(i32(s, b, 0)).stat();
        if (preview0) {
            st.writePreview0(m, u32(s, b, 1));
        } else {
            st.writePreview1(m, u32(s, b, 1));
        }
        return 0;
    }

    private static int fdFilestatSetSize(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).setSize(i64(s, b, 1));
        return 0;
    }

    private static int fdFilestatSetTimes(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        w.fds.get(i32(s, b, 0)).setTimes(i64(s, b, 1), i64(s, b, 2), i32(s, b, 3), w.clock);
        return 0;
    }

    private static int fdPrestatGet(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        String name = preopenName(w, i32(s, b, 0));
        long at = u32(s, b, 1);
        m.check(at, 8);
        m.setI32(at, 0);
        m.setI32(at + 4, name.getBytes(StandardCharsets.UTF_8).length);
        return 0;
    }

    private static int fdPrestatDirName(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        byte[] name = preopenName(w, i32(s, b, 0)).getBytes(StandardCharsets.UTF_8);
        long length = u32(s, b, 2);
        if (length < name.length) {
            throw ErrnoException.of(Errno.NAMETOOLONG);
        }
        m.write(u32(s, b, 1), name);
        return 0;
    }

    private static int fdReaddir(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        return readdir(w, m, s, b);
    }

    private static int fdRenumber(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        w.fds.renumber(i32(s, b, 0), i32(s, b, 1));
        return 0;
    }

    /** The iovec array at {@code at} ({@code count} pairs of pointer and length) as buffers over guest memory. */
    static ByteBuffer[] iovecs(GuestMemory m, long at, long count) throws ErrnoException {
        if (count > MAX_IOVECS) {
            throw ErrnoException.of(Errno.INVAL);
        }
        m.check(at, count * 8);
        ByteBuffer[] buffers = new ByteBuffer[(int) count];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = m.buffer(m.u32(at + 8L * i), m.u32(at + 8L * i + 4));
        }
        return buffers;
    }

    private static String preopenName(WasiContext w, int fd) throws ErrnoException {
        if (w.fds.get(fd) instanceof OpenDirectory dir && dir.preopenName != null) {
            return dir.preopenName;
        }
        throw ErrnoException.of(Errno.BADF);
    }

    /**
     * {@code fd_readdir}: entries from {@code cookie} on, each a 24-byte {@code dirent}
     * (next cookie, inode, name length, type) and its name, packed until the buffer is full;
     * the last one may be cut short, which tells the guest to come back with a larger buffer.
     */
    private static int readdir(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        if (!(w.fds.get(i32(s, b, 0)) instanceof OpenDirectory dir)) {
            throw ErrnoException.of(Errno.NOTDIR);
        }
        long buffer = u32(s, b, 1);
        long length = u32(s, b, 2);
        long cookie = i64(s, b, 3);
        long resultAt = u32(s, b, 4);
        m.check(buffer, length);
        m.check(resultAt, 4);
        List<OpenDirectory.Entry> entries = dir.entries(cookie);
        byte[] header = new byte[24];
        ByteBuffer h = ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long used = 0;
        long next = cookie;
        for (OpenDirectory.Entry e : entries) {
            if (used >= length) {
                break;
            }
            next++;
            h.clear();
            h.putLong(next).putLong(e.inode()).putInt(e.utf8().length).put((byte) e.filetype()).put(new byte[3]);
            int n = (int) Math.min(header.length, length - used);
            m.write(buffer + used, header, 0, n);
            used += n;
            n = (int) Math.min(e.utf8().length, length - used);
            m.write(buffer + used, e.utf8(), 0, n);
            used += n;
        }
        m.setI32(resultAt, (int) used);
        return 0;
    }
}
