/* Command driver shared by every workload: calls run() and prints its checksum on stdout.
 * With an argument N it calls run() N times, fails if any checksum differs, and prints
 * the fastest and median call times to stderr (stdout stays just the checksum). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int64_t run(void);

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int calls = argc > 1 ? atoi(argv[1]) : 1;
    if (calls < 1) calls = 1;
    double *times = malloc(sizeof(double) * (size_t)calls);
    int64_t first = 0;
    for (int i = 0; i < calls; i++) {
        double start = now_ms();
        int64_t checksum = run();
        times[i] = now_ms() - start;
        if (i == 0) {
            first = checksum;
        } else if (checksum != first) {
            fprintf(stderr, "checksum changed on call %d: %" PRId64 " then %" PRId64 "\n", i + 1, first, checksum);
            return 1;
        }
    }
    printf("%" PRId64 "\n", first);
    if (argc > 1) {
        qsort(times, (size_t)calls, sizeof(double), by_value);
        fprintf(stderr, "calls %d  min %.3f ms  median %.3f ms\n", calls, times[0], times[calls / 2]);
    }
    free(times);
    return 0;
}
