#!/usr/bin/env bash
# Builds the engine's tests, the spec-suite tests and the WASI testsuite
# (crates/wasi) for x86_64-pc-windows-gnu and runs them under Wine: the
# Windows OS layer (VirtualAlloc reservations, the vectored exception
# handler, thread-stack limits, cap-std's Windows filesystem) on a Linux
# machine.
#
# Needs the Rust target x86_64-pc-windows-gnu, Wine (64-bit) and the MinGW-w64
# linker. When Wine or the linker is missing and this runs as root, it
# installs Debian's `wine64` and `gcc-mingw-w64-x86-64` with apt-get;
# otherwise it stops with a message. Exit status 3 means the tools could not
# be had (nothing was run); any other non-zero status is a build or test
# failure. Everything else stays under target/: the
# Windows build in target/x86_64-pc-windows-gnu and a Wine prefix of its own
# in target/wine-prefix (your ~/.wine is not touched).
#
# Wine 8 (Debian 12) has no bcryptprimitives.dll, which every Rust program
# imports (ProcessPrng): the prefix gets a stand-in built from
# scripts/wine/bcryptprimitives.c. A Wine that ships the DLL keeps its own.
#
# Extra arguments go to `cargo test` after the package list, e.g.
# `--test hostile` or `-- small_thread`. Environment: TIMEOUT (seconds for
# the cargo run, default 1800).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
target=x86_64-pc-windows-gnu

step "tools"
find_wine() {
    command -v wine64 2>/dev/null && return
    [[ -x /usr/lib/wine/wine64 ]] && echo /usr/lib/wine/wine64 && return
    return 1
}
if ! find_wine >/dev/null || ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        if ! { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                wine64 gcc-mingw-w64-x86-64 >/dev/null; }; then
            echo "error: cannot install wine64 and gcc-mingw-w64-x86-64" >&2
            exit 3
        fi
    else
        echo "error: needs Wine (wine64) and the MinGW-w64 linker (x86_64-w64-mingw32-gcc);" \
            "on Debian: apt-get install wine64 gcc-mingw-w64-x86-64" >&2
        exit 3
    fi
fi
wine=$(find_wine)
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    rustup target add "$target" || exit 3
fi

step "Wine prefix (target/wine-prefix)"
export WINEPREFIX=$root/target/wine-prefix WINEDEBUG=-all
if [[ ! -d $WINEPREFIX/drive_c/windows/system32 ]]; then
    mkdir -p "$root/target"
    "$wine" wineboot --init >/dev/null 2>&1 || true
fi
system32=$WINEPREFIX/drive_c/windows/system32
if [[ ! -e $system32/bcryptprimitives.dll ]]; then
    x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" \
        scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -lbcrypt
fi

step "build and run the engine, spec-suite and WASI-testsuite tests under Wine"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$wine
set +e
timeout "${TIMEOUT:-1800}" cargo test --release --target "$target" -p wasmjit -p spec-tests -p wasmjit-wasi "$@"
rc=$?
set -e
# Stop this prefix's wineserver now rather than after its idle timeout.
"$(dirname "$wine")/wineserver" -k 2>/dev/null || wineserver -k 2>/dev/null || true
if ((rc != 0)); then
    echo "error: tests failed under Wine (exit $rc)" >&2
    exit "$rc"
fi
step "all Windows tests passed under Wine"
