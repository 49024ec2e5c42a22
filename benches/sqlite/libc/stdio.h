/* Minimal freestanding <stdio.h> for the wasm build of the sqlite benchmark. */
