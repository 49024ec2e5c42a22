/* matmul: dense double-precision matrix multiply, i-k-j loop order
 * (f64 loads/stores, address arithmetic). */
#include "bench.h"

#define N 320
static double a[N * N], b[N * N], c[N * N];

BENCH_EXPORT u64 run(void) {
    u64 s = 42;
    for (int i = 0; i < N * N; i++) {
        a[i] = (double)(rng_next(&s) % 1000) / 100.0;
        b[i] = (double)(rng_next(&s) % 1000) / 100.0;
        c[i] = 0;
    }
    for (int rep = 0; rep < 30; rep++) {
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                double aik = a[i * N + k];
                for (int j = 0; j < N; j++) c[i * N + j] += aik * b[k * N + j];
            }
    }
    u64 h = 0;
    for (int i = 0; i < N * N; i++) h = mix(h, f64_bits(c[i]));
    return h;
}
