/* abort(): wasi-libc implements it as the unreachable instruction, so the run ends with a
 * trap (exit status 134 in Wasmtime's convention) after the first line is written. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("calling abort\n");
    fflush(stdout);
    abort();
}
