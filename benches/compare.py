#!/usr/bin/env python3
"""Compares two builds of the benchmark runner (`bench-run`, benches/runner)
on the same machine in the same run: compile speed and generated-code speed
of every module of benches/wasm, before and after a change.

    python benches/compare.py BASE/bench-run NEW/bench-run [--rounds N] [--only a,b]
        [--base-args ARGS] [--new-args ARGS] [--simd]

(`--new-args=--explicit-bounds-checks` with the same runner twice compares
explicit bounds checks with guard pages; `--simd --base-args='--simd-isa
sse4.1' --new-args='--simd-isa avx'` the SSE4.1 and AVX code of the
`-msimd128` kernels, benches/wasm-simd/.)

Each round runs, for every module, both runners alternately (the order
flips every round, so drift and the other load of a shared machine fall on
both alike):
  - compile: `bench-run FILE --compile-only --compile-repeats 5` and the
    same with one compile; the measure is the difference of their CPU times
    (user + system, from `os.wait4`) divided by 4 (one compile, without
    the process's start), and the runner's own best wall time of one
    compile;
  - run: `bench-run FILE --repeats 3`; the measure is the process's CPU time
    minus that of its compile-only run (so three calls of `run()` plus
    instantiation), and the runner's best wall time of one call.
It prints the median over the rounds of each measure, for both runners, and
the ratio new/base (above 1: the new build is slower). Checksums must agree
between the builds. Installs and builds nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def cpu_of(cmd):
    """Runs `cmd`; returns (the JSON it prints, the CPU seconds it used:
    user + system from `os.wait4`, microsecond resolution)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed: {err.decode()}")
    return json.loads(out), usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--base-args", default="", help="extra arguments of the base runner")
    ap.add_argument("--new-args", default="", help="extra arguments of the new runner")
    ap.add_argument("--simd", action="store_true", help="the -msimd128 kernels (benches/wasm-simd/)")
    args = ap.parse_args()
    wasms = sorted((ROOT / ("wasm-simd" if args.simd else "wasm")).glob("*.wasm"))
    if args.only:
        keep = set(args.only.split(","))
        wasms = [w for w in wasms if w.stem in keep]
    runners = {"base": args.base, "new": args.new}
    extra = {"base": args.base_args.split(), "new": args.new_args.split()}
    samples = {
        (w.stem, who, what): []
        for w in wasms
        for who in runners
        for what in ("compile_cpu", "compile_wall", "run_cpu", "run_wall")
    }
    checksums = {}
    for r in range(args.rounds):
        order = ["base", "new"] if r % 2 == 0 else ["new", "base"]
        for w in wasms:
            for who in order:
                exe = [runners[who], w, *extra[who]]
                c, c_cpu = cpu_of([*exe, "--compile-only", "--compile-repeats", "5"])
                _, one_cpu = cpu_of([*exe, "--compile-only"])
                full, full_cpu = cpu_of([*exe, "--repeats", "3"])
                samples[(w.stem, who, "compile_cpu")].append(max(c_cpu - one_cpu, 0.0) / 4)
                samples[(w.stem, who, "compile_wall")].append(c["compile_s"])
                samples[(w.stem, who, "run_cpu")].append(max(full_cpu - one_cpu, 0.0))
                samples[(w.stem, who, "run_wall")].append(full["run_s"])
                checksums.setdefault(w.stem, {})[who] = full["checksum"]
        print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
    bad = [n for n, c in checksums.items() if c["base"] != c["new"]]
    if bad:
        sys.exit(f"checksums differ between the builds: {bad}")
    med = {k: statistics.median(v) for k, v in samples.items()}
    print(f"median of {args.rounds} alternating rounds; ratio = new / base")
    print(
        f"{'module':<11} {'compile cpu ms':>22} {'ratio':>6} {'compile wall ms':>22} "
        f"{'ratio':>6} {'run cpu ms':>22} {'ratio':>6} {'run wall ms':>22} {'ratio':>6}"
    )
    totals = {}
    for w in wasms:
        cells = []
        for what in ("compile_cpu", "compile_wall", "run_cpu", "run_wall"):
            b, n = med[(w.stem, "base", what)], med[(w.stem, "new", what)]
            totals.setdefault(what, [0.0, 0.0])
            totals[what][0] += b
            totals[what][1] += n
            cells.append(f"{b * 1e3:>10.3f} {n * 1e3:>10.3f} {n / b if b else 0:>6.3f}")
        print(f"{w.stem:<11} " + " ".join(cells))
    cells = [
        f"{b * 1e3:>10.3f} {n * 1e3:>10.3f} {n / b if b else 0:>6.3f}"
        for b, n in totals.values()
    ]
    print(f"{'sum':<11} " + " ".join(cells))


if __name__ == "__main__":
    main()
