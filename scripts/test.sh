#!/usr/bin/env bash
# The one test command. On a fresh machine (Rust toolchain, Python 3.8+ with
# pip) it:
#   1. installs maturin, pytest, numpy and mypy with pip if they are
#      missing, checks formatting (cargo fmt --check) and lints (cargo
#      clippy, warnings are errors) of the whole workspace;
#   2. builds the wasmpy wheel (release) and installs it for $PYTHON, and
#      into a fresh venv with no Rust on PATH, where it runs the quickstart;
#   3. runs the Rust tests: engine unit/integration tests and the spec suite;
#   4. runs a bounded differential fuzzing pass (fuzz/, about 25 s);
#   5. on x86-64 Linux, builds the engine and spec-suite tests for Windows
#      and runs them under Wine (scripts/test-windows-wine.sh; about 3 min
#      on a cold machine, installing Wine with apt-get when root);
#   6. on x86-64 Linux, the same for 32-bit Windows (i686-pc-windows-gnu)
#      under wine32 (scripts/test-windows-wine.sh --target ...; installing
#      wine32:i386 when root);
#   7. on x86-64 Linux, builds the engine for i686 Linux and runs what of
#      it is built there as 32-bit binaries (scripts/test-i686.sh; about
#      1 min on a cold machine, installing gcc-multilib when root);
#   8. builds the real WASI programs the Python tests run (jaq, ripgrep,
#      zlib's minigzip, a Go program: wasi-tests/build-real.sh, about 6 min
#      on a cold machine, cached in wasi-tests/target/ after that);
#   9. on x86-64 Linux as root, runs the Python tests on a 32-bit CPython
#      (a Debian i386 root; scripts/test-i686-python.sh);
#  10. runs the Python tests (python/tests).
# Exits non-zero on any failure, including "pytest collected no tests".
# Environment: PYTHON (default: python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3}
started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }

step "tools"
"$PYTHON" -m pip --version >/dev/null
missing=()
"$PYTHON" -c 'import maturin' 2>/dev/null || missing+=(maturin)
"$PYTHON" -c 'import pytest' 2>/dev/null || missing+=(pytest)
# numpy: the buffer-protocol tests check zero-copy views through it.
"$PYTHON" -c 'import numpy' 2>/dev/null || missing+=(numpy)
# mypy: stubtest and the typed user script (python/tests/test_typing.py).
"$PYTHON" -c 'import mypy' 2>/dev/null || missing+=(mypy)
# wasmtime: the reference WASI runtime the real-program tests compare with
# (python/tests/test_wasi_programs.py).
"$PYTHON" -c 'import wasmtime' 2>/dev/null || missing+=(wasmtime)
# greenlet: a host function that switches greenlets (test_reentrancy.py).
"$PYTHON" -c 'import greenlet' 2>/dev/null || missing+=(greenlet)
if ((${#missing[@]})); then
    "$PYTHON" -m pip install "${missing[@]}"
fi

step "formatting and lints (cargo fmt, cargo clippy)"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "build the wheel and install it"
# One release build through maturin (the cargo target/ cache is reused):
# the wheel the README's quickstart installs, with maturin's manylinux
# (auditwheel) check on Linux. The same wheel is installed for $PYTHON.
rm -rf target/wheels
(cd python && "$PYTHON" -m maturin build --release --out ../target/wheels)
wheel=(target/wheels/wasmpy-*.whl)
"$PYTHON" -m pip install --quiet --force-reinstall --no-deps "${wheel[0]}"

step "the wheel on a fresh venv without Rust (the README quickstart)"
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$PYTHON" -m venv "$fresh/venv"
venv_bin="$fresh/venv/bin"
[[ -d $fresh/venv/Scripts ]] && venv_bin="$fresh/venv/Scripts"
# PATH without the directories that hold cargo or rustc.
norust=$venv_bin
IFS=: read -ra dirs <<<"$PATH"
for d in "${dirs[@]}"; do
    [[ -n $d && ! -e $d/cargo && ! -e $d/rustc && ! -e $d/cargo.exe ]] && norust+=":$d"
done
(
    export PATH=$norust
    unset CARGO CARGO_HOME RUSTUP_HOME RUSTC
    if command -v cargo >/dev/null || command -v rustc >/dev/null; then
        echo "error: Rust is still on PATH for the fresh-venv check" >&2
        exit 1
    fi
    python -m pip install --quiet --no-index --no-deps "$PWD/${wheel[0]}"
    # The quickstart, as README.md writes it.
    out=$(cd examples && python -c 'import wasmpy, gcd; print(gcd.gcd(1071, 462))')
    [[ $out == 21 ]] || { echo "error: quickstart printed '$out', not 21" >&2; exit 1; }
    out=$(python examples/quickstart.py)
    # No external commands here: a directory left off PATH for holding a
    # cargo (Debian's /usr/bin, where its rustc package is installed) also
    # holds grep and the coreutils.
    [[ $out == *'gcd(1071, 462) = 21'* ]] || { echo "error: examples/quickstart.py printed '$out'" >&2; exit 1; }
    wasmpy --version
)

step "Rust tests (engine + spec suite)"
cargo test --release --workspace --exclude wasmpy-ext

step "bounded differential fuzzing (fuzz/README.md)"
# Own workspace; --no-default-features leaves libFuzzer out.
cargo test --release --no-default-features --manifest-path fuzz/Cargo.toml

if [[ $(uname -s) == Linux && $(uname -m) == x86_64 ]]; then
    step "Windows tests under Wine (scripts/test-windows-wine.sh)"
    set +e
    bash scripts/test-windows-wine.sh
    rc=$?
    set -e
    if ((rc == 3)); then
        echo "NOT RUN: Windows tests under Wine (Wine or the MinGW linker unavailable)"
    elif ((rc != 0)); then
        exit "$rc"
    fi
fi

if [[ $(uname -s) == Linux && $(uname -m) == x86_64 ]]; then
    step "32-bit Windows tests under Wine (scripts/test-windows-wine.sh --target i686-pc-windows-gnu)"
    set +e
    bash scripts/test-windows-wine.sh --target i686-pc-windows-gnu
    rc=$?
    set -e
    if ((rc == 3)); then
        echo "NOT RUN: 32-bit Windows tests under Wine (wine32 or the MinGW i686 linker unavailable)"
    elif ((rc != 0)); then
        exit "$rc"
    fi
fi

if [[ $(uname -s) == Linux && $(uname -m) == x86_64 ]]; then
    step "32-bit x86 Linux tests (scripts/test-i686.sh)"
    set +e
    bash scripts/test-i686.sh
    rc=$?
    set -e
    if ((rc == 3)); then
        echo "NOT RUN: 32-bit x86 Linux tests (the i686 Rust target or gcc-multilib unavailable)"
    elif ((rc != 0)); then
        exit "$rc"
    fi
fi

step "real WASI programs (wasi-tests/build-real.sh)"
PYTHON="$PYTHON" bash wasi-tests/build-real.sh

if [[ $(uname -s) == Linux && $(uname -m) == x86_64 ]]; then
    step "Python tests on a 32-bit CPython (scripts/test-i686-python.sh)"
    set +e
    PYTHON="$PYTHON" bash scripts/test-i686-python.sh
    rc=$?
    set -e
    if ((rc == 3)); then
        echo "NOT RUN: Python tests on a 32-bit CPython (not root, or no debootstrap or network)"
    elif ((rc != 0)); then
        exit "$rc"
    fi
fi

step "Python tests"
# Run from the repository root so that the installed package (not a source
# tree) is imported.
set +e
"$PYTHON" -m pytest python/tests -q -rxX
rc=$?
set -e
if ((rc == 5)); then
    echo "error: pytest collected no tests" >&2
    exit 1
elif ((rc != 0)); then
    exit "$rc"
fi

step "all tests passed"
