"""10^5 typed calls of every kind on asm-tests' typed.wasm (asc 0.28.20):
after them nothing stays pinned and neither the module's linear memory nor
the process grows (the issue's bar).

Each round calls, through the typed wrappers, exports taking and returning
strings, Array<string>, Array<Array<i32>>, a record with a string field,
StaticArray<string>, ArrayBuffer, Float64Array and a class reference
(aborts are left out: each one that unwinds an AS function leaves the AS
shadow stack pointer where that function moved it, so a few thousand per
instance overflow it; see wasmpy._astyped). Prints, after the warm-up
(10^3 rounds) and after every further 2 x 10^4 rounds: pins held, linear
memory size (bytes) and the process's resident set (kB, /proc/self/statm),
then the CPU time per round.

Usage: python benches/python/as_typed_calls.py [--rounds N]
Needs: the wasmpy package installed (pip install ./python).
"""

import argparse
import gc
import os
import time

from wasmpy.assemblyscript import ASModule

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "..", "..", "asm-tests", "build", "0.28.20", "release", "typed.wasm")


def rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=100_000)
    a = ap.parse_args()
    m = ASModule(TYPED)
    item = {"tag": 1, "weight": 1.0, "name": "n", "count": 1, "ok": False}

    def round_() -> None:
        assert m.greet("abc") == "Hello, abc!"
        assert m.join_words(["a", "b"]) == "a+b"
        assert m.transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]
        assert m.describe_item(item) == "n#1:1.0x1"
        assert m.static_strings(["x"]) == ["X"]
        assert m.tail_bytes(b"123") == b"23"
        assert list(m.scale_float64([1.0, 2.0], 2.0)) == [2.0, 4.0]
        assert m.bump(m.new_counter(1)) == 2

    for _ in range(1000):
        round_()
    gc.collect()
    print(f"{'rounds':>8} {'pins':>5} {'memory B':>10} {'RSS kB':>8}")
    print(f"{1000:8} {len(m.runtime.pinned()):5} {len(m.memory):10} {rss_kb():8}")
    t = time.process_time()
    done = 0
    while done < a.rounds:
        for _ in range(min(20_000, a.rounds - done)):
            round_()
        done += min(20_000, a.rounds - done)
        gc.collect()
        print(f"{1000 + done:8} {len(m.runtime.pinned()):5} {len(m.memory):10} {rss_kb():8}")
    cpu = time.process_time() - t
    print(f"{a.rounds} rounds of 9 calls: {cpu:.2f} s CPU, {cpu / a.rounds * 1e6:.1f} us per round")


if __name__ == "__main__":
    main()
