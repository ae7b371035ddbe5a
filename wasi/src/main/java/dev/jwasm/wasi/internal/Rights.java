package dev.jwasm.wasi.internal;

/** WASI's rights bits, flag bits and enumerations (the {@code witx} definitions of preview1). */
final class Rights {
    private Rights() {}

    static final long FD_DATASYNC = 1L << 0;
    static final long FD_READ = 1L << 1;
    static final long FD_SEEK = 1L << 2;
    static final long FD_FDSTAT_SET_FLAGS = 1L << 3;
    static final long FD_SYNC = 1L << 4;
    static final long FD_TELL = 1L << 5;
    static final long FD_WRITE = 1L << 6;
    static final long FD_ADVISE = 1L << 7;
    static final long FD_ALLOCATE = 1L << 8;
    static final long PATH_CREATE_DIRECTORY = 1L << 9;
    static final long PATH_CREATE_FILE = 1L << 10;
    static final long PATH_LINK_SOURCE = 1L << 11;
    static final long PATH_LINK_TARGET = 1L << 12;
    static final long PATH_OPEN = 1L << 13;
    static final long FD_READDIR = 1L << 14;
    static final long PATH_READLINK = 1L << 15;
    static final long PATH_RENAME_SOURCE = 1L << 16;
    static final long PATH_RENAME_TARGET = 1L << 17;
    static final long PATH_FILESTAT_GET = 1L << 18;
    static final long PATH_FILESTAT_SET_SIZE = 1L << 19;
    static final long PATH_FILESTAT_SET_TIMES = 1L << 20;
    static final long FD_FILESTAT_GET = 1L << 21;
    static final long FD_FILESTAT_SET_SIZE = 1L << 22;
    static final long FD_FILESTAT_SET_TIMES = 1L << 23;
    static final long PATH_SYMLINK = 1L << 24;
    static final long PATH_REMOVE_DIRECTORY = 1L << 25;
    static final long PATH_UNLINK_FILE = 1L << 26;
    static final long POLL_FD_READWRITE = 1L << 27;
    static final long SOCK_SHUTDOWN = 1L << 28;
    static final long SOCK_ACCEPT = 1L << 29;
    static final long ALL = (1L << 30) - 1;

    /** What a regular file can do. */
    static final long FILE = FD_DATASYNC | FD_READ | FD_SEEK | FD_FDSTAT_SET_FLAGS | FD_SYNC | FD_TELL | FD_WRITE
            | FD_ADVISE | FD_ALLOCATE | FD_FILESTAT_GET | FD_FILESTAT_SET_SIZE | FD_FILESTAT_SET_TIMES
            | POLL_FD_READWRITE;
    /** Rights a file gets only when opened for reading / writing. */
    static final long FILE_READING = FD_READ;
    static final long FILE_WRITING = FD_DATASYNC | FD_WRITE | FD_ALLOCATE | FD_FILESTAT_SET_SIZE;
    /** What a directory can do (and, as inheriting rights, what files opened from it may get). */
    static final long DIRECTORY = FD_FDSTAT_SET_FLAGS | FD_SYNC | FD_ADVISE | PATH_CREATE_DIRECTORY
            | PATH_CREATE_FILE | PATH_LINK_SOURCE | PATH_LINK_TARGET | PATH_OPEN | FD_READDIR | PATH_READLINK
            | PATH_RENAME_SOURCE | PATH_RENAME_TARGET | PATH_FILESTAT_GET | PATH_FILESTAT_SET_SIZE
            | PATH_FILESTAT_SET_TIMES | FD_FILESTAT_GET | FD_FILESTAT_SET_TIMES | PATH_SYMLINK
            | PATH_REMOVE_DIRECTORY | PATH_UNLINK_FILE;
    /** What a connected stream socket can do. */
    static final long SOCKET = FD_READ | FD_WRITE | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE
            | SOCK_SHUTDOWN;
    static final long LISTENER = FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE | SOCK_ACCEPT;

    // filetype
    static final int FILETYPE_UNKNOWN = 0;
    static final int FILETYPE_BLOCK_DEVICE = 1;
    static final int FILETYPE_CHARACTER_DEVICE = 2;
    static final int FILETYPE_DIRECTORY = 3;
    static final int FILETYPE_REGULAR_FILE = 4;
    static final int FILETYPE_SOCKET_DGRAM = 5;
    static final int FILETYPE_SOCKET_STREAM = 6;
    static final int FILETYPE_SYMBOLIC_LINK = 7;

    // fdflags
    static final int FDFLAG_APPEND = 1;
    static final int FDFLAG_DSYNC = 2;
    static final int FDFLAG_NONBLOCK = 4;
    static final int FDFLAG_RSYNC = 8;
    static final int FDFLAG_SYNC = 16;

    // oflags
    static final int O_CREAT = 1;
    static final int O_DIRECTORY = 2;
    static final int O_EXCL = 4;
    static final int O_TRUNC = 8;

    // lookupflags
    static final int LOOKUP_SYMLINK_FOLLOW = 1;

    // fstflags
    static final int FST_ATIM = 1;
    static final int FST_ATIM_NOW = 2;
    static final int FST_MTIM = 4;
    static final int FST_MTIM_NOW = 8;

    // whence (preview1 numbering)
    static final int WHENCE_SET = 0;
    static final int WHENCE_CUR = 1;
    static final int WHENCE_END = 2;
}
