/* Read-only preopen: argv[1] (default /readonly) is preopened read-only and holds
 * data.txt ("read only"); argv[2] (default /sandbox) is a writable preopen. Reading works;
 * every write, create, remove, rename or link that would change the read-only directory,
 * directly or across the two preopens, must fail. */
#include "preopen.h"

int main(int argc, char **argv) {
    int ro = find_preopen(argc > 1 ? argv[1] : "/readonly");
    int rw = find_preopen(argc > 2 ? argv[2] : "/sandbox");
    if (ro < 0 || rw < 0) return 1;
    __wasi_fd_t fro = (__wasi_fd_t)ro, frw = (__wasi_fd_t)rw;

    try_open("open data.txt for reading", ro, FOLLOW, "data.txt", 0, READ_RIGHTS);
    try_open("open . as directory", ro, FOLLOW, ".", __WASI_OFLAGS_DIRECTORY, READ_RIGHTS);
    try_open("open data.txt for writing", ro, FOLLOW, "data.txt", 0, WRITE_RIGHTS);
    try_open("truncate data.txt", ro, FOLLOW, "data.txt", __WASI_OFLAGS_TRUNC, WRITE_RIGHTS);
    try_open("create new.txt", ro, FOLLOW, "new.txt", __WASI_OFLAGS_CREAT, WRITE_RIGHTS);

    __wasi_fd_t fd;
    if (__wasi_path_open(fro, FOLLOW, "data.txt", 0, READ_RIGHTS, READ_RIGHTS, 0, &fd) == 0) {
        __wasi_ciovec_t iov = {(const uint8_t *)"x", 1};
        __wasi_size_t n;
        report("fd_write on a read-only file", __wasi_fd_write(fd, &iov, 1, &n));
        report("fd_filestat_set_size on a read-only file", __wasi_fd_filestat_set_size(fd, 0));
        (void)__wasi_fd_close(fd);
    }
    report("mkdir newdir", __wasi_path_create_directory(fro, "newdir"));
    report("unlink data.txt", __wasi_path_unlink_file(fro, "data.txt"));
    report("rename data.txt -> moved.txt", __wasi_path_rename(fro, "data.txt", fro, "moved.txt"));
    report("symlink link -> data.txt", __wasi_path_symlink("data.txt", fro, "link"));
    report("set times of data.txt", __wasi_path_filestat_set_times(fro, FOLLOW, "data.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));

    try_open("create own.txt in the writable preopen", rw, FOLLOW, "own.txt", __WASI_OFLAGS_CREAT, WRITE_RIGHTS);
    report("rename own.txt into the read-only preopen", __wasi_path_rename(frw, "own.txt", fro, "own.txt"));
    report("rename data.txt into the writable preopen", __wasi_path_rename(fro, "data.txt", frw, "data.txt"));
    report("link data.txt into the writable preopen", __wasi_path_link(fro, 0, "data.txt", frw, "data-link.txt"));
    report("unlink own.txt", __wasi_path_unlink_file(frw, "own.txt"));
    try_open("open data.txt at the end", ro, FOLLOW, "data.txt", 0, READ_RIGHTS);
    return 0;
}
