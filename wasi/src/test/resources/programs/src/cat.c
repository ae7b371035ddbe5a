/* stdin -> stdout: copies standard input to standard output with raw read/write calls
 * (fd_read on fd 0, fd_write on fd 1) until end of file. */
#include <unistd.h>

int main(void) {
    char buffer[4096];
    ssize_t n;
    while ((n = read(0, buffer, sizeof buffer)) > 0) {
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(1, buffer + done, (size_t)(n - done));
            if (w < 0) return 1;
            done += w;
        }
    }
    return n < 0 ? 2 : 0;
}
