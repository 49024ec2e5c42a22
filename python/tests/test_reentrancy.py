"""Re-entrancy in long-lived processes (issue 12, cases 6, 7, 8): greenlet
switches inside host functions, two threads whose instances call each
other, host functions called from deep wasm on small thread stacks. Each
runs in a child process: on failure they crash or hang."""

import pytest

from child import assert_ok, run_child

GREENLETS = r"""
import greenlet, wasmpy
src = '''(module (import "h" "f" (func $f (param i32) (result i32)))
  (func (export "run") (param i32) (result i32) local.get 0 call $f i32.const 1 i32.add)
  (func (export "plain") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))'''
main = greenlet.getcurrent()
def host(x):
    main.switch(x)   # leave this greenlet while its wasm call is inside
    return x * 10
def make():
    m = wasmpy.Instance(wasmpy.Module(src), {"h": {"f": host}})
    return dict(m.exports)
a, b = make(), make()
ga = greenlet.greenlet(lambda: a["run"](1))
gb = greenlet.greenlet(lambda: b["run"](2))
print("a switched", ga.switch())        # ga is inside a's host function
print("other instance", b["plain"](21))  # used to segfault
print("b switched", gb.switch())         # another greenlet inside b's
print("b done", gb.switch())             # b's call completes: 2*10+1
print("a done", ga.switch())             # a's call completes: 1*10+1
print("again", a["plain"](4), b["plain"](5))
# One store entered from two greenlets, interleaved: the second greenlet
# calls the store the first one is suspended in, then suspends too.
c = make()
g1 = greenlet.greenlet(lambda: c["run"](3))
g2 = greenlet.greenlet(lambda: c["run"](4))
print("c1 switched", g1.switch())
print("c2 switched", g2.switch())
r1 = g1.switch()      # g1 finishes first: out of order
print("c1 done", r1)
r2 = g2.switch()
print("c2 done", r2)
try:
    c["plain"](1)
except Exception as e:   # a clear error, never a crash
    print("c unusable", type(e).__name__)
else:
    print("c usable")
print("a still fine", a["plain"](6))
"""


def test_greenlet_switch_inside_a_host_function():
    pytest.importorskip("greenlet")
    proc = run_child(GREENLETS, timeout=60)
    assert_ok(proc)
    lines = proc.stdout.splitlines()
    assert lines[:6] == [
        "a switched 1",
        "other instance 42",
        "b switched 2",
        "b done 21",
        "a done 11",
        "again 8 10",
    ]
    assert lines[6:10] == ["c1 switched 3", "c2 switched 4", "c1 done 31", "c2 done 41"]
    assert lines[10] == "c unusable Trap"
    assert lines[11] == "a still fine 12"


DEADLOCK = r"""
import threading, time, wasmpy
src = '''(module (import "h" "f" (func $f (param i32) (result i32)))
  (func (export "run") (param i32) (result i32) local.get 0 call $f)
  (func (export "leaf") (param i32) (result i32) local.get 0 i32.const 1 i32.add))'''
barrier = threading.Barrier(2)
inst = {}
def host_for(me, other):
    def host(x):
        barrier.wait(timeout=10)   # both threads are inside their own store
        return inst[other]["leaf"](x)
    return host
for me, other in (("a", "b"), ("b", "a")):
    inst[me] = dict(wasmpy.Instance(wasmpy.Module(src), {"h": {"f": host_for(me, other)}}).exports)
results = {}
def run(me):
    try:
        results[me] = inst[me]["run"](10)
    except Exception as e:
        results[me] = type(e).__name__ + ": " + str(e).splitlines()[0][:40]
ts = [threading.Thread(target=run, args=(n,)) for n in "ab"]
for t in ts: t.start()
for t in ts: t.join(timeout=20)
print(any(t.is_alive() for t in ts))
print(sorted(results.items()))
"""


def test_two_threads_calling_each_others_instances_do_not_deadlock():
    proc = run_child(DEADLOCK, timeout=60)
    assert_ok(proc)
    hung, results = proc.stdout.splitlines()
    assert hung == "False"
    # One call gets 11; the other fails with a clear error instead of
    # waiting forever (or also gets 11).
    assert "11" in results
    assert "deadlock" in results or results.count("11") == 2, results


SMALL_STACK = r"""
import json, re, sys, threading, wasmpy
src = '''(module (import "h" "f" (func $f))
  (func $down (param i32) call $f local.get 0 i32.eqz if return end
    local.get 0 i32.const 1 i32.sub call $down)
  (func (export "down") (param i32) local.get 0 call $down))'''
def through_c(n):
    return 0 if n == 0 else sum(map(through_c, [n - 1]))
def host():
    # Ordinary Python work at every level of deep wasm, the deepest at the
    # wasm stack limit.
    data = {"k%d" % i: [i, str(i) * 3, {"x": [1.5] * 4}] for i in range(20)}
    s = json.dumps(data, indent=2, sort_keys=True)
    assert json.loads(s) == data
    re.compile(r"(a|b)*c+[d-f]{2,5}").search("ababccde")
    # Recursion through C calls (each level a new interpreter frame on the
    # C stack), as callbacks from C libraries do.
    assert through_c(100) == 0
    nested = []
    for _ in range(60):
        nested = [nested]
    json.dumps(nested)
    "{:>10}".format(str(sorted(data)[:5]))
m = dict(wasmpy.Instance(wasmpy.Module(src), {"h": {"f": host}}).exports)
out = []
def worker():
    for depth in (10, 1000, 10**9):   # the last one recurses to the limit
        try:
            m["down"](depth)
            out.append("ok")
        except wasmpy.Trap as e:
            out.append(e.kind.name)
for size in (256 << 10, 512 << 10, 1 << 20):
    threading.stack_size(size)
    t = threading.Thread(target=worker)
    t.start(); t.join()
print(out)
"""


def test_host_functions_on_small_thread_stacks():
    proc = run_child(SMALL_STACK, timeout=120)
    assert_ok(proc)
    out = eval(proc.stdout)
    assert len(out) == 9
    for i in range(0, 9, 3):
        assert out[i] == "ok"
        assert out[i + 2] == "CALL_STACK_EXHAUSTED"
