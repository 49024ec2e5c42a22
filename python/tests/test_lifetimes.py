"""Instances, memories, tables and globals are freed when nothing refers to
them any more (issue 12, cases 1 and 2), measured by the address space the
process has reserved: every memory reserves 8 GiB, so one leaked instance
shows as 8 GiB of VmSize."""

import gc
import os

import wasmpy
from wasmpy.assemblyscript import ASModule

ASM = os.path.join(os.path.dirname(__file__), "..", "..", "asm-tests", "build", "0.28.20", "release")


def reserved_bytes():
    """The process's reserved address space (VmSize), in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


def grows_by(fn, cycles):
    """Runs ``fn`` ``cycles`` times, collects, returns the VmSize growth."""
    fn()
    gc.collect()
    before = reserved_bytes()
    for _ in range(cycles):
        fn()
    gc.collect()
    return reserved_bytes() - before


# 20 leaked memories would be 160 GiB; allow a little allocator noise.
LIMIT = 256 << 20


def test_asmodule_load_drop_cycles_free_everything():
    path = os.path.join(ASM, "math.wasm")
    imports = {("index", "console.log"): lambda ptr: None}

    def cycle():
        m = ASModule(path, imports)
        assert m.sqrt_sum_square(3.0, 4.0) == 5.0

    assert grows_by(cycle, 20) < LIMIT


def test_host_function_referring_back_to_its_instance_is_collected():
    src = wasmpy.Module(
        '(module (import "env" "f" (func $f (result i32))) (memory 1)'
        ' (func (export "run") (result i32) call $f))'
    )

    def cycle():
        box = {}

        def host():
            return len(box["instance"].exports)   # refers back

        box["instance"] = wasmpy.Instance(src, {"env": {"f": host}})
        assert box["instance"].exports["run"]() == 1

    assert grows_by(cycle, 20) < LIMIT


def test_cycle_through_an_object_and_a_memory_export_is_collected():
    src = wasmpy.Module(
        '(module (import "env" "f" (func $f)) (memory (export "memory") 1)'
        ' (func (export "run") call $f))'
    )

    class Plugin:
        def __init__(self):
            self.instance = wasmpy.Instance(src, {"env": {"f": self.callback}})
            self.memory = dict(self.instance.exports)["memory"]

        def callback(self):
            self.memory.write(0, b"x")

    def cycle():
        p = Plugin()
        dict(p.instance.exports)["run"]()

    assert grows_by(cycle, 20) < LIMIT


def test_an_export_kept_keeps_its_host_function_working():
    # The GC must not clear a host function whose instance is unreachable
    # while an exported function that calls it is still held.
    src = wasmpy.Module('(module (import "env" "f" (func $f (result i32))) (func (export "run") (result i32) call $f))')
    box = {}
    box["instance"] = wasmpy.Instance(src, {"env": {"f": lambda: 7 + len(box)}})
    run = dict(box["instance"].exports)["run"]
    del box["instance"]
    gc.collect()
    assert run() == 7


def test_memories_made_from_python_are_freed():
    assert grows_by(lambda: wasmpy.Memory(160), 50) < LIMIT
    assert grows_by(lambda: (wasmpy.Memory(1), wasmpy.Table(10), wasmpy.Global("i32", 1)), 50) < LIMIT
    # Objects alive at the same time still share a store and link together.
    mem, table = wasmpy.Memory(1), wasmpy.Table(2)
    m = wasmpy.Instance(
        wasmpy.Module('(module (import "e" "m" (memory 1)) (import "e" "t" (table 2 funcref)))'),
        {"e": {"m": mem, "t": table}},
    )
    assert m is not None


def test_instances_importing_functions_from_a_long_lived_instance_are_freed():
    lib = wasmpy.Instance(
        wasmpy.Module('(module (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))')
    )
    request = wasmpy.Module(
        '(module (import "lib" "twice" (func $t (param i32) (result i32))) (memory 1)'
        ' (func (export "handle") (param i32) (result i32) local.get 0 call $t))'
    )

    def cycle():
        r = wasmpy.Instance(request, {"lib": lib.exports})
        assert r.exports["handle"](21) == 42

    assert grows_by(cycle, 20) < LIMIT
    # The long-lived instance keeps working.
    assert lib.exports["twice"](4) == 8


CALLER_WAT = """(module
  (import "env" "log" (func $log (param i32 i32)))
  (memory (export "memory") 1)
  (global (export "g") i32 (i32.const 5))
  (data (i32.const 8) "hello")
  (func (export "run") i32.const 8 i32.const 5 call $log))"""


def test_host_function_with_access_caller_reads_the_callers_memory():
    seen = []
    kept = []

    def log(caller, ptr, n):
        seen.append(caller["memory"].read(ptr, n))
        seen.append(caller.get("g").value)
        seen.append(caller.get("nothing", "default"))
        seen.append(sorted(caller.exports))
        kept.append(caller)

    f = wasmpy.Func(log, (["i32", "i32"], []), access_caller=True)
    for _ in range(2):  # two instances, one function: each call names its caller
        inst = wasmpy.Instance(wasmpy.Module(CALLER_WAT), {"env": {"log": f}})
        inst.exports["run"]()
    assert seen[:4] == [b"hello", 5, "default", ["g", "memory", "run"]]
    assert seen[4:] == seen[:4]
    # A Caller is valid only during its call.
    import pytest

    with pytest.raises(RuntimeError, match="after its host call"):
        kept[0]["memory"]
    # Called from Python there is no calling instance.
    f2 = wasmpy.Func(lambda caller: caller.get("memory"), ([], ["externref"]), access_caller=True)
    assert f2() is None


def test_access_caller_functions_need_no_back_reference():
    # The AssemblyScript pattern without `.module`: a module-independent
    # function, many instances, all freed.
    f = wasmpy.Func(lambda caller, p, n: caller["memory"].read(p, n), (["i32", "i32"], []), access_caller=True)

    def cycle():
        inst = wasmpy.Instance(wasmpy.Module(CALLER_WAT), {"env": {"log": f}})
        inst.exports["run"]()

    assert grows_by(cycle, 20) < LIMIT


def test_asmodule_with_default_imports_is_freed_without_the_cycle_collector():
    # The default env.abort/env.trace read the caller's memory through a
    # wasmpy.Caller: no reference cycle, so dropping the module frees it.
    path = os.path.join(ASM, "strings.wasm")
    gc.disable()
    try:
        ASModule(path)
        before = reserved_bytes()
        for _ in range(20):
            m = ASModule(path)
            assert m.get_string(m.new_string("héllo")) == "héllo"
            del m
        assert reserved_bytes() - before < LIMIT
    finally:
        gc.enable()

