/* stdin -> stdout filter through buffered stdio: upper-cases ASCII letters and counts the
 * lines it saw, reported on stderr so stdout is exactly the transformed input. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c, lines = 0;
    while ((c = getchar()) != EOF) {
        if (c == '\n') lines++;
        putchar(toupper(c));
    }
    fprintf(stderr, "lines=%d\n", lines);
    return 0;
}
