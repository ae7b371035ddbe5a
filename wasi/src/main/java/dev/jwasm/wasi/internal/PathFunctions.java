package dev.jwasm.wasi.internal;

import static dev.jwasm.wasi.internal.Args.i32;
import static dev.jwasm.wasi.internal.Args.i64;
import static dev.jwasm.wasi.internal.Args.u32;

import dev.jwasm.wasi.Errno;
import dev.jwasm.wasi.internal.HostCall.Binding;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code path_*} functions. Every path is resolved by {@link PathResolver} inside the
 * directory descriptor's preopen; anything that would change a read-only preopen is
 * {@code ENOTCAPABLE}, including a rename or hard link whose source lies in one (a link would
 * let the guest write the file through the other name).
 */
final class PathFunctions implements FunctionGroup {
    private PathFunctions() {
    }

    private static final int PATH_OPEN = 0;
    private static final int PATH_CREATE_DIRECTORY = 1;
    private static final int PATH_REMOVE_DIRECTORY = 2;
    private static final int PATH_UNLINK_FILE = 3;
    private static final int PATH_RENAME = 4;
    private static final int PATH_LINK = 5;
    private static final int PATH_SYMLINK = 6;
    private static final int PATH_READLINK = 7;
    private static final int PATH_FILESTAT_GET = 8;
    private static final int PATH_FILESTAT_SET_TIMES = 9;

    static final PathFunctions INSTANCE = new PathFunctions();

    @Override
    public int call(int op, boolean preview0, WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        return switch (op) {
            case PATH_OPEN -> open(w, m, s, b);
            case PATH_CREATE_DIRECTORY -> pathCreateDirectory(w, m, s, b);
            case PATH_REMOVE_DIRECTORY -> pathRemoveDirectory(w, m, s, b);
            case PATH_UNLINK_FILE -> pathUnlinkFile(w, m, s, b);
            case PATH_RENAME -> pathRename(w, m, s, b);
            case PATH_LINK -> pathLink(w, m, s, b);
            case PATH_SYMLINK -> pathSymlink(w, m, s, b);
            case PATH_READLINK -> pathReadlink(w, m, s, b);
            case PATH_FILESTAT_GET -> pathFilestatGet(w, m, s, b, preview0);
            case PATH_FILESTAT_SET_TIMES -> pathFilestatSetTimes(w, m, s, b);
            default -> throw new IllegalArgumentException("no function " + op);
        };
    }

    static void addTo(List<Binding> out, boolean preview0) {
        out.add(new Binding("path_open", "iiiiiIIii", true, INSTANCE, PATH_OPEN));
        out.add(new Binding("path_create_directory", "iii", true, INSTANCE, PATH_CREATE_DIRECTORY));
        out.add(new Binding("path_remove_directory", "iii", true, INSTANCE, PATH_REMOVE_DIRECTORY));
        out.add(new Binding("path_unlink_file", "iii", true, INSTANCE, PATH_UNLINK_FILE));
        out.add(new Binding("path_rename", "iiiiii", true, INSTANCE, PATH_RENAME));
        out.add(new Binding("path_link", "iiiiiii", true, INSTANCE, PATH_LINK));
        out.add(new Binding("path_symlink", "iiiii", true, INSTANCE, PATH_SYMLINK));
        out.add(new Binding("path_readlink", "iiiiii", true, INSTANCE, PATH_READLINK));
        out.add(new Binding("path_filestat_get", "iiiii", true, INSTANCE, PATH_FILESTAT_GET));
        out.add(new Binding("path_filestat_set_times", "iiiiIIi", true, INSTANCE, PATH_FILESTAT_SET_TIMES));
    }

    private static int pathCreateDirectory(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        SandboxPath p = resolve(w, m, s, b, 0, 1, false, Rights.PATH_CREATE_DIRECTORY);
        writable(p);
        if (p.isRoot()) {
            throw ErrnoException.of(Errno.EXIST);
        }
        Files.createDirectory(p.host());
        return 0;
    }

    private static int pathRemoveDirectory(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        SandboxPath p = resolve(w, m, s, b, 0, 1, false, Rights.PATH_REMOVE_DIRECTORY);
        writable(p);
        if (p.isRoot()) {
            throw ErrnoException.of(Errno.BUSY);
        }
        BasicFileAttributes a = existing(p);
        if (!a.isDirectory()) {
            throw ErrnoException.of(Errno.NOTDIR);
        }
        Files.delete(p.host());
        return 0;
    }

    private static int pathUnlinkFile(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        SandboxPath p = resolve(w, m, s, b, 0, 1, false, Rights.PATH_UNLINK_FILE);
        writable(p);
        if (p.isRoot() || existing(p).isDirectory()) {
            throw ErrnoException.of(Errno.ISDIR);
        }
        Files.delete(p.host());
        return 0;
    }

    private static int pathRename(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        SandboxPath from = resolve(w, m, s, b, 0, 1, false, Rights.PATH_RENAME_SOURCE);
        SandboxPath to = resolve(w, m, s, b, 3, 4, false, Rights.PATH_RENAME_TARGET);
        writable(from);
        writable(to);
        if (from.isRoot() || to.isRoot()) {
            throw ErrnoException.of(Errno.BUSY);
        }
        existing(from);
        Files.move(from.host(), to.host(), StandardCopyOption.ATOMIC_MOVE);
        return 0;
    }

    private static int pathLink(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        boolean follow = (i32(s, b, 1) & Rights.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath from = resolve(w, m, s, b, 0, 2, follow, Rights.PATH_LINK_SOURCE);
        SandboxPath to = resolve(w, m, s, b, 4, 5, false, Rights.PATH_LINK_TARGET);
        writable(from);
        writable(to);
        if (from.isRoot() || existing(from).isDirectory()) {
            throw ErrnoException.of(Errno.PERM);
        }
        if (to.isRoot() || PathResolver.lstat(to.host()) != null) {
            throw ErrnoException.of(Errno.EXIST);
        }
        Files.createLink(to.host(), from.host());
        return 0;
    }

    private static int pathSymlink(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        String target = m.string(u32(s, b, 0), u32(s, b, 1));
        SandboxPath link = resolve(w, m, s, b, 2, 3, false, Rights.PATH_SYMLINK);
        writable(link);
        if (target.isEmpty()) {
            throw ErrnoException.of(Errno.NOENT);
        }
        // a relative target is only text until resolved, and resolving stays inside; an absolute one never could
        if (target.charAt(0) == '/' || target.indexOf('\0') >= 0) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        if (link.isRoot()) {
            throw ErrnoException.of(Errno.EXIST);
        }
        Files.createSymbolicLink(link.host(), Path.of(target));
        return 0;
    }

    private static int pathReadlink(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        SandboxPath p = resolve(w, m, s, b, 0, 1, false, Rights.PATH_READLINK);
        long buffer = u32(s, b, 3);
        long length = u32(s, b, 4);
        long resultAt = u32(s, b, 5);
        m.check(buffer, length);
        m.check(resultAt, 4);
        if (p.isRoot() || !existing(p).isSymbolicLink()) {
            throw ErrnoException.of(Errno.INVAL);
        }
        byte[] text = PathResolver.readLink(p.host()).getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(text.length, length);
        m.write(buffer, text, 0, n);
        m.setI32(resultAt, n);
        return 0;
    }

    private static int pathFilestatGet(WasiContext w, GuestMemory m, long[] s, int b, boolean preview0)
            throws ErrnoException, IOException {
        boolean follow = (i32(s, b, 1) & Rights.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath p = resolve(w, m, s, b, 0, 2, follow, Rights.PATH_FILESTAT_GET);
        Filestat st = Filestat.of(p.host());
        if (preview0) {
            st.writePreview0(m, u32(s, b, 4));
        } else {
            st.writePreview1(m, u32(s, b, 4));
        }
        return 0;
    }

    private static int pathFilestatSetTimes(WasiContext w, GuestMemory m, long[] s, int b)
            throws ErrnoException, IOException {
        boolean follow = (i32(s, b, 1) & Rights.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath p = resolve(w, m, s, b, 0, 2, follow, Rights.PATH_FILESTAT_SET_TIMES);
        writable(p);
        existing(p);
        Filestat.setTimes(p.host(), i64(s, b, 4), i64(s, b, 5), i32(s, b, 6), w.clock);
        return 0;
    }

    /**
     * The directory descriptor in argument {@code fdArg} (which must have {@code right}) and
     * the guest path in arguments {@code pathArg}, {@code pathArg + 1}, resolved in its preopen.
     */
    private static SandboxPath resolve(WasiContext w, GuestMemory m, long[] s, int b, int fdArg, int pathArg,
            boolean follow, long right) throws ErrnoException {
        OpenDirectory dir = directory(w, i32(s, b, fdArg));
        dir.require(right);
        String path = m.string(u32(s, b, pathArg), u32(s, b, pathArg + 1));
        return PathResolver.resolve(dir.path, path, follow);
    }

    private static OpenDirectory directory(WasiContext w, int fd) throws ErrnoException {
        if (w.fds.get(fd) instanceof OpenDirectory dir) {
            return dir;
        }
        throw ErrnoException.of(Errno.NOTDIR);
    }

    private static void writable(SandboxPath p) throws ErrnoException {
        if (p.readOnly()) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
    }

    private static BasicFileAttributes existing(SandboxPath p) throws ErrnoException {
        BasicFileAttributes a = PathResolver.lstat(p.host());
        if (a == null) {
            throw ErrnoException.of(Errno.NOENT);
        }
        return a;
    }

    /**
     * {@code path_open}. Whether the file is opened for reading and / or writing follows the
     * rights asked for (as wasi-libc asks for them from {@code O_RDONLY} / {@code O_WRONLY});
     * the final name is opened with {@code NOFOLLOW_LINKS} (the resolver has already followed
     * a final symbolic link when asked to), and a new file is created with {@code CREATE_NEW},
     * so nothing planted at that name in the meantime is followed either.
     */
    private static int open(WasiContext w, GuestMemory m, long[] s, int b) throws ErrnoException, IOException {
        int lookup = i32(s, b, 1);
        int oflags = i32(s, b, 4);
        long rights = i64(s, b, 5);
        int fdflags = i32(s, b, 7);
        long resultAt = u32(s, b, 8);
        m.check(resultAt, 4);
        if ((oflags & ~0xF) != 0 || (fdflags & ~0x1F) != 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        boolean create = (oflags & Rights.O_CREAT) != 0;
        boolean exclusive = (oflags & Rights.O_EXCL) != 0;
        boolean truncate = (oflags & Rights.O_TRUNC) != 0;
        boolean directoryOnly = (oflags & Rights.O_DIRECTORY) != 0;
        boolean append = (fdflags & Rights.FDFLAG_APPEND) != 0;
        boolean write = append || (rights & (Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE)) != 0;
        boolean read = (rights & (Rights.FD_READ | Rights.FD_READDIR)) != 0 || !write;
        SandboxPath p = resolve(w, m, s, b, 0, 2, (lookup & Rights.LOOKUP_SYMLINK_FOLLOW) != 0,
                create ? Rights.PATH_OPEN | Rights.PATH_CREATE_FILE : Rights.PATH_OPEN);
        if (create) {
            directory(w, i32(s, b, 0)).require(Rights.PATH_CREATE_FILE);
        }
        if (p.readOnly() && (create || truncate || write)) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        BasicFileAttributes a = PathResolver.lstat(p.host());
        Descriptor opened;
        if (a == null) {
            if (!create) {
                throw ErrnoException.of(Errno.NOENT);
            }
            if (directoryOnly) {
                throw ErrnoException.of(Errno.INVAL);
            }
            FileChannel channel = FileChannel.open(p.host(), options(true, true, false, true, fdflags));
            opened = new OpenFile(channel, p, Rights.FILETYPE_REGULAR_FILE, read, write,
                    fdflags & Rights.FDFLAG_APPEND);
        } else if (create && exclusive) {
            throw ErrnoException.of(Errno.EXIST);
        } else if (a.isSymbolicLink()) {
            throw ErrnoException.of(Errno.LOOP);
        } else if (a.isDirectory()) {
            if (write || truncate) {
                throw ErrnoException.of(Errno.ISDIR);
            }
            opened = new OpenDirectory(p, null);
        } else {
            if (directoryOnly) {
                throw ErrnoException.of(Errno.NOTDIR);
            }
            FileChannel channel = FileChannel.open(p.host(),
                    options(read, write || truncate, truncate, false, fdflags));
            int type = a.isRegularFile() ? Rights.FILETYPE_REGULAR_FILE : Filestat.of(p.host()).filetype();
            opened = new OpenFile(channel, p, type, read, write, fdflags & Rights.FDFLAG_APPEND);
        }
        int fd;
        try {
            fd = w.fds.add(opened);
        } catch (ErrnoException e) {
            opened.close();
            throw e;
        }
        m.setI32(resultAt, fd);
        return 0;
    }

    private static Set<OpenOption> options(boolean read, boolean write, boolean truncate, boolean createNew,
            int fdflags) {
        Set<OpenOption> o = new HashSet<>();
        o.add(LinkOption.NOFOLLOW_LINKS);
        if (read) {
            o.add(StandardOpenOption.READ);
        }
        if (write) {
            o.add(StandardOpenOption.WRITE);
        }
        if (truncate) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (createNew) {
            o.add(StandardOpenOption.CREATE_NEW);
        }
        if ((fdflags & Rights.FDFLAG_DSYNC) != 0) {
            o.add(StandardOpenOption.DSYNC);
        }
        if ((fdflags & (Rights.FDFLAG_SYNC | Rights.FDFLAG_RSYNC)) != 0) {
            o.add(StandardOpenOption.SYNC);
        }
        return o;
    }
}
