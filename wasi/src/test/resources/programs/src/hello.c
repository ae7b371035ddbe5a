/* Hello world: the smallest useful WASI command (fd_write to stdout, exit status 0). */
#include <stdio.h>

int main(void) {
    printf("Hello, world!\n");
    return 0;
}
