/* Shared by the test programs: prints an errno by name, so expected output does not depend
 * on numeric values or on strerror wording. */
#ifndef REPORT_H
#define REPORT_H
#include <errno.h>
#include <stdio.h>

static inline const char *errno_name(int e) {
    switch (e) {
#define NAME(x) case x: return #x;
        NAME(EACCES) NAME(EBADF) NAME(EBUSY) NAME(EEXIST) NAME(EFAULT) NAME(EINVAL) NAME(EIO)
        NAME(EISDIR) NAME(ELOOP) NAME(EMLINK) NAME(ENAMETOOLONG) NAME(ENOENT) NAME(ENOSPC)
        NAME(ENOSYS) NAME(ENOTCAPABLE) NAME(ENOTDIR) NAME(ENOTEMPTY) NAME(ENOTSUP) NAME(EPERM)
        NAME(EROFS) NAME(ESPIPE) NAME(EXDEV) NAME(EOVERFLOW) NAME(ENXIO)
#undef NAME
    default: return "E?";
    }
}

/* Prints "what: ok" for 0, otherwise "what: ENAME". */
static inline void report(const char *what, int err) {
    printf("%s: %s\n", what, err == 0 ? "ok" : errno_name(err));
}

/* For libc calls that return -1 and set errno. */
static inline void report_call(const char *what, int result) {
    report(what, result < 0 ? errno : 0);
}
#endif
