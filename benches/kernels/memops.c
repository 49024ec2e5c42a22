/* memops: memcpy/memset/memmove-heavy code: block copies of varying sizes
 * and alignments between buffers, fills, overlapping moves, and a compare
 * (bulk memory operations; the compiler lowers the builtins to
 * memory.copy / memory.fill in wasm and to libc calls natively). */
#include "bench.h"

#define BUF (1 << 20)
static u8 src[BUF], dst[BUF];

BENCH_EXPORT u64 run(void) {
    u64 s = 5;
    for (u32 i = 0; i < BUF; i++) src[i] = (u8)rng_next(&s);
    __builtin_memset(dst, 0, BUF);
    u64 h = 0;
    for (int rep = 0; rep < 3000; rep++) {
        /* Large copies. */
        __builtin_memcpy(dst, src, BUF);
        __builtin_memset(dst + (rep * 4099) % (BUF / 2), rep & 0xFF, BUF / 4);
        /* Many small copies of varying length and alignment. */
        u32 off = 0;
        for (u32 k = 0; k < 2000; k++) {
            u32 len = 1 + (u32)(rng_next(&s) % 200);
            u32 from = (u32)(rng_next(&s) % (BUF - 256));
            __builtin_memcpy(dst + off, src + from, len);
            off = (off + len + 3) % (BUF - 256);
        }
        /* Overlapping move. */
        __builtin_memmove(dst + 1 + rep, dst, BUF / 2);
        h = mix(h, dst[(rep * 7919) % BUF]);
        h = mix(h, dst[BUF / 2 + rep]);
        /* Word checksum over a window. */
        u64 acc = 0;
        for (u32 i = 0; i < 4096; i += 8) {
            u64 w;
            __builtin_memcpy(&w, dst + (rep * 997 % (BUF - 8192)) + i, 8);
            acc += w;
        }
        h = mix(h, acc);
    }
    return h;
}
