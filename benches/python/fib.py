"""Benchmark: wasmpy against the `wasmtime` PyPI package, in one run.

Measures (best of N runs each):
  - recursive fib(30) on i32, entirely inside wasm (compiled code quality);
  - one call of add(i32, i32) from Python (the cost of crossing the boundary).

Usage: python benches/python/fib.py [--repeat N]
Needs: pip install ./python wasmtime   (wasmtime is optional: skipped if absent)
"""

import argparse
import time
import timeit

import wasmpy

WAT = """(module
  (func $fib (export "fib") (param $n i32) (result i32)
    local.get $n i32.const 2 i32.lt_s
    if (result i32)
      local.get $n
    else
      local.get $n i32.const 1 i32.sub call $fib
      local.get $n i32.const 2 i32.sub call $fib
      i32.add
    end)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add))
"""

FIB_N = 30
FIB_30 = 832040
CALLS = 200_000


def best_time(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def per_call_ns(stmt, env, repeat):
    """Nanoseconds per execution of ``stmt`` (a call expression), best of ``repeat``."""
    return min(timeit.repeat(stmt, globals=env, number=CALLS, repeat=repeat)) / CALLS * 1e9


def bench_wasmpy(repeat):
    exports = dict(wasmpy.Instance(wasmpy.Module(WAT)).exports)
    fib, add = exports["fib"], exports["add"]
    assert fib(FIB_N) == FIB_30 and add(2, 3) == 5
    return best_time(lambda: fib(FIB_N), repeat), per_call_ns("add(1, 2)", {"add": add}, repeat)


def bench_wasmtime(repeat):
    try:
        import wasmtime
    except ImportError:
        return None
    store = wasmtime.Store()
    module = wasmtime.Module(store.engine, WAT)
    exports = wasmtime.Instance(store, module, []).exports(store)
    fib, add = exports["fib"], exports["add"]
    assert fib(store, FIB_N) == FIB_30 and add(store, 2, 3) == 5
    return (
        best_time(lambda: fib(store, FIB_N), repeat),
        per_call_ns("add(store, 1, 2)", {"add": add, "store": store}, repeat),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (best is kept)")
    args = parser.parse_args()

    ours = bench_wasmpy(args.repeat)
    theirs = bench_wasmtime(args.repeat)
    print(f"fib({FIB_N}), best of {args.repeat}:")
    print(f"  wasmpy   {ours[0] * 1e3:8.2f} ms")
    if theirs:
        print(f"  wasmtime {theirs[0] * 1e3:8.2f} ms")
        print(f"  ratio wasmpy/wasmtime: {ours[0] / theirs[0]:.2f}x")
    print(f"one call of add(i32, i32) from Python, best of {args.repeat} x {CALLS} calls:")
    print(f"  wasmpy   {ours[1]:8.0f} ns")
    if theirs:
        print(f"  wasmtime {theirs[1]:8.0f} ns")
        print(f"  ratio wasmpy/wasmtime: {ours[1] / theirs[1]:.3f}x")
    else:
        print("(wasmtime not installed: pip install wasmtime to compare)")


if __name__ == "__main__":
    main()
