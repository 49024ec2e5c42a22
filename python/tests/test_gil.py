"""Functions the engine knows return quickly (no loop, call or bulk
operation) are called without releasing the GIL; everything else releases
it. Either way other threads, Ctrl-C and timeouts keep working."""

import os
import signal
import sys
import threading
import time

import pytest

import wasmpy

WAT = """(module
  (memory 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "spin") (param i32) (result i32)
    (loop $l local.get 0 i32.const 1 i32.sub local.tee 0 br_if $l)
    local.get 0))"""


def exports():
    return wasmpy.Instance(wasmpy.Module(WAT)).exports


def test_quick_calls_from_many_threads_share_one_store():
    e = exports()
    add, spin = e["add"], e["spin"]
    errors = []

    def worker(k):
        try:
            for i in range(5000):
                assert add(i, k) == i + k
        except Exception as ex:  # pragma: no cover - reported below
            errors.append(ex)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    long_call = threading.Thread(target=spin, args=(50_000_000,))
    long_call.start()
    for t in threads:
        t.start()
    for t in threads + [long_call]:
        t.join(timeout=60)
    assert not errors
    assert not any(t.is_alive() for t in threads + [long_call])


def ticks_of_another_thread(run):
    """How many times another Python thread counted while ``run()`` ran."""
    ticks = 0
    stop = threading.Event()

    def count():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    try:
        before = ticks
        run()
        return ticks - before
    finally:
        stop.set()
        t.join()


def test_python_threads_run_during_a_long_call():
    spin = exports()["spin"]
    # a loop: runs with the GIL released
    assert ticks_of_another_thread(lambda: spin(300_000_000)) > 1000


def test_timeout_applies_to_quick_functions_too():
    add = exports()["add"]
    assert add.call(1, 2, timeout=1.0) == 3


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigint_during_a_burst_of_quick_calls():
    add = exports()["add"]
    sent = []

    def send():
        # The latency counts from the signal, not from the timer's start:
        # on a loaded machine the timer thread itself may run late.
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Timer(0.1, send)
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        while time.monotonic() - start < 10:
            add(1, 2)
    latency = time.monotonic() - sent[0]
    timer.join()
    assert latency < 0.1


HOST_WAT = """(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (func (export "host_loop") (param i32) (result i32) (local i32)
    (loop $l
      local.get 0 call $f local.get 1 i32.add local.set 1
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)
    local.get 1))"""


def host_loop(f):
    return wasmpy.Instance(wasmpy.Module(HOST_WAT), {"env": {"f": f}}).exports["host_loop"]


def test_host_calls_of_a_long_call_take_the_gil_back_each_time():
    # wasm runs with the GIL released and each host call retakes it
    # (gil.rs): another thread's Python code runs between the host calls,
    # and each host call sees the Python state of its own thread.
    local = threading.local()
    local.name = "caller"
    seen = []

    def f(x):
        seen.append(local.name)
        return x

    def run():
        assert host_loop(f)(60_000) == 60_000 * 60_001 // 2

    assert ticks_of_another_thread(run) > 1000
    assert set(seen) == {"caller"} and len(seen) == 60_000


def test_host_calls_from_several_threads_and_nested_calls():
    # Each thread's wasm call releases its own thread state and its host
    # calls take back that one; a host function calling wasm again (which
    # calls the host again) nests the hand-over.
    inner = host_loop(lambda x: x)
    outer = host_loop(lambda x: inner(2) - 3 + x)
    errors = []

    def worker():
        try:
            for _ in range(200):
                assert outer(50) == 50 * 51 // 2
        except Exception as ex:  # pragma: no cover - reported below
            errors.append(ex)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert not any(t.is_alive() for t in threads)


def test_exception_in_a_host_call_leaves_the_gil_held():
    def f(x):
        if x == 3:
            raise KeyError("from the host")
        return x

    loop = host_loop(f)
    for _ in range(3):
        with pytest.raises(KeyError, match="from the host"):
            loop(10)
    assert host_loop(lambda x: x)(4) == 10
