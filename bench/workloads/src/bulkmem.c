/* Bulk memory: many memcpy / memmove / memset calls of mostly small and some large sizes
 * over a 1 MiB arena. Built with -mbulk-memory, so the calls become memory.copy and
 * memory.fill; the checksum samples the bytes each operation touched. */
#include <stdint.h>
#include <string.h>

#define ARENA (1024 * 1024)
#define HALF (ARENA / 2)
#define ROUNDS 80000

static uint8_t arena[ARENA];

static uint32_t next(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

int64_t run(void) {
    memset(arena, 0x5a, sizeof arena);
    uint32_t state = 2463534242u;
    uint64_t checksum = 0;
    for (uint32_t round = 0; round < ROUNDS; round++) {
        uint32_t r = next(&state);
        /* One operation in 64 moves 4-64 KiB, the rest 1-256 bytes. */
        uint32_t size = (r & 63) == 0 ? 4096 + (r >> 6) % 61440 : 1 + (r >> 6) % 256;
        uint32_t dst = next(&state) % (HALF - size);
        uint32_t src = next(&state) % (HALF - size);
        switch (round % 3) {
        case 0: /* lower half to upper half: never overlaps */
            memcpy(arena + HALF + dst, arena + src, size);
            dst += HALF;
            break;
        case 1: /* within the lower half: may overlap */
            memmove(arena + dst, arena + src, size);
            break;
        default:
            memset(arena + dst, (int)(round & 0xff), size);
            break;
        }
        checksum = checksum * 31 + arena[dst] + ((uint64_t)arena[dst + size - 1] << 8);
    }
    for (uint32_t i = 0; i < ARENA; i += 4096) checksum = checksum * 31 + arena[i];
    return (int64_t)checksum;
}
