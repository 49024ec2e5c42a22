/* mandelbrot: escape-time iteration over a grid (f64 multiply/add, compares). */
#include "bench.h"

#define SIZE 1000
#define MAX_ITER 200
static u8 image[SIZE * SIZE];

BENCH_EXPORT u64 run(void) {
    for (int py = 0; py < SIZE; py++) {
        double ci = (double)py * 2.0 / SIZE - 1.0;
        for (int px = 0; px < SIZE; px++) {
            double cr = (double)px * 3.0 / SIZE - 2.0;
            double zr = 0, zi = 0;
            int it = 0;
            while (it < MAX_ITER && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                it++;
            }
            image[py * SIZE + px] = (u8)it;
        }
    }
    u64 h = 0;
    for (int i = 0; i < SIZE * SIZE; i += 8) {
        u64 w = 0;
        for (int j = 0; j < 8; j++) w = (w << 8) | image[i + j];
        h = mix(h, w);
    }
    return h;
}
