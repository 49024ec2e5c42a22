"""Wasm runs holding the GIL: host calls find it held. A long call hands
it over to other threads every ``sys.getswitchinterval()`` at its loop
headers and function entries (a ticker thread requests it, gil.rs), and
WASI calls run without it. Functions the engine knows return quickly (no
loop, call or bulk operation) are called with no hand-over at all. Either
way other threads, Ctrl-C and timeouts keep working."""

import os
import signal
import sys
import threading
import time

import pytest

import wasmpy
from wasmpy import wasi

WAT = """(module
  (memory 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "spin") (param i32) (result i32)
    (loop $l local.get 0 i32.const 1 i32.sub local.tee 0 br_if $l)
    local.get 0)
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"""


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
    # a loop: hands the GIL over at its header
    assert ticks_of_another_thread(lambda: spin(300_000_000)) > 1000


def ticks_during_each(calls):
    """Runs ``calls`` (lists of callables, one list per thread, each list
    run in turn on a thread of its own) while another Python thread counts.
    Returns how many times it counted during each call (a list per
    thread) and the longest time (s) it went without counting."""
    ticks = 0
    gap = 0.0
    stop = threading.Event()
    per_call = [[] for _ in calls]

    def count():
        nonlocal ticks, gap
        last = time.monotonic()
        while not stop.is_set():
            ticks += 1
            now = time.monotonic()
            gap = max(gap, now - last)
            last = now

    def run(i):
        for call in calls[i]:
            before = ticks
            call()
            per_call[i].append(ticks - before)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        runners = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
        for t in runners:
            t.start()
        for t in runners:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in runners)
    finally:
        stop.set()
        counter.join()
    return per_call, gap


def test_python_threads_run_during_each_of_several_long_calls():
    # Hand-overs came four times an interval at first: a waiting thread
    # seldom asked for the GIL (its timed wait started over at each one),
    # and another thread often ran during a thread's first long call only
    # (0 ticks in a later one of 0.9 s).
    spin = exports()["spin"]
    (ticks,), gap = ticks_during_each([[lambda: spin(500_000_000)] * 4])
    assert all(t > 1000 for t in ticks), ticks
    # Each call runs for about 0.3-1 s: another thread waits about two or
    # three switch intervals at a time (generous for a loaded machine).
    assert gap < 0.25, (gap, ticks)


def test_python_threads_run_during_each_long_call_of_two_threads():
    # Two threads each make long calls in a row (of two stores, and of
    # one: they then take turns); a third counts during each of them.
    a, b = exports()["spin"], exports()["spin"]
    for second in (b, a):
        ticks, gap = ticks_during_each([[lambda: a(300_000_000)] * 3,
                                        [lambda: second(300_000_000)] * 3])
        assert all(t > 1000 for per in ticks for t in per), ticks
        assert gap < 0.25, (gap, ticks)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # 3.12: fork with threads
def test_a_fork_child_hands_over_and_times_out():
    # The parent's ticker and timer threads are not in the child: it starts
    # its own at its first long call and its first timeout (fork.rs).
    spin = exports()["spin"]
    assert ticks_of_another_thread(lambda: spin(100_000_000)) > 1000
    with pytest.raises(wasmpy.Trap):
        spin.call(2_000_000_000, timeout=0.01)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its status
        status = 1
        try:
            ticks = ticks_of_another_thread(lambda: spin(200_000_000))
            start = time.monotonic()
            try:
                spin.call(2_000_000_000, timeout=0.05)
                status = 3
            except wasmpy.Trap:
                status = 0 if ticks > 1000 and time.monotonic() - start < 1.0 else 2
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def longest_wait_of_another_thread(run):
    """The longest time (s) another Python thread went without running
    while ``run()`` ran, and ``run()``'s own duration."""
    stop = threading.Event()
    gaps = [0.0]
    last = [time.monotonic()]

    def count():
        while not stop.is_set():
            now = time.monotonic()
            gaps[0] = max(gaps[0], now - last[0])
            last[0] = now

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.01)
    try:
        gaps[0] = 0.0
        start = time.monotonic()
        run()
        end = time.monotonic()
        # A thread that never ran during the call counts as waiting for
        # all of it (from its last count before the call or during it).
        return max(gaps[0], end - max(last[0], start)), end - start
    finally:
        stop.set()
        t.join()


@pytest.mark.parametrize("interval", [0.005, 0.02, 0.001, 0.05])
def test_a_long_loop_hands_the_gil_over_every_switch_interval(interval):
    spin = exports()["spin"]
    old = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    try:
        gap, took = longest_wait_of_another_thread(lambda: spin(2_000_000_000))
    finally:
        sys.setswitchinterval(old)
    # The call runs for seconds; the other thread waits about one or two
    # intervals at a time (generous for a loaded machine).
    assert took > 0.5
    assert gap < max(0.25, 10 * interval), (gap, took)


def test_a_recursion_without_loops_hands_the_gil_over_at_function_entries():
    fib = exports()["fib"]
    gap, took = longest_wait_of_another_thread(lambda: fib(36))
    assert fib(20) == 6765
    assert took > 0.05
    assert gap < 0.25, (gap, took)


SLEEP_WAT = """(module
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "sleep") (param i64) (result i32)
    ;; one clock subscription (tag 0 at 8): monotonic clock (id 1 at 16),
    ;; relative timeout in ns at 24
    (i32.store offset=16 (i32.const 0) (i32.const 1))
    (i64.store offset=24 (i32.const 0) (local.get 0))
    (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128))))"""


def test_a_blocking_wasi_call_runs_without_the_gil():
    sleep = wasmpy.Instance(wasmpy.Module(SLEEP_WAT), {}, wasi=wasi.WasiConfig()).exports["sleep"]
    gap, took = longest_wait_of_another_thread(lambda: sleep(300_000_000))
    assert took >= 0.29
    # Not one hand-over per interval: the whole sleep is without the GIL.
    assert gap < 0.05, (gap, took)


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


def test_host_calls_of_a_long_call_find_the_gil_held():
    # wasm runs with the GIL held, so each host call finds it (gil.rs);
    # another thread's Python code runs at the hand-overs (and when the
    # interpreter running the host function switches), and each host call
    # sees the Python state of its own thread.
    local = threading.local()
    local.name = "caller"
    seen = []

    def f(x):
        seen.append(local.name)
        return x

    def run():
        total = (600_000 * 600_001 // 2) & 0xFFFF_FFFF  # i32 arithmetic
        assert host_loop(f)(600_000) == total - (1 << 32 if total >= 1 << 31 else 0)

    assert ticks_of_another_thread(run) > 1000
    assert set(seen) == {"caller"} and len(seen) == 600_000


def test_host_calls_from_several_threads_and_nested_calls():
    # Each thread's wasm call hands its own thread state over; a host
    # function calling wasm again (which calls the host again) nests the
    # calls, each registered for hand-overs in turn.
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
