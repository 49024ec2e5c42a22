"""Reference arguments and results of a call stay alive for the whole call
(issue 12): a funcref or externref made for the call (a Python object or
function new to the store) and a reference result nothing else in the store
refers to are roots of the store from their conversion until the call's
results are Python objects, so a collection in between (Python's GC run by
another argument's conversion, another thread collecting in a loop) frees
none of them."""

import gc
import threading

import pytest

import wasmpy

MODULE = """(module
  (table $t 2 funcref)
  (func (export "pass") (param externref i32 externref) (result externref externref i32)
    local.get 0 local.get 2 local.get 1)
  (func (export "call") (param funcref i32) (result i32)
    local.get 1 i32.const 0 local.get 0 table.set $t
    i32.const 0 call_indirect $t (param i32) (result i32)
    i32.const 0 ref.null func table.set $t)
  ;; Takes two functions and gives them back, keeping no reference to them.
  (func (export "swap") (param funcref funcref) (result funcref funcref i32)
    local.get 1 local.get 0 i32.const 7))"""


class Collecting:
    """An integer argument whose conversion runs Python's GC (which collects
    the store: wasmpy collects stores used since the last collection)."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        gc.collect()
        return self.n


class Thing:
    pass


@pytest.fixture
def inst():
    return wasmpy.Instance(wasmpy.Module(MODULE))


def test_externref_arguments_survive_a_collection_during_conversion(inst):
    f = inst.exports["pass"]
    for n in range(50):
        a, b = Thing(), Thing()
        ra, rb, rn = f(a, Collecting(n), b)
        assert (ra, rb, rn) == (a, b, n)


def test_funcref_arguments_survive_a_collection_during_conversion(inst):
    for n in range(50):
        g = wasmpy.Func(lambda x, n=n: x + n, (["i32"], ["i32"]))
        assert inst.exports["call"](g, Collecting(n)) == 2 * n


def test_funcref_results_survive_the_collections_their_conversion_runs(inst):
    old = gc.get_threshold()
    gc.set_threshold(1)  # a collection at (almost) every allocation
    try:
        for n in range(30):
            g = wasmpy.Func(lambda x, n=n: x + n, (["i32"], ["i32"]))
            h = wasmpy.Func(lambda x, n=n: x - n, (["i32"], ["i32"]))
            a, b, seven = inst.exports["swap"](g, h)
            assert seven == 7
            assert (a(100), b(100)) == (100 - n, 100 + n)
    finally:
        gc.set_threshold(*old)


def test_calls_with_fresh_references_while_another_thread_collects(inst):
    stop = threading.Event()
    errors = []

    def collector():
        while not stop.is_set():
            gc.collect()

    t = threading.Thread(target=collector)
    t.start()
    try:
        f = inst.exports["pass"]
        for n in range(3000):
            a, b = Thing(), Thing()
            try:
                ra, rb, rn = f(a, n, b)
                assert (ra, rb, rn) == (a, b, n)
                g = wasmpy.Func(lambda x, n=n: x + n, (["i32"], ["i32"]))
                assert inst.exports["call"](g, n) == 2 * n
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)
                break
    finally:
        stop.set()
        t.join()
    assert errors == []
