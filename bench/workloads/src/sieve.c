/* Memory-bound loop: sieve of Eratosthenes over a 1 MiB byte array (larger than many L2
 * caches), strided stores then a linear scan. Exercises i32 loads/stores and loops. */
#include <stdint.h>
#include <string.h>

#define LIMIT (1024 * 1024)

static uint8_t composite[LIMIT];

int64_t run(void) {
    memset(composite, 0, sizeof composite);
    for (uint32_t i = 2; i * i < LIMIT; i++) {
        if (composite[i]) continue;
        for (uint32_t j = i * i; j < LIMIT; j += i) composite[j] = 1;
    }
    int64_t count = 0, sum = 0;
    for (uint32_t i = 2; i < LIMIT; i++) {
        if (!composite[i]) {
            count++;
            sum += i;
        }
    }
    return count * 1000003 + sum;
}
