/* Arguments: prints argc and argv[1..] (args_sizes_get / args_get). argv[0] is left out
 * because runtimes fill it differently (file name, path or nothing). */
#include <stdio.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=[%s]\n", i, argv[i]);
    return 0;
}
