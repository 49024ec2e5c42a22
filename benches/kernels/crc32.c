/* crc32: table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320)
 * over a 4 MiB buffer, byte at a time (table loads, shifts, xors). */
#include "bench.h"

#define DATA_LEN (4 << 20)
static u8 data[DATA_LEN];
static u32 table[256];

BENCH_EXPORT u64 run(void) {
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    u64 s = 99;
    for (u32 i = 0; i < DATA_LEN; i++) data[i] = (u8)rng_next(&s);
    u64 h = 0;
    u32 crc = 0xFFFFFFFFu;
    for (int rep = 0; rep < 40; rep++) {
        for (u32 i = 0; i < DATA_LEN; i++) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        h = mix(h, crc ^ 0xFFFFFFFFu);
    }
    return h;
}
