/* Shared by the sandbox programs: raw WASI path calls on a preopened directory, so each
 * errno comes from the runtime itself and not from wasi-libc's own path handling. */
#ifndef PREOPEN_H
#define PREOPEN_H
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>
#include "report.h"

#define READ_RIGHTS (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_FILESTAT_GET)
#define WRITE_RIGHTS (READ_RIGHTS | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)
#define FOLLOW __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW

/* The file descriptor of the preopened directory with this guest name, or -1. */
static inline int find_preopen(const char *name) {
    for (__wasi_fd_t fd = 3; fd < 64; fd++) {
        __wasi_prestat_t prestat;
        if (__wasi_fd_prestat_get(fd, &prestat) != 0) break;
        char dir[256];
        size_t len = prestat.u.dir.pr_name_len;
        if (len >= sizeof dir || __wasi_fd_prestat_dir_name(fd, (uint8_t *)dir, len) != 0) continue;
        dir[len] = 0;
        if (strcmp(dir, name) == 0) return (int)fd;
    }
    printf("no preopened directory %s\n", name);
    return -1;
}

/* path_open; on success prints the first line of the file (or "directory") and closes it. */
static inline void try_open(const char *what, int dir, __wasi_lookupflags_t lookup, const char *path,
                     __wasi_oflags_t oflags, __wasi_rights_t rights) {
    __wasi_fd_t fd;
    __wasi_errno_t err = __wasi_path_open((__wasi_fd_t)dir, lookup, path, oflags, rights, rights, 0, &fd);
    if (err != 0) {
        report(what, err);
        return;
    }
    char text[64] = {0};
    __wasi_iovec_t iov = {(uint8_t *)text, sizeof text - 1};
    __wasi_size_t n = 0;
    if (oflags & __WASI_OFLAGS_DIRECTORY) {
        printf("%s: ok (directory)\n", what);
    } else if (__wasi_fd_read(fd, &iov, 1, &n) == 0) {
        text[strcspn(text, "\n")] = 0;
        printf("%s: ok \"%s\"\n", what, text);
    } else {
        printf("%s: ok (unreadable)\n", what);
    }
    (void)__wasi_fd_close(fd);
}
#endif
