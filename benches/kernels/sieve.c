/* sieve: sieve of Eratosthenes over a byte array (byte stores, strided loops). */
#include "bench.h"

#define LIMIT (8 * 1024 * 1024)
static u8 composite[LIMIT];

BENCH_EXPORT u64 run(void) {
    u64 h = 0;
    for (u32 pass = 0; pass < 6; pass++) {
        for (u32 i = 0; i < LIMIT; i++) composite[i] = 0;
        for (u32 i = 2; (u64)i * i < LIMIT; i++)
            if (!composite[i])
                for (u32 j = i * i; j < LIMIT; j += i) composite[j] = 1;
        u32 count = 0;
        u64 sum = 0;
        for (u32 i = 2; i < LIMIT; i++)
            if (!composite[i]) { count++; sum += i; }
        h = mix(mix(h, count), sum);
    }
    return h;
}
