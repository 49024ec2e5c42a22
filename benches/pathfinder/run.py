"""Path Finder: the same A* workload driven from Python two ways, in one run.

  typed   plain Python lists through the typed wrappers of
          wasmpy.assemblyscript (pathfinder.d.ts beside the module):
          m.load_graph(xs, ys, rows, targets), m.find_route([a, b, c]) -> list
  pinned  hand-made arrays through the pyaswasm-style API on the same
          module without declarations: p = m.pin(m.new_array(ID, xs)),
          m.find_route(p) -> pointer, m.get_array(ptr), m.unpin(p)

The graph: a W x H grid of jittered points, 8-neighbour edges, held in
StaticArray<f32> (positions) and StaticArray<i32> (compressed rows). Each
query blocks a few random nodes (set_blocked), asks a route through three
waypoints (find_route), walks the route in Python through small accessor
calls (node_x, node_y, degree, neighbor, is_blocked: about 6 per route
node) and unblocks the nodes. Both variants compute the same checksum.

Reports the CPU time (time.process_time) of each variant, best and median of
--repeat alternating runs, and the ratio typed / pinned (the issue's bar:
at most 1.05).

Usage: python benches/pathfinder/run.py [--repeat N] [--queries Q] [--size W]
Needs: the wasmpy package installed (pip install ./python).
Rebuild the module: benches/pathfinder/build.sh (asc 0.28.20).
"""

import argparse
import math
import os
import random
import statistics
import time
from typing import List, Tuple

from wasmpy.assemblyscript import ASModule

HERE = os.path.dirname(os.path.abspath(__file__))
WASM = os.path.join(HERE, "pathfinder.wasm")

Graph = Tuple[List[float], List[float], List[int], List[int]]
Query = Tuple[List[int], List[int]]


def make_graph(w: int, seed: int = 1) -> Graph:
    rnd = random.Random(seed)
    xs: List[float] = []
    ys: List[float] = []
    for j in range(w):
        for i in range(w):
            xs.append(i + rnd.uniform(-0.3, 0.3))
            ys.append(j + rnd.uniform(-0.3, 0.3))
    rows, targets = [0], []
    for j in range(w):
        for i in range(w):
            for dj in (-1, 0, 1):
                for di in (-1, 0, 1):
                    if (di or dj) and 0 <= i + di < w and 0 <= j + dj < w:
                        targets.append((j + dj) * w + i + di)
            rows.append(len(targets))
    return xs, ys, rows, targets


def make_queries(n_nodes: int, count: int, seed: int = 2) -> List[Query]:
    rnd = random.Random(seed)
    return [
        ([rnd.randrange(n_nodes) for _ in range(3)], [rnd.randrange(n_nodes) for _ in range(24)])
        for _ in range(count)
    ]


def walk(m, route) -> float:
    """The Python side of a query: reads the route back through accessors."""
    node_x, node_y, degree, neighbor, is_blocked = m.node_x, m.node_y, m.degree, m.neighbor, m.is_blocked
    total = 0.0
    prev = route[0]
    px, py = node_x(prev), node_y(prev)
    for v in route[1:]:
        x, y = node_x(v), node_y(v)
        total += math.hypot(x - px, y - py)
        if is_blocked(v):
            raise AssertionError("route through a blocked node")
        total += degree(v) * 1e-3 + neighbor(v, 0) * 1e-9
        px, py = x, y
    return total


def run_typed(graph: Graph, queries: List[Query]) -> float:
    m = ASModule(WASM)
    m.load_graph(*graph)
    check = 0.0
    for waypoints, blocked in queries:
        blocked = [b for b in blocked if b not in waypoints]
        m.set_blocked(blocked, True)
        route = m.find_route(waypoints)
        if route:
            check += walk(m, route) + m.last_length() + len(route)
        m.set_blocked(blocked, False)
    return check


def run_pinned(graph: Graph, queries: List[Query]) -> float:
    with open(WASM, "rb") as f:
        m = ASModule(f.read())  # bytes: no declarations, the raw API
    f32, i32 = m.StaticArrayF32_ID, m.StaticArrayI32_ID
    arrays = [m.pin(m.new_array(t, v)) for t, v in zip((f32, f32, i32, i32), graph)]
    m.load_graph(*arrays)
    check = 0.0
    for waypoints, blocked in queries:
        blocked = [b for b in blocked if b not in waypoints]
        b = m.pin(m.new_array(i32, blocked))
        m.set_blocked(b, 1)
        w = m.pin(m.new_array(i32, waypoints))
        route = m.get_array(m.find_route(w))
        m.unpin(w)
        if route:
            check += walk(m, route) + m.last_length() + len(route)
        m.set_blocked(b, 0)
        m.unpin(b)
    for p in arrays:
        m.unpin(p)
    return check


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--size", type=int, default=64, help="grid width and height (nodes)")
    a = ap.parse_args()
    graph = make_graph(a.size)
    queries = make_queries(len(graph[0]), a.queries)
    times = {"typed": [], "pinned": []}
    checks = {}
    for _ in range(a.repeat):
        for name, fn in (("pinned", run_pinned), ("typed", run_typed)):
            t = time.process_time()
            checks[name] = fn(graph, queries)
            times[name].append(time.process_time() - t)
    if not math.isclose(checks["typed"], checks["pinned"], rel_tol=1e-12):
        raise SystemExit(f"checksums differ: {checks}")
    print(f"Path Finder: {a.size}x{a.size} grid ({len(graph[0])} nodes, {len(graph[3])} edges),"
          f" {a.queries} queries of 3 waypoints, checksum {checks['typed']:.6f}")
    print(f"{'variant':8} {'best s':>8} {'median s':>9}  (CPU time, {a.repeat} runs)")
    for name in ("pinned", "typed"):
        print(f"{name:8} {min(times[name]):8.3f} {statistics.median(times[name]):9.3f}")
    best = min(times["typed"]) / min(times["pinned"])
    med = statistics.median(times["typed"]) / statistics.median(times["pinned"])
    print(f"typed / pinned: {best:.3f} (best), {med:.3f} (median); bar: <= 1.05")


if __name__ == "__main__":
    main()
