"""Every allocation a module can cause is fallible and bounded (issue 12,
cases 4 and 5)."""

import struct

import pytest

import wasmpy
from child import assert_ok, run_child


def test_many_tables_cannot_add_up_past_the_store_budget():
    # 30 tables of 10^7 elements: each within max_table_elements, 2.4 GB
    # together, more than the default 2 GiB budget of a store.
    tables = " ".join("(table 10000000 funcref)" for _ in range(30))
    with pytest.raises(MemoryError, match="max_store_bytes"):
        wasmpy.Instance(wasmpy.Module(f"(module {tables})"))
    # With a smaller budget, fewer do not fit either; enough budget lets
    # them be created.
    small = wasmpy.Limits(max_store_bytes=100 << 20)
    with pytest.raises(MemoryError):
        wasmpy.Instance(wasmpy.Module("(module (table 10000000 funcref) (table 10000000 funcref))"), limits=small)
    wasmpy.Instance(wasmpy.Module("(module (table 10000000 funcref))"), limits=small)


def test_growth_past_the_budget_returns_minus_one():
    limits = wasmpy.Limits(max_store_bytes=3 * 65536 + 8 * 10)
    m = wasmpy.Instance(
        wasmpy.Module(
            '(module (memory (export "mem") 1) (table (export "t") 10 funcref)'
            ' (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)'
            ' (func (export "tgrow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))'
        ),
        limits=limits,
    )
    e = dict(m.exports)
    assert e["grow"](3) == -1
    assert e["grow"](2) == 1
    assert e["grow"](1) == -1
    assert e["tgrow"](1) == -1
    assert limits.max_store_bytes == 3 * 65536 + 80


UNDER_RLIMIT = r"""
import resource, wasmpy
def vm_size():
    for line in open("/proc/self/status"):
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
# Warm up the engine and the timer thread first, then cap the address space.
wasmpy.Instance(wasmpy.Module("(module (table 1 funcref))"))
cap = vm_size() + (512 << 20)
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
big = wasmpy.Limits(max_table_elements=2**32 - 1, max_store_bytes=2**40)
out = []
try:
    wasmpy.Instance(wasmpy.Module("(module (table 1000000000 funcref))"), limits=big)
    out.append("created")
except MemoryError:
    out.append("MemoryError")
m = dict(wasmpy.Instance(wasmpy.Module(
    '(module (table 1 funcref) (func (export "f"))'
    ' (elem declare func 0)'
    ' (func (export "grow") (param i32) (result i32) ref.func 0 local.get 0 table.grow 0))'),
    limits=big).exports)
out.append(m["grow"](200_000_000))   # 1.6 GB of non-null elements
# Default limits: tables up to the budget, each allocation may fail.
keep = []
try:
    for i in range(40):
        keep.append(wasmpy.Instance(wasmpy.Module("(module (table 10000000 funcref))")))
    out.append("all")
except MemoryError:
    out.append("MemoryError")
try:
    wasmpy.Instance(wasmpy.Module("(module (memory 1))"))
    out.append("memory")
except MemoryError:
    out.append("MemoryError")
print(out)
"""


def test_allocation_failures_under_rlimit_as_are_errors_not_aborts():
    resource = pytest.importorskip("resource")
    proc = run_child(UNDER_RLIMIT, timeout=120)
    assert_ok(proc)
    out = eval(proc.stdout)
    assert out[0] == "MemoryError"
    assert out[1] == -1
    assert out[2] == "MemoryError"
    # An 8 GiB memory reservation does not fit under the cap either (a
    # 32-bit process, with explicit bounds checks, reserves 16 MiB: it fits).
    assert out[3] == ("MemoryError" if struct.calcsize("P") == 8 else "memory")
