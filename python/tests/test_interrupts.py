"""Traps with backtraces, interruption (Ctrl-C, timeout, interrupt()), and
the GIL being released while wasm runs."""

import os
import signal
import sys
import threading
import time

import pytest

import wasmpy

SPIN_WAT = """(module
  (func $div (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func $middle (param i32) (result i32) i32.const 1 local.get 0 call $div)
  (func (export "divide") (param i32) (result i32) local.get 0 call $middle)
  (func (export "spin") (loop br 0))
  (func (export "answer") (result i32) i32.const 42))
"""


def test_trap_message_ends_with_a_named_backtrace(wat):
    m = wat(SPIN_WAT)
    with pytest.raises(wasmpy.Trap) as info:
        m.divide(0)
    t = info.value
    assert t.kind is wasmpy.TrapKind.INTEGER_DIVIDE_BY_ZERO
    lines = str(t).splitlines()
    assert lines[0] == 'integer divide by zero (in wasm function "divide")'
    assert lines[1] == "wasm backtrace (innermost first):"
    assert lines[2:4] == ["  0: div (func 0)", "  1: middle (func 1)"]
    assert t.frames[:2] == [(0, "div"), (1, "middle")]


def test_timeout_traps_with_interrupted(wat):
    m = wat(SPIN_WAT)
    start = time.monotonic()
    with pytest.raises(wasmpy.Trap) as info:
        m.spin.call(timeout=0.05)
    assert info.value.kind is wasmpy.TrapKind.INTERRUPTED
    assert time.monotonic() - start < 1.0
    assert m.answer() == 42  # the store is usable afterwards
    assert m.answer.call(timeout=5) == 42  # a timeout that does not fire
    assert m.answer() == 42
    with pytest.raises(ValueError):
        m.answer.call(timeout=-1)


def test_interrupt_from_another_thread(wat):
    m = wat(SPIN_WAT)
    timer = threading.Timer(0.05, m.spin.interrupt)
    timer.start()
    with pytest.raises(wasmpy.Trap) as info:
        m.spin()
    timer.join()
    assert info.value.kind is wasmpy.TrapKind.INTERRUPTED
    assert m.answer() == 42
    m.__wasm_instance__.interrupt()  # no call running: the next one stops
    with pytest.raises(wasmpy.Trap):
        m.answer()
    assert m.answer() == 42


# On Windows Ctrl-C is a console event, not a signal: a test could only send
# it with GenerateConsoleCtrlEvent, which reaches every process attached to
# the console (the test runner's parents too), so these tests run on Unix
# only and the Windows console handler (interrupt.rs) is not run by them.
unix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="Ctrl-C is a console-wide event on Windows"
)


@unix_only
@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="needs the main thread")
def test_sigint_raises_keyboard_interrupt_within_100ms(wat):
    m = wat(SPIN_WAT)
    sent = []

    def send():
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Timer(0.1, send)
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        m.spin()
    latency = time.monotonic() - sent[0]
    timer.join()
    assert latency < 0.1
    assert m.answer() == 42  # no stale interrupt afterwards


@unix_only
def test_sigint_inside_nested_host_call(wat):
    """Ctrl-C while wasm called from a host function runs: KeyboardInterrupt
    comes out of the outer call; both stores are usable afterwards."""
    inner = wat(SPIN_WAT)
    outer = wasmpy.Instance(
        wasmpy.Module(
            '(module (import "py" "h" (func $h)) (func (export "run") call $h)'
            ' (func (export "ok") (result i32) i32.const 1))'
        ),
        {"py": {"h": lambda: inner.spin()}},
    )
    run, ok = dict(outer.exports)["run"], dict(outer.exports)["ok"]
    timer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        run()
    timer.join()
    assert ok() == 1 and inner.answer() == 42


def test_other_threads_run_while_wasm_runs(wat):
    # The GIL is handed over every two switch intervals (10 ms; gil.rs):
    # a worker that sleeps 1 ms between ticks gets about one tick per 11 ms.
    m = wat(SPIN_WAT)
    ticks = []
    done = threading.Event()

    def worker():
        while not done.is_set():
            ticks.append(1)  # Python bytecode: needs the GIL
            time.sleep(0.001)
        m.spin.interrupt()

    t = threading.Thread(target=worker)
    t.start()
    timer = threading.Timer(0.5, done.set)
    timer.start()
    with pytest.raises(wasmpy.Trap):
        m.spin()
    t.join()
    timer.join()
    assert len(ticks) > 20


def test_two_threads_calling_one_store(wat):
    m = wat('(module (global $g (mut i32) (i32.const 0))'
            ' (func (export "inc") global.get $g i32.const 1 i32.add global.set $g)'
            ' (func (export "get") (result i32) global.get $g))')

    def work():
        for _ in range(20000):
            m.inc()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert m.get() == 80000
