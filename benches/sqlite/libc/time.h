/* Minimal freestanding <time.h> for the wasm build of the sqlite benchmark. */
#ifndef BENCH_TIME_H
#define BENCH_TIME_H
typedef long long time_t;
#endif
