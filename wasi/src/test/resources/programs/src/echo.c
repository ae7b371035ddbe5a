/* A one-connection TCP echo server on the listening socket the host hands in as descriptor 3
 * (jwasm run -S tcplisten=HOST:PORT, or WasiConfig.listener): poll_oneoff waits (at most 10 s)
 * for a client, sock_accept takes it, sock_recv peeks at and then reads exactly one 6-byte
 * line, sock_send answers "echo: " and the line, sock_shutdown closes the writing side, and
 * the server reads until the client hangs up. Also: a second, non-blocking accept finds no
 * client (EAGAIN), sock_recv on the listener and sock_shutdown with bad flags fail. */
#include <string.h>
#include <wasi/api.h>
#include "report.h"

/* report(), with the errnos report.h has no name for shown by name here */
static void show(const char *what, int err) {
    if (err == EAGAIN) printf("%s: EAGAIN\n", what);
    else if (err == ENOTCONN) printf("%s: ENOTCONN\n", what);
    else report(what, err);
}
#define report show

int main(void) {
    __wasi_fd_t listener = 3;
    __wasi_fdstat_t st;
    if (__wasi_fd_fdstat_get(listener, &st) != 0 || st.fs_filetype != __WASI_FILETYPE_SOCKET_STREAM) {
        printf("descriptor 3 is not a socket\n");
        return 1;
    }
    __wasi_subscription_t subs[2];
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 1;
    subs[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[0].u.u.fd_read.file_descriptor = listener;
    subs[1].userdata = 2;
    subs[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[1].u.u.clock.timeout = 10000000000ULL;
    __wasi_event_t events[2];
    __wasi_size_t n = 0;
    report("poll for a client", __wasi_poll_oneoff(subs, events, 2, &n));
    if (n < 1 || events[0].userdata != 1) {
        printf("no client within 10 s\n");
        return 2;
    }
    printf("listener ready\n");
    fflush(stdout);

    __wasi_fd_t conn = 0;
    report("sock_accept", __wasi_sock_accept(listener, 0, &conn));
    __wasi_fdstat_t cs;
    (void)__wasi_fd_fdstat_get(conn, &cs);
    printf("accepted a %s\n", cs.fs_filetype == __WASI_FILETYPE_SOCKET_STREAM ? "stream socket" : "something else");
    __wasi_fd_t none = 0;
    report("non-blocking sock_accept with no client", __wasi_sock_accept(listener, __WASI_FDFLAGS_NONBLOCK, &none));

    char line[7] = {0};
    __wasi_iovec_t iov = {(uint8_t *)line, 1};
    __wasi_roflags_t roflags = 0;
    report("sock_recv peek", __wasi_sock_recv(conn, &iov, 1, __WASI_RIFLAGS_RECV_PEEK, &n, &roflags));
    printf("peeked '%c'\n", line[0]);
    iov.buf_len = 6;
    report("sock_recv waitall", __wasi_sock_recv(conn, &iov, 1, __WASI_RIFLAGS_RECV_WAITALL, &n, &roflags));
    printf("received %u bytes: %.5s\n", (unsigned)n, line);

    char answer[16] = "echo: ";
    memcpy(answer + 6, line, 6);
    __wasi_ciovec_t out = {(const uint8_t *)answer, 12};
    report("sock_send", __wasi_sock_send(conn, &out, 1, 0, &n));
    printf("sent %u bytes\n", (unsigned)n);
    report("sock_shutdown bad flags", __wasi_sock_shutdown(conn, 0));
    report("sock_shutdown write side", __wasi_sock_shutdown(conn, __WASI_SDFLAGS_WR));
    report("sock_recv on the listener", __wasi_sock_recv(listener, &iov, 1, 0, &n, &roflags));

    char rest[64];
    __wasi_iovec_t restv = {(uint8_t *)rest, sizeof rest};
    size_t extra = 0;
    for (int i = 0; i < 1000; i++) {
        if (__wasi_sock_recv(conn, &restv, 1, 0, &n, &roflags) != 0 || n == 0) break;
        extra += n;
    }
    printf("client hung up after %zu more bytes\n", extra);
    report("fd_close", __wasi_fd_close(conn));
    return 0;
}
