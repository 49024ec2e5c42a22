"""Imports: host functions, explicit imports, and module-to-module linking
through the import hook."""

import importlib
import sys
import traceback

import pytest

import wasmpy

HOST_WAT = """(module
  (import "env" "scale" (func $scale (param i32 f64) (result f64)))
  (import "env" "pair" (func $pair (param i64) (result i64 i32)))
  (import "env" "log" (func $log (param i32)))
  (func (export "use_scale") (param i32) (result f64)
    local.get 0 f64.const 0.5 call $scale)
  (func (export "use_pair") (param i64) (result i64 i32)
    local.get 0 call $pair)
  (func (export "use_log") (param i32) local.get 0 call $log))
"""


def test_host_functions_get_their_type_from_the_import():
    logged = []
    m = wasmpy.Instance(
        wasmpy.Module(HOST_WAT),
        {
            "env": {
                "scale": lambda n, x: n * x,
                "pair": lambda v: (v * 2, -1),
                "log": logged.append,
            }
        },
    )
    e = dict(m.exports)
    assert e["use_scale"](7) == 3.5
    assert e["use_pair"](2**40) == (2**41, -1)
    assert e["use_log"](-5) is None
    assert logged == [-5]


@pytest.mark.parametrize(
    "imports,error,match",
    [
        ({"scale": lambda n, x: "no"}, TypeError, r"env\.scale result 1 \(f64\) must be float or int, not str"),
        ({"pair": lambda v: 1}, TypeError, r"env\.pair must return a tuple of 2 values"),
        ({"pair": lambda v: (1, 2, 3)}, TypeError, r"env\.pair must return 2 values, returned 3"),
        ({"pair": lambda v: (1, 2**40)}, OverflowError, r"env\.pair result 2 \(i32\)"),
    ],
)
def test_wrong_host_results_raise_naming_the_import(imports, error, match):
    env = {"scale": lambda n, x: 0.0, "pair": lambda v: (0, 0), "log": print}
    env.update(imports)
    e = dict(wasmpy.Instance(wasmpy.Module(HOST_WAT), {"env": env}).exports)
    with pytest.raises(error, match=match):
        e["use_scale"](1)
        e["use_pair"](1)


class Boom(Exception):
    pass


REENTER_WAT = """(module
  (import "py" "h1" (func $h1 (param i32) (result i32)))
  (import "py" "h2" (func $h2 (param i32) (result i32)))
  (func (export "outer") (param i32) (result i32)
    local.get 0 call $h1 i32.const 1 i32.add)
  (func (export "inner") (param i32) (result i32)
    local.get 0 call $h2 i32.const 10 i32.add)
  (func (export "countdown") (param i32) (result i32)
    local.get 0 i32.eqz
    if (result i32) i32.const 0
    else local.get 0 call $h1 end))
"""


def make_reentrant(h2):
    """An instance whose h1 calls back into ``inner`` (wasm), which calls h2."""
    exports = {}

    def h1(x):
        return exports["inner"](x * 2)

    inst = wasmpy.Instance(wasmpy.Module(REENTER_WAT), {"py": {"h1": h1, "h2": h2}})
    exports.update(inst.exports)
    return exports


def test_reentrant_calls_into_the_same_store():
    e = make_reentrant(lambda x: x + 100)
    # outer(1): h1(1) -> inner(2) -> h2(2) = 102 -> 112 -> 113
    assert e["outer"](1) == 113


def test_host_exception_crosses_two_levels_unchanged():
    raised = Boom("from h2")

    def h2(x):
        raise raised

    e = make_reentrant(h2)
    with pytest.raises(Boom) as info:
        e["outer"](1)
    assert info.value is raised
    # The traceback shows the Python frames on the way: h1's callback into
    # wasm and h2's raise.
    names = [f.name for f in traceback.extract_tb(info.value.__traceback__)]
    assert "h1" in names and "h2" in names
    # The instance is still usable afterwards.
    e2 = make_reentrant(lambda x: x)
    assert e2["outer"](1) == 13


def test_deep_reentrancy():
    exports = {}

    def h1(x):
        return exports["countdown"](x - 1) + 1

    inst = wasmpy.Instance(
        wasmpy.Module(REENTER_WAT), {"py": {"h1": h1, "h2": lambda x: x}}
    )
    exports.update(inst.exports)
    assert exports["countdown"](200) == 200


def test_funcs_of_another_instance_link_directly():
    lib = wasmpy.Instance(
        wasmpy.Module('(module (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))')
    )
    user = wasmpy.Instance(
        wasmpy.Module(
            '(module (import "lib" "twice" (func $t (param i32) (result i32)))'
            ' (func (export "quad") (param i32) (result i32) local.get 0 call $t call $t))'
        ),
        {"lib": dict(lib.exports)},
    )
    assert dict(user.exports)["quad"](5) == 20


def test_a_func_import_of_the_wrong_type_is_a_link_error():
    lib = dict(wasmpy.Instance(wasmpy.Module('(module (func (export "f") (param i64)))')).exports)
    m = wasmpy.Module('(module (import "lib" "f" (func (param i32))))')
    with pytest.raises(wasmpy.LinkError, match="incompatible import type"):
        wasmpy.Instance(m, {"lib": lib})


IMPORTS_ALL_WAT = """(module
  (import "env" "memory" (memory 1))
  (import "env" "counter" (global $c (mut i32)))
  (import "env" "base" (global $b i64))
  (import "env" "table" (table 2 funcref))
  (func $seven (result i32) i32.const 7)
  (elem (i32.const 1) $seven)
  (func (export "bump") (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 global.get $c i32.store8
    global.get $c)
  (func (export "base") (result i64) global.get $b))
"""


def test_explicit_memory_global_and_table_imports(tmp_path):
    path = tmp_path / "all.wat"
    path.write_text(IMPORTS_ALL_WAT)
    mem = wasmpy.Memory(1, 4)
    counter = wasmpy.Global("i32", 5, mutable=True)
    table = wasmpy.Table(2)
    env = {"memory": mem, "counter": counter, "base": 9, "table": table}
    m = wasmpy.load(path, imports={"env": env})
    assert m.bump() == 6
    assert counter.value == 6
    assert mem.read(0, 1) == b"\x06"
    assert m.base() == 9
    assert table[1]() == 7
    assert table[0] is None
    # Compile once, instantiate many: a second instance shares the imports.
    second = dict(wasmpy.Instance(m.__wasm_instance__.module, {"env": env}).exports)
    assert second["bump"]() == 7
    assert counter.value == 7


OWNER_WAT = """(module
  (global (export "g") (mut i64) (i64.const 40))
  (global (export "x") (mut f64) (f64.const 0.5))
  (func (export "bump") (result i64)
    global.get 0 i64.const 1 i64.add global.set 0
    global.get 1 global.get 1 f64.add global.set 1
    global.get 0))
"""

USER_WAT = """(module
  (import "owner" "g" (global $g (mut i64)))
  (func (export "add") (param i64) (result i64)
    global.get $g local.get 0 i64.add global.set $g global.get $g))
"""


def test_a_defined_global_is_one_value_for_its_code_python_and_importers():
    """A module's own global lives in its instance (issue 15): the exported
    Global object, the module's code and an importing instance all see
    every write."""
    owner = dict(wasmpy.Instance(wasmpy.Module(OWNER_WAT)).exports)
    g, x = owner["g"], owner["x"]
    assert owner["bump"]() == 41 and g.value == 41 and x.value == 1.0
    g.value = -7
    assert owner["bump"]() == -6
    user = dict(wasmpy.Instance(wasmpy.Module(USER_WAT), {"owner": owner}).exports)
    assert user["add"](10) == 4
    assert g.value == 4
    assert owner["bump"]() == 5
    assert user["add"](2**40) == 2**40 + 5
    x.value = 3.25
    owner["bump"]()
    assert x.value == 6.5
    # A module loaded from its serialized bytes keeps the layout.
    module = wasmpy.Module.deserialize(wasmpy.Module(OWNER_WAT).serialize())
    again = dict(wasmpy.Instance(module).exports)
    again["g"].value = 100
    assert again["bump"]() == 101 and g.value == 2**40 + 6


def test_memories_of_two_stores_cannot_be_combined():
    a = dict(wasmpy.Instance(wasmpy.Module('(module (memory (export "m") 1))')).exports)
    b = dict(wasmpy.Instance(wasmpy.Module('(module (global (export "g") i32 (i32.const 1)))')).exports)
    m = wasmpy.Module('(module (import "a" "m" (memory 1)) (import "b" "g" (global i32)))')
    with pytest.raises(wasmpy.LinkError, match="another store"):
        wasmpy.Instance(m, {"a": a, "b": b})


# -- through the import hook ---------------------------------------------------

LIB_WAT = """(module
  (memory (export "memory") 1)
  (global (export "counter") (mut i32) (i32.const 0))
  (table (export "table") 2 funcref)
  (func $ten (result i32) i32.const 10)
  (elem (i32.const 0) $ten)
  (func (export "inc") (result i32)
    global.get 0 i32.const 1 i32.add global.set 0 global.get 0))
"""

APP_WAT = """(module
  (import "wlib" "inc" (func $inc (result i32)))
  (import "wlib" "memory" (memory 1))
  (import "wlib" "counter" (global $counter (mut i32)))
  (import "wlib" "table" (table 2 funcref))
  (import "pyhelpers" "double" (func $double (param i32) (result i32)))
  (type $t (func (result i32)))
  (func (export "run") (result i32)
    call $inc drop
    i32.const 16 global.get $counter i32.store
    (call_indirect (type $t) (i32.const 0))
    call $double))
"""


def test_wasm_module_imports_another_wasm_module_through_the_hook(import_dir):
    import_dir.write("wlib.wat", LIB_WAT)
    import_dir.write("pyhelpers.py", "def double(x):\n    return 2 * x\n")
    import_dir.write("app.wat", APP_WAT)
    import app
    import wlib

    assert app.run() == 20
    assert wlib.counter.value == 1  # app's call changed wlib's global
    assert wlib.memory.read(16, 4) == b"\x01\x00\x00\x00"  # and its memory
    assert wlib.inc() == 2
    assert "wlib.inc" in app.__doc__ and "func () -> (i32)" in app.__doc__


def test_relative_imports_inside_a_package(import_dir):
    import_dir.write("pkg/__init__.py", "")
    import_dir.write("pkg/base.wat", '(module (func (export "one") (result i32) i32.const 1))')
    import_dir.write(
        "pkg/user.wat",
        '(module (import ".base" "one" (func $one (result i32)))'
        ' (func (export "two") (result i32) call $one call $one i32.add))',
    )
    from pkg import user

    assert user.two() == 2
    assert "pkg.base" in sys.modules


def test_missing_module_is_a_link_error(import_dir):
    import_dir.write("lonely.wat", '(module (import "no_such_module_xyz" "f" (func)))')
    with pytest.raises(wasmpy.LinkError, match="no_such_module_xyz") as info:
        import lonely  # noqa: F401
    assert isinstance(info.value.__cause__, ImportError)
    assert "lonely" not in sys.modules


def test_reload_makes_a_new_instance(import_dir):
    import_dir.write("counter.wat", '(module (func (export "v") (result i32) i32.const 1) (func (export "old")))')
    import counter

    first = counter.__wasm_instance__
    assert counter.v() == 1
    import_dir.write("counter.wat", '(module (func (export "v") (result i32) i32.const 2))')
    again = importlib.reload(counter)
    assert again is counter
    assert counter.v() == 2
    assert counter.__wasm_instance__ is not first
    assert not hasattr(counter, "old")
    assert counter.__spec__.name == "counter"
    assert isinstance(counter.__loader__, wasmpy.WasmLoader)
