# Sourced by scripts/test-i686.sh and scripts/test-i686-python.sh; defines
# two functions and runs nothing:
#
#   i686_tools: makes sure the Rust target i686-unknown-linux-gnu and a
#   32-bit C toolchain (Debian's gcc-multilib, a 32-bit libgcc and crt
#   files: what linking for -m32 needs) are there, installing them with
#   rustup and (as root) apt-get. Exits with status 3, saying why, when
#   they cannot be had.
#
#   i686_expected_failures LIST FAILURES: compares a run's failures with
#   an i686 expected-failure list, the one comparison both scripts make.

i686_tools() {
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
}

# LIST (scripts/i686-expected-failures.txt,
# scripts/i686-python-expected-failures.txt) has `#` comments, lines
# `feature NAME: TEXT` (a feature the ia32 backend does not have yet: a
# failure whose text has TEXT, the engine's error for a module that needs
# it, is expected) and single tests, `ID   # reason`. FAILURES has a line
# `ID<TAB>TEXT` for each failed test (several for one whose output has
# several lines: the feature texts are looked for in each). Prints how
# many failures each feature explains; returns 1, saying why, when a
# failure is neither listed nor of a listed feature, when a listed test
# did not fail (take it off: the list only shrinks), or when nothing fails
# of a listed feature (take its line off).
i686_expected_failures() {
    local list=$1 failures=$2 status=0
    local expected failed explained= ids name text unexpected fixed
    expected=$(sed -e '/^#/d' -e '/^feature /d' -e 's/[[:space:]]*#.*//' \
        -e 's/[[:space:]]*$//' -e '/^$/d' "$list" | sort -u)
    failed=$(cut -f1 <<<"$failures" | sed '/^$/d' | sort -u)
    while IFS=$'\t' read -r name text; do
        [[ -n $name ]] || continue
        ids=$(T=$text awk -F'\t' 'index($2, ENVIRON["T"]) { print $1 }' <<<"$failures" |
            sort -u)
        echo "failures of the missing feature $name: $(sed '/^$/d' <<<"$ids" | wc -l)"
        if [[ -z $ids ]]; then
            echo "error: nothing fails of feature $name any more (remove its line from $list)" >&2
            status=1
        fi
        explained+=$ids$'\n'
    done < <(sed -n -E 's/^feature ([^:]+): (.*)$/\1\t\2/p' "$list")
    unexpected=$(comm -23 <(echo "$failed") <(printf '%s\n%s\n' "$expected" "$explained" |
        sed '/^$/d' | sort -u) | sed '/^$/d')
    fixed=$(comm -23 <(echo "$expected") <(echo "$failed") | sed '/^$/d')
    if [[ -n $unexpected ]]; then
        echo "error: failures that $list does not list:" >&2
        echo "$unexpected" >&2
        status=1
    fi
    if [[ -n $fixed ]]; then
        echo "error: listed failures that no longer fail (remove them from $list):" >&2
        echo "$fixed" >&2
        status=1
    fi
    return "$status"
}
