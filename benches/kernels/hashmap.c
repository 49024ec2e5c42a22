/* hashmap: open-addressing hash table with linear probing: inserts, lookups
 * and counter updates keyed by pseudo-random 64-bit keys (i64 multiply,
 * data-dependent loads, unpredictable branches). */
#include "bench.h"

#define CAP (1 << 20)          /* slots, a power of two */
#define KEYS (CAP / 2)         /* distinct keys: load factor 0.5 */
static u64 slot_key[CAP];
static u32 slot_val[CAP];

static inline u32 slot_of(u64 k) { return (u32)((k * 0x9E3779B97F4A7C15ULL) >> 44); }

BENCH_EXPORT u64 run(void) {
    for (u32 i = 0; i < CAP; i++) { slot_key[i] = 0; slot_val[i] = 0; }
    u64 h = 0;
    for (int rep = 0; rep < 4; rep++) {
        u64 s = 1234 + rep;
        /* Insert or bump: keys drawn from a pool of KEYS distinct values. */
        for (u32 n = 0; n < 3 * KEYS; n++) {
            u64 k = (rng_next(&s) % KEYS) * 2654435761ULL + 1;
            u32 i = slot_of(k);
            while (slot_key[i] != 0 && slot_key[i] != k) i = (i + 1) & (CAP - 1);
            slot_key[i] = k;
            slot_val[i]++;
        }
        /* Look-ups, half of which miss. */
        u64 found = 0;
        for (u32 n = 0; n < 2 * KEYS; n++) {
            u64 k = (rng_next(&s) % (2 * KEYS)) * 2654435761ULL + 1;
            u32 i = slot_of(k);
            while (slot_key[i] != 0 && slot_key[i] != k) i = (i + 1) & (CAP - 1);
            if (slot_key[i] == k) found += slot_val[i];
        }
        h = mix(h, found);
    }
    return h;
}
