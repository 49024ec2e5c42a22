#!/usr/bin/env bash
# Rebuilds the committed WASI test programs in wasi-tests/build/ from
# wasi-tests/src/ (the tests only read the .wasm files, so running them
# needs no compiler):
#
#   *.c    clang --target=wasm32-wasi with Debian's wasi-libc
#   *.cpp  clang++ with Debian's libc++ for wasm32-wasi
#   *.rs   Debian's rustc (1.63) with its wasm32-wasi standard library
#
# Usage: wasi-tests/build.sh   (as root it apt-installs the toolchains first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkgs=(clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 libc++-14-dev-wasm32 libc++abi-14-dev-wasm32 rustc libstd-rust-dev-wasm32)
if [ "$(id -u)" = 0 ] && ! dpkg -s "${pkgs[@]}" >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq "${pkgs[@]}"
fi
mkdir -p "$here/build"
for f in "$here"/src/*.c; do
  m=$(basename "$f" .c)
  clang-14 --target=wasm32-wasi --sysroot=/usr -O2 -Wl,--strip-debug "$f" -o "$here/build/$m.wasm"
  echo "built $m.wasm"
done
for f in "$here"/src/*.cpp; do
  m=$(basename "$f" .cpp)
  clang++-14 --target=wasm32-wasi --sysroot=/usr -O2 -fno-exceptions -Wl,--strip-debug "$f" -o "$here/build/$m.wasm"
  echo "built $m.wasm"
done
for f in "$here"/src/*.rs; do
  m=$(basename "$f" .rs)
  /usr/bin/rustc --edition 2021 --target wasm32-wasi -O -C strip=debuginfo "$f" -o "$here/build/$m.wasm"
  echo "built $m.wasm"
done
