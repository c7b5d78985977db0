/*
 * random.c -- random.seed() and random.randint() as CPython computes them:
 * MT19937 seeded with init_by_array over the seed's 32-bit words, and
 * randint(a, b) = a + _randbelow(b - a + 1), where _randbelow draws
 * getrandbits(k) for k = bit_length(n) and retries until below n.  A
 * lesson run with --seed N therefore prints Python's numbers for
 * random.seed(N).
 */
#include "internal.h"

#include <time.h>

#define N 624
#define M 397

static uint32_t mt[N];
static int mti = N + 1;

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++)
        mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, size_t len) {
    size_t i = 1, j = 0, k;
    init_genrand(19650218u);
    for (k = (N > len ? N : len); k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;
}

static uint32_t genrand_uint32(void) {
    static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
    uint32_t y;
    if (mti >= N) {
        int kk;
        if (mti == N + 1) init_genrand(5489u);
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (mt[N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

void cas_seed(uint64_t n) {
    uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
    init_by_array(key, key[1] ? 2 : 1);
}

/* getrandbits(k) for 0 < k <= 64, as CPython assembles it: 32-bit words,
 * least significant first, the last one shifted down to fit. */
static uint64_t getrandbits(int k) {
    if (k <= 32) return genrand_uint32() >> (32 - k);
    uint64_t lo = genrand_uint32();
    uint64_t hi = genrand_uint32() >> (64 - k);
    return lo | (hi << 32);
}

int64_t cas_randint(int64_t a, int64_t b) {
    if (mti == N + 1) cas_seed((uint64_t)time(NULL));
    if (b < a) return a;
    uint64_t n = (uint64_t)b - (uint64_t)a + 1;
    if (n == 0) return (int64_t)(((uint64_t)genrand_uint32() << 32) | genrand_uint32());
    int k = 0;
    for (uint64_t x = n; x; x >>= 1) k++;
    uint64_t r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return (int64_t)((uint64_t)a + r);
}
