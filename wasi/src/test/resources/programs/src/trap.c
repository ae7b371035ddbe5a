/* Traps: argv[1] picks one - unreachable, memory (load out of bounds), divide (by zero),
 * overflow (INT_MIN / -1), stack (unbounded recursion through call_indirect), indirect
 * (call of a function pointer with the wrong type). Prints a line first, then traps. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int (*volatile recurse)(int);

static int deeper(int n) { return recurse(n + 1) + 1; }

static int two_arguments(int a, int b) { return a + b; }

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    printf("trap: %s\n", what);
    fflush(stdout);
    volatile int zero = 0, ten = 10, minus_one = -1, minimum = INT_MIN;
    if (strcmp(what, "unreachable") == 0) __builtin_trap();
    if (strcmp(what, "memory") == 0) return *(volatile int *)(uintptr_t)0xfffffff0u;
    if (strcmp(what, "divide") == 0) return ten / zero;
    if (strcmp(what, "overflow") == 0) return minimum / minus_one;
    if (strcmp(what, "stack") == 0) {
        recurse = deeper;
        return recurse(0);
    }
    if (strcmp(what, "indirect") == 0) {
        int (*volatile wrong)(int) = (int (*)(int))(void *)two_arguments;
        return wrong(1);
    }
    printf("no trap\n");
    return 1;
}
