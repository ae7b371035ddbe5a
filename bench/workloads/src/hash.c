/* i32 bit manipulation: fills a 256 KiB buffer from a xorshift generator, then hashes it
 * with xxHash32 (four-lane rotate/multiply rounds) and MurmurHash3 x86_32 under several
 * seeds. Exercises i32 mul, rotl, shifts, xor and aligned 32-bit loads. */
#include <stdint.h>
#include <string.h>

#define WORDS (64 * 1024)
#define SEEDS 8

static uint32_t buffer[WORDS];

static inline uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static const uint32_t P1 = 2654435761u, P2 = 2246822519u, P3 = 3266489917u, P4 = 668265263u;

static inline uint32_t xx_round(uint32_t acc, uint32_t input) {
    return rotl(acc + input * P2, 13) * P1;
}

static uint32_t xxhash32(const uint32_t *words, uint32_t count, uint32_t seed) {
    uint32_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    uint32_t i = 0;
    for (; i + 4 <= count; i += 4) {
        v1 = xx_round(v1, words[i]);
        v2 = xx_round(v2, words[i + 1]);
        v3 = xx_round(v3, words[i + 2]);
        v4 = xx_round(v4, words[i + 3]);
    }
    uint32_t h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
    h += count * 4;
    for (; i < count; i++) h = rotl(h + words[i] * P3, 17) * P4;
    h ^= h >> 15;
    h *= P2;
    h ^= h >> 13;
    h *= P3;
    h ^= h >> 16;
    return h;
}

static uint32_t murmur3(const uint32_t *words, uint32_t count, uint32_t seed) {
    const uint32_t c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    uint32_t h = seed;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t k = words[i] * c1;
        k = rotl(k, 15) * c2;
        h ^= k;
        h = rotl(h, 13) * 5 + 0xe6546b64u;
    }
    h ^= count * 4;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

int64_t run(void) {
    uint32_t state = 0x9e3779b9u;
    for (uint32_t i = 0; i < WORDS; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        buffer[i] = state;
    }
    uint64_t checksum = 0;
    for (uint32_t seed = 0; seed < SEEDS; seed++) {
        checksum = checksum * 1000003u + xxhash32(buffer, WORDS - seed, seed);
        checksum = checksum * 1000003u + murmur3(buffer + seed, WORDS - seed, seed);
    }
    return (int64_t)checksum;
}
