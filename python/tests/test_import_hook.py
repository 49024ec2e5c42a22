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


def file_hooks():
    return [h for h in sys.path_hooks if getattr(h, "__qualname__", "").startswith("FileFinder.path_hook")]


def test_path_hooks_are_installed_once(import_dir):
    assert len(file_hooks()) == 1
    assert wasmpy.WasmZipFinder in sys.path_hooks
    wasmpy.install()  # idempotent
    assert len(file_hooks()) == 1 and sys.path_hooks.count(wasmpy.WasmZipFinder) == 1
    import_dir.write("hooked.wat", ADD_WAT)
    import hooked

    assert isinstance(sys.path_importer_cache[str(import_dir.root)], wasmpy.WasmFinder)
    assert hooked.add(1, 2) == 3


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


def test_module_file_beats_a_bare_directory(import_dir):
    (import_dir.root / "shadowed").mkdir()  # a namespace package portion
    import_dir.write("shadowed.wat", ADD_WAT)
    import shadowed

    assert isinstance(shadowed, wasmpy.WasmModule) and shadowed.add(2, 2) == 4


def test_package_init_beats_a_module_file(import_dir):
    import_dir.write("pkgwins/__init__.py", "WHICH = 'package'\n")
    import_dir.write("pkgwins.wat", ADD_WAT)
    import pkgwins

    assert pkgwins.WHICH == "package"


def test_pkgutil_lists_wasm_modules(import_dir):
    import pkgutil

    import_dir.write("listed_a.wasm", ANSWER_WASM)
    import_dir.write("listed_b.wat", ADD_WAT)
    import_dir.write("listed_c.py", "")
    names = {m.name for m in pkgutil.iter_modules([str(import_dir.root)])}
    assert {"listed_a", "listed_b", "listed_c"} <= names


def test_import_from_a_zip_archive(tmp_path, monkeypatch):
    import zipfile

    archive = tmp_path / "mods.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped_wat.wat", ADD_WAT)
        z.writestr("zipped_wasm.wasm", ANSWER_WASM)
        z.writestr("zipped_py.py", "WHICH = 'py in zip'\n")
        z.writestr("zpkg/__init__.py", "")
        z.writestr("zpkg/inner.wat", ADD_WAT)
    monkeypatch.syspath_prepend(str(archive))
    before = set(sys.modules)
    try:
        import zipped_py
        import zipped_wasm
        import zipped_wat
        import zpkg.inner

        assert zipped_wat.add(20, 22) == 42 and zipped_wasm.answer() == 42
        assert zipped_py.WHICH == "py in zip"
        assert zpkg.inner.add(1, 1) == 2
        assert zipped_wat.__file__.startswith(str(archive))
        assert isinstance(sys.path_importer_cache[str(archive)], wasmpy.WasmZipFinder)
    finally:
        for name in set(sys.modules) - before:
            del sys.modules[name]
