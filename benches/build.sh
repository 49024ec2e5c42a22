#!/usr/bin/env bash
# Rebuilds the benchmark programs.
#
#   benches/build.sh            wasm (benches/wasm/*.wasm, committed) and native
#   benches/build.sh native     native binaries only (benches/target/native/)
#   benches/build.sh wasm       wasm only
#   benches/build.sh native32   native binaries for 32-bit x86 (-m32, SSE2
#                               floats; benches/target/native-i686/), the
#                               reference of `run.py --i686`
#   benches/build.sh simd       the kernels again with -O3 -msimd128
#                               (benches/wasm-simd/, committed) and natively
#                               with -O3 (benches/target/native-simd/)
#
# Outputs newer than their sources are kept; FORCE=1 rebuilds everything.
#
# Needs: clang and wasm-ld (Debian: `apt-get install clang lld`; clang 14 or
# newer with the WebAssembly target).  The sqlite benchmark also needs `npm`
# once, to fetch the SQLite amalgamation (public domain) from the npm
# registry package that ships it; see benches/README.md.
# Running the benchmarks (benches/run.py) needs none of this: the .wasm files
# are committed, and run.py only calls this script for the native column.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
what="${1:-all}"
CLANG="${CLANG:-clang}"
command -v "$CLANG" >/dev/null || { echo "build.sh: needs clang (apt-get install clang lld)" >&2; exit 1; }

# Both sides: same optimisation level, no FMA contraction (wasm has none, so
# results must not depend on it), sqrt without errno (a plain instruction).
COMMON=(-O2 -ffp-contract=off -fno-math-errno -Wall -Wno-unused-function)
# Freestanding wasm32: no libc, no entry point, bulk memory (memcpy/memset
# builtins become memory.copy/memory.fill, as with current toolchains'
# defaults), `run` exported by attribute.
WASM=(--target=wasm32 -ffreestanding -nostdlib -mbulk-memory
      -Wl,--no-entry -Wl,--strip-debug -Wl,-z,stack-size=1048576)

# Where native binaries go and how they differ from a plain build. For
# 32-bit x86, floats in SSE2 as the engine's (x87's extended precision
# would round differently from wasm, and the checksums would differ).
NATIVE_OUT="$here/target/native"
NATIVE_FLAGS=()
if [[ "$what" == native32 ]]; then
    NATIVE_OUT="$here/target/native-i686"
    NATIVE_FLAGS=(-m32 -msse2 -mfpmath=sse)
    what=native
fi
export NATIVE_OUT NATIVE_FLAGS_STR="${NATIVE_FLAGS[*]}"
mkdir -p "$here/wasm" "$NATIVE_OUT"

# fresh OUT IN...: OUT exists and is newer than every IN (skipped unless FORCE=1).
fresh() {
    local out="$1"; shift
    [[ "${FORCE:-0}" != 1 && -e "$out" ]] || return 1
    for f in "$@"; do [[ "$out" -nt "$f" ]] || return 1; done
}

kernels=("$here"/kernels/*.c)
if [[ "$what" == all || "$what" == wasm ]]; then
    command -v wasm-ld >/dev/null || { echo "build.sh: needs wasm-ld (apt-get install lld)" >&2; exit 1; }
    for src in "${kernels[@]}"; do
        name="$(basename "$src" .c)"
        fresh "$here/wasm/$name.wasm" "$src" "$here/kernels/bench.h" "$0" && continue
        "$CLANG" "${COMMON[@]}" "${WASM[@]}" "$src" -o "$here/wasm/$name.wasm"
    done
fi
if [[ "$what" == all || "$what" == native ]]; then
    for src in "${kernels[@]}"; do
        name="$(basename "$src" .c)"
        fresh "$NATIVE_OUT/$name" "$src" "$here/kernels/bench.h" "$here/native_main.c" "$0" && continue
        "$CLANG" "${COMMON[@]}" "${NATIVE_FLAGS[@]}" "$src" "$here/native_main.c" -o "$NATIVE_OUT/$name"
    done
fi
if [[ "$what" == simd ]]; then
    # LLVM's autovectorizer on both sides: wasm SIMD, and x86-64's baseline
    # SSE2 natively (no -march: what a distributed binary gets).
    SIMD_COMMON=(-O3 "${COMMON[@]:1}")
    mkdir -p "$here/wasm-simd" "$here/target/native-simd"
    for src in "${kernels[@]}"; do
        name="$(basename "$src" .c)"
        fresh "$here/wasm-simd/$name.wasm" "$src" "$here/kernels/bench.h" "$0" ||
            "$CLANG" "${SIMD_COMMON[@]}" -msimd128 "${WASM[@]}" "$src" -o "$here/wasm-simd/$name.wasm"
        fresh "$here/target/native-simd/$name" "$src" "$here/kernels/bench.h" "$here/native_main.c" "$0" ||
            "$CLANG" "${SIMD_COMMON[@]}" "$src" "$here/native_main.c" -o "$here/target/native-simd/$name"
    done
    echo "build.sh: done (simd)"
    exit 0
fi
export -f fresh
bash "$here/sqlite/build.sh" "$what"
echo "build.sh: done ($what)"
