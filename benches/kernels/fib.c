/* fib: naive doubly recursive Fibonacci (call and return overhead). */
#include "bench.h"

static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

/* Keeps the compiler from folding the argument into a constant. */
static volatile u32 fib_arg = 39;

BENCH_EXPORT u64 run(void) {
    u64 h = 0;
    for (u32 i = 0; i < 2; i++) h = mix(h, fib(fib_arg - i));
    return h;
}
