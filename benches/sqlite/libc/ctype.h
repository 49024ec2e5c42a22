/* Minimal freestanding <ctype.h> for the wasm build of the sqlite benchmark. */
