"""v128 values across the Python boundary (``int``, 128-bit unsigned
results) and the ``wasmpy.v128`` lane helpers."""

import math

import pytest

import wasmpy
from wasmpy import FuncType, ValType, v128

A = v128.from_lanes("i32x4", [1, 2, 3, 4])
B = v128.from_lanes("i8x16", list(range(-8, 8)))

SIMD = """(module
  (import "env" "rot" (func $rot (param v128 i32) (result v128)))
  (global (export "g") (mut v128) (v128.const i64x2 -1 2))
  (func (export "add") (param v128 v128) (result v128) local.get 0 local.get 1 i32x4.add)
  (func (export "mix") (param i32 v128 f64) (result f64 v128 i32)
    local.get 2 local.get 1 local.get 0)
  (func (export "host") (param v128) (result v128) local.get 0 i32.const 8 call $rot)
  (func (export "dot") (param v128 v128) (result i32) (local v128)
    local.get 0 local.get 1 f32x4.mul local.tee 2
    local.get 2 i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    local.get 2 f32x4.add i32x4.trunc_sat_f32x4_s i32x4.extract_lane 0))
"""


@pytest.fixture(scope="module")
def m():
    def rot(x, n):
        assert isinstance(x, int) and 0 <= x < 2**128
        return ((x << n) | (x >> (128 - n))) & (2**128 - 1)

    rot_f = wasmpy.Func(rot, FuncType([ValType.v128(), ValType.i32()], [ValType.v128()]))
    return wasmpy.load(SIMD, imports={"env": {"rot": rot_f}})


def test_v128_arguments_and_results_are_ints(m):
    got = m.add(A, A)
    assert isinstance(got, int)
    assert v128.lanes(got, "i32x4") == (2, 4, 6, 8)


def test_negative_arguments_and_unsigned_results(m):
    assert m.add(-1, 0) == 2**128 - 1
    assert m.add(-(2**127), 0) == 2**127
    with pytest.raises(OverflowError):
        m.add(2**128, 0)
    with pytest.raises(OverflowError):
        m.add(-(2**127) - 1, 0)
    with pytest.raises(TypeError):
        m.add(1.0, 0)


def test_v128_mixed_with_scalars(m):
    assert m.mix(-7, B, 2.5) == (2.5, B, -7)


def test_v128_through_a_host_function(m):
    assert m.host(A) == ((A << 8) | (A >> 120)) & (2**128 - 1)


def test_v128_global(m):
    assert v128.lanes(m.g.value, "i64x2") == (-1, 2)
    m.g.value = A
    assert m.g.value == A


def test_float_lanes(m):
    x = v128.from_lanes("f32x4", [1.0, 2.0, 3.0, 4.0])
    assert m.dot(x, x) == 1 + 9  # lane 0 of p + swap_halves(p): p0 + p2
    nan = v128.from_lanes("f64x2", [math.nan, -0.0])
    a, b = v128.lanes(nan, "f64x2")
    assert math.isnan(a) and math.copysign(1.0, b) == -1.0


def test_lane_helpers():
    assert hex(A) == "0x4000000030000000200000001"
    assert v128.lanes(A, "u16x8") == (1, 0, 2, 0, 3, 0, 4, 0)
    assert v128.lanes(-1, "u8x16") == (255,) * 16
    assert v128.lanes(-1, "i64x2") == (-1, -1)
    assert v128.from_lanes("u8x16", [255] * 16) == v128.from_lanes("i8x16", [-1] * 16)
    assert v128.to_bytes(A)[:4] == b"\x01\x00\x00\x00"
    assert v128.from_bytes(v128.to_bytes(B)) == B
    with pytest.raises(ValueError, match="shape"):
        v128.lanes(A, "i32x5")
    with pytest.raises(ValueError, match="4 lanes"):
        v128.from_lanes("i32x4", [1, 2, 3])
    with pytest.raises(OverflowError):
        v128.from_lanes("i8x16", [256] + [0] * 15)
