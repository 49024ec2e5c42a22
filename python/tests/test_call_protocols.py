"""Both ways a ``Func`` is called (vectorcall on CPython >= 3.10, the
argument tuple of ``tp_call`` everywhere) give the same results and errors,
and host functions get their arguments through ``PyObject_Vectorcall``
(3.11 and later) exactly as through a tuple."""

import sys

import pytest

import wasmpy

WAT = """(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (import "env" "many" (func $many (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i64)))
  (import "env" "pair" (func $pair (param f64) (result f64 i32)))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "wide") (param i64 f32 f64) (result i64) local.get 0)
  (func (export "f32id") (param f32) (result f32) local.get 0)
  (func (export "none"))
  (func (export "call_f") (param i32) (result i32) local.get 0 call $f)
  (func (export "call_many") (result i64)
    i32.const 1 i32.const 2 i32.const 3 i32.const 4 i32.const 5
    i32.const 6 i32.const 7 i32.const 8 i32.const 9 i32.const 10 call $many)
  (func (export "call_pair") (param f64) (result f64 i32) local.get 0 call $pair))
"""


def instance(f=lambda x: x + 1, many=lambda *a: sum(a), pair=lambda x: (x * 2, 7)):
    env = {"f": f, "many": many, "pair": pair}
    return wasmpy.Instance(wasmpy.Module(WAT), {"env": env})


def tuple_call(func, *args):
    """Calls through ``tp_call`` (the tuple protocol), bypassing vectorcall."""
    return wasmpy.Func.__call__(func, *args)


@pytest.fixture(scope="module")
def ex():
    return instance().exports


def test_exports_are_funcs_of_the_vectorcall_class_where_there_is_one(ex):
    f = ex["add"]
    assert isinstance(f, wasmpy.Func)
    if sys.version_info >= (3, 10):
        assert type(f) is not wasmpy.Func and issubclass(type(f), wasmpy.Func)
        assert type(f).__name__ == "Func"
    assert "add" in f.__doc__ and "(p0: i32, p1: i32, /) -> i32" in f.__doc__


@pytest.mark.parametrize("call", [lambda f, *a: f(*a), tuple_call, lambda f, *a: f.call(*a)])
def test_every_protocol_gives_the_same_values(ex, call):
    assert call(ex["add"], 2, 3) == 5
    assert call(ex["add"], 2**31 - 1, 1) == -(2**31)
    assert call(ex["add"], 2**32 - 1, 0) == -1
    assert call(ex["add"], -(2**31), 0) == -(2**31)
    assert call(ex["add"], True, 1) == 2
    assert call(ex["wide"], 2**64 - 1, 1, 2.0) == -1
    assert call(ex["wide"], -(2**63), 1.5, 2) == -(2**63)
    assert call(ex["f32id"], 0.1) == pytest.approx(0.1, rel=1e-7)
    assert call(ex["f32id"], 3) == 3.0
    assert call(ex["none"]) is None


@pytest.mark.parametrize("call", [lambda f, *a: f(*a), tuple_call])
def test_every_protocol_gives_the_same_errors(ex, call):
    for bad, exc, text in [
        ((1,), TypeError, r"add\(\) takes 2 arguments \(1 given\)"),
        ((1, 2, 3), TypeError, r"add\(\) takes 2 arguments \(3 given\)"),
        ((2**32, 0), OverflowError, r"\[-2\*\*31, 2\*\*32\)"),
        ((-(2**31) - 1, 0), OverflowError, r"\[-2\*\*31, 2\*\*32\)"),
        (("1", 0), TypeError, "int"),
        ((1.0, 0), TypeError, "int"),
    ]:
        with pytest.raises(exc, match=text):
            call(ex["add"], *bad)
    with pytest.raises(OverflowError):
        call(ex["wide"], 2**64, 0.0, 0.0)


def test_keyword_arguments_are_refused(ex):
    with pytest.raises(TypeError, match="add"):
        ex["add"](1, b=2)
    with pytest.raises(TypeError):
        tuple_call(ex["add"], 1, b=2)


def test_host_calls_get_the_same_arguments_and_errors():
    calls = []

    class Host:
        def f(self, x):  # a bound method: vectorcall's slot 0 trick
            calls.append(x)
            return x * 3

    inst = instance(f=Host().f, many=lambda *a: calls.append(a) or sum(a) * 10**9)
    ex = inst.exports
    assert ex["call_f"](5) == 15
    assert ex["call_many"]() == 55 * 10**9
    assert calls == [5, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    assert ex["call_pair"](1.25) == (2.5, 7)

    def boom(x):
        raise KeyError(x)

    with pytest.raises(KeyError):
        instance(f=boom).exports["call_f"](1)
    with pytest.raises(TypeError, match="env.f"):
        instance(f=lambda x: "no").exports["call_f"](1)
    with pytest.raises(TypeError):
        instance(f=lambda: 1).exports["call_f"](1)


def test_host_call_arguments_are_released():
    # Each argument reference made for a host call is dropped after it: the
    # object's reference count does not grow with the number of calls.
    seen = []
    inst = wasmpy.Instance(
        wasmpy.Module(
            """(module (import "env" "g" (func $g (param externref i32)))
                 (func (export "run") (param externref i32)
                   (loop $l local.get 0 local.get 1 call $g
                     local.get 1 i32.const 1 i32.sub local.tee 1 br_if $l)))"""
        ),
        {"env": {"g": lambda obj, i: seen.append(i)}},
    )
    obj = object()
    inst.exports["run"](obj, 10)
    before = sys.getrefcount(obj)
    inst.exports["run"](obj, 1000)
    assert sys.getrefcount(obj) == before
    assert len(seen) == 1010
