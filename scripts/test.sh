#!/usr/bin/env bash
# The one test command. On a fresh machine (Rust toolchain, Python 3.8+ with
# pip) it:
#   1. installs maturin, pytest and numpy with pip if they are missing;
#   2. builds the wasmpy wheel (release) and installs it for $PYTHON;
#   3. runs the Rust tests: engine unit/integration tests and the spec suite;
#   4. runs a bounded differential fuzzing pass (fuzz/, about 25 s);
#   5. on x86-64 Linux, builds the engine and spec-suite tests for Windows
#      and runs them under Wine (scripts/test-windows-wine.sh; about 3 min
#      on a cold machine, installing Wine with apt-get when root);
#   6. runs the Python tests (python/tests).
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
if ((${#missing[@]})); then
    "$PYTHON" -m pip install "${missing[@]}"
fi

step "build and install the Python package"
# In-tree build through maturin (release profile); the cargo target/ cache is reused.
"$PYTHON" -m pip install --quiet --no-build-isolation --force-reinstall --no-deps ./python

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
