/* Exit codes: "exit N" calls exit(N) (atexit handlers run), "return N" returns N from main,
 * "proc_exit N" calls the WASI proc_exit directly (no atexit handlers, no stdio flush). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

static void at_exit(void) { printf("atexit handler ran\n"); }

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: exitcode exit|return|proc_exit CODE\n");
        return 2;
    }
    atexit(at_exit);
    int code = atoi(argv[2]);
    printf("%s %d\n", argv[1], code);
    fflush(stdout);
    if (strcmp(argv[1], "exit") == 0) exit(code);
    if (strcmp(argv[1], "proc_exit") == 0) __wasi_proc_exit((__wasi_exitcode_t)code);
    return code;
}
