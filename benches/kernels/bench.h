/* Shared definitions for the benchmark kernels.
 *
 * Every kernel is one freestanding C file (no libc) that defines
 * `BENCH_EXPORT u64 run(void)`: it does a fixed, deterministic amount of work
 * on static arrays in linear memory, re-initialising all of its state on
 * every call, and returns a checksum of the result.  The same source is
 * compiled to wasm32 (exported as "run") and natively (called by
 * native_main.c), so both must compute the same checksum. */
#ifndef BENCH_H
#define BENCH_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int i32;
typedef long long i64;
typedef __SIZE_TYPE__ usize;

#ifdef __wasm__
#define BENCH_EXPORT __attribute__((export_name("run")))
#else
#define BENCH_EXPORT
#endif

/* A small deterministic generator (xorshift64*): the kernels' input data. */
static inline u64 rng_next(u64 *state) {
    u64 x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Mixes a value into a running checksum (FNV-1a style over 64 bits). */
static inline u64 mix(u64 h, u64 v) {
    h ^= v;
    return h * 0x100000001B3ULL;
}

/* The exact bit pattern of a double, for checksums of float results. */
static inline u64 f64_bits(double d) {
    union { double d; u64 u; } c;
    c.d = d;
    return c.u;
}

BENCH_EXPORT u64 run(void);

#endif
