/* Randomness: random_get fills buffers (directly and through getentropy); the bytes are not
 * all zero and two draws differ. Prints facts, never the bytes. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>
#include "report.h"

static int all_zero(const unsigned char *bytes, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (bytes[i]) return 0;
    return 1;
}

int main(void) {
    unsigned char first[256], second[256];
    memset(first, 0, sizeof first);
    memset(second, 0, sizeof second);
    report("random_get 256 bytes", __wasi_random_get(first, sizeof first));
    report("random_get 256 bytes again", __wasi_random_get(second, sizeof second));
    printf("first draw all zero: %s\n", all_zero(first, sizeof first) ? "yes" : "no");
    printf("draws differ: %s\n", memcmp(first, second, sizeof first) ? "yes" : "no");
    report("random_get 0 bytes", __wasi_random_get(first, 0));

    unsigned char entropy[32] = {0};
    report_call("getentropy 32 bytes", getentropy(entropy, sizeof entropy));
    printf("getentropy all zero: %s\n", all_zero(entropy, sizeof entropy) ? "yes" : "no");
    return 0;
}
