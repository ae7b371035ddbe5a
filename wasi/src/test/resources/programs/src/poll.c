/* poll_oneoff with clock subscriptions: a relative 20 ms sleep, the earlier of two timers,
 * an empty subscription list (EINVAL) and, unless argv[1] is "relative", an absolute
 * deadline. Checks event type, userdata and error, and that the requested time passed. */
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>
#include "report.h"

static __wasi_timestamp_t now(void) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t) != 0) printf("clock_time_get failed\n");
    return t;
}

static __wasi_subscription_t clock_subscription(__wasi_userdata_t userdata, __wasi_timestamp_t timeout,
                                                __wasi_subclockflags_t flags) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = userdata;
    s.u.tag = __WASI_EVENTTYPE_CLOCK;
    s.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    s.u.u.clock.timeout = timeout;
    s.u.u.clock.precision = 0;
    s.u.u.clock.flags = flags;
    return s;
}

static void show_events(const char *what, __wasi_event_t *events, __wasi_size_t n) {
    printf("%s: %u event(s)", what, (unsigned)n);
    for (__wasi_size_t i = 0; i < n; i++)
        printf(" [userdata=%llu type=%s error=%s]", (unsigned long long)events[i].userdata,
               events[i].type == __WASI_EVENTTYPE_CLOCK ? "clock" : "other",
               events[i].error == 0 ? "none" : errno_name(events[i].error));
    printf("\n");
}

int main(int argc, char **argv) {
    __wasi_event_t events[2];
    __wasi_size_t n = 0;

    __wasi_subscription_t one = clock_subscription(42, 20000000, 0);
    __wasi_timestamp_t start = now();
    report("poll 20 ms", __wasi_poll_oneoff(&one, events, 1, &n));
    __wasi_timestamp_t elapsed = now() - start;
    show_events("poll 20 ms", events, n);
    /* 1 ms of slack: a runtime on millisecond timers (libuv's, in Node) may wake that early. */
    printf("poll 20 ms: elapsed >= 19 ms: %s\n", elapsed >= 19000000 ? "yes" : "no");

    __wasi_subscription_t two[2] = {clock_subscription(1, 2000000000, 0), clock_subscription(2, 10000000, 0)};
    start = now();
    report("poll 2 s and 10 ms", __wasi_poll_oneoff(two, events, 2, &n));
    elapsed = now() - start;
    show_events("poll 2 s and 10 ms", events, n);
    printf("poll 2 s and 10 ms: returned before 1 s: %s\n", elapsed < 1000000000 ? "yes" : "no");

    report("poll no subscriptions", __wasi_poll_oneoff(&one, events, 0, &n));

    if (argc > 1 && strcmp(argv[1], "relative") == 0) return 0;
    __wasi_subscription_t absolute = clock_subscription(7, now() + 15000000, __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME);
    start = now();
    report("poll absolute +15 ms", __wasi_poll_oneoff(&absolute, events, 1, &n));
    elapsed = now() - start;
    show_events("poll absolute +15 ms", events, n);
    printf("poll absolute +15 ms: elapsed >= 10 ms: %s\n", elapsed >= 10000000 ? "yes" : "no");
    return 0;
}
