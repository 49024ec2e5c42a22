"""Traps keep working whatever faulthandler does (issue 12, case 9)."""

import pytest

from child import assert_ok, run_child

OOB = """
import faulthandler, wasmpy
def oob():
    m = wasmpy.Instance(wasmpy.Module(
        '(module (memory 1) (func (export "f") (result i32) i32.const 70000 i32.load))'))
    f = dict(m.exports)["f"]
    try:
        f()
    except wasmpy.Trap as e:
        return e.kind.name
"""

CASES = {
    # faulthandler enabled after wasmpy installed its handler
    "enable_after": "print(oob()); faulthandler.enable(); print(oob())",
    # enabled first, then wasmpy, then disabled
    "disable_after": "faulthandler.enable(); print(oob()); faulthandler.disable(); print(oob())",
    "toggle": "faulthandler.enable(); faulthandler.disable(); faulthandler.enable(); print(oob()); print(oob())",
    # a call made through an imported module's function, with faulthandler
    # changed between instantiation and the call
    "between": (
        "m = wasmpy.Instance(wasmpy.Module('(module (memory 1) (func (export \"f\") (result i32)"
        " i32.const 70000 i32.load))')); f = dict(m.exports)['f']; faulthandler.enable()\n"
        "try:\n    f()\nexcept wasmpy.Trap as e:\n    print(e.kind.name)\nprint(oob())"
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_traps_survive_faulthandler(case):
    proc = run_child(OOB + CASES[case] + "\n", timeout=60)
    assert_ok(proc, "MEMORY_OUT_OF_BOUNDS\nMEMORY_OUT_OF_BOUNDS\n")


def test_a_fault_outside_wasm_still_reaches_faulthandler():
    # faulthandler still reports a real crash (and the process still dies).
    proc = run_child(
        "import faulthandler, ctypes, wasmpy\n"
        "wasmpy.Instance(wasmpy.Module('(module)'))\n"
        "faulthandler.enable()\n"
        "ctypes.string_at(0)\n",
        timeout=60,
    )
    assert proc.returncode != 0
    assert "Fatal Python error" in proc.stderr
