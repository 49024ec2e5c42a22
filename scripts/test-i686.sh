#!/usr/bin/env bash
# Builds the engine for 32-bit x86 Linux (i686-unknown-linux-gnu) and runs
# its tests as 32-bit binaries on this x86-64 kernel. Issue 19 is in
# progress: the engine's layers below the compiler (environ: the context
# layout for 4-byte pointers; runtime: memories with explicit bounds
# checks, the fault handler's 32-bit context, the cdecl entry, trap and
# host stubs) build for i686 and their unit tests run there
# (`cargo test --lib`); the ia32 compiler backend, and with it the
# integration tests and the spec suite, are not built for i686 yet.
#
# Needs the Rust target i686-unknown-linux-gnu and a 32-bit C toolchain
# (Debian's gcc-multilib) to link. When either is missing and this runs as
# root, it installs them (rustup, apt-get); otherwise it stops with a
# message. Exit status 3 means the tools could not be had (nothing was
# run); any other non-zero status is a build or test failure. The build
# goes to target/i686-unknown-linux-gnu.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
target=i686-unknown-linux-gnu

step "tools"
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    rustup target add "$target" || exit 3
fi
# A 32-bit libgcc and crt files: what linking for -m32 needs.
if ! gcc -m32 -print-libgcc-file-name 2>/dev/null | grep -q '/32/'; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        if ! { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                gcc-multilib >/dev/null; }; then
            echo "error: cannot install gcc-multilib" >&2
            exit 3
        fi
    else
        echo "error: needs a 32-bit C toolchain to link for $target;" \
            "on Debian: apt-get install gcc-multilib" >&2
        exit 3
    fi
fi

step "engine unit tests for $target (environ, runtime)"
cargo test --target "$target" -p wasmjit --lib "$@"

step "i686 tests passed"
