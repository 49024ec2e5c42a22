/* Minimal freestanding <stdlib.h> for the wasm build of the sqlite benchmark. */
#ifndef BENCH_STDLIB_H
#define BENCH_STDLIB_H
#include <stddef.h>
void *malloc(size_t n);
void free(void *p);
void *realloc(void *p, size_t n);
#endif
