"""Memories (buffer protocol, read/write, grow), globals, tables, and the
introspection of exported functions."""

import inspect
import sys

import pytest

import wasmpy

MEM_WAT = """(module
  (memory (export "memory") 1 3)
  (data (i32.const 8) "hello")
  (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8)
  (func (export "size") (result i32) memory.size))
"""


@pytest.fixture
def mem_module(wat):
    return wat(MEM_WAT)


def test_memory_basics(mem_module):
    mem = mem_module.memory
    assert isinstance(mem, wasmpy.Memory)
    assert len(mem) == 65536 and mem.size == 1 and mem.maximum == 3
    assert mem.read(8, 5) == b"hello"
    mem.write(0, b"\x01\x02")
    assert mem_module.load(1) == 2
    mem.write(100, bytearray(b"ab"))
    mem.write(200, memoryview(b"xyz")[1:])
    assert mem.read(100, 2) == b"ab" and mem.read(200, 2) == b"yz"


@pytest.mark.skipif(sys.version_info < (3, 9), reason="buffer slot needs CPython 3.9+")
def test_memory_buffer_protocol_is_zero_copy_and_writable(mem_module):
    mem = mem_module.memory
    view = memoryview(mem)
    assert view.format == "B" and not view.readonly and len(view) == 65536
    view[10:12] = b"XY"
    assert mem_module.load(10) == ord("X")
    mem_module.store(20, 77)
    assert view[20] == 77
    assert bytes(mem)[8:13] == b"heXYo"


@pytest.mark.skipif(sys.version_info < (3, 9), reason="buffer slot needs CPython 3.9+")
def test_views_stay_valid_across_grow(mem_module):
    mem = mem_module.memory
    view = memoryview(mem)
    assert mem.grow(1) == 1
    assert mem.size == 2 and len(mem) == 2 * 65536 and mem_module.size() == 2
    assert len(view) == 65536  # the old view covers the old size...
    view[0] = 9  # ...and still writes the memory
    assert mem_module.load(0) == 9
    assert len(memoryview(mem)) == 2 * 65536
    with pytest.raises(ValueError):
        mem.grow(5)  # past the maximum of 3 pages


SPIN_MEM_WAT = """(module
  (memory (export "memory") 1)
  (func (export "spin") (loop br 0)))"""


@pytest.mark.skipif(sys.version_info < (3, 9), reason="buffer slot needs CPython 3.9+")
def test_a_view_ends_while_another_thread_runs_wasm_in_its_store(wat):
    # The view's release does not wait for the store (which the running
    # call holds): it only drops the memory's pin (buffer.rs).
    import threading
    import time

    m = wat(SPIN_MEM_WAT)
    view = memoryview(m.memory)
    started = threading.Event()
    released = []

    def release():
        started.wait()
        t0 = time.monotonic()
        view.release()
        released.append(time.monotonic() - t0)

    t = threading.Thread(target=release)
    t.start()
    started.set()
    t0 = time.monotonic()
    with pytest.raises(wasmpy.Trap):
        m.spin.call(timeout=3.0)
    took = time.monotonic() - t0
    t.join()
    assert took > 2.5
    assert released and released[0] < 1.0, (released, took)
    # Pins are counted right: a new view and its release still work.
    with memoryview(m.memory) as v:
        v[0] = 1
    assert m.memory.read(0, 1) == b"\x01"


def test_numpy_frombuffer(mem_module):
    import numpy as np
    arr = np.frombuffer(mem_module.memory, dtype=np.uint32)
    arr[0] = 0x01020304
    assert mem_module.load(0) == 4


@pytest.mark.parametrize("offset,n", [(65536, 1), (65535, 2), (2**40, 1), (0, 65537)])
def test_out_of_bounds_read_and_write_raise_index_error(mem_module, offset, n):
    with pytest.raises(IndexError):
        mem_module.memory.read(offset, n)
    with pytest.raises(IndexError):
        mem_module.memory.write(offset, b"\0" * n)


def test_write_needs_bytes_like(mem_module):
    with pytest.raises(TypeError, match="bytes-like"):
        mem_module.memory.write(0, "text")


TWO_MEMORIES_WAT = """(module
  (import "host" "shared" (memory 1))
  (memory (export "small") 1 2)
  (memory (export "big") 2)
  (data (memory 1) (i32.const 0) "small")
  (data (memory 2) (i32.const 65536) "big")
  (func (export "load_small") (param i32) (result i32) local.get 0 i32.load8_u 1)
  (func (export "store_shared") (param i32 i32) local.get 0 local.get 1 i32.store8 0)
  (func (export "copy_big_to_small") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.copy 1 2)
  (func (export "grow_small") (param i32) (result i32) local.get 0 memory.grow 1))
"""


@pytest.mark.skipif(sys.version_info < (3, 9), reason="buffer slot needs CPython 3.9+")
def test_several_memories_by_name():
    shared = wasmpy.Memory(1)
    inst = wasmpy.Instance(wasmpy.Module(TWO_MEMORIES_WAT), {"host": {"shared": shared}})
    small, big = inst.exports["small"], inst.exports["big"]
    assert isinstance(small, wasmpy.Memory) and isinstance(big, wasmpy.Memory)
    assert (small.size, small.maximum, big.size) == (1, 2, 2)
    assert small.read(0, 5) == b"small" and big.read(65536, 3) == b"big"
    assert inst.exports["load_small"](1) == ord("m")
    inst.exports["store_shared"](7, 99)
    assert memoryview(shared)[7] == 99 and small.read(7, 1) == b"\0"
    inst.exports["copy_big_to_small"](10, 65536, 3)
    assert small.read(10, 3) == b"big"
    with pytest.raises(wasmpy.Trap):
        inst.exports["copy_big_to_small"](65535, 65536, 3)  # past small's end
    big_view = memoryview(big)
    assert inst.exports["grow_small"](1) == 1
    assert small.size == 2 and big.size == 2 and len(memoryview(small)) == 2 * 65536
    big_view[0] = 5  # the other memory's view is untouched by the growth
    assert big.read(0, 1) == b"\x05"


def test_standalone_memory():
    mem = wasmpy.Memory(2)
    assert mem.size == 2 and mem.maximum is None
    with pytest.raises(ValueError):
        wasmpy.Memory(3, 2)


GLOBALS_WAT = """(module
  (global (export "counter") (mut i64) (i64.const 40))
  (global (export "pi") f64 (f64.const 3.5))
  (func (export "bump") global.get 0 i64.const 2 i64.add global.set 0))
"""


def test_globals(wat):
    m = wat(GLOBALS_WAT)
    assert m.counter.value == 40 and m.counter.mutable and m.counter.type == "i64"
    m.bump()
    assert m.counter.value == 42
    m.counter.value = -1
    m.bump()
    assert m.counter.value == 1
    with pytest.raises(TypeError):
        m.counter.value = "x"
    assert m.pi.value == 3.5 and not m.pi.mutable
    with pytest.raises(AttributeError, match="immutable"):
        m.pi.value = 1.0
    g = wasmpy.Global("f32", 0.1)
    assert g.value == pytest.approx(0.1) and g.value != 0.1  # rounded to f32
    assert "i64" in repr(m.counter)


TABLE_WAT = """(module
  (table (export "table") 3 10 funcref)
  (func $a (result i32) i32.const 1)
  (func $b (result i32) i32.const 2)
  (elem (i32.const 0) $a $b)
  (type $t (func (result i32)))
  (func (export "call") (param i32) (result i32) local.get 0 call_indirect (type $t))
  (func (export "other") (result i32) i32.const 3))
"""


def test_tables(wat):
    m = wat(TABLE_WAT)
    t = m.table
    assert len(t) == 3 and t.size == 3 and t.element == "funcref" and t.maximum == 10
    assert t[0]() == 1 and t[-2]() == 2 and t[2] is None
    with pytest.raises(IndexError):
        t[3]
    t[2] = m.other
    assert m.call(2) == 3
    t[0] = None
    with pytest.raises(wasmpy.Trap) as info:
        m.call(0)
    assert info.value.kind is wasmpy.TrapKind.INDIRECT_CALL_TO_NULL
    assert t.grow(2, m.other) == 3
    assert len(t) == 5 and m.call(4) == 3
    with pytest.raises(ValueError):
        t.grow(100)
    with pytest.raises(TypeError):
        t[1] = 5


def test_exported_function_introspection(wat):
    m = wat('(module (func (export "mix") (param i32 f64) (result i64 f32) i64.const 1 f32.const 2))')
    f = m.mix
    assert f.__name__ == "mix"
    assert f.__text_signature__ == "(p0: i32, p1: f64, /) -> tuple[i64, f32]"
    assert "mix(p0: i32, p1: f64, /) -> tuple[i64, f32]" in f.__doc__
    assert "(i32, f64) -> (i64, f32)" in f.__doc__
    assert f.params == ("i32", "f64") and f.results == ("i64", "f32")
    sig = inspect.signature(f)
    assert list(sig.parameters) == ["p0", "p1"]
    assert sig.parameters["p0"].annotation == "i32"
    assert f(1, 2.0) == (1, 2.0)


def test_help_and_dir_show_exports(wat, capsys):
    m = wat(MEM_WAT)
    assert {"memory", "load", "store", "size"} <= set(dir(m))
    help(m)
    out = capsys.readouterr().out
    assert "load: func (i32) -> (i32)" in out
    assert "memory: memory 1 3" in out
