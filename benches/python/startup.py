"""Start-up benchmark: loading SQLite (benches/wasm/sqlite.wasm, 1.09 MB) in
a fresh interpreter, cold (compiled) and warm (from the compiled-code
cache), wasmpy against the `wasmtime` PyPI package in the same run.

Each measurement is one child process (`python -c ...`) that times, with
`time.process_time()` (CPU time of the whole process, every thread) and
`time.perf_counter()` (wall), only the load itself:

  - wasmpy cold:  `import sqlite_module` with no `__pycache__` (compile,
                  write the cache file, instantiate);
  - wasmpy warm:  the same import with the cache file present (map it,
                  instantiate);
  - wasmtime cold: `Module(engine, bytes)` + `Instance`;
  - wasmtime warm: `Module.deserialize(engine, serialized)` + `Instance`
                  (wasmtime's own serialized-code path, file written by a
                  previous child).

Best of --repeat children each (default 5); prints milliseconds and the
cold/warm ratio. Also prints the load average before and after, since the
machine may be shared.

Usage: python benches/python/startup.py [--repeat N]
Needs: pip install ./python wasmtime   (wasmtime is optional: skipped if absent)
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQLITE = ROOT / "benches" / "wasm" / "sqlite.wasm"

WASMPY = """
import time, wasmpy
c0, w0 = time.process_time(), time.perf_counter()
import sqlite_module
c1, w1 = time.process_time(), time.perf_counter()
print(c1 - c0, w1 - w0)
"""

WASMTIME_COLD = """
import sys, time, wasmtime
data = open(sys.argv[1], "rb").read()
engine = wasmtime.Engine()
c0, w0 = time.process_time(), time.perf_counter()
module = wasmtime.Module(engine, data)
store = wasmtime.Store(engine)
wasmtime.Instance(store, module, [])
c1, w1 = time.process_time(), time.perf_counter()
open(sys.argv[2], "wb").write(module.serialize())
print(c1 - c0, w1 - w0)
"""

WASMTIME_WARM = """
import sys, time, wasmtime
engine = wasmtime.Engine()
c0, w0 = time.process_time(), time.perf_counter()
module = wasmtime.Module.deserialize_file(engine, sys.argv[1])
store = wasmtime.Store(engine)
wasmtime.Instance(store, module, [])
c1, w1 = time.process_time(), time.perf_counter()
print(c1 - c0, w1 - w0)
"""


def child(code, cwd, *args):
    """(cpu, wall) seconds printed by ``code`` run in a fresh interpreter."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env["PYTHONPATH"] = str(cwd)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def best(samples):
    return min(s[0] for s in samples) * 1e3, min(s[1] for s in samples) * 1e3


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        shutil.copy(SQLITE, d / "sqlite_module.wasm")
        cold = []
        for _ in range(args.repeat):
            shutil.rmtree(d / "__pycache__", ignore_errors=True)
            cold.append(child(WASMPY, d))
        warm = [child(WASMPY, d) for _ in range(args.repeat)]
        rows["wasmpy"] = (best(cold), best(warm))
        try:
            import wasmtime  # noqa: F401
        except ImportError:
            print("wasmtime not installed: skipped")
        else:
            ser = d / "sqlite.cwasm"
            cold = [child(WASMTIME_COLD, d, str(SQLITE), str(ser)) for _ in range(args.repeat)]
            warm = [child(WASMTIME_WARM, d, str(ser)) for _ in range(args.repeat)]
            rows["wasmtime"] = (best(cold), best(warm))
    print(f"load average after:  {os.getloadavg()[0]:.2f}")
    print(f"SQLite ({SQLITE.stat().st_size / 1e6:.2f} MB) load in a fresh process, best of {args.repeat}:")
    print(f"{'':10} {'cold cpu ms':>12} {'cold wall ms':>13} {'warm cpu ms':>12} {'warm wall ms':>13} {'cold/warm (cpu)':>16}")
    for name, ((ccpu, cwall), (wcpu, wwall)) in rows.items():
        print(f"{name:10} {ccpu:12.2f} {cwall:13.2f} {wcpu:12.2f} {wwall:13.2f} {ccpu / wcpu:15.1f}x")


if __name__ == "__main__":
    main()
