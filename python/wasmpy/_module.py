"""Python modules made from WebAssembly instances, and ``load``."""

import os
import types
from typing import Any, Dict, Mapping, Optional, Union

from ._native import Instance, Module

__all__ = ["WasmModule", "load", "compile_file"]

PathLike = Union[str, "os.PathLike[str]"]


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class WasmModule(types.ModuleType):
    """A Python module whose attributes are the exports of a WebAssembly
    instance.

    Every export whose name is a Python identifier (and not a ``__dunder__``
    name, which would clash with module machinery) is an attribute;
    ``module["any export name"]`` reaches every export, including names such
    as ``"add one"``. Exported functions are ``wasmpy.Func`` objects;
    memories, globals and tables are ``wasmpy.Memory``, ``wasmpy.Global`` and
    ``wasmpy.Table`` (minimal for now: size and value only).

    Attributes:
        __wasm_instance__ (Instance): the instance behind the module.
        __wasm_exports__ (Mapping[str, object]): every export by name, in
            declaration order (read-only).
    """

    __wasm_instance__: Instance
    __wasm_exports__: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        """The export called ``name``; ``KeyError`` if there is none."""
        try:
            return self.__wasm_exports__[name]
        except (AttributeError, KeyError):
            raise KeyError(name) from None

    def __contains__(self, name: object) -> bool:
        """Whether the module has an export called ``name``."""
        exports = self.__dict__.get("__wasm_exports__", {})
        return name in exports

    def _wasmpy_bind(self, instance: Instance) -> None:
        """Sets the module's exports from ``instance`` (used by the loader)."""
        exports: Dict[str, Any] = dict(instance.exports)
        self.__wasm_instance__ = instance
        self.__wasm_exports__ = types.MappingProxyType(exports)
        for name, value in exports.items():
            if name.isidentifier() and not _is_dunder(name):
                setattr(self, name, value)


def compile_file(path: PathLike) -> Module:
    """Reads and compiles the module at ``path``.

    A ``.wat`` file is read as UTF-8 text format; any other file as binary
    format. Raises ``OSError`` if the file cannot be read,
    ``wasmpy.CompileError`` (or ``wasmpy.UnsupportedError``) as ``Module``.
    """
    path = os.fspath(path)
    if path.endswith(".wat"):
        with open(path, encoding="utf-8") as f:
            return Module(f.read(), path=path)
    with open(path, "rb") as f:
        return Module(f.read(), path=path)


def load(
    source: Union[PathLike, bytes, bytearray, memoryview],
    *,
    name: Optional[str] = None,
    imports: Optional[Mapping[str, Mapping[str, Any]]] = None,
) -> WasmModule:
    """Compiles and instantiates a WebAssembly module; returns it as a
    Python module (a ``WasmModule``), the same kind of object that
    ``import`` gives.

    Args:
        source: a path (``str`` or path-like) to a ``.wasm`` (binary) or
            ``.wat`` (text) file, or the binary format as a bytes-like object.
            To compile text held in a string, use ``wasmpy.Module(text)``.
        name: the module's ``__name__``; by default the file name without
            suffix, or ``"<wasm>"`` for bytes.
        imports: reserved for providing imports (module name → field name →
            value); not supported yet.

    Raises:
        OSError: the file cannot be read.
        wasmpy.CompileError: the module is malformed or invalid.
        wasmpy.UnsupportedError: the module uses something not compiled yet.
        wasmpy.LinkError: the module has imports (not supported yet).
        wasmpy.Trap: the start function trapped.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        compiled = Module(bytes(source))
        module = WasmModule(name or "<wasm>")
    else:
        path = os.fspath(source)
        compiled = compile_file(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        module = WasmModule(name or stem)
        module.__file__ = path
    module._wasmpy_bind(Instance(compiled, imports))
    return module
