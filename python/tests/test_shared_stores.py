"""Instances that share a store with a long-lived one (they import its
memory, table or global) are freed when nothing refers to them any more,
and everything a reference from Python (or from the long-lived instance's
tables and globals) still reaches keeps working (issue 12, case 2).

``wasmpy._native._store_stats(obj)`` gives the number of live engine
objects in ``obj``'s store and the bytes its memories and tables take."""

import gc
import weakref

import pytest

import wasmpy
from wasmpy import _native

LIBRARY = """(module
  (memory (export "memory") 1)
  (table (export "table") 2 funcref)
  (global (export "counter") (mut i32) (i32.const 0))
  (global (export "hook") (mut funcref) (ref.null func))
  (type $t (func (param i32) (result i32)))
  (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (func (export "call_slot") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $t))
  (func (export "call_hook") (param i32) (result i32)
    i32.const 0 global.get 1 table.set 0
    local.get 0 i32.const 0 call_indirect (type $t))
  (func (export "clear_slot") (param i32) local.get 0 ref.null func table.set 0))"""

# A request imports all of the library and a Python function.
REQUEST = """(module
  (import "lib" "memory" (memory 1))
  (import "lib" "table" (table 2 funcref))
  (import "lib" "counter" (global $c (mut i32)))
  (import "lib" "twice" (func $twice (param i32) (result i32)))
  (import "host" "log" (func $log (param i32)))
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 local.get 0 i32.store
    local.get 0 call $log
    i32.const 0 i32.load call $twice))"""

# Puts its own function in slot 1 of the library's table.
PLUGIN = """(module
  (import "lib" "table" (table 2 funcref))
  (func $plus1 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (elem (i32.const 1) func $plus1)
  (func (export "plus1") (param i32) (result i32) local.get 0 call $plus1))"""


@pytest.fixture
def lib():
    return wasmpy.Instance(wasmpy.Module(LIBRARY))


def stats(obj):
    return _native._store_stats(obj)


def request(lib, log=lambda x: None):
    return wasmpy.Instance(wasmpy.Module(REQUEST), {"lib": lib.exports, "host": {"log": log}})


def test_per_request_instances_importing_memory_table_global_are_freed(lib):
    module = wasmpy.Module(REQUEST)
    seen = []
    imports = {"lib": lib.exports, "host": {"log": seen.append}}
    wasmpy.Instance(module, imports).exports["handle"](1)
    before = stats(lib)
    for i in range(500):
        r = wasmpy.Instance(module, imports)
        assert r.exports["handle"](i) == 2 * i
        del r
    assert stats(lib) == before
    assert lib.exports["counter"].value == 501
    assert seen[-1] == 499
    assert lib.exports["memory"].read(0, 4) == (499).to_bytes(4, "little")


def test_an_instance_kept_only_by_a_funcref_in_a_table_stays_until_cleared(lib):
    baseline = stats(lib)
    plugin = wasmpy.Instance(wasmpy.Module(PLUGIN), {"lib": lib.exports})
    alive = stats(lib)
    del plugin
    gc.collect()
    request(lib).exports["handle"](1)  # another instance made and dropped
    assert stats(lib) == alive
    assert lib.exports["call_slot"](1, 41) == 42
    lib.exports["clear_slot"](1)
    request(lib)  # the next collection frees the plugin
    assert stats(lib) == baseline


def test_an_exported_function_kept_from_python_keeps_its_instance(lib):
    plus1 = wasmpy.Instance(wasmpy.Module(PLUGIN), {"lib": lib.exports}).exports["plus1"]
    lib.exports["clear_slot"](1)
    for _ in range(20):
        request(lib)
    gc.collect()
    assert plus1(9) == 10


def test_the_library_objects_kept_from_python_outlive_the_library_instance():
    lib = wasmpy.Instance(wasmpy.Module(LIBRARY))
    table, memory, call_slot = lib.exports["table"], lib.exports["memory"], lib.exports["call_slot"]
    wasmpy.Instance(wasmpy.Module(PLUGIN), {"lib": lib.exports})
    del lib
    gc.collect()
    memory.write(0, b"\x07")
    assert call_slot(1, 1) == 2
    assert table[1](5) == 6
    assert memory.read(0, 1) == b"\x07"


class Callback:
    """A host callable whose lifetime the tests watch."""

    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


def test_python_functions_stored_in_a_table_or_global_are_freed_when_replaced(lib):
    table, hook = lib.exports["table"], lib.exports["hook"]
    ty = (["i32"], ["i32"])
    table[0] = wasmpy.Func(Callback(0), ty)
    hook.value = wasmpy.Func(Callback(0), ty)
    before = stats(lib)
    refs = []
    for i in range(200):
        cb = Callback(i)
        refs.append(weakref.ref(cb))
        table[0] = wasmpy.Func(cb, ty)
        assert lib.exports["call_slot"](0, 1) == 1 + i
        hook.value = wasmpy.Func(Callback(2 * i), ty)
        assert lib.exports["call_hook"](1) == 1 + 2 * i
        del cb
    table[0] = None
    hook.value = None
    request(lib)  # a collection
    gc.collect()
    assert stats(lib)[0] <= before[0]
    assert sum(r() is not None for r in refs) == 0


def test_a_memory_made_from_python_is_freed_while_another_lives():
    keep = wasmpy.Memory(1)
    wasmpy.Memory(160)
    before = stats(keep)
    for _ in range(50):
        m = wasmpy.Memory(160)
        assert stats(m)[1] == before[1] + 160 * 65536
        del m
    assert stats(keep) == before


def test_cycles_between_shared_store_instances_without_python_references_are_freed(lib):
    # Two plugins, each in the other's reach through the library's table.
    baseline = stats(lib)
    for _ in range(20):
        a = wasmpy.Instance(wasmpy.Module(PLUGIN), {"lib": lib.exports})
        b = wasmpy.Instance(wasmpy.Module(PLUGIN), {"lib": lib.exports})
        assert a.exports["plus1"](1) == b.exports["plus1"](1) == 2
        del a, b
    lib.exports["clear_slot"](1)
    request(lib)
    assert stats(lib) == baseline
