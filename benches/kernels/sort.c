/* sort: quicksort (median of three, insertion sort for short runs) and
 * heapsort of pseudo-random 32-bit keys (compares, swaps, recursion). */
#include "bench.h"

#define N (1 << 20)
static u32 keys[N];

static void insertion_sort(u32 *a, i32 n) {
    for (i32 i = 1; i < n; i++) {
        u32 v = a[i];
        i32 j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void quicksort(u32 *a, i32 n) {
    while (n > 16) {
        u32 x = a[0], y = a[n / 2], z = a[n - 1];
        u32 pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        i32 i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i >= j) break;
            u32 t = a[i]; a[i] = a[j]; a[j] = t;
            i++; j--;
        }
        /* Recurse into the smaller half, loop on the larger. */
        if (j + 1 < n - j - 1) { quicksort(a, j + 1); a += j + 1; n -= j + 1; }
        else { quicksort(a + j + 1, n - j - 1); n = j + 1; }
    }
    insertion_sort(a, n);
}

static void sift_down(u32 *a, i32 root, i32 n) {
    for (;;) {
        i32 child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && a[child + 1] > a[child]) child++;
        if (a[root] >= a[child]) return;
        u32 t = a[root]; a[root] = a[child]; a[child] = t;
        root = child;
    }
}

static void heapsort(u32 *a, i32 n) {
    for (i32 i = n / 2 - 1; i >= 0; i--) sift_down(a, i, n);
    for (i32 end = n - 1; end > 0; end--) {
        u32 t = a[0]; a[0] = a[end]; a[end] = t;
        sift_down(a, 0, end);
    }
}

static u64 fill_and_check(u64 seed, int use_heap) {
    u64 s = seed;
    for (i32 i = 0; i < N; i++) keys[i] = (u32)rng_next(&s);
    if (use_heap) heapsort(keys, N); else quicksort(keys, N);
    u64 h = 0;
    for (i32 i = 0; i < N; i++) {
        if (i > 0 && keys[i - 1] > keys[i]) return 0xBAD;
        if ((i & 1023) == 0) h = mix(h, keys[i]);
    }
    return h;
}

BENCH_EXPORT u64 run(void) {
    u64 h = 0;
    for (int rep = 0; rep < 2; rep++) {
        h = mix(h, fill_and_check(1 + rep, 0));
        h = mix(h, fill_and_check(100 + rep, 1));
    }
    return h;
}
