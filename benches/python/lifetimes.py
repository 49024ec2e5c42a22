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
  - lib_memory, lib_table, lib_global: the same, importing the library's
               memory (resp. table, global), which puts the request in the
               library's store (freed by the store's collection);
  - lib_mix:   the same, importing the library's memory, table, global and
               function and a Python function, putting its own function in the library's table and clearing it;
  - cycle_closure, cycle_lambda, cycle_method, cycle_callable,
    cycle_partial: the same, the request (with a memory of its own)
               importing the library's global, and its host function (a
               closure, lambda, bound method, object with __call__,
               functools.partial) referring back to the request instance:
               a cycle through the shared store, freed by Python's GC;
  - cycle_externref: a request puts a Python object that refers back to
               it in the library's externref table (replacing the last
               request's);
  - memory:    N x Memory(160) create/drop (10 MiB committed each);
  - memory_shared: N x Memory(160) create/drop while another Memory made
               from Python lives (so all share one store).

Prints one line per checkpoint (RSS, VmSize, and the peak VmSize seen) and
the growth from the start (after warm-up) to the end, after a final
gc.collect(); exits 1 when any growth exceeds --bar MiB (default 50).
Linux only.

Usage: python benches/python/lifetimes.py [--n 100000] [--only asmodule,library,memory]
"""

import argparse
import functools
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


SHARED_LIBRARY = """(module
  (memory (export "memory") 1)
  (table (export "table") 2 funcref)
  (global (export "counter") (mut i32) (i32.const 0))
  (type $t (func (param i32) (result i32)))
  (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (func (export "call_slot") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $t))
  (func (export "clear_slot") (param i32) local.get 0 ref.null func table.set 0))"""
LIB_MEMORY = """(module
  (import "lib" "memory" (memory 1))
  (func (export "handle") (param i32) (result i32)
    i32.const 0 local.get 0 i32.store i32.const 0 i32.load i32.const 2 i32.mul))"""
LIB_TABLE = """(module
  (import "lib" "table" (table 2 funcref))
  (func $twice (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (elem (i32.const 1) func $twice)
  (func (export "handle") (param i32) (result i32) local.get 0 call $twice))"""
LIB_GLOBAL = """(module
  (import "lib" "counter" (global $c (mut i32)))
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c local.get 0 i32.const 2 i32.mul))"""
LIB_MIX = """(module
  (import "lib" "memory" (memory 1))
  (import "lib" "table" (table 2 funcref))
  (import "lib" "counter" (global $c (mut i32)))
  (import "lib" "twice" (func $twice (param i32) (result i32)))
  (import "host" "log" (func $log (param i32)))
  (func $plus (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (elem (i32.const 0) func $plus)
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 local.get 0 i32.store
    local.get 0 call $log
    i32.const 0 i32.load call $twice))"""

CYCLE_LIBRARY = """(module
  (table (export "objects") 2 externref)
  (global (export "counter") (mut i32) (i32.const 0)))"""
CYCLE_REQUEST = """(module
  (import "lib" "counter" (global $c (mut i32)))
  (import "host" "log" (func $log (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 local.get 0 i32.store
    i32.const 0 i32.load call $log))"""
CYCLE_EXTERNREF = """(module
  (import "lib" "objects" (table 2 externref))
  (memory (export "memory") 1)
  (func (export "keep") (param externref) i32.const 0 local.get 0 table.set 0))"""


class Handler:
    """Its bound method is a host function; refers to its instance."""

    instance = None

    def log(self, x):
        return x + (self.instance is None)

    __call__ = log


def cycle_request(kind, request, lib_exports):
    """An instance of `request` whose host function (of `kind`) refers back
    to it."""
    box = []
    if kind == "closure":
        def log(x):
            return x + (not box)
    elif kind == "lambda":
        log = lambda x: x + (not box)  # noqa: E731 - the kind under test
    elif kind == "partial":
        log = functools.partial(lambda b, x: x + (not b), box)
    else:
        h = Handler()
        log = h.log if kind == "method" else h
        box.append(h)
    r = wasmpy.Instance(request, {"lib": lib_exports, "host": {"log": log}})
    box.append(r)
    if kind in ("method", "callable"):
        box[0].instance = r
    return r


class Session:
    def __init__(self, instance):
        self.instance = instance


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

    elif name in ("lib_memory", "lib_table", "lib_global", "lib_mix"):
        lib = wasmpy.Instance(wasmpy.Module(SHARED_LIBRARY))
        lib_exports = dict(lib.exports)
        call_slot, clear_slot = lib_exports["call_slot"], lib_exports["clear_slot"]
        source = {"lib_memory": LIB_MEMORY, "lib_table": LIB_TABLE,
                  "lib_global": LIB_GLOBAL, "lib_mix": LIB_MIX}[name]
        request = wasmpy.Module(source)
        imports = {"lib": lib_exports, "host": {"log": lambda x: None}}

        def one(i):
            r = wasmpy.Instance(request, imports)
            x = i & 0xFFFF
            assert dict(r.exports)["handle"](x) == 2 * x
            if name == "lib_mix":
                assert call_slot(0, x) == x + 1  # the request's own function
                clear_slot(0)

    elif name.startswith("cycle_") and name != "cycle_externref":
        lib = wasmpy.Instance(wasmpy.Module(CYCLE_LIBRARY))
        lib_exports = dict(lib.exports)
        request = wasmpy.Module(CYCLE_REQUEST)
        kind = name.removeprefix("cycle_")

        def one(i):
            r = cycle_request(kind, request, lib_exports)
            x = i & 0xFFFF
            assert r.exports["handle"](x) == x

    elif name == "cycle_externref":
        lib = wasmpy.Instance(wasmpy.Module(CYCLE_LIBRARY))
        lib_exports = dict(lib.exports)
        request = wasmpy.Module(CYCLE_EXTERNREF)

        def one(i):
            r = wasmpy.Instance(request, {"lib": lib_exports})
            r.exports["keep"](Session(r))

    elif name == "memory":

        def one(i):
            wasmpy.Memory(160)

    elif name == "memory_shared":
        keep = wasmpy.Memory(1)

        def one(i):
            m = wasmpy.Memory(160)
            assert keep is not m

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
    p.add_argument("--only", default="asmodule,asmodule_custom,library,lib_memory,lib_table,"
                   "lib_global,lib_mix,cycle_closure,cycle_lambda,cycle_method,cycle_callable,"
                   "cycle_partial,cycle_externref,memory,memory_shared")
    p.add_argument("--bar", type=int, default=50, help="MiB of growth allowed")
    args = p.parse_args()
    ok = True
    for name in args.only.split(","):
        n = args.memory_n if name.startswith("memory") else args.n
        ok &= run(name, n, max(1, n // 10), args.bar)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
