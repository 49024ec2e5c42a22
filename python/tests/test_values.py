"""Python ↔ WebAssembly value conversion and argument checking."""

import math
import struct

import pytest

import wasmpy
from conftest import compile_or_xfail

IDENTITIES = """(module
  (func (export "i32") (param i32) (result i32) local.get 0)
  (func (export "i64") (param i64) (result i64) local.get 0)
  (func (export "f32") (param f32) (result f32) local.get 0)
  (func (export "f64") (param f64) (result f64) local.get 0)
  (func (export "sub32") (param i32 i32) (result i32) local.get 0 local.get 1 i32.sub)
  (func (export "add64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add)
  (func (export "nothing") (param i32))
  (func (export "swap") (param i64 f64) (result f64 i64) local.get 1 local.get 0)
  (func (export "three") (result i32 i64 f32) i32.const -1 i64.const -2 f32.const 0.5)
  (func (export "f32_nan") (result f32) f32.const nan:0x200001)
  (func (export "f64_nan") (result f64) f64.const -nan:0x4000000000001)
  (func (export "many") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    local.get 0 local.get 9 i32.add))
"""


def bits64(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits64(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def f32_round(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


@pytest.fixture(scope="module")
def m():
    module = wasmpy.WasmModule("identities")
    module._wasmpy_bind(wasmpy.Instance(wasmpy.Module(IDENTITIES)))
    return module


def test_i32_results_are_signed(m):
    assert m.sub32(0, 1) == -1
    assert m.sub32(-(2**31), 1) == 2**31 - 1  # wraps
    assert m.i32(0xFFFFFFFF) == -1  # unsigned reading accepted
    assert m.i32(2**31) == -(2**31)
    assert m.i32(-(2**31)) == -(2**31)
    assert m.i32(True) == 1  # bool is an int


def test_i64_extremes(m):
    assert m.i64(2**63 - 1) == 2**63 - 1
    assert m.i64(-(2**63)) == -(2**63)
    assert m.i64(2**64 - 1) == -1
    assert m.add64(2**63 - 1, 1) == -(2**63)
    assert m.add64(-1, -1) == -2


@pytest.mark.parametrize(
    "func,value",
    [("i32", 2**32), ("i32", -(2**31) - 1), ("i64", 2**64), ("i64", -(2**63) - 1), ("i64", 10**40)],
)
def test_out_of_range_ints_raise_overflow_error(m, func, value):
    with pytest.raises(OverflowError, match=rf"{func}\(\) argument 1 \({func}\)"):
        m[func](value)


def test_floats_pass_through(m):
    assert m.f64(0.1) == 0.1
    assert m.f64(-1e308) == -1e308
    assert m.f64(math.inf) == math.inf
    assert math.copysign(1.0, m.f64(-0.0)) == -1.0
    assert m.f32(1.5) == 1.5
    assert m.f32(0.1) == f32_round(0.1)  # rounded to the nearest f32
    assert m.f32(1e300) == math.inf
    assert math.copysign(1.0, m.f32(-0.0)) == -1.0
    assert m.f64(3) == 3.0 and isinstance(m.f64(3), float)  # int accepted


def test_nan_round_trip_keeps_payload(m):
    # f64: signalling NaN with a payload, through Python and back unchanged.
    snan = from_bits64(0x7FF4_0000_0000_0001)
    if bits64(snan) != 0x7FF4_0000_0000_0001:
        # CPython built for x87 floats (Debian's i386) returns doubles from
        # its C functions in x87 registers, which quiet signalling NaNs: no
        # Python float holds one there, with or without wasm.
        pytest.skip("this Python's floats cannot hold a signalling NaN (x87)")
    assert bits64(m.f64(snan)) == 0x7FF4_0000_0000_0001
    neg = m.f64_nan()
    assert bits64(neg) == 0xFFF4_0000_0000_0001
    assert bits64(m.f64(neg)) == 0xFFF4_0000_0000_0001
    # f32: the payload 0x200001 (a signalling NaN) sits in the top f64 payload bits.
    wide = m.f32_nan()
    assert math.isnan(wide)
    assert bits64(wide) == 0x7FF0_0000_0000_0000 | (0x200001 << 29)
    assert bits64(m.f32(wide)) == bits64(wide)
    assert math.isnan(m.f32(math.nan))


def test_result_shapes(m):
    assert m.nothing(1) is None
    assert m.swap(-5, 2.5) == (2.5, -5)
    assert m.three() == (-1, -2, 0.5)
    assert m.many(1, 0, 0, 0, 0, 0, 0, 0, 0, 41) == 42  # more than the inline buffer


def test_wrong_argument_count(m):
    with pytest.raises(TypeError, match=r"sub32\(\) takes 2 arguments \(1 given\)"):
        m.sub32(1)
    with pytest.raises(TypeError, match=r"sub32\(\) takes 2 arguments \(3 given\)"):
        m.sub32(1, 2, 3)
    with pytest.raises(TypeError, match=r"i32\(\) takes 1 argument \(0 given\)"):
        m.i32()
    with pytest.raises(TypeError):
        m.sub32(1, b=2)


@pytest.mark.parametrize(
    "func,args,message",
    [
        ("sub32", (1, 2.0), r"sub32\(\) argument 2 \(i32\) must be int, not float"),
        ("sub32", ("1", 2), r"sub32\(\) argument 1 \(i32\) must be int, not str"),
        ("i64", (None,), r"i64\(\) argument 1 \(i64\) must be int, not NoneType"),
        ("f64", ("1.0",), r"f64\(\) argument 1 \(f64\) must be float or int, not str"),
        ("f32", ([],), r"f32\(\) argument 1 \(f32\) must be float or int, not list"),
    ],
)
def test_wrong_argument_type(m, func, args, message):
    with pytest.raises(TypeError, match=message):
        m[func](*args)


def test_func_metadata(m):
    assert m.swap.__name__ == "swap"
    assert list(m.swap.params) == ["i64", "f64"]
    assert list(m.swap.results) == ["f64", "i64"]
    assert "swap(i64, f64) -> (f64, i64)" in repr(m.swap)


def test_float_arithmetic():
    """Runs once the engine compiles float arithmetic (xfail until then)."""
    m = compile_or_xfail(
        """(module
          (func (export "hyp") (param f64 f64) (result f64)
            local.get 0 local.get 0 f64.mul local.get 1 local.get 1 f64.mul f64.add f64.sqrt)
          (func (export "half") (param f32) (result f32) local.get 0 f32.const 0.5 f32.mul))"""
    )
    assert m.hyp(3.0, 4.0) == 5.0
    assert m.half(3.0) == 1.5


def test_globals_and_memory_exports(wat):
    m = wat(
        """(module (memory (export "mem") 2 10)
             (global (export "answer") i64 (i64.const -42))
             (global (export "pi") f64 (f64.const 3.25))
             (table (export "tab") 3 funcref))"""
    )
    assert m.mem.size == 2
    assert m.answer.value == -42
    assert not m.answer.mutable
    assert m.pi.value == 3.25
    assert m.tab.size == 3
