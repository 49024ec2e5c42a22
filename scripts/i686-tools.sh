# Sourced by scripts/test-i686.sh and scripts/test-i686-python.sh: makes
# sure the Rust target i686-unknown-linux-gnu and a 32-bit C toolchain
# (Debian's gcc-multilib, a 32-bit libgcc and crt files: what linking for
# -m32 needs) are there, installing them with rustup and (as root) apt-get.
# Exits with status 3, saying why, when they cannot be had.
if ! rustup target list --installed 2>/dev/null | grep -qx i686-unknown-linux-gnu; then
    rustup target add i686-unknown-linux-gnu || exit 3
fi
if ! gcc -m32 -print-libgcc-file-name 2>/dev/null | grep -q '/32/'; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        if ! { apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                gcc-multilib >/dev/null; }; then
            echo "error: cannot install gcc-multilib" >&2
            exit 3
        fi
    else
        echo "error: needs a 32-bit C toolchain to link for i686-unknown-linux-gnu;" \
            "on Debian: apt-get install gcc-multilib" >&2
        exit 3
    fi
fi
