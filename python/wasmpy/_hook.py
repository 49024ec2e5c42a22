"""The import hook: ``import name`` finds ``name.wasm`` or ``name.wat``.

``install()`` (called by ``import wasmpy``) appends a ``WasmFinder`` to the
end of ``sys.meta_path``. Being last, it is only asked for names that no
regular finder resolves, so a Python module (``name.py``, a package, an
extension module) anywhere on the path always wins over a WebAssembly one.

The finder searches the directories of ``sys.path`` for a top-level name,
and the parent package's ``__path__`` for a submodule (``import pkg.mod``
finds ``pkg/mod.wasm``). In each directory, in order, it looks for
``name.wasm`` and then ``name.wat``: the first found is loaded.
"""

import importlib.abc
import importlib.machinery
import os
import sys
import types
from typing import Optional, Sequence

from ._module import WasmModule, compile_file, resolve_imports, wasi_for
from ._native import Instance, Module


def is_assemblyscript(module: Module) -> bool:
    """Whether ``module`` exports the AssemblyScript runtime's type table
    and memory (``__rtti_base`` and ``memory``; ``asc --exportRuntime``)."""
    names = {name for name, _kind in module.exports}
    return "__rtti_base" in names and "memory" in names

__all__ = ["WasmFinder", "WasmLoader", "install", "uninstall", "SUFFIXES"]

#: File suffixes the finder tries, in order of precedence.
SUFFIXES = (".wasm", ".wat")


class WasmLoader(importlib.abc.Loader):
    """Loads one ``.wasm`` or ``.wat`` file as a ``WasmModule``: compiles it,
    resolves its imports through the import system (``(import "env" "f")``
    imports the module ``env`` and takes ``env.f``; a name starting with
    ``.`` is relative to the module's package), instantiates it, and sets
    the exports as attributes. ``importlib.reload`` re-reads the file and
    makes a new instance.

    A module that exports the AssemblyScript runtime (``__rtti_base`` and
    ``memory``) is loaded by ``wasmpy.assemblyscript.bind_hook_module``:
    default ``env.abort``/``env.trace``/``env.seed``, and an ``as_module``
    attribute with the string, array and pin helpers.

    ``exec_module`` raises what ``wasmpy.load`` raises (``CompileError``,
    ``LinkError``, ``Trap``...); the import system then removes the
    half-made module from ``sys.modules``.
    """

    def __init__(self, path: str) -> None:
        self.path = path

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return WasmModule(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if not isinstance(module, WasmModule):
            raise TypeError(f"cannot load a WebAssembly module into {type(module).__name__}")
        compiled = compile_file(self.path)
        spec = getattr(module, "__spec__", None)
        package = spec.parent if spec is not None else None
        if is_assemblyscript(compiled):
            from .assemblyscript import bind_hook_module

            bind_hook_module(module, compiled, package)
            return
        wasi = wasi_for(compiled, module.__name__.rpartition(".")[2])
        module._wasmpy_bind(Instance(compiled, resolve_imports(compiled, package), wasi=wasi))

    def get_filename(self, fullname: str) -> str:
        """The file the module is loaded from."""
        return self.path

    def __repr__(self) -> str:
        return f"<WasmLoader {self.path!r}>"


class WasmFinder(importlib.abc.MetaPathFinder):
    """A meta path finder for ``.wasm`` and ``.wat`` files (see the module
    docstring for the search order)."""

    def find_spec(
        self,
        fullname: str,
        path: Optional[Sequence[str]],
        target: Optional[types.ModuleType] = None,
    ) -> Optional[importlib.machinery.ModuleSpec]:
        """A spec for ``fullname`` if a ``.wasm``/``.wat`` file for it exists
        in ``path`` (the parent package's ``__path__``) or, for a top-level
        name (``path is None``), in ``sys.path``; otherwise ``None``."""
        tail = fullname.rpartition(".")[2]
        for entry in sys.path if path is None else path:
            if not isinstance(entry, (str, os.PathLike)):
                continue
            directory = os.fspath(entry) or os.getcwd()
            for suffix in SUFFIXES:
                candidate = os.path.join(directory, tail + suffix)
                if os.path.isfile(candidate):
                    spec = importlib.machinery.ModuleSpec(
                        fullname, WasmLoader(candidate), origin=candidate
                    )
                    spec.has_location = True
                    return spec
        return None

    def __repr__(self) -> str:
        return "<wasmpy.WasmFinder>"


_finder = WasmFinder()


def install() -> None:
    """Appends the finder to ``sys.meta_path`` unless it is already there."""
    if not any(isinstance(f, WasmFinder) for f in sys.meta_path):
        sys.meta_path.append(_finder)


def uninstall() -> None:
    """Removes the finder from ``sys.meta_path`` (modules already imported
    stay in ``sys.modules``)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, WasmFinder)]
