/* Call-heavy recursion: naive Fibonacci and Ackermann. Exercises call/return, small frames
 * and argument passing; almost no memory traffic. */
#include <stdint.h>

__attribute__((noinline)) static int32_t fib(int32_t n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static int32_t ackermann(int32_t m, int32_t n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

int64_t run(void) {
    int64_t checksum = 0;
    for (int32_t n = 20; n <= 27; n++) checksum = checksum * 31 + fib(n);
    for (int32_t n = 1; n <= 6; n++) checksum = checksum * 31 + ackermann(2, n * 40);
    checksum = checksum * 31 + ackermann(3, 6);
    return checksum;
}
