package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Host failures as WASI errnos. Java reports most file-system errors as exception types; the
 * rest as a {@link FileSystemException} whose reason is the host's {@code strerror} text,
 * which is matched here (POSIX wording, as glibc and the BSDs print it).
 */
final class HostErrors {
    private HostErrors() {}

    static ErrnoException of(IOException e) {
        return ErrnoException.of(errno(e));
    }

    /**
     * The errno of a runtime exception the host's file and socket APIs throw for a request
     * they cannot serve; any other runtime exception (a bug) is thrown on, to become a trap.
     */
    static ErrnoException of(RuntimeException e) {
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return ErrnoException.of(Errno.BADF);
        }
        if (e instanceof SecurityException) {
            return ErrnoException.of(Errno.ACCES);
        }
        if (e instanceof UnsupportedOperationException) {
            return ErrnoException.of(Errno.NOTSUP);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return of(u.getCause());
        }
        if (e instanceof java.nio.file.InvalidPathException || e instanceof IllegalArgumentException) {
            // a name the host cannot represent, a time or size out of the host's range
            return ErrnoException.of(Errno.INVAL);
        }
        throw e;
    }

    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Errno.NOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.NOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.ACCES;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.NOTDIR;
        }
        if (e instanceof NotLinkException) {
            return Errno.INVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return Errno.LOOP;
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return Errno.XDEV;
        }
        if (e instanceof AsynchronousCloseException || e instanceof ClosedChannelException) {
            return Errno.BADF;
        }
        if (e instanceof java.net.SocketException se) {
            return socketErrno(se.getMessage());
        }
        if (e instanceof FileSystemException fe) {
            return reasonErrno(fe.getReason());
        }
        return reasonErrno(e.getMessage());
    }

    private static int socketErrno(String message) {
        if (message == null) {
            return Errno.IO;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("reset")) {
            return Errno.CONNRESET;
        }
        if (m.contains("broken pipe")) {
            return Errno.PIPE;
        }
        if (m.contains("not connected")) {
            return Errno.NOTCONN;
        }
        if (m.contains("refused")) {
            return Errno.CONNREFUSED;
        }
        return Errno.IO;
    }

    private static int reasonErrno(String reason) {
        if (reason == null) {
            return Errno.IO;
        }
        return switch (reason) {
            case "Is a directory" -> Errno.ISDIR;
            case "Not a directory" -> Errno.NOTDIR;
            case "Too many levels of symbolic links" -> Errno.LOOP;
            case "Directory not empty" -> Errno.NOTEMPTY;
            case "File exists" -> Errno.EXIST;
            case "No such file or directory" -> Errno.NOENT;
            case "Permission denied" -> Errno.ACCES;
            case "Operation not permitted" -> Errno.PERM;
            case "Invalid cross-device link" -> Errno.XDEV;
            case "No space left on device" -> Errno.NOSPC;
            case "File name too long" -> Errno.NAMETOOLONG;
            case "Read-only file system" -> Errno.ROFS;
            case "Invalid argument" -> Errno.INVAL;
            case "Device or resource busy" -> Errno.BUSY;
            case "Too many links" -> Errno.MLINK;
            case "File too large" -> Errno.FBIG;
            case "Disk quota exceeded" -> Errno.DQUOT;
            case "Text file busy" -> Errno.TXTBSY;
            case "Too many open files" -> Errno.MFILE;
            case "Broken pipe" -> Errno.PIPE;
            case "Bad file descriptor" -> Errno.BADF;
            case "Illegal seek" -> Errno.SPIPE;
            case "No such device or address" -> Errno.NXIO;
            case "Operation not supported" -> Errno.NOTSUP;
            default -> Errno.IO;
        };
    }
}
