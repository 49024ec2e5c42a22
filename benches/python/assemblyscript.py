"""Benchmark of wasmpy.assemblyscript transfers against plain memory copies,
in one run (the issue's bar: each at most 3x its copy baseline).

Measures (median and best of --repeat runs; milliseconds):
  - get_string of a 1 MiB string (2^19 UTF-16 code units, built in the module
    by String#repeat), ASCII, Latin-1 and CJK text, with three decoders:
      get_string        the native path: Latin-1 text (every unit < U+0100)
                        narrowed with SSE2 then copied by CPython's ASCII or
                        Latin-1 decoder; other text by CPython's UTF-16 codec,
                        both straight from linear memory
      string_bytes      copy the UTF-16 bytes out, decode with bytes.decode
      get_string_utf8   the Rust decoder of as-runtime, then a str from UTF-8
    against `bytes(memoryview(memory)[p:p + 1 MiB])` (copying the same bytes);
  - new_array(Float64Array_ID, values) of 10^6 f64 values, from an
    array.array('d') (byte copy), a numpy array (if numpy is installed) and a
    list of floats, against `bytes(memoryview(values))` (copying the 8 MB).
    A collection runs (untimed) before each allocation, so each reuses freed
    memory instead of growing it.

Usage: python benches/python/assemblyscript.py [--repeat N]
Needs: the wasmpy package installed (pip install ./python).
"""

import argparse
import array
import os
import statistics
import time
from typing import Callable, List, Optional, Tuple

from wasmpy.assemblyscript import ASModule

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "..", "..", "asm-tests", "build", "0.28.20", "release")
MIB = 1 << 20
N = 1_000_000


def measure(fn: Callable[[], object], repeat: int, before: Optional[Callable[[], None]] = None) -> Tuple[float, float]:
    """(median, best) wall time of fn() in seconds over `repeat` runs after
    two warm-up runs; `before` runs untimed before each."""
    times: List[float] = []
    for i in range(repeat + 2):
        if before is not None:
            before()
        t = time.perf_counter()
        fn()
        dt = time.perf_counter() - t
        if i >= 2:
            times.append(dt)
    return statistics.median(times), min(times)


def report(what: str, t: Tuple[float, float], base: Tuple[float, float]) -> float:
    ratio = t[0] / base[0]
    print(
        f"  {what:<44} median {t[0] * 1e3:8.3f} ms (best {t[1] * 1e3:7.3f})"
        f"   ratio to copy: median {ratio:5.2f}x, best {t[1] / base[1]:5.2f}x"
    )
    return ratio


def bench_strings(repeat: int) -> List[Tuple[str, float]]:
    m = ASModule(os.path.join(BUILD, "strings.wasm"))
    rt = m.runtime
    ratios = []
    for label, unit in (("ASCII", "ab"), ("Latin-1", "éa"), ("CJK", "世a")):
        u = m.pin(m.new_string(unit))
        big = m.pin(m.repeat_string(u, 1 << 18))
        nbytes = len(rt.string_bytes(big))
        assert nbytes == MIB, nbytes
        assert m.get_string(big) == unit * (1 << 18)
        mem = memoryview(m.memory)  # taken after the memory grew
        assert len(mem[big : big + MIB]) == MIB
        base = measure(lambda: bytes(mem[big : big + MIB]), repeat)
        print(f"get_string, 1 MiB {label}:")
        print(f"  {'copy: bytes(memoryview[p:p + 1 MiB])':<44} median {base[0] * 1e3:8.3f} ms (best {base[1] * 1e3:7.3f})")
        ratios.append((f"get_string 1 MiB {label}", report("get_string (native)", measure(lambda: m.get_string(big), repeat), base)))
        report("string_bytes + bytes.decode", measure(lambda: rt.string_bytes(big).decode("utf-16-le", "surrogatepass"), repeat), base)
        report("get_string_utf8 (Rust decoder)", measure(lambda: rt.get_string_utf8(big), repeat), base)
        m.unpin(big)
        m.unpin(u)
    return ratios


def bench_arrays(repeat: int) -> List[Tuple[str, float]]:
    m = ASModule(os.path.join(BUILD, "arrays.wasm"))
    fid = m.Float64Array_ID
    values = [i * 0.5 - 7.0 for i in range(N)]
    arr = array.array("d", values)
    ptr = m.new_array(fid, arr)
    assert m.get_array(ptr)[:3] == values[:3] and m.get_array(ptr)[-1] == values[-1]
    base = measure(lambda: bytes(memoryview(arr)), repeat)
    print("new_array Float64Array, 10^6 f64:")
    print(f"  {'copy: bytes(memoryview(values)), 8 MB':<44} median {base[0] * 1e3:8.3f} ms (best {base[1] * 1e3:7.3f})")
    ratios = [("new_array 10^6 f64 (array.array)", report("from array.array('d') (byte copy)", measure(lambda: m.new_array(fid, arr), repeat, m.collect), base))]
    try:
        import numpy
    except ImportError:
        numpy = None
    if numpy is not None:
        nd = numpy.array(values, dtype=numpy.float64)
        ratios.append(("new_array 10^6 f64 (numpy)", report("from numpy.float64 array (byte copy)", measure(lambda: m.new_array(fid, nd), repeat, m.collect), base)))
    report("from a list of floats (converted)", measure(lambda: m.new_array(fid, values), repeat, m.collect), base)
    return ratios


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=21)
    args = ap.parse_args()
    ratios = bench_strings(args.repeat) + bench_arrays(args.repeat)
    print("\nbar (median ratio <= 3x):")
    ok = True
    for what, r in ratios:
        print(f"  {what:<40} {r:5.2f}x  {'ok' if r <= 3 else 'OVER'}")
        ok = ok and r <= 3
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
