#!/usr/bin/env bash
# Builds the sqlite benchmark (benches/wasm/sqlite.wasm, committed, and
# benches/target/native/sqlite).  Called by benches/build.sh; argument: all,
# wasm or native.
#
# The SQLite amalgamation (sqlite3.c/sqlite3.h, public domain) is not
# committed: it is taken from the npm registry package that ships it
# (`npm pack`, needs npm and the registry once), checked against a pinned
# SHA-256, and cached in benches/target/sqlite/.
set -euo pipefail
# fresh OUT IN...: OUT exists and is newer than every IN (see benches/build.sh).
declare -F fresh >/dev/null || fresh() { return 1; }
here="$(cd "$(dirname "$0")" && pwd)"
benches="$(dirname "$here")"
what="${1:-all}"
CLANG="${CLANG:-clang}"
PACKAGE="better-sqlite3@12.11.1"          # ships SQLite 3.53.2 in deps/sqlite3/
SQLITE_SHA256="60d2f39a3726cd6b9021da6f4e868608d66fbb6528a9f513dc8ffcc640493422"
src="$benches/target/sqlite"

if [[ ! -f "$src/sqlite3.c" ]]; then
    command -v npm >/dev/null || { echo "sqlite/build.sh: needs npm to fetch the SQLite amalgamation" >&2; exit 1; }
    mkdir -p "$src"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h)
    mv "$tmp/package/deps/sqlite3/sqlite3.c" "$tmp/package/deps/sqlite3/sqlite3.h" "$src/"
    rm -rf "$tmp"
fi
echo "$SQLITE_SHA256  $src/sqlite3.c" | sha256sum -c --quiet - || { echo "sqlite/build.sh: unexpected sqlite3.c" >&2; exit 1; }

# An in-memory, single-threaded SQLite with no OS layer of its own (bench.c
# supplies a VFS) and its memsys5 allocator over a static heap.
DEFS=(-DSQLITE_OS_OTHER=1 -DSQLITE_THREADSAFE=0 -DSQLITE_ENABLE_MEMSYS5 -DSQLITE_ZERO_MALLOC
      -DSQLITE_TEMP_STORE=3 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_OMIT_LOCALTIME
      -DSQLITE_DEFAULT_MEMSTATUS=0 -DNDEBUG)
COMMON=(-O2 -ffp-contract=off -fno-math-errno -w "${DEFS[@]}" -I"$src")
mkdir -p "$benches/wasm" "$benches/target/native"
inputs=("$src/sqlite3.c" "$here/bench.c" "$here/libc"/* "$0")
if [[ "$what" == all || "$what" == wasm ]] && ! fresh "$benches/wasm/sqlite.wasm" "${inputs[@]}"; then
    "$CLANG" "${COMMON[@]}" --target=wasm32 -ffreestanding -nostdlib -mbulk-memory -isystem "$here/libc" \
        -Wl,--no-entry -Wl,--strip-debug -Wl,-z,stack-size=1048576 \
        "$src/sqlite3.c" "$here/bench.c" "$here/libc/libc.c" -o "$benches/wasm/sqlite.wasm"
fi
# Native: into $NATIVE_OUT with $NATIVE_FLAGS_STR when benches/build.sh set
# them (native32), else benches/target/native/.
out="${NATIVE_OUT:-$benches/target/native}"
read -ra native_flags <<<"${NATIVE_FLAGS_STR:-}"
if [[ "$what" == all || "$what" == native ]] && ! fresh "$out/sqlite" "${inputs[@]}" "$benches/native_main.c"; then
    mkdir -p "$out"
    "$CLANG" "${COMMON[@]}" "${native_flags[@]}" "$src/sqlite3.c" "$here/bench.c" "$benches/native_main.c" -o "$out/sqlite"
fi
