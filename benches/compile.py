"""Compile + instantiate speed: SQLite (benches/wasm/sqlite.wasm, 1.09 MB)
and a generated module of 5,000 small functions, wasmjit (all cores and one
thread) against the `wasmtime` PyPI package and node (V8 Liftoff only,
eager), in one run.

    python benches/compile.py [--repeats N] [--no-build]

- **ours**: `bench-run FILE --compile-only --compile-repeats N
  [--compile-threads 1]` (benches/runner; built here in release mode):
  best of N `Module::new`, best of N `Instance::new` in a new store;
- **wasmtime**: `wasmtime.Module(engine, bytes)` and
  `wasmtime.Instance(store, module, [])` in this process, best of N each
  (Cranelift, default configuration);
- **node**: `benches/run_node.mjs` with run.py's flags
  (`--liftoff-only --no-wasm-lazy-compilation`, module cache off):
  compile only.

Wall-clock times (compilation on several threads is about wall time); MB
is 10^6 bytes of wasm. The load average is printed before and after, as
the machine may be shared: a busy machine slows the multi-threaded figure
most.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RUNNER = ROOT / "target" / "release" / "bench-run"
SQLITE = HERE / "wasm" / "sqlite.wasm"
NODE_FLAGS = ["--liftoff-only", "--no-wasm-lazy-compilation", "--no-wasm-native-module-cache-enabled"]


def many_functions(n: int = 5000) -> str:
    """The text of a module of ``n`` small functions: a few arithmetic
    operators, a local, a branch, and a call of the previous function."""
    parts = ["(module (memory 1) (global $g (mut i32) (i32.const 0))"]
    parts.append("(func $f0 (param i32) (result i32) local.get 0)")
    for i in range(1, n):
        parts.append(
            f"(func $f{i} (param i32) (result i32) (local i32)"
            f" local.get 0 i32.const {i} i32.add local.tee 1"
            f" i32.const 3 i32.and if (result i32) local.get 1 call $f{i - 1}"
            f" else local.get 1 i32.load offset={i % 64} global.get $g i32.xor end)"
        )
    parts.append(f'(export "run" (func $f{n - 1})))')
    return "\n".join(parts)


def ours(path: Path, repeats: int, threads: int) -> tuple[float, float]:
    cmd = [str(RUNNER), str(path), "--compile-only", "--compile-repeats", str(repeats)]
    if threads:
        cmd += ["--compile-threads", str(threads)]
    out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return out["compile_s"], out["instantiate_s"]


def wasmtime_times(data: bytes, repeats: int) -> tuple[float, float] | None:
    try:
        import wasmtime
    except ImportError:
        return None
    engine = wasmtime.Engine()
    compile_s = inst_s = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        module = wasmtime.Module(engine, data)
        compile_s = min(compile_s, time.perf_counter() - t)
        store = wasmtime.Store(engine)
        t = time.perf_counter()
        wasmtime.Instance(store, module, [])
        inst_s = min(inst_s, time.perf_counter() - t)
    return compile_s, inst_s


def node_compile(path: Path, repeats: int) -> float | None:
    node = shutil.which("node")
    if node is None:
        return None
    cmd = [node, *NODE_FLAGS, str(HERE / "run_node.mjs"), str(path), "--compile-only",
           "--compile-repeats", str(repeats)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    return json.loads(proc.stdout)["compile_s"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, default=5, help="compiles per engine (best kept)")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build of bench-run")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "bench-runner"], cwd=ROOT, check=True)
    import wasmpy

    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        many = Path(tmp) / "many_functions.wasm"
        many.write_bytes(wasmpy.wat2wasm(many_functions()))
        for name, path in (("sqlite", SQLITE), ("5000 funcs", many)):
            data = path.read_bytes()
            row = {"name": name, "bytes": len(data)}
            row["ours"] = ours(path, args.repeats, 0)
            row["ours 1 thread"] = ours(path, args.repeats, 1)
            row["wasmtime"] = wasmtime_times(data, args.repeats)
            node = node_compile(path, args.repeats)
            row["node"] = (node, None) if node is not None else None
            rows.append(row)
    print(f"load average after:  {os.getloadavg()[0]:.2f}")
    print(f"\nCompile and instantiate, best of {args.repeats} (wall ms; MB/s of wasm)")
    header = f"{'module':<12}{'KB':>8}  {'engine':<14}{'compile':>9}{'inst':>8}{'c+i':>9}{'MB/s c+i':>10}"
    print(header)
    print("-" * len(header))
    for row in rows:
        for engine in ("ours", "ours 1 thread", "wasmtime", "node"):
            t = row[engine]
            if t is None:
                print(f"{row['name']:<12}{row['bytes'] / 1e3:>8.1f}  {engine:<14}{'n/a':>9}")
                continue
            c, i = t
            if i is None:
                print(f"{row['name']:<12}{row['bytes'] / 1e3:>8.1f}  {engine:<14}{c * 1e3:>9.2f}{'-':>8}"
                      f"{'-':>9}{row['bytes'] / c / 1e6:>9.1f}*")
                continue
            print(f"{row['name']:<12}{row['bytes'] / 1e3:>8.1f}  {engine:<14}{c * 1e3:>9.2f}{i * 1e3:>8.2f}"
                  f"{(c + i) * 1e3:>9.2f}{row['bytes'] / (c + i) / 1e6:>10.1f}")
    print("* node: compile only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
