#!/usr/bin/env python3
"""Runs every benchmark on wasmjit, wasmtime, node and native code, in one go.

Usage::

    python benches/run.py [--repeats N] [--compile-repeats M] [--only NAME,...]
                          [--no-build] [--json FILE] [--simd | --i686]

For each module in ``benches/wasm/`` (the twelve kernels and ``sqlite``) it
runs the exported ``run()`` on

* **ours**: wasmjit, through the ``bench-run`` binary (``benches/runner``),
  built here with ``cargo build --release -p bench-runner``;
* **wasmtime**: the ``wasmtime`` PyPI package (``pip install wasmtime``), in a
  child process of this script;
* **node**: ``benches/run_node.mjs`` under ``node`` (V8 default tiers);
* **native**: the same C source compiled by clang ``-O2``
  (``benches/build.sh native``, run here when clang is on ``PATH``),

keeping the best of ``N`` calls (default 3) for each, in CPU time (the
calling thread's; node's whole process, it has no thread clock), and checks that all of
them return the same checksum.  A mismatch, a trap or a compile error is
printed loudly and makes the exit status 1: for our engine it means a
miscompile.  A missing runtime (no ``wasmtime`` module, no ``node``, no
clang and no native binaries) is reported and its column left empty; nothing
is installed.

Then it prints a table of run times (seconds) with each engine's ratio to
native and the geometric mean of the ratios, and a compile-speed table:
MB of wasm per second for compiling a module without instantiating it (best
of ``M``, default 3), for ours, wasmtime (Cranelift, default config) and node
(``--liftoff-only --no-wasm-lazy-compilation``: every function compiled
eagerly by V8's baseline compiler, native module cache off), for the large
module ``sqlite`` and for all modules together.

``--json FILE`` also writes every measurement to FILE.

``--simd`` runs the kernels built with ``-O3 -msimd128`` instead
(``benches/wasm-simd/``, ``benches/build.sh simd``), against native code
built with ``-O3`` (x86-64 baseline SSE2, ``benches/target/native-simd/``).

``--i686`` runs the engine built for 32-bit x86
(``cargo build --release -p bench-runner --target i686-unknown-linux-gnu``,
the ia32 backend) against the same C compiled by ``clang -m32 -O2`` (SSE2
floats, as wasm's and the engine's; ``benches/build.sh native32``,
``benches/target/native-i686/``); wasmtime and node have no 32-bit build
here, so only those two columns are run.  Building needs the Rust target
and a 32-bit C library (``scripts/test-i686.sh`` installs both).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WASM_DIR = HERE / "wasm"
NATIVE_DIR = HERE / "target" / "native"
# What build.sh builds the native binaries with (`--simd` changes all three).
NATIVE_BUILD = "native"
LARGE = "sqlite"
ENGINES = ("ours", "wasmtime", "node", "native")
# `--i686`: the target bench-run is built for (None: the host's).
TARGET: str | None = None
NODE_COMPILE_FLAGS = [
    "--liftoff-only",
    "--no-wasm-lazy-compilation",
    "--no-wasm-native-module-cache-enabled",
]
RUN_TIMEOUT_S = 600


class Failure(Exception):
    """A benchmark that did not produce a result (error text in args[0])."""


def run_json(cmd: list[str]) -> dict:
    """Runs ``cmd`` and parses the one JSON object it prints on stdout.

    Raises Failure with the command's stderr if it exits non-zero, times
    out, or prints no JSON.
    """
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise Failure(f"timed out after {RUN_TIMEOUT_S} s") from None
    if proc.returncode != 0:
        raise Failure((proc.stderr or proc.stdout).strip() or f"exit status {proc.returncode}")
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise Failure(f"no JSON in output: {proc.stdout!r}") from None


# ---- wasmtime, in a child process (``run.py --wasmtime-worker ...``) ----


def wasmtime_worker(path: str, repeats: int, compile_repeats: int, compile_only: bool) -> None:
    """Times one module on the wasmtime package and prints bench-run's JSON."""
    import wasmtime

    data = Path(path).read_bytes()
    engine = wasmtime.Engine()
    compile_s = math.inf
    module = None
    for _ in range(compile_repeats):
        t = time.perf_counter()
        module = wasmtime.Module(engine, data)
        compile_s = min(compile_s, time.perf_counter() - t)
    out: dict = {"wasm_bytes": len(data), "compile_s": compile_s}
    if not compile_only:
        store = wasmtime.Store(engine)
        instance = wasmtime.Instance(store, module, [])
        run = instance.exports(store)["run"]
        # Checksums are reported unsigned, 32 or 64 bits as the result type.
        bits = 1 << 32 if str(run.type(store).results[0]) == "i32" else 1 << 64
        best, checksum = math.inf, None
        for _ in range(repeats):
            t = time.thread_time()
            r = run(store)
            dt = time.thread_time() - t
            c = str(r % bits)
            if checksum is not None and c != checksum:
                sys.exit(f"checksum changed between calls: {checksum} then {c}")
            checksum, best = c, min(best, dt)
        out["run_s"], out["checksum"] = best, checksum
    print(json.dumps(out))


# ---- the engines ----


class Engines:
    """Which engines are available, and how to run a module on each."""

    def __init__(self, build: bool) -> None:
        self.notes: list[str] = []
        target_dir = ROOT / "target" / TARGET if TARGET else ROOT / "target"
        self.ours = target_dir / "release" / "bench-run"
        if build:
            self._build_ours()
        if not self.ours.exists():
            self.notes.append(f"ours: {self.ours} missing (run without --no-build)")
            self.ours = None
        self.wasmtime = False
        self.node = None
        if TARGET:
            self.notes.append(f"wasmtime, node: no {TARGET} build here; columns skipped")
        else:
            try:
                import wasmtime  # noqa: F401

                self.wasmtime = True
            except ImportError:
                self.notes.append("wasmtime: Python package not installed (pip install wasmtime); column skipped")
            self.node = shutil.which("node")
            if not self.node:
                self.notes.append("node: not on PATH; column skipped")
        self.native = self._build_native()

    def _build_ours(self) -> None:
        cmd = ["cargo", "build", "--release", "-p", "bench-runner"]
        if TARGET:
            cmd += ["--target", TARGET]
        print(f"building bench-run ({' '.join(cmd)}) ...", flush=True)
        subprocess.run(cmd, cwd=ROOT, check=True)

    def _build_native(self) -> bool:
        if shutil.which(os.environ.get("CLANG", "clang")):
            print(f"building native binaries (benches/build.sh {NATIVE_BUILD}) ...", flush=True)
            proc = subprocess.run(["bash", str(HERE / "build.sh"), NATIVE_BUILD])
            if proc.returncode != 0:
                self.notes.append(f"native: build.sh {NATIVE_BUILD} failed; using whatever binaries exist")
        elif not NATIVE_DIR.is_dir():
            self.notes.append(f"native: no clang and no {NATIVE_DIR}; column skipped")
            return False
        return True

    def available(self, engine: str) -> bool:
        return bool({"ours": self.ours, "wasmtime": self.wasmtime, "node": self.node,
                     "native": self.native}[engine])

    def measure(self, engine: str, wasm: Path, repeats: int, compile_repeats: int,
                compile_only: bool = False) -> dict:
        """One engine's JSON result for one module (raises Failure)."""
        flags = ["--repeats", str(repeats), "--compile-repeats", str(compile_repeats)]
        if compile_only:
            flags.append("--compile-only")
        if engine == "ours":
            return run_json([str(self.ours), str(wasm), *flags])
        if engine == "wasmtime":
            return run_json([sys.executable, __file__, "--wasmtime-worker", str(wasm), *flags])
        if engine == "node":
            v8 = NODE_COMPILE_FLAGS if compile_only else []
            return run_json([self.node, *v8, str(HERE / "run_node.mjs"), str(wasm), *flags])
        binary = NATIVE_DIR / wasm.stem
        if not binary.exists():
            raise Failure(f"{binary} not built")
        return run_json([str(binary), str(repeats)])


# ---- tables ----


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else math.nan


def print_run_table(results: dict, names: list[str], engines: Engines) -> None:
    cols = [e for e in ENGINES if engines.available(e)]
    ratio_cols = [e for e in cols if e != "native"] if "native" in cols else []
    header = f"{'benchmark':<12}" + "".join(f"{c + ' s':>12}" for c in cols)
    header += "".join(f"{c + '/nat':>14}" for c in ratio_cols)
    print("\nRun time (best of N calls of run(), CPU seconds) and ratio to native")
    print(header)
    print("-" * len(header))
    ratios: dict[str, list[float]] = {c: [] for c in ratio_cols}
    for name in names:
        row = f"{name:<12}"
        for c in cols:
            r = results[name].get(c)
            row += f"{r['run_s']:>12.3f}" if isinstance(r, dict) else f"{'FAIL':>12}"
        nat = results[name].get("native")
        for c in ratio_cols:
            r = results[name].get(c)
            if isinstance(r, dict) and isinstance(nat, dict):
                ratio = r["run_s"] / nat["run_s"]
                ratios[c].append(ratio)
                row += f"{ratio:>13.2f}x"
            else:
                row += f"{'-':>14}"
        print(row)
    if ratio_cols:
        print("-" * len(header))
        print(f"{'geomean':<12}" + " " * 12 * len(cols)
              + "".join(f"{geomean(ratios[c]):>13.2f}x" for c in ratio_cols))
        print(f"{'worst':<12}" + " " * 12 * len(cols)
              + "".join(f"{max(ratios[c], default=math.nan):>13.2f}x" for c in ratio_cols))


def print_compile_table(compiles: dict, names: list[str]) -> None:
    cols = [e for e in ("ours", "wasmtime", "node") if any(e in compiles[n] for n in names)]
    print("\nCompile speed (Module only, no instantiation; best of M; MB = 10^6 bytes of wasm)")
    header = f"{'module':<12}{'wasm KB':>10}" + "".join(f"{c + ' ms':>12}{c + ' MB/s':>14}" for c in cols)
    print(header)
    print("-" * len(header))
    rows = [n for n in names if n == LARGE] + ["all"]
    for row_name in rows:
        members = names if row_name == "all" else [row_name]
        size = sum(compiles[n]["wasm_bytes"] for n in members)
        line = f"{row_name:<12}{size / 1e3:>10.1f}"
        for c in cols:
            times = [compiles[n].get(c) for n in members]
            if all(isinstance(t, float) for t in times):
                total = sum(times)
                line += f"{total * 1e3:>12.1f}{size / total / 1e6:>14.1f}"
            else:
                line += f"{'FAIL':>12}{'-':>14}"
        print(line)


# ---- main ----


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, default=3, help="calls of run() per engine (best kept)")
    ap.add_argument("--compile-repeats", type=int, default=3, help="compiles per engine (best kept)")
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build and build.sh native")
    ap.add_argument("--json", help="also write all measurements to this file")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--simd", action="store_true",
                      help="the kernels built with -O3 -msimd128 (benches/wasm-simd/)")
    mode.add_argument("--i686", action="store_true",
                      help="the engine built for i686-unknown-linux-gnu against clang -m32 -O2")
    args = ap.parse_args()
    global WASM_DIR, NATIVE_DIR, NATIVE_BUILD, TARGET
    if args.simd:
        WASM_DIR = HERE / "wasm-simd"
        NATIVE_DIR = HERE / "target" / "native-simd"
        NATIVE_BUILD = "simd"
    if args.i686:
        NATIVE_DIR = HERE / "target" / "native-i686"
        NATIVE_BUILD = "native32"
        TARGET = "i686-unknown-linux-gnu"

    names = sorted(p.stem for p in WASM_DIR.glob("*.wasm"))
    if args.only:
        wanted = args.only.split(",")
        unknown = set(wanted) - set(names)
        if unknown:
            ap.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
        names = [n for n in names if n in wanted]
    engines = Engines(build=not args.no_build)
    for note in engines.notes:
        print(f"note: {note}")

    failures: list[str] = []
    results: dict = {n: {} for n in names}
    compiles: dict = {n: {} for n in names}
    for name in names:
        wasm = WASM_DIR / f"{name}.wasm"
        print(f"{name}:", end="", flush=True)
        for engine in ENGINES:
            if not engines.available(engine):
                continue
            try:
                r = engines.measure(engine, wasm, args.repeats, 1)
                results[name][engine] = r
                print(f" {engine} {r['run_s']:.3f}s", end="", flush=True)
            except Failure as e:
                results[name][engine] = str(e)
                failures.append(f"{name} on {engine}: {e}")
                print(f" {engine} FAILED", end="", flush=True)
        for engine in ("ours", "wasmtime", "node"):
            if not engines.available(engine):
                continue
            try:
                r = engines.measure(engine, wasm, 1, args.compile_repeats, compile_only=True)
                compiles[name][engine] = r["compile_s"]
                compiles[name]["wasm_bytes"] = r["wasm_bytes"]
            except Failure as e:
                failures.append(f"{name} compile on {engine}: {e}")
        compiles[name].setdefault("wasm_bytes", wasm.stat().st_size)
        sums = {e: r["checksum"] for e, r in results[name].items() if isinstance(r, dict)}
        if len(set(sums.values())) > 1:
            failures.append(f"{name}: CHECKSUM MISMATCH {sums}")
            print(" CHECKSUM MISMATCH", flush=True)
        else:
            print(f"  checksum {next(iter(sums.values()), '-')}", flush=True)

    print_run_table(results, names, engines)
    print_compile_table(compiles, names)
    if args.json:
        Path(args.json).write_text(json.dumps({"run": results, "compile": compiles}, indent=1))
    if failures:
        print("\nFAILURES:")
        for f in failures:
            print(f"  {f}")
        return 1
    print("\nall checksums agree")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--wasmtime-worker":
        wp = argparse.ArgumentParser()
        wp.add_argument("path")
        wp.add_argument("--repeats", type=int, default=3)
        wp.add_argument("--compile-repeats", type=int, default=1)
        wp.add_argument("--compile-only", action="store_true")
        a = wp.parse_args(sys.argv[2:])
        wasmtime_worker(a.path, a.repeats, a.compile_repeats, a.compile_only)
        sys.exit(0)
    sys.exit(main())
