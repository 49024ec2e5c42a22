"""Cycles that run through a *shared* store are collected (issue 12, case 1
with case 2): an instance that joins a long-lived library's store and whose
host function (a closure, lambda, bound method, object with ``__call__`` or
``functools.partial``) or externref (a Python object in the library's
table or global) refers back to it is freed by Python's cyclic GC, although
the store itself lives on; and whatever another live instance of the store
still reaches stays valid.

``wasmpy._native._store_stats(obj)`` gives the number of live engine
objects in ``obj``'s store and the bytes its memories and tables take."""

import functools
import gc
import threading
import weakref

import pytest
from child import assert_ok, run_child

import wasmpy
from wasmpy import _native

LIBRARY = """(module
  (memory (export "memory") 1)
  (table (export "table") 2 funcref)
  (table (export "objects") 2 externref)
  (global (export "counter") (mut i32) (i32.const 0))
  (global (export "obj") (mut externref) (ref.null extern))
  (type $t (func (param i32) (result i32)))
  (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (func (export "call_slot") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $t))
  (func (export "clear_slot") (param i32) local.get 0 ref.null func table.set 0))"""

# Joins the library's store (imports its memory) and calls a Python function.
REQUEST = """(module
  (import "lib" "memory" (memory 1))
  (import "lib" "counter" (global $c (mut i32)))
  (import "host" "log" (func $log (param i32) (result i32)))
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 local.get 0 i32.store
    local.get 0 call $log))"""

# Also puts its host function in slot 1 of the library's table.
PLUGIN = """(module
  (import "lib" "memory" (memory 1))
  (import "lib" "table" (table 2 funcref))
  (import "host" "log" (func $log (param i32) (result i32)))
  (elem (i32.const 1) func $log)
  (func (export "handle") (param i32) (result i32) local.get 0 call $log))"""

# Puts an externref it is given into the library's table and global.
HOLDER = """(module
  (import "lib" "memory" (memory 1))
  (import "lib" "objects" (table 2 externref))
  (import "lib" "obj" (global $g (mut externref)))
  (func (export "keep") (param externref)
    i32.const 0 local.get 0 table.set 0
    local.get 0 global.set $g)
  (func (export "forget")
    i32.const 0 ref.null extern table.set 0
    ref.null extern global.set $g))"""


@pytest.fixture(scope="module")
def modules():
    return {name: wasmpy.Module(src) for name, src in
            [("lib", LIBRARY), ("request", REQUEST), ("plugin", PLUGIN), ("holder", HOLDER)]}


@pytest.fixture
def lib(modules):
    return wasmpy.Instance(modules["lib"])


def stats(obj):
    return _native._store_stats(obj)


class Marker:
    """Part of each cycle, so that a weak reference tells whether the cycle
    was collected (instances take no weak references)."""


class Handler:
    """A request handler whose bound method is the host function."""

    def __init__(self):
        self.instance = None
        self.marker = Marker()

    def log(self, x):
        return x + (self.instance is not None)


class Callable:
    def __init__(self):
        self.instance = None
        self.marker = Marker()

    def __call__(self, x):
        return x + (self.instance is not None)


# Each makes an instance of `module` whose host function refers back to it
# (and to a `Marker`); returns both.


def _closure_request(lib, module):
    box = {"marker": Marker()}

    def log(x):
        return x + (box["i"] is not None)

    box["i"] = wasmpy.Instance(module, {"lib": lib.exports, "host": {"log": log}})
    return box["i"], box["marker"]


def _lambda_request(lib, module):
    box = [Marker()]
    i = wasmpy.Instance(module, {"lib": lib.exports, "host": {"log": lambda x: x + len(box) - 1}})
    box.append(i)
    return i, box[0]


def _method_request(lib, module):
    h = Handler()
    h.instance = wasmpy.Instance(module, {"lib": lib.exports, "host": {"log": h.log}})
    return h.instance, h.marker


def _callable_request(lib, module):
    c = Callable()
    c.instance = wasmpy.Instance(module, {"lib": lib.exports, "host": {"log": c}})
    return c.instance, c.marker


def _partial_request(lib, module):
    box = [Marker()]
    log = functools.partial(lambda b, x: x + len(b) - 1, box)
    i = wasmpy.Instance(module, {"lib": lib.exports, "host": {"log": log}})
    box.append(i)
    return i, box[0]


REQUESTS = {
    "closure": _closure_request,
    "lambda": _lambda_request,
    "bound method": _method_request,
    "__call__": _callable_request,
    "functools.partial": _partial_request,
}


@pytest.mark.parametrize("kind", list(REQUESTS))
def test_a_request_whose_host_function_refers_back_is_collected_while_the_store_lives(lib, modules, kind):
    make = REQUESTS[kind]
    make(lib, modules["request"])[0].exports["handle"](1)
    gc.collect()
    before = stats(lib)
    refs = []
    for n in range(200):
        r, marker = make(lib, modules["request"])
        assert r.exports["handle"](n) == n + 1
        refs.append(weakref.ref(marker))
        del r, marker
    gc.collect()
    assert sum(ref() is not None for ref in refs) == 0
    # The next release collects the store: the requests' objects are gone.
    wasmpy.Instance(modules["request"], {"lib": lib.exports, "host": {"log": abs}})
    assert stats(lib) == before
    assert lib.exports["counter"].value == 201


def test_collected_without_an_explicit_gc_collect(lib, modules):
    # The automatic collections (generation 0 first) find the cycles too.
    module = modules["request"]
    before = None
    for n in range(3000):
        r, _ = _closure_request(lib, module)
        assert r.exports["handle"](n) == n + 1
        del r, _
        if n == 100:
            before = stats(lib)
    # Leaking, the 2900 requests would leave about 9000 engine objects; the
    # ones made since the last automatic collection are still pending.
    assert stats(lib)[1] == before[1]
    assert stats(lib)[0] < before[0] + 1500


def test_an_instance_freed_by_gc_but_reached_from_the_library_stays_valid(lib, modules):
    # The plugin's host function (closing over the plugin) sits in the
    # library's table: dropping the plugin and collecting must keep both
    # the engine function and its Python callable working.
    plugin, marker = _closure_request(lib, modules["plugin"])
    ref = weakref.ref(marker)
    assert plugin.exports["handle"](5) == 6
    del plugin, marker
    gc.collect()
    gc.collect()
    assert ref() is not None  # the callable refers to it and stays reachable
    assert lib.exports["call_slot"](1, 41) == 42
    wasmpy.Instance(modules["request"], {"lib": lib.exports, "host": {"log": abs}})
    assert lib.exports["call_slot"](1, 41) == 42
    # Once the table no longer refers to it, it goes.
    lib.exports["clear_slot"](1)
    gc.collect()
    gc.collect()
    assert ref() is None


def test_a_plugin_reached_only_through_an_export_kept_in_python_stays_valid(lib, modules):
    plugin, marker = _method_request(lib, modules["plugin"])
    handle = plugin.exports["handle"]
    ref = weakref.ref(marker)
    del plugin, marker
    for _ in range(3):
        gc.collect()
    assert handle(2) == 3
    lib.exports["clear_slot"](1)
    gc.collect()
    assert handle(2) == 3
    del handle
    gc.collect()
    assert ref() is None


class Session:
    """An object put in the library's externref table that refers back to
    the instance that put it there."""

    def __init__(self, instance):
        self.instance = instance


def test_externrefs_in_a_library_table_referring_back_are_collected_when_forgotten(lib, modules):
    holder = wasmpy.Instance(modules["holder"], {"lib": lib.exports})
    holder.exports["keep"](Session(holder))
    holder.exports["forget"]()
    del holder
    gc.collect()
    before = stats(lib)
    refs = []
    for _ in range(100):
        h = wasmpy.Instance(modules["holder"], {"lib": lib.exports})
        s = Session(h)
        h.exports["keep"](s)
        refs.append(weakref.ref(s))
        h.exports["forget"]()
        del h, s
    gc.collect()
    assert sum(r() is not None for r in refs) == 0
    wasmpy.Instance(modules["holder"], {"lib": lib.exports})
    assert stats(lib) == before


def test_externrefs_still_in_the_library_table_keep_their_objects(lib, modules):
    h = wasmpy.Instance(modules["holder"], {"lib": lib.exports})
    s = Session(h)
    h.exports["keep"](s)
    ref = weakref.ref(s)
    del h, s
    for _ in range(3):
        gc.collect()
    assert ref() is not None
    assert lib.exports["objects"][0] is ref()
    assert lib.exports["obj"].value is ref()
    lib.exports["objects"][0] = None
    lib.exports["obj"].value = None
    gc.collect()
    gc.collect()
    assert ref() is None


def test_a_collection_during_a_host_call_keeps_everything(lib, modules):
    # The GC runs while the store is in use (inside a host function): what
    # the running call reaches must stay.
    def log(x):
        gc.collect()
        return x + 1

    r = wasmpy.Instance(modules["request"], {"lib": lib.exports, "host": {"log": log}})
    for n in range(20):
        assert r.exports["handle"](n) == n + 1


def test_collections_from_another_thread_while_calls_run(lib, modules):
    stop = threading.Event()

    def collector():
        while not stop.is_set():
            gc.collect()

    t = threading.Thread(target=collector)
    t.start()
    try:
        for n in range(300):
            r, _ = _closure_request(lib, modules["plugin"])
            assert r.exports["handle"](n) == n + 1
            assert lib.exports["call_slot"](1, n) == n + 1
            del r, _
    finally:
        stop.set()
        t.join()
    lib.exports["clear_slot"](1)
    gc.collect()


def test_cycles_are_collected_by_a_collection_inside_a_host_call_of_the_store(lib, modules):
    # Most collections of call-heavy code start inside a host function,
    # with the store's wasm suspended: they still find the cycles.
    make = REQUESTS["closure"]
    pending = []
    for n in range(50):
        r, marker = make(lib, modules["request"])
        r.exports["handle"](n)
        pending.append(weakref.ref(marker))
        del r, marker

    def log(x):
        gc.collect()
        return x

    inside = wasmpy.Instance(modules["request"], {"lib": lib.exports, "host": {"log": log}})
    assert inside.exports["handle"](3) == 3
    assert sum(ref() is not None for ref in pending) == 0


RESERVE_RETRY = """
import gc, resource, wasmpy
gc.disable()  # only the retry collects
lib = wasmpy.Instance(wasmpy.Module('(module (global (export "g") (mut i32) (i32.const 0)))'))
req = wasmpy.Module('(module (import "l" "g" (global $g (mut i32))) (import "h" "f" (func $f))'
                    ' (memory 1) (func (export "run") call $f))')
def vm_size():
    for line in open("/proc/self/status"):
        if line.startswith("VmSize"):
            return int(line.split()[1]) << 10
# Room for about four 8 GiB reservations beyond what the process has.
cap = vm_size() + (36 << 30)
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
def request():
    box = []
    r = wasmpy.Instance(req, {"l": lib.exports, "h": {"f": lambda: box}})
    box.append(r)
    r.exports["run"]()
for i in range(40):
    request()
print("ok")
"""


def test_instantiation_out_of_address_space_collects_pending_cycles_and_retries():
    # Each request's memory reserves 8 GiB; with the automatic GC off, the
    # cycles only go when instantiation runs out of address space.
    proc = run_child(RESERVE_RETRY, timeout=120)
    assert_ok(proc, "ok\n")


def test_an_instance_object_freed_by_gc_keeps_its_engine_instance_while_the_library_reaches_it(lib, modules):
    # The plugin's Python object goes (a garbage cycle of lists), its engine
    # instance stays: its host function is in the library's table, and the
    # callable (which does not refer to the plugin) keeps working.
    calls = []
    plugin = wasmpy.Instance(modules["plugin"], {"lib": lib.exports, "host": {"log": lambda x: calls.append(x) or x * 3}})
    cycle = [plugin]
    cycle.append(cycle)
    del plugin, cycle
    for _ in range(3):
        gc.collect()
    wasmpy.Instance(modules["request"], {"lib": lib.exports, "host": {"log": abs}})  # a store collection
    gc.collect()
    assert lib.exports["call_slot"](1, 14) == 42
    assert calls == [14]
    lib.exports["clear_slot"](1)
    gc.collect()
