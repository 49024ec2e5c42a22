"""Untrusted modules reach only what they are given (issue 12, case 11):
``load()``, ``Instance()`` and ``ASModule()`` never import Python modules to
resolve a module's imports; only the import hook does."""

import os

import pytest

import wasmpy
from wasmpy.assemblyscript import ASModule

# Truncates the file whose descriptor it is given, through `os.ftruncate`.
TRUNCATE = """
(module
  (import "os" "ftruncate" (func $ftruncate (param i32 i64)))
  (func (export "truncate") (param i32) local.get 0 i64.const 0 call $ftruncate))
"""


@pytest.fixture
def victim(tmp_path):
    path = tmp_path / "victim.txt"
    path.write_text("precious data")
    fd = os.open(path, os.O_RDWR)
    yield path, fd
    os.close(fd)


def test_load_without_imports_does_not_import_python_modules(tmp_path, victim):
    path, fd = victim
    wat = tmp_path / "evil.wat"
    wat.write_text(TRUNCATE)
    with pytest.raises(wasmpy.LinkError, match="os"):
        wasmpy.load(wat).truncate(fd)
    with pytest.raises(wasmpy.LinkError, match="os"):
        wasmpy.load(wat, limits=wasmpy.Limits(max_memory_pages=1)).truncate(fd)
    assert path.read_text() == "precious data"


def test_instance_and_load_get_only_given_imports(tmp_path, victim):
    path, fd = victim
    compiled = wasmpy.Module(TRUNCATE)
    with pytest.raises(wasmpy.LinkError, match="missing import"):
        wasmpy.Instance(compiled)
    with pytest.raises(wasmpy.LinkError, match="missing import"):
        wasmpy.Instance(compiled, {"env": {}})
    calls = []
    wat = tmp_path / "given.wat"
    wat.write_text(TRUNCATE)
    m = wasmpy.load(wat, imports={"os": {"ftruncate": lambda fd, n: calls.append((fd, n))}})
    m.truncate(fd)
    assert calls == [(fd, 0)]
    assert path.read_text() == "precious data"


def test_assemblyscript_module_gets_only_defaults(tmp_path, victim):
    # An AssemblyScript-shaped module (it exports the runtime) that imports
    # os.ftruncate: ASModule gives env.abort/trace/seed only.
    path, fd = victim
    wat = tmp_path / "as_evil.wat"
    wat.write_text(TRUNCATE)
    with pytest.raises(wasmpy.LinkError):
        ASModule(str(wat))
    assert path.read_text() == "precious data"


def test_import_hook_still_resolves_through_python(tmp_path, monkeypatch):
    # A module imported as code is trusted like code.
    (tmp_path / "hooked_getpid.wat").write_text(
        '(module (import "os" "getpid" (func $p (result i32)))'
        ' (func (export "pid") (result i32) call $p))'
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import hooked_getpid

    assert hooked_getpid.pid() == os.getpid()
