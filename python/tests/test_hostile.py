"""Hostile input from Python: broken modules, extreme shapes, runaway code.
Every case ends in a Python exception or a result; the process survives and
the objects involved stay usable."""

import gc
import pathlib
import random
import sys

import pytest

import wasmpy

ROOT = pathlib.Path(__file__).resolve().parents[2]
# A real module: AssemblyScript's runtime (allocator, GC), strings, a memory
# with data, globals, an import.
SAMPLE = (ROOT / "asm-tests/build/0.28.20/release/strings.wasm").read_bytes()


def any_imports(module):
    """A value for every import: functions that raise (so a call into the
    host comes back as a Python exception), fresh memories, tables and
    globals where the declaration allows."""

    def host(*args):
        raise RuntimeError("host function called")

    namespaces = {}
    for mod, field, ty in module.import_types:
        if ty.startswith("func"):
            value = host
        else:
            return None  # give up: the module is not run
        namespaces.setdefault(mod, {})[field] = value
    return namespaces


def run_all(inst):
    """Calls every exported function with zero arguments (0.1 s timeout each);
    returns the outcomes, exceptions by type name."""
    outcomes = []
    for obj in inst.exports.values():
        if isinstance(obj, wasmpy.Func):
            try:
                outcomes.append(obj.call(*[0] * len(obj.params), timeout=0.1))
            except (wasmpy.Trap, RuntimeError, TypeError) as e:
                outcomes.append(type(e).__name__)
    return outcomes


def test_every_prefix_is_a_compile_error_naming_an_offset_or_a_module():
    errors = 0
    for n in range(len(SAMPLE)):
        try:
            wasmpy.Module(SAMPLE[:n])  # a prefix ending between sections may be valid
        except wasmpy.CompileError as e:
            errors += 1
            assert e.offset is not None and 0 <= e.offset <= n, (n, e)
    assert errors > len(SAMPLE) - 20
    wasmpy.Module(SAMPLE)  # the whole module is fine


def test_bit_flipped_modules_fail_cleanly_or_run_safely():
    rng = random.Random(20261121)
    compiled = ran = 0
    for _ in range(1500):
        data = bytearray(SAMPLE)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        try:
            module = wasmpy.Module(bytes(data))
        except wasmpy.CompileError:
            continue
        compiled += 1
        imports = any_imports(module)
        if imports is None:
            continue
        try:
            inst = wasmpy.Instance(module, imports)
        except (wasmpy.LinkError, wasmpy.InstantiationError, wasmpy.Trap, RuntimeError, MemoryError):
            continue
        run_all(inst)
        ran += 1
    # Some flips land in data or constants and leave a valid module.
    assert compiled > 50 and ran > 50, (compiled, ran)


def nested_blocks(depth):
    return "(module (func (export \"f\") (result i32) %s i32.const 7 %s))" % (
        "block (result i32) " * depth,
        "end " * depth,
    )


def test_ten_thousand_nested_blocks():
    mod = wasmpy.Instance(wasmpy.Module(nested_blocks(10_000)))
    assert dict(mod.exports)["f"]() == 7


def test_fifty_thousand_locals():
    # The validator's limit: 50,000 locals, parameters included.
    text = (
        '(module (func (export "f") (param i32) (result i32) (local %s) '
        "local.get 0 local.set 49999 local.get 49999 i32.const 1 i32.add))"
        % " ".join(["i32"] * 49_999)
    )
    f = dict(wasmpy.Instance(wasmpy.Module(text)).exports)["f"]
    assert f(41) == 42
    with pytest.raises(wasmpy.CompileError, match="too many locals"):
        wasmpy.Module(text.replace("(local ", "(local i32 "))


def test_br_table_with_a_hundred_thousand_targets():
    targets = " ".join(str(i % 3) for i in range(100_000))
    text = (
        '(module (func (export "f") (param i32) (result i32)'
        " block block block local.get 0 br_table %s 2 end i32.const 10 return"
        " end i32.const 11 return end i32.const 12))" % targets
    )
    f = dict(wasmpy.Instance(wasmpy.Module(text)).exports)["f"]
    assert [f(i) for i in (0, 1, 2, 3, 99_999, 100_000, -1)] == [10, 11, 12, 10, 10, 12, 12]


def test_a_hundred_thousand_functions():
    funcs = "".join('(func (export "f%d") (result i32) i32.const %d)' % (i, i) for i in range(100_000))
    inst = wasmpy.Instance(wasmpy.Module("(module %s)" % funcs))
    e = dict(inst.exports)
    assert len(e) == 100_000
    assert e["f0"]() == 0 and e["f99999"]() == 99_999


def test_memory_requests_beyond_the_limit():
    grow = dict(
        wasmpy.Instance(
            wasmpy.Module(
                '(module (memory 1) (func (export "grow") (param i32) (result i32)'
                " local.get 0 memory.grow))"
            )
        ).exports
    )["grow"]
    assert grow(70_000) == -1  # more than 4 GiB
    assert grow(-1) == -1
    assert grow(1) == 1  # the memory is still usable
    with pytest.raises(wasmpy.CompileError, match="65536"):
        wasmpy.Module("(module (memory 65537))")  # invalid (spec limit)
    with pytest.raises(MemoryError):
        wasmpy.Instance(
            wasmpy.Module("(module (memory 20))"), limits=wasmpy.Limits(max_memory_pages=10)
        )


def test_infinite_loop_is_stopped_and_the_instance_stays_usable():
    e = dict(
        wasmpy.Instance(
            wasmpy.Module(
                '(module (func (export "spin") (loop br 0))'
                ' (func (export "one") (result i32) i32.const 1))'
            )
        ).exports
    )
    with pytest.raises(wasmpy.Trap) as info:
        e["spin"].call(timeout=0.05)
    assert info.value.kind is wasmpy.TrapKind.INTERRUPTED
    assert e["one"]() == 1


def test_infinite_recursion_is_a_stack_overflow_trap():
    e = dict(
        wasmpy.Instance(
            wasmpy.Module(
                '(module (func $r (export "r") (param i64) (result i64)'
                " local.get 0 i64.const 1 i64.add call $r)"
                ' (func (export "one") (result i32) i32.const 1))'
            )
        ).exports
    )
    for _ in range(3):
        with pytest.raises(wasmpy.Trap) as info:
            e["r"](0)
        assert info.value.kind is wasmpy.TrapKind.CALL_STACK_EXHAUSTED
    assert e["one"]() == 1


def test_host_function_raising_in_the_middle_of_a_copy():
    # copy(n) copies 1 KiB blocks from offset 0 to 64 KiB with memory.copy,
    # telling the host after each block; the host raises after block 3.
    e = dict(
        wasmpy.Instance(
            wasmpy.Module(
                """(module (import "env" "progress" (func $p (param i32)))
                (memory (export "mem") 2)
                (func (export "copy") (param $n i32) (local $i i32)
                  (loop $l
                    (memory.copy
                      (i32.add (i32.const 65536) (i32.mul (local.get $i) (i32.const 1024)))
                      (i32.mul (local.get $i) (i32.const 1024))
                      (i32.const 1024))
                    (call $p (local.get $i))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))"""
            ),
            {"env": {"progress": lambda i: progress(i)}},
        ).exports
    )
    mem = e["mem"]
    mem.write(0, bytes(range(256)) * 32)  # 8 KiB of pattern

    class Stop(Exception):
        pass

    stop = Stop("enough")

    def progress(i):
        if i == 3:
            mem.write(0, b"\xff" * 8)  # the host may touch memory mid-call
            raise stop

    with pytest.raises(Stop) as info:
        e["copy"](8)
    assert info.value is stop
    copied = mem.read(65536, 8192)
    assert copied[: 4 * 1024] == (bytes(range(256)) * 16)  # blocks 0-3 done
    assert copied[4 * 1024 :] == bytes(4 * 1024)  # blocks 4-7 never ran
    assert mem.read(0, 8) == b"\xff" * 8
    # The instance runs the whole copy afterwards.
    progress = lambda i: None  # noqa: E731
    e["copy"](8)
    assert mem.read(65536 + 8, 8184) == (bytes(range(256)) * 32)[8:]


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ten_thousand_instantiate_drop_cycles_leave_rss_flat():
    module = wasmpy.Module(
        '(module (memory (export "m") 1) (table 10 funcref) (global (mut i32) (i32.const 0))'
        ' (func (export "f") (result i32) (i32.store (i32.const 0) (i32.const 5))'
        " (i32.load (i32.const 0))))"
    )

    def cycles(n):
        for _ in range(n):
            inst = wasmpy.Instance(module)
            assert dict(inst.exports)["f"]() == 5
            del inst

    cycles(500)
    gc.collect()
    before = rss_bytes()
    cycles(10_000)
    gc.collect()
    after = rss_bytes()
    # Each instance touches a 64 KiB page, a table and code: a leak of any
    # of them would grow RSS by hundreds of MiB over 10^4 cycles.
    assert after - before < 16 * 1024 * 1024, (before, after)
