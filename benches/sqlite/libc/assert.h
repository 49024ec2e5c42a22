/* Minimal freestanding <assert.h> for the wasm build of the sqlite benchmark. */
#define assert(x) ((void)0)
