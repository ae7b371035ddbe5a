/* Files and directories through libc, inside the preopened directory named by argv[1]:
 * create, write, read, seek/tell, pread/pwrite, ftruncate, append, stat sizes and types,
 * readdir (sorted; 150 long names so listing takes several fd_readdir calls with cookies),
 * rename, unlink, mkdir/rmdir and the errors of each. Leaves the directory empty again. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "report.h"

static const char *base;

static char *at(const char *name) {
    static char paths[4][256];
    static int next;
    char *path = paths[next++ % 4];
    snprintf(path, 256, "%s/%s", base, name);
    return path;
}

static void print_bytes(const char *what, const char *bytes, ssize_t n) {
    printf("%s %zd \"", what, n);
    for (ssize_t i = 0; i < n; i++) {
        if (bytes[i] == '\n') printf("\\n");
        else if (bytes[i] == 0) printf("\\0");
        else putchar(bytes[i]);
    }
    printf("\"\n");
}

static void show_stat(const char *name) {
    struct stat st;
    if (stat(at(name), &st) != 0) {
        printf("stat %s: %s\n", name, errno_name(errno));
    } else if (S_ISDIR(st.st_mode)) {
        printf("stat %s: directory\n", name);
    } else {
        printf("stat %s: %s size=%lld\n", name, S_ISREG(st.st_mode) ? "file" : "other", (long long)st.st_size);
    }
}

static int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Prints the entries of a directory (without . and ..) sorted, with their types. */
static void list(const char *name, int verbose) {
    DIR *dir = opendir(name[0] ? at(name) : base);
    if (!dir) {
        printf("ls %s: %s\n", name, errno_name(errno));
        return;
    }
    char *names[200];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL && count < 200) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        const char *type = entry->d_type == DT_DIR ? "/" : entry->d_type == DT_REG ? "" : "?";
        names[count] = malloc(strlen(entry->d_name) + 2);
        sprintf(names[count++], "%s%s", entry->d_name, type);
    }
    closedir(dir);
    qsort(names, (size_t)count, sizeof *names, by_string);
    printf("ls %s: %d entries", name[0] ? name : ".", count);
    for (int i = 0; i < count; i++) {
        if (verbose || i == 0 || i == count - 1) printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void write_file(const char *name, const char *text) {
    int fd = open(at(name), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd) != 0)
        printf("write_file %s: %s\n", name, errno_name(errno));
}

int main(int argc, char **argv) {
    base = argc > 1 ? argv[1] : "/sandbox";
    char buffer[64];
    report_call("mkdir dir", mkdir(at("dir"), 0755));
    report_call("mkdir dir again", mkdir(at("dir"), 0755));

    int fd = open(at("dir/a.txt"), O_CREAT | O_RDWR | O_TRUNC, 0644);
    report_call("open dir/a.txt create", fd);
    printf("write %zd\n", write(fd, "hello world\n", 12));
    printf("tell %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("seek set %lld\n", (long long)lseek(fd, 6, SEEK_SET));
    printf("write %zd\n", write(fd, "WASI!", 5));
    lseek(fd, 0, SEEK_SET);
    print_bytes("read", buffer, read(fd, buffer, sizeof buffer));
    printf("seek end-6 %lld\n", (long long)lseek(fd, -6, SEEK_END));
    print_bytes("read", buffer, read(fd, buffer, 5));
    printf("pwrite %zd\n", pwrite(fd, "HELLO", 5, 0));
    print_bytes("pread", buffer, pread(fd, buffer, 4, 6));
    printf("tell after pread/pwrite %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    report_call("seek before start", (int)lseek(fd, -100, SEEK_SET));
    struct stat st;
    fstat(fd, &st);
    printf("fstat size=%lld\n", (long long)st.st_size);
    report_call("ftruncate 5", ftruncate(fd, 5));
    fstat(fd, &st);
    printf("fstat size=%lld\n", (long long)st.st_size);
    report_call("ftruncate 8", ftruncate(fd, 8));
    print_bytes("pread", buffer, pread(fd, buffer, sizeof buffer, 0));
    report_call("fsync", fsync(fd));
    report_call("close", close(fd));
    report_call("close again", close(fd));

    fd = open(at("dir/a.txt"), O_WRONLY | O_APPEND);
    printf("append write %zd\n", write(fd, "++", 2));
    close(fd);
    fd = open(at("dir/a.txt"), O_RDONLY);
    print_bytes("read", buffer, read(fd, buffer, sizeof buffer));
    report_call("write to read-only fd", (int)write(fd, "x", 1));
    close(fd);

    report_call("open existing with O_EXCL", open(at("dir/a.txt"), O_CREAT | O_EXCL | O_WRONLY, 0644));
    report_call("open missing", open(at("dir/missing.txt"), O_RDONLY));
    report_call("open directory for writing", open(at("dir"), O_WRONLY));
    report_call("open through a file", open(at("dir/a.txt/x"), O_RDONLY));
    report_call("open directory with O_DIRECTORY", close(open(at("dir"), O_RDONLY | O_DIRECTORY)));
    report_call("open file with O_DIRECTORY", open(at("dir/a.txt"), O_RDONLY | O_DIRECTORY));

    write_file("dir/b.txt", "bbb");
    report_call("mkdir dir/sub", mkdir(at("dir/sub"), 0755));
    list("dir", 1);
    show_stat("dir");
    show_stat("dir/a.txt");
    show_stat("dir/b.txt");
    show_stat("dir/nothing");

    report_call("rename a.txt renamed.txt", rename(at("dir/a.txt"), at("dir/renamed.txt")));
    show_stat("dir/a.txt");
    show_stat("dir/renamed.txt");
    report_call("rename over existing b.txt", rename(at("dir/renamed.txt"), at("dir/b.txt")));
    show_stat("dir/b.txt");
    report_call("rename into sub", rename(at("dir/b.txt"), at("dir/sub/b.txt")));
    report_call("rename missing", rename(at("dir/none"), at("dir/none2")));
    list("dir", 1);
    list("dir/sub", 1);

    report_call("rmdir non-empty", rmdir(at("dir/sub")));
    report_call("unlink a directory", unlink(at("dir/sub")));
    report_call("rmdir a file", rmdir(at("dir/sub/b.txt")));
    report_call("unlink sub/b.txt", unlink(at("dir/sub/b.txt")));
    report_call("unlink sub/b.txt again", unlink(at("dir/sub/b.txt")));
    report_call("rmdir sub", rmdir(at("dir/sub")));

    char name[64];
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "dir/a-rather-long-file-name-number-%03d", i);
        write_file(name, "");
    }
    list("dir", 0);
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "dir/a-rather-long-file-name-number-%03d", i);
        unlink(at(name));
    }
    list("dir", 1);
    report_call("rmdir dir", rmdir(at("dir")));
    list("", 1);
    return 0;
}
