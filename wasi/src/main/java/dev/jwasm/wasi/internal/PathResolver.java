package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path against a directory descriptor without ever leaving its preopen.
 *
 * <p>Java has no {@code openat}, so the resolver walks the path one name at a time from the
 * directory, looking at each entry with {@link LinkOption#NOFOLLOW_LINKS}: {@code ".."} pops a
 * name (popping past the preopen's root is {@code ENOTCAPABLE}, even if a later name would come
 * back in), a symbolic link is read and its target spliced into the names still to walk (an
 * absolute target is {@code ENOTCAPABLE}; more than {@value #MAX_SYMLINKS} links is
 * {@code ELOOP}), and every name but the last must be a directory. The result names only
 * real directories and a final entry, so the host path it denotes stays inside the preopen
 * as long as nobody else changes the tree meanwhile (see the package notes for that race).
 */
final class PathResolver {
    static final int MAX_SYMLINKS = 40;

    private PathResolver() {}

    /**
     * The place {@code path} names, relative to {@code dir}.
     *
     * @param followFinal whether a symbolic link as the last name is followed (lookup flag
     *                    {@code SYMLINK_FOLLOW}); a trailing slash always follows it
     * @return the final entry, which may not exist (for creating it); when it exists and was
     *         followed it is not a symbolic link
     */
    static SandboxPath resolve(SandboxPath dir, String path, boolean followFinal) throws ErrnoException {
        if (path.isEmpty()) {
            throw ErrnoException.of(Errno.NOENT);
        }
        if (path.indexOf('\0') >= 0) {
            throw ErrnoException.of(Errno.INVAL);
        }
        if (path.charAt(0) == '/') {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        boolean trailingSlash = end < path.length();
        boolean follow = followFinal || trailingSlash;
        Deque<String> pending = new ArrayDeque<>();
        split(path.substring(0, end), pending);
        List<String> names = new ArrayList<>(dir.names());
        Path current = dir.host();
        int links = 0;
        boolean finalExists = true;
        boolean finalIsDirectory = true;
        while (!pending.isEmpty()) {
            String name = pending.pollFirst();
            boolean last = pending.isEmpty();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    throw ErrnoException.of(Errno.NOTCAPABLE);
                }
                names.remove(names.size() - 1);
                current = current.getParent();
                finalExists = true;
                finalIsDirectory = true;
                continue;
            }
            checkName(name);
            Path entry = current.resolve(name);
            if (last && !follow) {
                names.add(name);
                current = entry;
                finalExists = false;
                finalIsDirectory = false;
                break;
            }
            BasicFileAttributes attributes = lstat(entry);
            if (attributes == null) {
                if (!last) {
                    throw ErrnoException.of(Errno.NOENT);
                }
                names.add(name);
                current = entry;
                finalExists = false;
                finalIsDirectory = false;
                break;
            }
            if (attributes.isSymbolicLink()) {
                if (++links > MAX_SYMLINKS) {
                    throw ErrnoException.of(Errno.LOOP);
                }
                String target = readLink(entry);
                if (target.isEmpty()) {
                    throw ErrnoException.of(Errno.NOENT);
                }
                if (target.charAt(0) == '/') {
                    throw ErrnoException.of(Errno.NOTCAPABLE);
                }
                Deque<String> expanded = new ArrayDeque<>();
                split(target, expanded);
                if (last && target.endsWith("/")) {
                    expanded.addLast(".");
                }
                while (!expanded.isEmpty()) {
                    pending.addFirst(expanded.pollLast());
                }
                continue;
            }
            if (!last && !attributes.isDirectory()) {
                throw ErrnoException.of(Errno.NOTDIR);
            }
            names.add(name);
            current = entry;
            finalIsDirectory = attributes.isDirectory();
        }
        if (trailingSlash && finalExists && !finalIsDirectory) {
            throw ErrnoException.of(Errno.NOTDIR);
        }
        return new SandboxPath(dir.root(), names);
    }

    /** Splits at slashes, keeping empty names (they walk nowhere). */
    private static void split(String path, Deque<String> into) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                into.addLast(path.substring(start, i));
                start = i + 1;
            }
        }
    }

    /** A name the host could read as more than one entry is refused. */
    private static void checkName(String name) throws ErrnoException {
        char separator = java.io.File.separatorChar;
        if (separator != '/' && name.indexOf(separator) >= 0) {
            throw ErrnoException.of(Errno.NOTCAPABLE);
        }
    }

    /** The entry's own attributes, or null when it does not exist. */
    static BasicFileAttributes lstat(Path entry) throws ErrnoException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            int errno = HostErrors.errno(e);
            if (errno == Errno.NOTDIR || errno == Errno.NOENT) {
                return null;
            }
            throw ErrnoException.of(errno);
        } catch (RuntimeException e) {
            throw HostErrors.of(e);
        }
    }

    static String readLink(Path link) throws ErrnoException {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw HostErrors.of(e);
        } catch (RuntimeException e) {
            throw HostErrors.of(e);
        }
    }
}
