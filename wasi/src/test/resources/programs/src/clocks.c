/* Clocks: resolution and reads of the realtime, monotonic, process and thread CPU-time
 * clocks (clock_res_get / clock_time_get), monotonicity over many reads, and nanosleep
 * (poll_oneoff underneath) lasting at least what was asked. Prints facts, not times. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long nanos(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static void check_clock(const char *name, clockid_t id) {
    struct timespec res, now;
    if (clock_getres(id, &res) != 0 || clock_gettime(id, &now) != 0) {
        printf("%s: unavailable\n", name);
        return;
    }
    printf("%s: resolution %s, value %s\n", name,
           nanos(&res) > 0 && nanos(&res) <= 1000000000LL ? "in (0, 1 s]" : "WRONG",
           nanos(&now) >= 0 ? "non-negative" : "NEGATIVE");
}

int main(void) {
    check_clock("realtime", CLOCK_REALTIME);
    check_clock("monotonic", CLOCK_MONOTONIC);
    check_clock("process cputime", CLOCK_PROCESS_CPUTIME_ID);
    check_clock("thread cputime", CLOCK_THREAD_CPUTIME_ID);

    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    printf("realtime after 2020: %s\n", now.tv_sec > 1577836800LL ? "yes" : "no");
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("gettimeofday within 10 s of realtime: %s\n",
           tv.tv_sec - now.tv_sec < 10 && now.tv_sec - tv.tv_sec < 10 ? "yes" : "no");

    struct timespec before, after;
    clock_gettime(CLOCK_MONOTONIC, &before);
    int decreased = 0;
    for (int i = 0; i < 10000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &after);
        if (nanos(&after) < nanos(&before)) decreased = 1;
        before = after;
    }
    printf("monotonic never decreased: %s\n", decreased ? "no" : "yes");

    struct timespec nap = {0, 20 * 1000000};
    clock_gettime(CLOCK_MONOTONIC, &before);
    int slept = nanosleep(&nap, NULL);
    clock_gettime(CLOCK_MONOTONIC, &after);
    long long elapsed = nanos(&after) - nanos(&before);
    /* 1 ms of slack: a runtime on millisecond timers (libuv's, in Node) may wake that early. */
    printf("nanosleep 20 ms: returned %d, elapsed >= 19 ms: %s, < 5 s: %s\n", slept,
           elapsed >= 19000000LL ? "yes" : "no", elapsed < 5000000000LL ? "yes" : "no");
    return 0;
}
