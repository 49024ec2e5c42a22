/* Minimal freestanding <string.h> for the wasm build of the sqlite benchmark. */
#ifndef BENCH_STRING_H
#define BENCH_STRING_H
#include <stddef.h>
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strrchr(const char *s, int c);
size_t strcspn(const char *s, const char *reject);
size_t strspn(const char *s, const char *accept);
char *strchr(const char *s, int c);
void *memchr(const void *s, int c, size_t n);
#endif
