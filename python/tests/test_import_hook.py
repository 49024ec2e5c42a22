"""``import name`` of .wat and .wasm files through the wasmpy finder."""

import importlib
import sys
import types

import pytest

import wasmpy
from conftest import ANSWER_WASM

ADD_WAT = """(module
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "add one") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add)
  (func (export "__name__") (result i32) i32.const 5))
"""


def test_finder_is_installed_last():
    assert isinstance(sys.meta_path[-1], wasmpy.WasmFinder)
    wasmpy.install()  # idempotent
    assert sum(isinstance(f, wasmpy.WasmFinder) for f in sys.meta_path) == 1


def test_import_wat(import_dir):
    path = import_dir.write("adder.wat", ADD_WAT)
    import adder

    assert isinstance(adder, types.ModuleType)
    assert isinstance(adder, wasmpy.WasmModule)
    assert adder.add(2, 40) == 42
    assert adder.__name__ == "adder"
    assert adder.__file__ == str(path)
    assert adder.__spec__.origin == str(path)
    assert adder.__spec__.name == "adder"
    assert isinstance(adder.__loader__, wasmpy.WasmLoader)
    assert sys.modules["adder"] is adder


def test_names_that_are_not_identifiers(import_dir):
    import_dir.write("adder2.wat", ADD_WAT)
    import adder2

    assert adder2["add one"](41) == 42
    assert adder2["add"] is adder2.add
    assert "add one" in adder2
    # A dunder export does not replace module machinery, but [] reaches it.
    assert adder2.__name__ == "adder2"
    assert adder2["__name__"]() == 5
    with pytest.raises(KeyError):
        adder2["missing"]
    assert list(adder2.__wasm_exports__) == ["add", "add one", "__name__"]


def test_import_wasm_binary(import_dir):
    import_dir.write("answer.wasm", ANSWER_WASM)
    import answer

    assert answer.answer() == 42
    assert answer.__file__.endswith("answer.wasm")


def test_package_import(import_dir):
    import_dir.write("pkg/__init__.py", "")
    import_dir.write("pkg/mathops.wat", ADD_WAT)
    import_dir.write("pkg/sub/__init__.py", "")
    import_dir.write("pkg/sub/bin.wasm", ANSWER_WASM)
    import pkg.mathops
    from pkg.sub import bin as binmod

    assert pkg.mathops.add(1, 2) == 3
    assert pkg.mathops.__name__ == "pkg.mathops"
    assert binmod.answer() == 42
    assert sys.modules["pkg.sub.bin"] is binmod


def test_namespace_package_import(import_dir):
    import_dir.write("nspkg/inner.wat", ADD_WAT)
    import nspkg.inner

    assert nspkg.inner.add(3, 4) == 7


def test_precedence_py_over_wasm_over_wat(import_dir):
    import_dir.write("prec_a.py", "WHICH = 'py'\n")
    import_dir.write("prec_a.wasm", ANSWER_WASM)
    import_dir.write("prec_a.wat", '(module (func (export "answer") (result i32) i32.const 7))')
    import_dir.write("prec_b.wasm", ANSWER_WASM)
    import_dir.write("prec_b.wat", '(module (func (export "answer") (result i32) i32.const 7))')
    import prec_a
    import prec_b

    assert prec_a.WHICH == "py"
    assert not isinstance(prec_a, wasmpy.WasmModule)
    assert prec_b.answer() == 42  # .wasm beats .wat
    assert prec_b.__file__.endswith(".wasm")


def test_earlier_directory_wins(import_dir, tmp_path_factory, monkeypatch):
    second = tmp_path_factory.mktemp("second")
    (second / "order.wasm").write_bytes(ANSWER_WASM)
    import_dir.write("order.wat", '(module (func (export "answer") (result i32) i32.const 7))')
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(import_dir.root))
    assert sys.path.index(str(import_dir.root)) < sys.path.index(str(second))
    import order

    # The .wat of the first directory, not the .wasm of the second.
    assert order.answer() == 7


def test_missing_module_still_raises(import_dir):
    with pytest.raises(ModuleNotFoundError):
        import does_not_exist_anywhere  # noqa: F401


def test_broken_module_raises_and_is_not_cached(import_dir):
    import_dir.write("broken.wat", "(module (func (result i32)))")
    with pytest.raises(wasmpy.CompileError) as info:
        import broken  # noqa: F401
    assert info.value.offset is not None
    assert "broken" not in sys.modules


def test_reload(import_dir):
    import_dir.write("reloaded.wat", '(module (func (export "v") (result i32) i32.const 1))')
    import reloaded

    assert reloaded.v() == 1
    import_dir.write("reloaded.wat", '(module (func (export "v") (result i32) i32.const 2))')
    again = importlib.reload(reloaded)
    assert again is reloaded
    assert reloaded.v() == 2


def test_uninstall_and_install(import_dir):
    import_dir.write("hidden.wat", ADD_WAT)
    wasmpy.uninstall()
    try:
        with pytest.raises(ModuleNotFoundError):
            import hidden  # noqa: F401
    finally:
        wasmpy.install()
    import hidden

    assert hidden.add(1, 1) == 2
