"""Benchmark of the Python API: wasmpy against the `wasmtime` PyPI package,
in one run, on the same machine.

Measures (best of --repeat runs each; nanoseconds of this thread's CPU time
per operation, `time.thread_time`):
  - py->wasm:  calling an exported add(i32, i32) from Python (the engine
               knows it returns quickly, so the GIL is kept), and the same
               with an empty loop in it (`add_loop`: the GIL stays held
               and the call is registered for hand-overs, as every
               function that may run long, see crates/wasmpy-ext/src/gil.rs);
  - wasm->py:  one call of a Python host function from wasm (a wasm loop
               calls an imported `f(i32) -> i32` N times; per call; the
               GIL is held, so the call takes no GIL hand-over);
  - copy in / copy out of 1 MiB of linear memory, against the reference
    `bytes(memoryview(...))` of the same size (wasmpy: `memory.write` /
    `memory.read`, and memoryview slicing; wasmtime: `Memory.write` /
    `Memory.read`).
Also prints `operator.add(1, 2)` as the floor of any Python call.

Usage: python benches/python/api.py [--repeat N]
Needs: pip install ./python wasmtime   (wasmtime is optional: skipped if absent)
"""

import argparse
import operator
import os
import sys
import time
import timeit

import wasmpy

WAT = """(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (memory (export "memory") 32)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "add_loop") (param i32 i32) (result i32)
    (loop) local.get 0 local.get 1 i32.add)
  (func (export "host_loop") (param i32) (local i32)
    (loop $l
      local.get 0 call $f drop
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)))
"""

CALLS = 20_000
HOST_CALLS = 20_000
MIB = 1 << 20


def ns(stmt, env, number, repeat):
    """Nanoseconds per execution of ``stmt``, best of ``repeat``."""
    runs = timeit.repeat(stmt, globals=env, number=number, repeat=repeat, timer=time.thread_time)
    return min(runs) / number * 1e9


def bench_wasmpy(repeat):
    inst = wasmpy.Instance(wasmpy.Module(WAT), {"env": {"f": lambda x: x}})
    e = dict(inst.exports)
    mem = e["memory"]
    data = bytes(range(256)) * (MIB // 256)
    env = {"add": e["add"], "add_loop": e["add_loop"], "loop": e["host_loop"], "mem": mem, "data": data, "MIB": MIB,
           "mv": memoryview(mem)}
    return {
        "py->wasm add(i32,i32)": ns("add(1, 2)", env, CALLS, repeat),
        "py->wasm add with a loop (hand-overs)": ns("add_loop(1, 2)", env, CALLS, repeat),
        "wasm->py host call": ns(f"loop({HOST_CALLS})", env, 1, repeat) / HOST_CALLS,
        "copy 1 MiB in (write)": ns("mem.write(0, data)", env, 50, repeat),
        "copy 1 MiB in (memoryview slice)": ns("mv[0:MIB] = data", env, 50, repeat),
        "copy 1 MiB out (read)": ns("mem.read(0, MIB)", env, 50, repeat),
        "copy 1 MiB out (bytes(view))": ns("bytes(mv[0:MIB])", env, 50, repeat),
    }


def bench_wasmtime(repeat):
    try:
        import wasmtime
    except ImportError:
        return None
    store = wasmtime.Store()
    module = wasmtime.Module(store.engine, WAT)
    f = wasmtime.Func(
        store, wasmtime.FuncType([wasmtime.ValType.i32()], [wasmtime.ValType.i32()]), lambda x: x
    )
    inst = wasmtime.Instance(store, module, [f])
    ex = inst.exports(store)
    add, loop, mem = ex["add"], ex["host_loop"], ex["memory"]
    data = bytes(range(256)) * (MIB // 256)
    env = {"add": add, "loop": loop, "mem": mem, "store": store, "data": data, "MIB": MIB}
    return {
        "py->wasm add(i32,i32)": ns("add(store, 1, 2)", env, CALLS // 10, repeat),
        "wasm->py host call": ns(f"loop(store, {HOST_CALLS})", env, 1, repeat) / HOST_CALLS,
        "copy 1 MiB in (write)": ns("mem.write(store, data, 0)", env, 50, repeat),
        "copy 1 MiB out (read)": ns("mem.read(store, 0, MIB)", env, 50, repeat),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    floor = ns("oa(1, 2)", {"oa": operator.add}, CALLS, args.repeat)
    ref = bytearray(MIB)
    ref_copy = ns("bytes(memoryview(ref))", {"ref": ref}, 50, args.repeat)
    ours = bench_wasmpy(args.repeat)
    theirs = bench_wasmtime(args.repeat)
    print(f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    print(f"{'measurement':36} {'wasmpy':>12} {'wasmtime':>12}")
    for name, value in ours.items():
        other = theirs.get(name) if theirs else None
        other_s = f"{other:12.0f}" if other is not None else f"{'-':>12}"
        print(f"{name:36} {value:12.0f} {other_s}   ns")
    print(f"{'operator.add(1, 2) (floor)':36} {floor:12.0f}")
    print(f"{'bytes(memoryview(1 MiB)) (reference)':36} {ref_copy:12.0f}")
    if theirs is None:
        print("(wasmtime not installed: pip install wasmtime)")


if __name__ == "__main__":
    main()
