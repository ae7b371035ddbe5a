/* SIMD kernel (-msimd128, wasm_simd128.h): byte counting with i8x16 compares and
 * pairwise widening, an i16 dot product (i32x4.dot_i16x8_s), f32x4 saxpy with per-lane
 * sums, and a byte-reversing shuffle with saturating adds. Without SIMD (the native
 * build) a scalar path computes exactly the same lanes, so checksums match. */
#include <stdint.h>
#include <string.h>
#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

#pragma STDC FP_CONTRACT OFF

#define BYTES (64 * 1024)
#define SHORTS (BYTES / 2)
#define FLOATS (16 * 1024)
#define PASSES 16

static uint8_t bytes[BYTES];
static int16_t left[SHORTS], right[SHORTS];
static float xs[FLOATS], ys[FLOATS];

static void generate(void) {
    uint32_t state = 0x2545f491u;
    for (uint32_t i = 0; i < BYTES; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = (uint8_t)(state >> 24);
    }
    for (uint32_t i = 0; i < SHORTS; i++) {
        left[i] = (int16_t)(bytes[2 * i] << 8 | bytes[2 * i + 1]);
        right[i] = (int16_t)(bytes[BYTES - 1 - 2 * i] << 8 | bytes[i]);
    }
    for (uint32_t i = 0; i < FLOATS; i++) {
        xs[i] = (float)bytes[i] / 256.0f;
        ys[i] = (float)bytes[BYTES - 1 - i] / 512.0f;
    }
}

#ifdef __wasm_simd128__
/* Counts bytes equal to 7 and bytes above 200; u8 lane counters are widened every 255 vectors. */
static uint64_t count_bytes(void) {
    v128_t sevens = wasm_u32x4_splat(0), large = wasm_u32x4_splat(0);
    for (uint32_t block = 0; block < BYTES; block += 255 * 16) {
        uint32_t end = block + 255 * 16 < BYTES ? block + 255 * 16 : BYTES;
        v128_t s = wasm_i8x16_splat(0), l = wasm_i8x16_splat(0);
        for (uint32_t i = block; i < end; i += 16) {
            v128_t v = wasm_v128_load(bytes + i);
            s = wasm_i8x16_sub(s, wasm_i8x16_eq(v, wasm_i8x16_splat(7)));
            l = wasm_i8x16_sub(l, wasm_u8x16_gt(v, wasm_u8x16_splat(200)));
        }
        sevens = wasm_i32x4_add(sevens, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(s)));
        large = wasm_i32x4_add(large, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(l)));
    }
    v128_t both = wasm_i32x4_add(wasm_i32x4_shl(sevens, 16), large);
    return (uint64_t)wasm_u32x4_extract_lane(both, 0) + wasm_u32x4_extract_lane(both, 1) +
           wasm_u32x4_extract_lane(both, 2) + wasm_u32x4_extract_lane(both, 3);
}

static uint32_t dot_product(void) {
    v128_t sum = wasm_i32x4_splat(0);
    for (uint32_t i = 0; i < SHORTS; i += 8)
        sum = wasm_i32x4_add(sum, wasm_i32x4_dot_i16x8(wasm_v128_load(left + i), wasm_v128_load(right + i)));
    return wasm_u32x4_extract_lane(sum, 0) + wasm_u32x4_extract_lane(sum, 1) +
           wasm_u32x4_extract_lane(sum, 2) + wasm_u32x4_extract_lane(sum, 3);
}

/* ys = a * xs + ys; returns the four lane sums of ys, combined as (l0 + l1) + (l2 + l3). */
static float saxpy(float a) {
    v128_t va = wasm_f32x4_splat(a), sum = wasm_f32x4_splat(0);
    for (uint32_t i = 0; i < FLOATS; i += 4) {
        v128_t y = wasm_f32x4_add(wasm_f32x4_mul(va, wasm_v128_load(xs + i)), wasm_v128_load(ys + i));
        wasm_v128_store(ys + i, y);
        sum = wasm_f32x4_add(sum, y);
    }
    return (wasm_f32x4_extract_lane(sum, 0) + wasm_f32x4_extract_lane(sum, 1)) +
           (wasm_f32x4_extract_lane(sum, 2) + wasm_f32x4_extract_lane(sum, 3));
}

/* Adds each 16-byte block to its byte-reversed self with unsigned saturation. */
static uint32_t reverse_add(void) {
    v128_t sum = wasm_i32x4_splat(0);
    for (uint32_t i = 0; i < BYTES; i += 16) {
        v128_t v = wasm_v128_load(bytes + i);
        v128_t r = wasm_i8x16_shuffle(v, v, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        v128_t s = wasm_u8x16_add_sat(v, r);
        sum = wasm_i32x4_add(sum, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(s)));
    }
    return wasm_u32x4_extract_lane(sum, 0) + wasm_u32x4_extract_lane(sum, 1) +
           wasm_u32x4_extract_lane(sum, 2) + wasm_u32x4_extract_lane(sum, 3);
}
#else
static uint64_t count_bytes(void) {
    uint32_t sevens = 0, large = 0;
    for (uint32_t i = 0; i < BYTES; i++) {
        sevens += bytes[i] == 7;
        large += bytes[i] > 200;
    }
    return ((uint64_t)sevens << 16) + large; /* no lane of the SIMD path can wrap */
}

static uint32_t dot_product(void) {
    uint32_t sum = 0;
    for (uint32_t i = 0; i < SHORTS; i++) sum += (uint32_t)((int32_t)left[i] * right[i]);
    return sum;
}

static float saxpy(float a) {
    float lanes[4] = {0, 0, 0, 0};
    for (uint32_t i = 0; i < FLOATS; i++) {
        ys[i] = a * xs[i] + ys[i];
        lanes[i % 4] += ys[i];
    }
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

static uint32_t reverse_add(void) {
    uint32_t sum = 0;
    for (uint32_t i = 0; i < BYTES; i++) {
        uint32_t s = (uint32_t)bytes[i] + bytes[(i & ~15u) + 15 - (i & 15)];
        sum += s > 255 ? 255 : s;
    }
    return sum;
}
#endif

int64_t run(void) {
    generate();
    uint64_t checksum = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        checksum = checksum * 31 + count_bytes();
        checksum = checksum * 31 + dot_product();
        float s = saxpy(0.25f + (float)pass / 64.0f);
        uint32_t bits;
        memcpy(&bits, &s, sizeof bits);
        checksum = checksum * 31 + bits;
        checksum = checksum * 31 + reverse_add();
    }
    return (int64_t)checksum;
}
