/* Environment: prints every variable, sorted (environ_sizes_get / environ_get), then the
 * value of each variable named on the command line, or "(unset)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
    size_t count = 0;
    while (environ[count]) count++;
    qsort(environ, count, sizeof *environ, by_string);
    printf("count=%zu\n", count);
    for (size_t i = 0; i < count; i++) printf("%s\n", environ[i]);
    for (int i = 1; i < argc; i++) {
        const char *value = getenv(argv[i]);
        printf("getenv(%s)=%s\n", argv[i], value ? value : "(unset)");
    }
    return 0;
}
