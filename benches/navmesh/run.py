"""NavMesh: A* over a navigation mesh inside wasm, ours vs node vs wasmtime.

One AssemblyScript module (navmesh.ts, built by build.sh with asc 0.28.20
``-O3 --exportRuntime --bindings esm``; the .wasm, .d.ts and asc's ESM glue
navmesh.js committed) with the shape of pyaswasm's Path Finder: the mesh in
``StaticArray<f32>`` / ``StaticArray<i32>`` read through small accessor
methods, and one call of ``run_queries(count, seed)`` answering ``count``
shortest-path queries between random triangles inside wasm, so the time is
generated code's, not host calls'. Three engines run the same calls:

  ours      wasmpy.assemblyscript.ASModule (typed wrappers from navmesh.d.ts)
  node      run_node.mjs: navmesh.js (asc's ESM bindings), V8 default tiers,
            a child process kept for the whole run, driven over stdin
  wasmtime  the wasmtime PyPI package (Cranelift, default configuration),
            env.abort given as a host function that raises

Each engine builds the mesh (``build_mesh(34, 34, 15, seed)``: 2,312
triangles, about 1,950 walkable), makes one untimed warm-up call (1,024
queries, so V8 has tiered up the hot functions), then every round times one
call per query count per engine, the engines' order rotated each round.
Times are CPU time of the call alone: ``time.process_time()`` for the
in-process engines, ``process.cpuUsage()`` in node (whole process: V8's
background threads count). The checksums (f64, compared exactly) must agree.
Prints the load average before and after, best and median per engine, and
the ratios ours/node and ours/wasmtime (issue 15's bar: <= 0.9 for both).

Usage: python benches/navmesh/run.py [--rounds N] [--counts 16384,65536]
                                     [--only ours,node,wasmtime] [--json FILE]
Needs: wasmpy installed (pip install ./python); optional: node, and
``pip install wasmtime`` (a missing engine is reported and skipped).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import time
from typing import Callable, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
WASM = os.path.join(HERE, "navmesh.wasm")
MESH = (34, 34, 15, 12345)  # width, height, obstacle percent, seed
WARMUP = (1024, 7)  # queries, seed

# An engine: build() -> walkable triangles; run(count, seed) -> (checksum, cpu_s).
Engine = Tuple[Callable[[], int], Callable[[int, int], Tuple[float, float]]]


def timed(fn: Callable[[int, int], float]) -> Callable[[int, int], Tuple[float, float]]:
    def run(count: int, seed: int) -> Tuple[float, float]:
        t = time.process_time()
        r = fn(count, seed)
        return r, time.process_time() - t

    return run


def engine_ours() -> Engine:
    from wasmpy.assemblyscript import ASModule

    m = ASModule(WASM)
    return (lambda: m.build_mesh(*MESH)), timed(m.run_queries)


def engine_wasmtime() -> Engine:
    import wasmtime

    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, WASM)
    linker = wasmtime.Linker(engine)

    def abort(message: int, file: int, line: int, column: int) -> None:
        raise RuntimeError(f"abort at {line}:{column}")

    i32 = wasmtime.ValType.i32()
    linker.define_func("env", "abort", wasmtime.FuncType([i32] * 4, []), abort)
    inst = linker.instantiate(store, module)
    build, run = inst.exports(store)["build_mesh"], inst.exports(store)["run_queries"]
    return (lambda: build(store, *MESH)), timed(lambda c, s: run(store, c, s))


def engine_node() -> Engine:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not on PATH")
    p = subprocess.Popen([node, os.path.join(HERE, "run_node.mjs")], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(line: str) -> dict:
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(line + "\n")
        p.stdin.flush()
        reply = p.stdout.readline()
        if not reply:
            raise RuntimeError(f"node exited ({p.wait()}) on: {line}")
        return json.loads(reply)

    def run(count: int, seed: int) -> Tuple[float, float]:
        r = ask(f"run {count} {seed}")
        return r["result"], r["cpu_s"]

    return (lambda: ask("build " + " ".join(map(str, MESH)))["result"]), run


ENGINES = {"ours": engine_ours, "node": engine_node, "wasmtime": engine_wasmtime}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--counts", default="16384,65536")
    ap.add_argument("--only", default=",".join(ENGINES))
    ap.add_argument("--json", help="also write every measurement to this file")
    a = ap.parse_args()
    counts = [int(c) for c in a.counts.split(",")]
    load_before = os.getloadavg()
    engines: Dict[str, Engine] = {}
    walkable = None
    for name in a.only.split(","):
        try:
            engines[name] = ENGINES[name]()
        except (ImportError, RuntimeError, OSError) as e:
            print(f"{name}: skipped ({e})")
            continue
        n = engines[name][0]()
        if walkable is not None and n != walkable:
            raise SystemExit(f"{name}: build_mesh gave {n} walkable triangles, others {walkable}")
        walkable = n
        engines[name][1](*WARMUP)
    times: Dict[Tuple[str, int], List[float]] = {(e, c): [] for e in engines for c in counts}
    checks: Dict[int, Dict[str, float]] = {c: {} for c in counts}
    order = list(engines)
    for r in range(a.rounds):
        for count in counts:
            for name in order[r % len(order):] + order[:r % len(order)]:
                result, cpu = engines[name][1](count, 1000 + count)
                times[name, count].append(cpu)
                checks[count][name] = result
    load_after = os.getloadavg()
    for count, by_engine in checks.items():
        if len(set(by_engine.values())) > 1:
            raise SystemExit(f"checksums differ at {count} queries: {by_engine}")
    print(f"NavMesh: {MESH[0]}x{MESH[1]} cells, {2 * MESH[0] * MESH[1]} triangles"
          f" ({walkable} walkable); CPU time of one run_queries call, {a.rounds} rounds")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}"
          f" ({os.cpu_count()} CPUs)")
    print(f"{'queries':>8} {'engine':9} {'best s':>8} {'median s':>9}  checksum")
    for count in counts:
        for name in engines:
            t = times[name, count]
            print(f"{count:8} {name:9} {min(t):8.3f} {statistics.median(t):9.3f}"
                  f"  {checks[count][name]!r}")
        if "ours" in engines:
            for other in (e for e in engines if e != "ours"):
                best = min(times["ours", count]) / min(times[other, count])
                med = statistics.median(times["ours", count]) / statistics.median(times[other, count])
                print(f"{'':8} ours/{other}: {best:.3f} best, {med:.3f} median (bar: <= 0.9)")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"mesh": MESH, "walkable": walkable, "load": [load_before, load_after],
                       "times": {f"{e}/{c}": t for (e, c), t in times.items()},
                       "checksums": checks}, f, indent=1)


if __name__ == "__main__":
    main()
