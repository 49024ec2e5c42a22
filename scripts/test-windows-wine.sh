#!/usr/bin/env bash
# Builds the engine's tests, the spec-suite tests and the WASI testsuite
# (crates/wasi) for Windows (x86_64-pc-windows-gnu, or i686-pc-windows-gnu
# with `--target i686-pc-windows-gnu` as the first arguments) and runs them
# under Wine: the Windows OS layer (VirtualAlloc reservations, the vectored
# exception handler, thread-stack limits, cap-std's Windows filesystem) on a
# Linux machine.
#
# Needs the Rust target, Wine (64-bit, or 32-bit for i686) and the MinGW-w64
# linker. When Wine or the linker is missing and this runs as root, it
# installs Debian's `wine64` and `gcc-mingw-w64-x86-64` (for i686:
# `wine32:i386`, adding the i386 architecture, and `gcc-mingw-w64-i686`)
# with apt-get; otherwise it stops with a message. Exit status 3 means the
# tools could not be had (nothing was run); any other non-zero status is a
# build or test failure. Everything else stays under target/: the Windows
# build in target/<target> and a Wine prefix of its own in
# target/wine-prefix (target/wine-prefix-i686, a 32-bit one, for i686; your
# ~/.wine is not touched).
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
if [[ ${1:-} == --target ]]; then
    target=$2
    shift 2
fi
case $target in
x86_64-pc-windows-gnu)
    mingw=x86_64-w64-mingw32 wine_name=wine64 prefix=wine-prefix
    packages=(wine64 gcc-mingw-w64-x86-64)
    ;;
i686-pc-windows-gnu)
    mingw=i686-w64-mingw32 wine_name=wine prefix=wine-prefix-i686
    packages=(wine32:i386 gcc-mingw-w64-i686)
    export WINEARCH=win32
    ;;
*)
    echo "error: unknown Windows target $target" >&2
    exit 2
    ;;
esac

step "tools"
find_wine() {
    [[ $wine_name == wine64 ]] && command -v wine64 2>/dev/null && return
    [[ -x /usr/lib/wine/$wine_name ]] && echo "/usr/lib/wine/$wine_name" && return
    return 1
}
if ! find_wine >/dev/null || ! command -v "$mingw-gcc" >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        if [[ $target == i686-* ]] && ! dpkg --print-foreign-architectures | grep -qx i386; then
            dpkg --add-architecture i386
        fi
        if ! { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                "${packages[@]}" >/dev/null; }; then
            echo "error: cannot install ${packages[*]}" >&2
            exit 3
        fi
    else
        echo "error: needs Wine ($wine_name) and the MinGW-w64 linker ($mingw-gcc);" \
            "on Debian: apt-get install ${packages[*]}" >&2
        exit 3
    fi
fi
wine=$(find_wine)
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    rustup target add "$target" || exit 3
fi

step "Wine prefix (target/$prefix)"
export WINEPREFIX=$root/target/$prefix WINEDEBUG=-all
if [[ ! -d $WINEPREFIX/drive_c/windows/system32 ]]; then
    mkdir -p "$root/target"
    "$wine" wineboot --init >/dev/null 2>&1 || true
fi
system32=$WINEPREFIX/drive_c/windows/system32
if [[ ! -e $system32/bcryptprimitives.dll ]]; then
    "$mingw-gcc" -O2 -shared -o "$system32/bcryptprimitives.dll" \
        scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -lbcrypt
fi

runner=CARGO_TARGET_$(tr a-z- A-Z_ <<<"$target")_RUNNER
export "$runner=$wine"
set +e
if [[ $target == i686-* ]]; then
    step "the engine and spec-suite tests under wine32 (scripts/test-i686.sh)"
    # The ia32 backend's expected failures are 32-bit Linux's, so its
    # script compares. No backtraces: Wine 8's 32-bit dbghelp (which Rust's
    # backtraces use there) crashes walking the stack of a panicking test.
    I686_TARGET=$target RUST_BACKTRACE=0 timeout "${TIMEOUT:-1800}" bash scripts/test-i686.sh "$@"
else
    step "build and run the engine, spec-suite and WASI-testsuite tests under Wine"
    timeout "${TIMEOUT:-1800}" cargo test --release --target "$target" -p wasmjit -p spec-tests -p wasmjit-wasi "$@"
fi
rc=$?
set -e
# Stop this prefix's wineserver now rather than after its idle timeout.
"$(dirname "$wine")/wineserver" -k 2>/dev/null || wineserver -k 2>/dev/null || true
if ((rc != 0)); then
    echo "error: tests failed under Wine (exit $rc)" >&2
    exit "$rc"
fi
step "all Windows tests passed under Wine"
