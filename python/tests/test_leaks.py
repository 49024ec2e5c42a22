"""No Python object (or native memory) is leaked per call: 10**6 calls
leave the process's resident set size flat."""

import gc
import sys

import pytest

import wasmpy

WAT = """(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "pair") (param i64) (result i64 f64) local.get 0 f64.const 1.5)
  (func (export "host_loop") (param i32) (local i32)
    (loop $l
      local.get 0 call $f drop
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)))
"""


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_million_calls_leave_rss_flat():
    inst = wasmpy.Instance(wasmpy.Module(WAT), {"env": {"f": lambda x: x + 1}})
    e = dict(inst.exports)
    add, pair, host_loop = e["add"], e["pair"], e["host_loop"]

    def run(n):
        for i in range(n):
            add(i, 2)
        for i in range(n // 10):
            pair(i)
        host_loop(n)

    run(100_000)  # warm up allocator pools and caches
    gc.collect()
    before_rss, before_objs = rss_bytes(), len(gc.get_objects())
    run(1_000_000)
    gc.collect()
    after_rss, after_objs = rss_bytes(), len(gc.get_objects())
    # A leak of one small object per call would be tens of MiB.
    assert after_rss - before_rss < 2 * 1024 * 1024, (before_rss, after_rss)
    assert after_objs - before_objs < 100, (before_objs, after_objs)
