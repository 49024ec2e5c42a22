#!/usr/bin/env bash
# Builds the engine for 32-bit x86 Linux (i686-unknown-linux-gnu) and runs
# its tests (`cargo test -p wasmjit`: unit and integration tests) and the
# spec suites (wasm-2.0, wasm-3.0) as 32-bit binaries on this x86-64
# kernel. The ia32 backend is partial (issue 19): what fails on i686 is
# in scripts/i686-expected-failures.txt, as features the backend does not
# have yet (`feature <name>: <text>`: a test whose failure output contains
# <text>, the error the engine gives for the feature, is expected to
# fail) and single tests (`<test file> <test name>`, with the reason).
# Any other failure fails this script, and so does a listed test that
# does not fail or a listed feature nothing fails of (take it off the
# list): the list only shrinks (`i686_expected_failures` in
# scripts/i686-tools.sh, the comparison scripts/test-i686-python.sh makes
# too). The spec scripts
# with failures are in scripts/i686-spec-expected.txt: scripts of a
# missing feature by pattern (`feature <name>: <glob>...`), the others
# with their pass and fail counts, compared exactly.
#
# Needs the Rust target i686-unknown-linux-gnu and a 32-bit C toolchain
# (Debian's gcc-multilib) to link. When either is missing and this runs as
# root, it installs them (rustup, apt-get); otherwise it stops with a
# message. Exit status 3 means the tools could not be had (nothing was
# run); any other non-zero status is a build or test failure. The build
# goes to target/i686-unknown-linux-gnu.
#
# With I686_TARGET=i686-pc-windows-gnu (what scripts/test-windows-wine.sh
# --target i686-pc-windows-gnu does, after setting up wine32 and its
# prefix), the same tests are built for 32-bit Windows and run by cargo's
# runner for that target (CARGO_TARGET_I686_PC_WINDOWS_GNU_RUNNER, Wine),
# against the same lists.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
target=${I686_TARGET:-i686-unknown-linux-gnu}
# Cargo's runner for the target (none on Linux), for the spec-suite binary.
runner_var=CARGO_TARGET_$(tr a-z- A-Z_ <<<"$target")_RUNNER
runner=${!runner_var:-}
exe=
[[ $target == *-windows-* ]] && exe=.exe

step "tools"
source scripts/i686-tools.sh
[[ $target == *-linux-gnu ]] && i686_tools

step "engine tests for $target"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --target "$target" -p wasmjit --no-fail-fast "$@" 2>&1 | tee "$log"
set -e
# "<test file> <test name> <ok|FAILED|ignored>" for every test run.
results=$(awk '
    /^ *Running / { f = $2; sub(/^.*\//, "", f); sub(/\.rs$/, "", f); if ($2 ~ /^src\//) f = "lib"; next }
    /^test .* \.\.\. (ok|FAILED|ignored)$/ { print f, $2, $NF }
' "$log")
if ! grep -q '^test result' "$log"; then
    echo "error: the i686 tests did not build or run" >&2
    exit 1
fi
printf 'i686 engine tests: %d passed, %d failed\n' \
    "$(grep -c ' ok$' <<<"$results")" "$(grep -c ' FAILED$' <<<"$results")"
# "<test file> <test name><TAB><line>" for each line of a failed test's
# output (its `---- <name> stdout ----` section), and one with no line.
failures=$(
    awk '
        FNR == NR { if ($3 == "FAILED") failed[$1 " " $2] = 1; next }
        /^ *Running / { f = $2; sub(/^.*\//, "", f); sub(/\.rs$/, "", f); if ($2 ~ /^src\//) f = "lib"; t = ""; next }
        /^---- .* stdout ----$/ { t = $2; next }
        /^failures:$/ || /^test result/ { t = ""; next }
        t != "" && ((f " " t) in failed) { print f " " t "\t" $0 }
    ' <(echo "$results") "$log"
    awk '$3 == "FAILED" { print $1 " " $2 "\t" }' <<<"$results"
)
i686_expected_failures scripts/i686-expected-failures.txt "$failures"

step "spec suites on $target (debug build)"
# Per-script counts compared with scripts/i686-spec-expected.txt: a listed
# script must give exactly its counts, a script of a missing feature may
# fail (while one of them at least does), any other must have no failure.
cargo build --target "$target" -p spec-tests
spec=target/$target/debug/spec-tests$exe
spec_list=scripts/i686-spec-expected.txt
status=0
declare -A feature_globs feature_fails
while read -r name globs; do
    feature_globs[${name%:}]=$globs
    feature_fails[${name%:}]=0
done < <(sed -n 's/^feature //p' "$spec_list")
# The missing feature whose scripts include $1 (printed), if any.
feature_of() {
    local f g
    for f in "${!feature_globs[@]}"; do
        for g in ${feature_globs[$f]}; do
            # shellcheck disable=SC2053 # $g is a glob
            [[ $1 == $g ]] && { echo "$f"; return 0; }
        done
    done
    return 1
}
for suite in wasm-2.0 wasm-3.0; do
    # Exit status 1 means unexpected failures by x86-64's lists; the
    # comparison below is the one that counts here.
    $runner "$spec" "$suite" >"$log" 2>&1 || true
    grep -q '^[0-9]* passed, [0-9]* failed' "$log" || {
        tail -20 "$log" >&2
        echo "error: the $suite run did not finish" >&2
        exit 1
    }
    grep '^[0-9]* passed, [0-9]* failed' "$log" | tail -1 | sed "s/^/$suite on $target: /"
    got=
    while read -r line; do
        if f=$(feature_of "$(awk '{ print $2 }' <<<"$line")"); then
            feature_fails[$f]=$((feature_fails[$f] + 1))
        else
            got+="$line"$'\n'
        fi
    done < <(grep -E '\.wast: [0-9]+ passed' "$log" | sed -e 's|\\|/|g' -e "s|^.*$suite/||" |
        awk -v s="$suite" '{ sub(/:$/, "", $1); if ($4 > 0) print s, $1, $2, $4 }' | sort)
    got=${got%$'\n'}
    want=$(awk -v s="$suite" '$1 == s' "$spec_list" | sort)
    if [[ $got != "$want" ]]; then
        echo "error: $suite per-script results on $target differ from scripts/i686-spec-expected.txt" \
            "(< expected, > this run):" >&2
        diff <(echo "$want") <(echo "$got") >&2 || true
        status=1
    fi
done
for f in "${!feature_fails[@]}"; do
    echo "spec scripts of the missing feature $f failing on $target: ${feature_fails[$f]}"
    if ((feature_fails[$f] == 0)); then
        echo "error: every script of feature $f passes: remove its line from $spec_list" >&2
        status=1
    fi
done
((status == 0)) || exit "$status"

step "i686 tests passed (as expected)"
