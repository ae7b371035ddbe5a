package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.WasiClock;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory descriptor: a preopen, or a directory opened below one. It is a place in the
 * sandbox (a path, since Java has no directory handles) from which guest paths resolve.
 */
final class OpenDirectory extends Descriptor {
    /** One {@code fd_readdir} entry. */
    record Entry(String name, byte[] utf8, long inode, int filetype) {
    }

    final SandboxPath path;
    /** The name the guest sees for a preopened directory ({@code fd_prestat_dir_name}); null for others. */
    final String preopenName;
    /** The listing {@code fd_readdir} pages through; read afresh when a guest starts at cookie 0. */
    private List<Entry> listing;

    OpenDirectory(SandboxPath path, String preopenName) {
        super(Rights.DIRECTORY, Rights.DIRECTORY | Rights.FILE);
        this.path = path;
        this.preopenName = preopenName;
    }

    @Override
    int filetype() {
        return Rights.FILETYPE_DIRECTORY;
    }

    @Override
    void setFdflags(int flags) throws ErrnoException {
        if (flags != 0) {
            throw ErrnoException.of(Errno.NOTSUP);
        }
    }

    @Override
    long read(java.nio.ByteBuffer dst) throws ErrnoException {
        throw ErrnoException.of(Errno.ISDIR);
    }

    @Override
    long write(java.nio.ByteBuffer[] srcs) throws ErrnoException {
        throw ErrnoException.of(Errno.BADF);
    }

    @Override
    long pread(java.nio.ByteBuffer dst, long offset) throws ErrnoException {
        throw ErrnoException.of(Errno.ISDIR);
    }

    @Override
    long pwrite(java.nio.ByteBuffer[] srcs, long offset) throws ErrnoException {
        throw ErrnoException.of(Errno.BADF);
    }

    @Override
    long seek(long offset, int whence) throws ErrnoException {
        throw ErrnoException.of(Errno.BADF);
    }

    @Override
    void sync(boolean metadata) throws ErrnoException {
        require(Rights.FD_SYNC);
    }

    @Override
    void advise(long offset, long length, int advice) throws ErrnoException {
        throw ErrnoException.of(Errno.BADF);
    }

    @Override
    Filestat stat() throws ErrnoException {
        require(Rights.FD_FILESTAT_GET);
        return Filestat.of(path.host());
    }

    @Override
    void setTimes(long atim, long mtim, int fstflags, WasiClock clock) throws ErrnoException {
        require(Rights.FD_FILESTAT_SET_TIMES);
        if (path.readOnly()) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        Filestat.setTimes(path.host(), atim, mtim, fstflags, clock);
    }

    /** The entries from {@code cookie} on: "." and "..", then the directory's entries in the host's order. */
    List<Entry> entries(long cookie) throws ErrnoException {
        require(Rights.FD_READDIR);
        if (cookie == 0 || listing == null) {
            listing = list();
        }
        if (cookie < 0 || cookie > listing.size()) {
            return List.of();
        }
        return listing.subList((int) cookie, listing.size());
    }

    private List<Entry> list() throws ErrnoException {
        Path dir = path.host();
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(".", Filestat.inodeOf(dir), Rights.FILETYPE_DIRECTORY));
        Path parent = path.isRoot() ? dir : dir.getParent();
        entries.add(entry("..", Filestat.inodeOf(parent), Rights.FILETYPE_DIRECTORY));
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                entries.add(entry(name, Filestat.inodeOf(p), Filestat.typeOf(p)));
            }
        } catch (IOException e) {
            throw HostErrors.of(e);
        } catch (RuntimeException e) {
            throw HostErrors.of(e);
        }
        return entries;
    }

    private static Entry entry(String name, long inode, int filetype) {
        return new Entry(name, name.getBytes(java.nio.charset.StandardCharsets.UTF_8), inode, filetype);
    }
}
