"""Timeouts and Ctrl-C during instantiation, timeouts tied to their call
(issue 12, cases 3 and 10)."""

import sys
import threading
import time

import pytest

import wasmpy
from child import assert_ok, run_child
from wasmpy.assemblyscript import ASModule

# A start function that never returns.
LOOPING_START = '(module (func $spin (loop br 0)) (start $spin) (func (export "f") (result i32) i32.const 1))'

SPIN = """(module
  (func (export "spin") (loop br 0))
  (func (export "answer") (result i32) i32.const 42))"""


@pytest.fixture
def looping(tmp_path):
    path = tmp_path / "looping.wat"
    path.write_text(LOOPING_START)
    return path


def _stopped_within(seconds, fn):
    start = time.monotonic()
    with pytest.raises(wasmpy.Trap) as info:
        fn()
    assert info.value.kind is wasmpy.TrapKind.INTERRUPTED
    assert time.monotonic() - start < seconds


def test_timeout_stops_a_looping_start_function(looping):
    _stopped_within(1.0, lambda: wasmpy.load(looping, timeout=0.1))
    _stopped_within(1.0, lambda: wasmpy.Instance(wasmpy.Module(LOOPING_START), timeout=0.1))
    _stopped_within(1.0, lambda: ASModule(str(looping), timeout=0.1))
    # A timeout that does not fire leaves instantiation alone.
    ok = looping.with_name("ok.wat")
    ok.write_text(SPIN)
    assert wasmpy.load(ok, timeout=5).answer() == 42
    with pytest.raises(ValueError):
        wasmpy.load(ok, timeout=-1)
    with pytest.raises(ValueError):
        wasmpy.load(ok, timeout=float("nan"))


def test_huge_timeout_is_no_timeout(wat):
    m = wat(SPIN)
    # Too long to represent: it never comes (it used to panic with an
    # exception `except Exception` does not catch).
    assert m.answer.call(timeout=1e300) == 42
    assert m.answer.call(timeout=float("inf")) == 42


def test_a_late_timeout_does_not_stop_another_threads_call(wat):
    # Many calls with timeouts just longer than the call on one thread, long
    # calls without timeout on another: no timeout may stop the latter.
    m = wat(SPIN)
    errors = []
    stop = threading.Event()

    def short_calls():
        while not stop.is_set():
            try:
                m.answer.call(timeout=0.0005)
            except wasmpy.Trap:
                pass  # its own timeout may stop it: that is fine

    def count(n):
        acc = 0
        for _ in range(n):
            acc += m.answer()
        return acc

    t = threading.Thread(target=short_calls)
    t.start()
    try:
        for _ in range(2000):
            try:
                count(10)
            except wasmpy.Trap as e:
                errors.append(e)
    finally:
        stop.set()
        t.join()
    assert errors == []


# Recursion after the host call: its prologues check the stack limit, which
# an interrupt consumed by the nested call must have put back.
DEEP = (
    "(func $deep (param i32) (result i32) local.get 0 i32.eqz"
    " if (result i32) i32.const 0 else local.get 0 i32.const 1 i32.sub call $deep i32.const 1 i32.add end)"
)


def test_nested_interrupted_call_caught_leaves_outer_call_running(wat):
    inner = wat(SPIN)
    caught = []

    def host():
        try:
            inner.spin.call(timeout=0.05)
        except wasmpy.Trap as e:
            caught.append(e.kind)
        return 7

    outer = wasmpy.Instance(
        wasmpy.Module(
            '(module (import "h" "f" (func $f (result i32)))'
            f"{DEEP} (func (export \"run\") (result i32) call $f i32.const 10 call $deep i32.add))"
        ),
        {"h": {"f": host}},
    )
    run = dict(outer.exports)["run"]
    assert run() == 17
    assert caught == [wasmpy.TrapKind.INTERRUPTED]


def test_nested_call_in_the_same_store_interrupted_and_caught(wat):
    # The interrupted inner call runs in the outer call's store.
    caught = []
    holder = {}

    def host():
        try:
            holder["m"]["spin"].call(timeout=0.05)
        except wasmpy.Trap as e:
            caught.append(e.kind)
        return 5

    m = wasmpy.Instance(
        wasmpy.Module(
            '(module (import "h" "f" (func $f (result i32)))'
            ' (func (export "spin") (loop br 0))'
            f"{DEEP} (func (export \"run\") (result i32) call $f i32.const 3 call $deep i32.add))"
        ),
        {"h": {"f": host}},
    )
    holder["m"] = dict(m.exports)
    assert holder["m"]["run"]() == 8
    assert caught == [wasmpy.TrapKind.INTERRUPTED]


SIGINT_DURING = r"""
import os, signal, sys, threading, time
import wasmpy
from wasmpy.assemblyscript import ASModule
path, how = sys.argv[1], sys.argv[2]
threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
start = time.monotonic()
try:
    if how == "load":
        wasmpy.load(path)
    elif how == "instance":
        wasmpy.Instance(wasmpy.compile_file(path))
    elif how == "asmodule":
        ASModule(path)
    else:
        sys.path.insert(0, os.path.dirname(path))
        import looping
except KeyboardInterrupt:
    print("KeyboardInterrupt", time.monotonic() - start < 1.2)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-C is a console-wide event on Windows")
@pytest.mark.parametrize("how", ["load", "instance", "asmodule", "import"])
def test_sigint_stops_a_looping_start_function(looping, how):
    assert_ok(run_child(SIGINT_DURING, args=[str(looping), how], timeout=30), "KeyboardInterrupt True\n")
