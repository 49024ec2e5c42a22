/* fannkuch: pancake flips over all permutations of n elements
 * (small int arrays, tight loops, unpredictable branches). */
#include "bench.h"

#define N 10

BENCH_EXPORT u64 run(void) {
    int perm[N], perm1[N], count[N];
    int max_flips = 0, checksum = 0, perm_count = 0;
    for (int i = 0; i < N; i++) perm1[i] = i;
    int r = N;
    for (;;) {
        for (; r != 1; r--) count[r - 1] = r;
        for (int i = 0; i < N; i++) perm[i] = perm1[i];
        int flips = 0, k;
        while ((k = perm[0]) != 0) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        checksum += (perm_count & 1) ? -flips : flips;
        for (;;) {
            if (r == N) return mix(mix(0, (u32)checksum), (u32)max_flips);
            int p0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            if (--count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
}
