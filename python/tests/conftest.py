"""Shared fixtures: a temporary import directory and module helpers."""

import importlib
import importlib.util
import struct
import sys
from pathlib import Path
from typing import Callable, Iterator

import pytest

import wasmpy


class ImportDir:
    """A temporary directory on ``sys.path`` to write modules into."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, relpath: str, content) -> Path:
        """Writes ``content`` (str → text, bytes → binary) at ``relpath``."""
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        importlib.invalidate_caches()
        return path


@pytest.fixture
def import_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ImportDir]:
    """``tmp_path`` put first on ``sys.path``; modules imported from it are
    removed from ``sys.modules`` afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield ImportDir(tmp_path)
    for name in set(sys.modules) - before:
        del sys.modules[name]


def compile_or_xfail(text: str) -> wasmpy.WasmModule:
    """Instantiates text-format ``text`` as a module object; marks the
    running test as xfail (not passed) if the engine does not compile one of
    its instructions yet, so the test runs for real once it does."""
    try:
        module = wasmpy.Module(text)
    except wasmpy.UnsupportedError as e:
        pytest.xfail(f"engine does not compile {e.feature} yet")
    m = wasmpy.WasmModule("test_module")
    m._wasmpy_bind(wasmpy.Instance(module))
    return m


@pytest.fixture
def wat() -> Callable[[str], wasmpy.WasmModule]:
    """Compiles and instantiates a text module, requiring full support."""

    def make(text: str) -> wasmpy.WasmModule:
        m = wasmpy.WasmModule("test_module")
        m._wasmpy_bind(wasmpy.Instance(wasmpy.Module(text)))
        return m

    return make


#: A binary module written by hand: ``(func (export "answer") (result i32) i32.const 42)``.
ANSWER_WASM = bytes(
    [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]  # magic, version 1
    + [0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F]  # type section: () -> i32
    + [0x03, 0x02, 0x01, 0x00]  # function section: func 0 has type 0
    + [0x07, 0x0A, 0x01, 0x06] + list(b"answer") + [0x00, 0x00]  # export "answer" = func 0
    + [0x0A, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2A, 0x0B]  # code: i32.const 42, end
)


def import_wasmtime():
    """The ``wasmtime`` module, the reference runtime some tests compare
    with (scripts/test.sh installs it; missing, the import fails). On a
    32-bit Python, for which wasmtime publishes no build, the calling test
    module is skipped instead, saying so."""
    if struct.calcsize("P") == 4 and importlib.util.find_spec("wasmtime") is None:
        pytest.skip(
            "needs the reference runtime wasmtime, which has no 32-bit build",
            allow_module_level=True,
        )
    import wasmtime

    return wasmtime
