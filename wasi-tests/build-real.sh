#!/usr/bin/env bash
# Builds the real WASI programs of python/tests/test_wasi_real.py into
# wasi-tests/target/ (not committed; each is rebuilt only when missing or
# older than this script). Their sources are fetched here from a registry,
# never committed:
#
#   jaq.wasm       jaq 1.5.1 (a jq clone; crates.io), for wasm32-wasip1 with
#                  rustup's target. Not --locked: the lockfile published with
#                  jaq 1.5.1 pins a `time` that no longer compiles with
#                  today's rustc, so its dependencies resolve to their newest
#                  semver-compatible releases. (jaq 2 and 3 need rustyline,
#                  whose fd-lock does not build for WASI.)
#   rg.wasm        ripgrep 14.1.1 (crates.io), --locked, wasm32-wasip1.
#   minigzip.wasm  zlib 1.2.13's test/minigzip.c, from Debian's source
#                  package zlib 1:1.2.13.dfsg-1 (apt-get source), its
#                  tarball checked against a pinned SHA-256; clang-14
#                  --target=wasm32-wasi with Debian's wasi-libc.
#   minigzip-simd.wasm  the same with -O3 -msimd128 (LLVM's autovectorizer
#                  emits SIMD instructions into zlib's loops).
#   go.wasm        wasi-tests/src/go/main.go with Go 1.23 from Debian's
#                  bookworm-backports, GOOS=wasip1 GOARCH=wasm.
#   itk/*.wasi.wasm  ITK-Wasm's pipelines (zstd, image downsampling), real
#                  -msimd128 builds from the itkwasm-*-wasi wheels on PyPI,
#                  pinned by version and SHA-256 in wasi-tests/itk-wasm.txt
#                  (pip download --require-hashes with $PYTHON, default
#                  python3).
#
# crates.io pins the SHA-256 of every crate version in its index, and cargo
# checks each download against it.
#
# As root it installs what it needs: rustup's wasm32-wasip1 target, clang-14,
# lld-14 and wasi-libc, and Go 1.23 from bookworm-backports; apt sources for
# backports and for source packages are added in a private apt
# configuration under wasi-tests/target/apt (the system's stays untouched).
#
# Usage: wasi-tests/build-real.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target"
mkdir -p "$out"
ZLIB_VERSION="1:1.2.13.dfsg-1"
ZLIB_TARBALL="zlib_1.2.13.dfsg.orig.tar.bz2"
ZLIB_SHA256="71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
GO=/usr/lib/go-1.23/bin/go

# fresh FILE: FILE exists and is newer than this script.
fresh() { [[ -f $1 && $1 -nt $0 ]]; }

# A private apt configuration: the system's sources, plus
# bookworm-backports and the bookworm source packages.
apt_private() {
    local dir="$out/apt"
    APT=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$dir/parts"
         -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache")
    [[ -d $dir/lists ]] && return 0
    local codename
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    mkdir -p "$dir/parts" "$dir/lists/partial" "$dir/cache/archives/partial"
    cp /etc/apt/sources.list.d/*.sources "$dir/parts/" 2>/dev/null || true
    [[ -f /etc/apt/sources.list ]] && cp /etc/apt/sources.list "$dir/parts/system.list"
    # The first deb822 stanza of the system's sources is the main archive.
    local main
    main=$(awk 'BEGIN{RS=""} NR==1' /etc/apt/sources.list.d/debian.sources)
    sed -e "s/^Suites: .*/Suites: $codename-backports/" <<<"$main" >"$dir/parts/backports.sources"
    sed -e 's/^Types: deb$/Types: deb-src/' -e "s/^Suites: .*/Suites: $codename/" <<<"$main" \
        >"$dir/parts/sources.sources"
    apt-get "${APT[@]}" update -qq
}

if [[ $(id -u) == 0 ]]; then
    rustup target add wasm32-wasip1 >/dev/null 2>&1 || true
    pkgs=(clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32)
    if ! dpkg -s "${pkgs[@]}" >/dev/null 2>&1 || [[ ! -x $GO ]]; then
        apt_private
        apt-get "${APT[@]}" install -y -qq --no-install-recommends "${pkgs[@]}"
        [[ -x $GO ]] || apt-get "${APT[@]}" install -y -qq --no-install-recommends \
            -t "$(. /etc/os-release && echo "$VERSION_CODENAME")-backports" golang-1.23-go
    fi
fi

# cargo_wasm NAME CRATE@VERSION [cargo install options]
cargo_wasm() {
    local name=$1 spec=$2
    shift 2
    fresh "$out/$name.wasm" && return 0
    # Without debug info (ripgrep's release profile keeps line tables).
    CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_STRIP=debuginfo \
        cargo install --quiet "$spec" "$@" --target wasm32-wasip1 \
        --root "$out/cargo" --target-dir "$out/cargo-target"
    cp "$out/cargo/bin/$name.wasm" "$out/$name.wasm"
    echo "built $name.wasm"
}
cargo_wasm jaq jaq@1.5.1 --no-default-features
cargo_wasm rg ripgrep@14.1.1 --locked

if ! fresh "$out/minigzip.wasm" || ! fresh "$out/minigzip-simd.wasm"; then
    src="$out/zlib"
    if [[ ! -f $src/$ZLIB_TARBALL ]]; then
        apt_private
        mkdir -p "$src"
        (cd "$src" && apt-get "${APT[@]}" source --download-only -qq "zlib=$ZLIB_VERSION")
    fi
    echo "$ZLIB_SHA256  $src/$ZLIB_TARBALL" | sha256sum -c --quiet - ||
        { echo "build-real.sh: unexpected $ZLIB_TARBALL" >&2; exit 1; }
    rm -rf "$src/zlib-1.2.13.dfsg"
    tar -C "$src" -xjf "$src/$ZLIB_TARBALL"
    z="$src/zlib-1.2.13.dfsg"
    for variant in "minigzip:-O2" "minigzip-simd:-O3 -msimd128"; do
        # shellcheck disable=SC2086 # the flags split on purpose
        clang-14 --target=wasm32-wasi --sysroot=/usr ${variant#*:} -Wl,--strip-debug \
            -DHAVE_UNISTD_H -I"$z" \
            "$z"/{adler32,crc32,deflate,infback,inffast,inflate,inftrees,trees,zutil,compress,uncompr}.c \
            "$z"/{gzclose,gzlib,gzread,gzwrite}.c "$z/test/minigzip.c" -o "$out/${variant%%:*}.wasm"
        echo "built ${variant%%:*}.wasm"
    done
fi

if [[ ! -f $out/itk/downsample.wasi.wasm || $here/itk-wasm.txt -nt $out/itk/downsample.wasi.wasm ]]; then
    rm -rf "$out/itk"
    mkdir -p "$out/itk/wheels"
    "${PYTHON:-python3}" -m pip download --quiet --no-deps --require-hashes \
        -r "$here/itk-wasm.txt" -d "$out/itk/wheels"
    "${PYTHON:-python3}" - "$out/itk" <<'PY'
import pathlib, sys, zipfile
out = pathlib.Path(sys.argv[1])
for wheel in sorted((out / "wheels").glob("*.whl")):
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if "/wasm_modules/" in name and name.endswith(".wasm"):
                (out / pathlib.PurePosixPath(name).name).write_bytes(z.read(name))
PY
    echo "fetched itk/*.wasi.wasm"
fi

if ! fresh "$out/go.wasm" || [[ $here/src/go/main.go -nt $out/go.wasm ]]; then
    (cd "$here/src/go" && GOOS=wasip1 GOARCH=wasm GO111MODULE=off GOCACHE="$out/go-cache" \
        "$GO" build -trimpath -ldflags=-s -o "$out/go.wasm" main.go)
    echo "built go.wasm"
fi
