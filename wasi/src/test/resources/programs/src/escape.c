/* Sandbox escapes: every way out of the preopened directory argv[1] (default /sandbox)
 * through raw WASI calls must fail; a few look-alike paths that stay inside must work.
 * The harness lays out, next to the preopened host directory "sandbox":
 *   outside.txt ("outside"), and inside sandbox: inside.txt ("inside"), sub/,
 *   link_in -> inside.txt, link_rel_out -> ../outside.txt, link_up -> .., link_abs_out ->
 *   <absolute host path of outside.txt>; afterwards it checks that nothing outside changed.
 * A path that leaves the preopen is refused even if it comes back in ("sub/../../sandbox"). */
#include "preopen.h"

int main(int argc, char **argv) {
    int sb = find_preopen(argc > 1 ? argv[1] : "/sandbox");
    if (sb < 0) return 1;
    __wasi_oflags_t create = __WASI_OFLAGS_CREAT;

    try_open("open inside.txt", sb, FOLLOW, "inside.txt", 0, READ_RIGHTS);
    try_open("open sub/../inside.txt", sb, FOLLOW, "sub/../inside.txt", 0, READ_RIGHTS);
    try_open("open ./sub/./../inside.txt", sb, FOLLOW, "./sub/./../inside.txt", 0, READ_RIGHTS);
    try_open("open . as directory", sb, FOLLOW, ".", __WASI_OFLAGS_DIRECTORY, READ_RIGHTS);
    try_open("open link_in", sb, FOLLOW, "link_in", 0, READ_RIGHTS);
    try_open("open ..", sb, FOLLOW, "..", __WASI_OFLAGS_DIRECTORY, READ_RIGHTS);
    try_open("open ../outside.txt", sb, FOLLOW, "../outside.txt", 0, READ_RIGHTS);
    try_open("open /etc/passwd", sb, FOLLOW, "/etc/passwd", 0, READ_RIGHTS);
    try_open("open sub/../../outside.txt", sb, FOLLOW, "sub/../../outside.txt", 0, READ_RIGHTS);
    try_open("open ../../../../../../../../../../etc/passwd", sb, FOLLOW,
             "../../../../../../../../../../etc/passwd", 0, READ_RIGHTS);
    try_open("open sub/../../../../../../../../etc/passwd", sb, FOLLOW,
             "sub/../../../../../../../../etc/passwd", 0, READ_RIGHTS);
    try_open("open link_rel_out", sb, FOLLOW, "link_rel_out", 0, READ_RIGHTS);
    try_open("open link_abs_out", sb, FOLLOW, "link_abs_out", 0, READ_RIGHTS);
    try_open("open link_up/outside.txt", sb, FOLLOW, "link_up/outside.txt", 0, READ_RIGHTS);
    try_open("open link_up/sandbox/inside.txt", sb, FOLLOW, "link_up/sandbox/inside.txt", 0, READ_RIGHTS);
    try_open("open sub/../../sandbox/inside.txt", sb, FOLLOW, "sub/../../sandbox/inside.txt", 0, READ_RIGHTS);
    try_open("open link_rel_out without following", sb, 0, "link_rel_out", 0, READ_RIGHTS);
    try_open("truncate through link_rel_out", sb, FOLLOW, "link_rel_out", __WASI_OFLAGS_TRUNC, WRITE_RIGHTS);
    try_open("create sub/../../created.txt", sb, FOLLOW, "sub/../../created.txt", create, WRITE_RIGHTS);
    try_open("create /tmp/created.txt", sb, FOLLOW, "/tmp/created.txt", create, WRITE_RIGHTS);

    report("symlink up -> ..", __wasi_path_symlink("..", (__wasi_fd_t)sb, "up"));
    try_open("open up/outside.txt", sb, FOLLOW, "up/outside.txt", 0, READ_RIGHTS);
    try_open("open up/sandbox/inside.txt", sb, FOLLOW, "up/sandbox/inside.txt", 0, READ_RIGHTS);
    try_open("create up/created.txt", sb, FOLLOW, "up/created.txt", create, WRITE_RIGHTS);
    report("unlink up", __wasi_path_unlink_file((__wasi_fd_t)sb, "up"));
    report("symlink abs -> /etc/passwd", __wasi_path_symlink("/etc/passwd", (__wasi_fd_t)sb, "abs"));
    try_open("open abs", sb, FOLLOW, "abs", 0, READ_RIGHTS);
    (void)__wasi_path_unlink_file((__wasi_fd_t)sb, "abs");

    char target[256] = {0};
    __wasi_size_t used = 0;
    __wasi_errno_t err = __wasi_path_readlink((__wasi_fd_t)sb, "link_rel_out", (uint8_t *)target, sizeof target - 1, &used);
    if (err == 0) printf("readlink link_rel_out: ok \"%.*s\"\n", (int)used, target);
    else report("readlink link_rel_out", err);
    report("readlink ../outside.txt", __wasi_path_readlink((__wasi_fd_t)sb, "sub/../../outside.txt",
                                                          (uint8_t *)target, sizeof target, &used));

    report("mkdir ../newdir", __wasi_path_create_directory((__wasi_fd_t)sb, "../newdir"));
    report("rmdir sub/../../sandbox/sub", __wasi_path_remove_directory((__wasi_fd_t)sb, "sub/../../sandbox/sub"));
    report("unlink ../outside.txt", __wasi_path_unlink_file((__wasi_fd_t)sb, "../outside.txt"));
    report("rename inside.txt -> ../x", __wasi_path_rename((__wasi_fd_t)sb, "inside.txt", (__wasi_fd_t)sb, "../x"));
    report("rename ../outside.txt -> stolen.txt",
           __wasi_path_rename((__wasi_fd_t)sb, "../outside.txt", (__wasi_fd_t)sb, "stolen.txt"));
    report("link inside.txt -> ../linked.txt",
           __wasi_path_link((__wasi_fd_t)sb, 0, "inside.txt", (__wasi_fd_t)sb, "../linked.txt"));
    report("link ../outside.txt -> stolen.txt",
           __wasi_path_link((__wasi_fd_t)sb, 0, "../outside.txt", (__wasi_fd_t)sb, "stolen.txt"));
    report("link following link_rel_out -> stolen.txt",
           __wasi_path_link((__wasi_fd_t)sb, FOLLOW, "link_rel_out", (__wasi_fd_t)sb, "stolen.txt"));
    __wasi_filestat_t stat;
    report("stat ../outside.txt", __wasi_path_filestat_get((__wasi_fd_t)sb, FOLLOW, "../outside.txt", &stat));
    report("stat following link_abs_out", __wasi_path_filestat_get((__wasi_fd_t)sb, FOLLOW, "link_abs_out", &stat));
    report("set times of ../outside.txt", __wasi_path_filestat_set_times((__wasi_fd_t)sb, FOLLOW, "../outside.txt", 0, 0,
                                                                        __WASI_FSTFLAGS_MTIM_NOW));
    try_open("open inside.txt at the end", sb, FOLLOW, "inside.txt", 0, READ_RIGHTS);
    return 0;
}
