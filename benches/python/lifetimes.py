"""Long-running loops that must not leak (issue 12): resident memory (RSS)
and reserved address space (VmSize) of this process, read from
/proc/self/status, before, during and after

  - asmodule:  N x ASModule(strings.wasm) load/drop, a string made and
               read each time (default imports only: env.abort reads the
               caller's memory through a wasmpy.Caller, no cycle);
  - asmodule_custom: N x ASModule(math.wasm) with one plain Python
               function for its console.log import, shared by all cycles
               (it gets a `.module` attribute, replaced by each new module);
  - library:   N x instantiating a module with its own memory that imports
               a function from one long-lived
               "library" instance, calling it, dropping it;
  - memory:    N x Memory(160) create/drop (10 MiB committed each).

Prints one line per checkpoint (RSS, VmSize, and the peak VmSize seen) and
the growth from the start (after warm-up) to the end, after a final
gc.collect(); exits 1 when any growth exceeds --bar MiB (default 50).
Linux only.

Usage: python benches/python/lifetimes.py [--n 100000] [--only asmodule,library,memory]
"""

import argparse
import gc
import os
import sys
import time

import wasmpy
from wasmpy.assemblyscript import ASModule

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MATH = os.path.join(ROOT, "asm-tests", "build", "0.28.20", "release", "math.wasm")
STRINGS = os.path.join(ROOT, "asm-tests", "build", "0.28.20", "release", "strings.wasm")

LIBRARY = """(module
  (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))"""
REQUEST = """(module
  (import "lib" "twice" (func $twice (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "handle") (param i32) (result i32)
    i32.const 0 local.get 0 i32.store
    i32.const 0 i32.load call $twice))"""


def status():
    """(RSS, VmSize) of this process in bytes."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmSize"):
                out[key] = int(rest.split()[0]) * 1024
    return out["VmRSS"], out["VmSize"]


def run(name, n, step, bar):
    if name == "asmodule":

        def one(i):
            m = ASModule(STRINGS)
            assert m.get_string(m.new_string("request")) == "request"

    elif name == "asmodule_custom":
        imports = {("index", "console.log"): lambda ptr: None}

        def one(i):
            m = ASModule(MATH, imports)
            m.sqrt_sum_square(3.0, 4.0)

    elif name == "library":
        lib = wasmpy.Instance(wasmpy.Module(LIBRARY))
        lib_exports = dict(lib.exports)
        request = wasmpy.Module(REQUEST)

        def one(i):
            r = wasmpy.Instance(request, {"lib": lib_exports})
            assert dict(r.exports)["handle"](i & 0xFFFF) == 2 * (i & 0xFFFF)

    elif name == "memory":

        def one(i):
            wasmpy.Memory(160)

    else:
        raise SystemExit(f"unknown loop {name}")
    for i in range(min(1000, n)):  # warm-up: caches, arenas, the timer thread
        one(i)
    gc.collect()
    rss0, vm0 = status()
    start = time.perf_counter()
    print(f"{name}: start  RSS {rss0 >> 20} MiB  VmSize {vm0 >> 20} MiB")
    peak = vm0
    for i in range(n):
        one(i)
        if (i + 1) % 100 == 0:
            peak = max(peak, status()[1])
        if (i + 1) % step == 0:
            rss, vm = status()
            print(f"{name}: {i + 1:>7}  RSS {rss >> 20} MiB  VmSize {vm >> 20} MiB"
                  f"  (peak {peak >> 20} MiB, {(time.perf_counter() - start) / (i + 1) * 1e6:.0f} us/cycle)")
            sys.stdout.flush()
    gc.collect()
    rss, vm = status()
    grow_rss, grow_vm = (rss - rss0) >> 20, (vm - vm0) >> 20
    ok = grow_rss < bar and grow_vm < bar
    print(f"{name}: {n} cycles: RSS growth {grow_rss} MiB, VmSize growth {grow_vm} MiB"
          f" -> {'OK' if ok else 'OVER'} (bar {bar} MiB)")
    return ok


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--memory-n", type=int, default=10_000)
    p.add_argument("--only", default="asmodule,asmodule_custom,library,memory")
    p.add_argument("--bar", type=int, default=50, help="MiB of growth allowed")
    args = p.parse_args()
    ok = True
    for name in args.only.split(","):
        n = args.memory_n if name == "memory" else args.n
        ok &= run(name, n, max(1, n // 10), args.bar)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
