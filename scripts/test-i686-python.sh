#!/usr/bin/env bash
# Runs the Python test suite (python/tests) on a 32-bit CPython: builds the
# package's abi3 wheel for i686-unknown-linux-gnu (maturin, release), makes
# a Debian bookworm i386 root with its CPython 3.11 (debootstrap), installs
# the wheel there and runs pytest as a 32-bit process on this x86-64 kernel
# (`setarch i686 chroot`, so the platform tag is linux-i686).
#
# The root is cached in target/i386-root (about 330 MB): debootstrap
# --variant=minbase with python3, python3-venv, python3-pip and Debian's
# python3-numpy and python3-greenlet (PyPI has no 32-bit wheels of either),
# and a venv (/venv, with the system site-packages) holding pytest and mypy
# from PyPI. The repository is bind-mounted read-only at /repo while the
# tests run (unmounted on exit), so nothing the tests do reaches the
# worktree and `rm -rf target` after an interrupted run cannot either.
# Tests that need the reference runtime wasmtime (which publishes no 32-bit
# build) skip themselves saying so; the skipped tests are listed. The tests
# that fail there because of the ia32 backend are listed in
# scripts/i686-python-expected-failures.txt: any other failure fails this
# script, and so does a listed test that passes (the list only shrinks;
# `i686_expected_failures` in scripts/i686-tools.sh, the comparison
# scripts/test-i686.sh makes too).
#
# Needs root (debootstrap, chroot, mount), debootstrap (installed with
# apt-get when missing), the network for a cold root (deb.debian.org,
# PyPI) and what scripts/i686-tools.sh installs. Exit status 3 means these
# could not be had (nothing was run); any other non-zero status is a build
# or test failure. Extra arguments go to pytest. Environment: PYTHON (the
# interpreter with maturin that builds the wheel; default python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
target=i686-unknown-linux-gnu
root=$repo/target/i386-root
PYTHON=${PYTHON:-python3}

step "tools"
if [[ $(id -u) != 0 ]]; then
    echo "error: needs root (debootstrap, chroot and mount)" >&2
    exit 3
fi
source scripts/i686-tools.sh
i686_tools
if ! command -v debootstrap >/dev/null; then
    if ! { apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            debootstrap >/dev/null; }; then
        echo "error: cannot install debootstrap" >&2
        exit 3
    fi
fi

# Runs a command in the root as a 32-bit process, with a clean environment.
in_root() {
    env -i PATH=/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
        PYTHONDONTWRITEBYTECODE=1 PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 setarch i686 chroot "$root" "$@"
}
unmount_all() {
    for m in repo proc; do
        if mountpoint -q "$root/$m"; then umount "$root/$m"; fi
    done
}
# What an interrupted earlier run left mounted.
unmount_all

step "32-bit Debian root (target/i386-root)"
if [[ ! -x $root/venv/bin/python ]]; then
    rm -rf "$root.new"
    mkdir -p "$repo/target"
    if ! debootstrap --arch=i386 --variant=minbase \
        --include=python3,python3-venv,python3-pip,python3-numpy,python3-greenlet \
        bookworm "$root.new" http://deb.debian.org/debian >"$repo/target/debootstrap.log" 2>&1; then
        tail -5 "$repo/target/debootstrap.log" >&2
        rm -rf "$root.new"
        echo "error: debootstrap failed (no network?)" >&2
        exit 3
    fi
    rm -rf "$root"
    mv "$root.new" "$root"
    # This machine's certificate authorities, for pip behind a proxy that
    # signs its own (the minbase root has no ca-certificates).
    mkdir -p "$root/etc/ssl/certs"
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
    if ! { in_root python3 -m venv --system-site-packages /venv &&
        in_root /venv/bin/pip install -q --only-binary=:all: pytest mypy; }; then
        rm -rf "$root/venv"
        echo "error: cannot install pytest and mypy in the root (no network?)" >&2
        exit 3
    fi
fi

step "the abi3 wheel for $target"
rm -rf target/wheels-i686
(cd python && "$PYTHON" -m maturin build --release --target "$target" --out ../target/wheels-i686)
wheel=(target/wheels-i686/wasmpy-*-abi3-*_i686.whl)
[[ -e ${wheel[0]} ]] || { echo "error: no i686 abi3 wheel in target/wheels-i686" >&2; exit 1; }

step "Python tests on the root's 32-bit CPython"
trap unmount_all EXIT
mount -t proc proc "$root/proc"
mkdir -p "$root/repo"
mount --bind "$repo" "$root/repo"
mount -o remount,bind,ro "$root/repo"
in_root pip install -q --force-reinstall --no-deps "/repo/${wheel[0]}"
in_root python -c 'import struct, sysconfig, wasmpy
assert struct.calcsize("P") == 4, "not a 32-bit Python"
print("wasmpy", wasmpy.__version__, "on", sysconfig.get_platform())'
log=$(mktemp)
trap 'unmount_all; rm -f "$log"' EXIT
set +e
# From /repo, so that the installed package (not the source tree) is
# imported; no cache directory (the repository is read-only there).
# COLUMNS: the short summary keeps each error's message whole (the
# feature lines of the list match it).
in_root sh -c 'cd /repo && COLUMNS=1000 exec python -m pytest python/tests -q -rfEsxX -p no:cacheprovider "$@"' \
    sh "$@" 2>&1 | tee "$log"
set -e
# The summary line ("N passed, ..."): missing if pytest crashed.
grep -Eq '^=*.* (passed|failed).* in [0-9.]+s' "$log" ||
    { echo "error: the 32-bit pytest run did not finish" >&2; exit 1; }
echo "32-bit CPython: $(grep -E ' in [0-9.]+s' "$log" | tail -1)"
# "<node id><TAB><summary line>" for each failure or error: the feature
# texts of the list are looked for in the line (the error's message).
failures=$(grep -E '^(FAILED|ERROR) ' "$log" | awk '{ print $2 "\t" $0 }' || true)
i686_expected_failures scripts/i686-python-expected-failures.txt "$failures"
step "Python tests on 32-bit CPython: as expected"
