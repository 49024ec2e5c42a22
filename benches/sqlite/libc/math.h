/* Minimal freestanding <math.h> for the wasm build of the sqlite benchmark. */
#ifndef BENCH_MATH_H
#define BENCH_MATH_H
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#endif
#define fabs(x) __builtin_fabs(x)
