package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.WasiClock;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@code filestat}: what {@code fd_filestat_get} and {@code path_filestat_get} report. */
record Filestat(long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** The status of the file at {@code path} itself (a symbolic link is not followed). */
    static Filestat of(Path path) throws ErrnoException {
        try {
            if (UNIX) {
                Map<String, Object> a = Files.readAttributes(path,
                        "unix:dev,ino,nlink,mode,size,lastAccessTime,lastModifiedTime,ctime",
                        LinkOption.NOFOLLOW_LINKS);
                int mode = (Integer) a.get("mode");
                return new Filestat((Long) a.get("dev"), (Long) a.get("ino"), filetype(mode),
                        ((Integer) a.get("nlink")).longValue(), (Long) a.get("size"),
                        nanos((FileTime) a.get("lastAccessTime")), nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")));
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            int type = a.isDirectory() ? Rights.FILETYPE_DIRECTORY : a.isRegularFile() ? Rights.FILETYPE_REGULAR_FILE
                    : a.isSymbolicLink() ? Rights.FILETYPE_SYMBOLIC_LINK : Rights.FILETYPE_UNKNOWN;
            Object key = a.fileKey();
            return new Filestat(0, key == null ? 0 : key.hashCode() & 0xFFFF_FFFFL, type, 1, a.size(),
                    nanos(a.lastAccessTime()), nanos(a.lastModifiedTime()), nanos(a.creationTime()));
        } catch (IOException e) {
            throw HostErrors.of(e);
        } catch (RuntimeException e) {
            throw HostErrors.of(e);
        }
    }

    /** The file type of the entry at {@code path} (not following a final symbolic link), or UNKNOWN when gone. */
    static int typeOf(Path path) {
        try {
            if (UNIX) {
                return filetype((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS));
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? Rights.FILETYPE_DIRECTORY : a.isRegularFile() ? Rights.FILETYPE_REGULAR_FILE
                    : a.isSymbolicLink() ? Rights.FILETYPE_SYMBOLIC_LINK : Rights.FILETYPE_UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return Rights.FILETYPE_UNKNOWN;
        }
    }

    /** The inode number of the entry at {@code path}, or 0 when unknown. */
    static long inodeOf(Path path) {
        if (!UNIX) {
            return 0;
        }
        try {
            return (Long) Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int filetype(int mode) {
        return switch (mode & S_IFMT) {
            case 0040000 -> Rights.FILETYPE_DIRECTORY;
            case 0100000 -> Rights.FILETYPE_REGULAR_FILE;
            case 0120000 -> Rights.FILETYPE_SYMBOLIC_LINK;
            case S_IFCHR -> Rights.FILETYPE_CHARACTER_DEVICE;
            case S_IFBLK -> Rights.FILETYPE_BLOCK_DEVICE;
            case S_IFSOCK -> Rights.FILETYPE_SOCKET_STREAM;
            default -> Rights.FILETYPE_UNKNOWN;
        };
    }

    private static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }

    /** Writes the preview1 layout (64 bytes). */
    void writePreview1(GuestMemory m, long at) throws ErrnoException {
        m.check(at, 64);
        m.setI64(at, dev);
        m.setI64(at + 8, ino);
        m.setU8(at + 16, filetype);
        m.fill(at + 17, 7, (byte) 0);
        m.setI64(at + 24, nlink);
        m.setI64(at + 32, size);
        m.setI64(at + 40, atim);
        m.setI64(at + 48, mtim);
        m.setI64(at + 56, ctim);
    }

    /** Writes the {@code wasi_unstable} layout (56 bytes: a 32-bit link count). */
    void writePreview0(GuestMemory m, long at) throws ErrnoException {
        m.check(at, 56);
        m.setI64(at, dev);
        m.setI64(at + 8, ino);
        m.setU8(at + 16, filetype);
        m.fill(at + 17, 3, (byte) 0);
        m.setI32(at + 20, (int) nlink);
        m.setI64(at + 24, size);
        m.setI64(at + 32, atim);
        m.setI64(at + 40, mtim);
        m.setI64(at + 48, ctim);
    }

    /**
     * {@code *_filestat_set_times}: each of access and modification time is left alone, set
     * to the given value ({@code ATIM} / {@code MTIM}) or to now ({@code *_NOW}); both flags
     * for the same time is {@code EINVAL}.
     */
    static void setTimes(Path path, long atim, long mtim, int fstflags, WasiClock clock) throws ErrnoException {
        if ((fstflags & ~0xF) != 0
                || (fstflags & (Rights.FST_ATIM | Rights.FST_ATIM_NOW)) == (Rights.FST_ATIM | Rights.FST_ATIM_NOW)
                || (fstflags & (Rights.FST_MTIM | Rights.FST_MTIM_NOW)) == (Rights.FST_MTIM | Rights.FST_MTIM_NOW)) {
            throw ErrnoException.of(Errno.INVAL);
        }
        long now = (fstflags & (Rights.FST_ATIM_NOW | Rights.FST_MTIM_NOW)) != 0 ? clock.realtime() : 0;
        FileTime access = (fstflags & Rights.FST_ATIM) != 0 ? time(atim)
                : (fstflags & Rights.FST_ATIM_NOW) != 0 ? time(now) : null;
        FileTime modified = (fstflags & Rights.FST_MTIM) != 0 ? time(mtim)
                : (fstflags & Rights.FST_MTIM_NOW) != 0 ? time(now) : null;
        if (access == null && modified == null) {
            return;
        }
        try {
            Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(modified, access, null);
        } catch (IOException e) {
            throw HostErrors.of(e);
        } catch (RuntimeException e) {
            throw HostErrors.of(e);
        }
    }

    private static FileTime time(long nanos) {
        return FileTime.from(nanos, TimeUnit.NANOSECONDS);
    }
}
