/* The descriptor and path calls the other programs leave out, with raw WASI calls inside the
 * preopened directory argv[1] (default /sandbox): fd_renumber, fd_fdstat_set_flags and
 * fd_fdstat_set_rights (a dropped right is ENOTCAPABLE, rights never grow back), fd_advise,
 * fd_allocate, fd_filestat_set_times and path_filestat_set_times, path_link (link count 2),
 * path_symlink and path_readlink (also into a short buffer), fd_readdir paged with cookies
 * through a buffer that holds one entry, fd_prestat_dir_name into a short buffer,
 * poll_oneoff on file and stdout descriptors, proc_raise (ENOSYS), sched_yield,
 * clock_res_get / clock_time_get on a clock that does not exist. Leaves the directory empty. */
#include <string.h>
#include "preopen.h"

/* report(), with the errnos report.h has no name for shown by number */
static void show(const char *what, int err) {
    if (err != 0 && errno_name(err)[1] == '?') printf("%s: errno %d\n", what, err);
    else report(what, err);
}
#define report show

#define FILE_RIGHTS (READ_RIGHTS | WRITE_RIGHTS | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_ADVISE | \
    __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS | \
    __WASI_RIGHTS_POLL_FD_READWRITE)

/* proc_raise is in preview1 but no longer in wasi-libc's header. */
int32_t raw_proc_raise(int32_t signal)
    __attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")));

static __wasi_fd_t open_file(int dir, const char *path, __wasi_oflags_t oflags) {
    __wasi_fd_t fd = 0;
    __wasi_errno_t err = __wasi_path_open((__wasi_fd_t)dir, FOLLOW, path, oflags, FILE_RIGHTS, FILE_RIGHTS, 0, &fd);
    if (err != 0) report(path, err);
    return fd;
}

static void write_text(__wasi_fd_t fd, const char *text) {
    __wasi_ciovec_t iov = {(const uint8_t *)text, strlen(text)};
    __wasi_size_t n;
    __wasi_errno_t err = __wasi_fd_write(fd, &iov, 1, &n);
    if (err != 0) report("write", err);
}

static void show_size(const char *what, __wasi_fd_t fd) {
    __wasi_filestat_t st;
    __wasi_errno_t err = __wasi_fd_filestat_get(fd, &st);
    if (err != 0) report(what, err);
    else printf("%s: size=%llu\n", what, (unsigned long long)st.size);
}

int main(int argc, char **argv) {
    int dir = find_preopen(argc > 1 ? argv[1] : "/sandbox");
    if (dir < 0) return 1;
    __wasi_fd_t sb = (__wasi_fd_t)dir;

    __wasi_fd_t a = open_file(dir, "a.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC);
    write_text(a, "abc");
    __wasi_fdstat_t fs;
    report("fd_fdstat_set_flags append", __wasi_fd_fdstat_set_flags(a, __WASI_FDFLAGS_APPEND));
    (void)__wasi_fd_fdstat_get(a, &fs);
    printf("fdstat: type=%s append=%s\n", fs.fs_filetype == __WASI_FILETYPE_REGULAR_FILE ? "file" : "other",
           (fs.fs_flags & __WASI_FDFLAGS_APPEND) ? "yes" : "no");
    __wasi_filesize_t pos;
    (void)__wasi_fd_seek(a, 0, __WASI_WHENCE_SET, &pos);
    write_text(a, "def");
    (void)__wasi_fd_tell(a, &pos);
    printf("append after seek to 0: offset %llu\n", (unsigned long long)pos);
    (void)__wasi_fd_fdstat_set_flags(a, 0);

    report("fd_advise sequential", __wasi_fd_advise(a, 0, 6, __WASI_ADVICE_SEQUENTIAL));
    report("fd_advise bad advice", __wasi_fd_advise(a, 0, 6, 99));
    report("fd_allocate to 100", __wasi_fd_allocate(a, 0, 100));
    show_size("after fd_allocate", a);
    report("fd_allocate within", __wasi_fd_allocate(a, 10, 10));
    show_size("after fd_allocate within", a);
    (void)__wasi_fd_filestat_set_size(a, 6);

    report("fd_filestat_set_times", __wasi_fd_filestat_set_times(a, 1000000000ULL, 2000000000ULL,
                                                                 __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    __wasi_filestat_t st;
    (void)__wasi_fd_filestat_get(a, &st);
    printf("times: atim=%llu mtim=%llu\n", (unsigned long long)st.atim, (unsigned long long)st.mtim);
    report("set times with both MTIM and MTIM_NOW",
           __wasi_fd_filestat_set_times(a, 0, 0, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW));
    report("path_filestat_set_times", __wasi_path_filestat_set_times(sb, FOLLOW, "a.txt", 0, 3000000000ULL,
                                                                     __WASI_FSTFLAGS_MTIM));
    (void)__wasi_path_filestat_get(sb, FOLLOW, "a.txt", &st);
    printf("path times: mtim=%llu atim unchanged: %s\n", (unsigned long long)st.mtim,
           st.atim == 1000000000ULL ? "yes" : "no");

    __wasi_fd_t b = open_file(dir, "a.txt", 0);
    __wasi_fd_t target = b;
    report("fd_renumber a over b", __wasi_fd_renumber(a, target));
    __wasi_iovec_t iov;
    char buf[16] = {0};
    __wasi_size_t n;
    iov.buf = (uint8_t *)buf;
    iov.buf_len = sizeof buf - 1;
    report("fd_read on the old number", __wasi_fd_read(a, &iov, 1, &n));
    (void)__wasi_fd_seek(target, 0, __WASI_WHENCE_SET, &pos);
    (void)__wasi_fd_read(target, &iov, 1, &n);
    printf("read through the new number: \"%s\"\n", buf);

    report("drop FD_READ", __wasi_fd_fdstat_set_rights(target, FILE_RIGHTS & ~__WASI_RIGHTS_FD_READ, 0));
    report("fd_read without the right", __wasi_fd_read(target, &iov, 1, &n));
    report("take FD_READ back", __wasi_fd_fdstat_set_rights(target, FILE_RIGHTS, 0));
    (void)__wasi_fd_close(target);

    report("path_link a.txt b.txt", __wasi_path_link(sb, 0, "a.txt", sb, "b.txt"));
    (void)__wasi_path_filestat_get(sb, 0, "b.txt", &st);
    printf("b.txt: links=%llu size=%llu\n", (unsigned long long)st.nlink, (unsigned long long)st.size);
    report("path_link onto an existing name", __wasi_path_link(sb, 0, "a.txt", sb, "b.txt"));
    report("path_symlink c -> a.txt", __wasi_path_symlink("a.txt", sb, "c"));
    (void)__wasi_path_filestat_get(sb, 0, "c", &st);
    printf("c without following: %s\n", st.filetype == __WASI_FILETYPE_SYMBOLIC_LINK ? "symlink" : "other");
    char link[8];
    __wasi_size_t used;
    report("path_readlink c into 3 bytes", __wasi_path_readlink(sb, "c", (uint8_t *)link, 3, &used));
    printf("readlink: %u bytes \"%.*s\"\n", (unsigned)used, (int)used, link);
    report("path_readlink of a file", __wasi_path_readlink(sb, "a.txt", (uint8_t *)link, sizeof link, &used));

    __wasi_fd_t d = 0;
    report("open . again", __wasi_path_open(sb, 0, ".", __WASI_OFLAGS_DIRECTORY, READ_RIGHTS | __WASI_RIGHTS_FD_READDIR,
                                            0, 0, &d));
    __wasi_dircookie_t cookie = 0;
    int entries = 0, calls = 0;
    for (;;) {
        uint8_t small[40]; /* room for one entry and part of the next */
        __wasi_errno_t err = __wasi_fd_readdir(d, small, sizeof small, cookie, &used);
        calls++;
        if (err != 0 || used < sizeof(__wasi_dirent_t)) break;
        __wasi_dirent_t ent;
        memcpy(&ent, small, sizeof ent);
        if (sizeof ent + ent.d_namlen <= used) {
            char name[16] = {0};
            memcpy(name, small + sizeof ent, ent.d_namlen < 15 ? ent.d_namlen : 15);
            entries++;
        }
        cookie = ent.d_next;
        if (calls > 20) break;
    }
    printf("fd_readdir one entry per call: %d entries (with . and ..)\n", entries);
    report("fd_readdir on a file", __wasi_fd_readdir(1, (uint8_t *)link, sizeof link, 0, &used));
    (void)__wasi_fd_close(d);

    char shortname[2];
    report("fd_prestat_dir_name into 2 bytes", __wasi_fd_prestat_dir_name(sb, (uint8_t *)shortname, 2));

    __wasi_subscription_t subs[2];
    memset(subs, 0, sizeof subs);
    __wasi_fd_t r = open_file(dir, "a.txt", 0);
    subs[0].userdata = 1;
    subs[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[0].u.u.fd_read.file_descriptor = r;
    subs[1].userdata = 2;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    subs[1].u.u.fd_write.file_descriptor = 1;
    __wasi_event_t events[2];
    __wasi_size_t nevents = 0;
    report("poll file and stdout", __wasi_poll_oneoff(subs, events, 2, &nevents));
    for (__wasi_size_t i = 0; i < nevents; i++)
        printf("event userdata=%llu type=%s error=%s nbytes=%llu\n", (unsigned long long)events[i].userdata,
               events[i].type == __WASI_EVENTTYPE_FD_READ ? "read" : "write",
               events[i].error == 0 ? "none" : errno_name(events[i].error),
               events[i].type == __WASI_EVENTTYPE_FD_READ ? (unsigned long long)events[i].fd_readwrite.nbytes : 0ULL);
    subs[0].u.u.fd_read.file_descriptor = 999;
    report("poll a closed descriptor", __wasi_poll_oneoff(subs, events, 1, &nevents));
    printf("event error=%s\n", errno_name(events[0].error));
    (void)__wasi_fd_close(r);

    report("proc_raise of signal 0", raw_proc_raise(0));
    report("sched_yield", __wasi_sched_yield());
    __wasi_timestamp_t t;
    report("clock_res_get of clock 99", __wasi_clock_res_get(99, &t));
    report("clock_time_get of clock 99", __wasi_clock_time_get(99, 1, &t));
    report("fd_close of 999", __wasi_fd_close(999));
    report("fd_seek on stdout", __wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos));

    (void)__wasi_path_unlink_file(sb, "a.txt");
    (void)__wasi_path_unlink_file(sb, "b.txt");
    (void)__wasi_path_unlink_file(sb, "c");
    return 0;
}
