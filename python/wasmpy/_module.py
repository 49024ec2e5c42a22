"""Python modules made from WebAssembly instances, and ``load``."""

import importlib
import os
import types
from typing import Any, Dict, Mapping, Optional, Union

from ._errors import LinkError
from ._native import Instance, Limits, Module

__all__ = ["WasmModule", "load", "compile_file", "resolve_imports"]

PathLike = Union[str, "os.PathLike[str]"]

#: The import module names of the WASI snapshots ``wasmpy.wasi`` provides
#: (preview1 and the older preview0, ``wasi_unstable``) rather than the
#: import system.
WASI_MODULES = ("wasi_snapshot_preview1", "wasi_unstable")


def wasi_for(compiled: Module, name: str, wasi: Any = None) -> Any:
    """The WASI configuration to instantiate ``compiled`` with: ``wasi`` if
    given, else ``wasmpy.wasi.default_config(name)`` when the module imports
    ``wasi_snapshot_preview1`` or ``wasi_unstable``, else ``None``."""
    if wasi is not None:
        return wasi
    if any(m in WASI_MODULES for m, _f, _k in compiled.imports):
        from .wasi import default_config

        return default_config(name)
    return None


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
    ``wasmpy.Table``. The module's ``__doc__`` lists the exports with their
    wasm types (shown by ``help(module)``).

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
        """Sets the module's exports from ``instance`` (used by the loader;
        on ``importlib.reload`` the previous exports are removed first)."""
        for name in self.__dict__.get("__wasm_exports__", {}):
            if name.isidentifier() and not _is_dunder(name):
                self.__dict__.pop(name, None)
        exports: Dict[str, Any] = dict(instance.exports)
        self.__wasm_instance__ = instance
        self.__wasm_exports__ = types.MappingProxyType(exports)
        for name, value in exports.items():
            if name.isidentifier() and not _is_dunder(name):
                setattr(self, name, value)
        self.__doc__ = _describe(instance.module, getattr(self, "__file__", None))


def _describe(module: Module, path: Optional[str]) -> str:
    """A docstring listing the imports and exports of ``module`` with types."""
    lines = [f"WebAssembly module{' ' + path if path else ''}."]
    if module.import_types:
        lines += ["", "Imports:"]
        lines += [f"    {m}.{n}: {ty}" for m, n, ty in module.import_types]
    lines += ["", "Exports:"]
    lines += [f"    {n}: {ty}" for n, ty in module.export_types] or ["    (none)"]
    return "\n".join(lines)


def resolve_imports(module: Module, package: Optional[str] = None) -> Dict[str, Any]:
    """The namespaces ``module`` imports from, through the import system:
    ``(import "env" "f" ...)`` imports the Python module ``env`` (which may
    itself be a ``.wasm``/``.wat`` module found by the wasmpy finder) and
    later takes ``env.f`` from it (``env["f"]`` for a wasm module). A module
    name starting with ``.`` is relative to ``package``.

    ``wasi_snapshot_preview1`` and ``wasi_unstable`` are left out
    (``wasmpy.wasi`` provides them).

    Returns ``{module name: Python module}``. Raises ``wasmpy.LinkError``
    (chained to the ``ImportError``) when a module cannot be imported.
    """
    namespaces: Dict[str, Any] = {}
    for modname, field, _kind in module.imports:
        if modname in namespaces or modname in WASI_MODULES:
            continue
        try:
            namespaces[modname] = importlib.import_module(modname, package)
        except (ImportError, TypeError, ValueError) as e:
            raise LinkError(
                f"import {modname}.{field}: cannot import the module {modname!r}: {e}"
            ) from e
    return namespaces


def compile_file(path: PathLike) -> Module:
    """Reads and compiles the module at ``path``: the text format if the
    file starts with ``(`` (any ``.wat`` file), else the binary format.

    Raises ``OSError`` if the file cannot be read, ``wasmpy.CompileError``
    (naming the file) or ``wasmpy.UnsupportedError`` as ``Module``.
    """
    return Module.from_file(os.fspath(path))


def _is_text(source: Union[str, bytes]) -> bool:
    """Whether ``source`` is text format rather than a file name: it starts
    (after whitespace) with ``(`` or a ``;;`` comment."""
    head = source.lstrip()[:2]
    return head[:1] in ("(", b"(") or head in (";;", b";;")


def load(
    source: Union[PathLike, str, bytes, bytearray, memoryview],
    *,
    name: Optional[str] = None,
    imports: Optional[Mapping[str, Mapping[str, Any]]] = None,
    limits: Optional[Limits] = None,
    wasi: Any = None,
    timeout: Optional[float] = None,
) -> WasmModule:
    """Compiles and instantiates a WebAssembly module; returns it as a
    Python module (a ``WasmModule``), the same kind of object that
    ``import`` gives.

    Args:
        source: a path (``str`` or path-like) to a ``.wasm`` (binary) or
            ``.wat`` (text) file; the text format itself, as a ``str`` or as
            bytes starting with ``(``; or the binary format as a bytes-like
            object.
        name: the module's ``__name__``; by default the file name without
            suffix, or ``"<wasm>"`` for a module given as text or bytes.
        imports: the values of the module's imports, as ``{module name:
            {field name: value}}`` (an inner mapping may also be any object
            with attributes, such as a Python module). Values: any Python
            callable or a ``wasmpy.Func`` for a function; a
            ``wasmpy.Memory``/``Table``/``Global`` for those; an ``int`` or
            ``float`` for an immutable global. When ``None``, the module
            gets no imports (one that declares any fails with
            ``LinkError``). ``load`` never imports Python modules to
            resolve imports, so an untrusted module reaches only what
            ``imports`` gives it; only the import hook (``import name``,
            for modules trusted like code) resolves imports through the
            import system (``resolve_imports``).
        limits: a ``wasmpy.Limits`` for the instance's store; by default
            ``wasmpy.get_default_limits()``.
        wasi: a ``wasmpy.wasi.WasiConfig`` providing the module's
            ``wasi_snapshot_preview1`` imports (``imports`` entries of the
            same name win); by default ``wasmpy.wasi.default_config()``
            for a module that imports WASI. An exported ``_initialize``
            (a WASI reactor) is called once.
        timeout: seconds the start function may run; past them it is
            interrupted (``wasmpy.Trap`` of kind ``INTERRUPTED``). Ctrl-C
            stops it with ``KeyboardInterrupt`` in any case.

    An AssemblyScript module (one exporting ``__rtti_base`` and ``memory``)
    is loaded as ``import`` loads it (``wasmpy.assemblyscript``): the
    default ``env.abort``/``env.trace``/``env.seed`` where ``imports``
    gives none, the string/array helpers, and typed
    exports when ``name.d.ts`` lies beside the file.

    Raises:
        OSError: the file cannot be read.
        wasmpy.CompileError: the module is malformed or invalid (naming the
            file, function and offset).
        wasmpy.UnsupportedError: the module uses something not compiled yet.
        wasmpy.LinkError: an import is missing or does not match.
        MemoryError: a memory or table is larger than ``limits`` allow.
        wasmpy.Trap: the start function trapped or was interrupted (or the
            exception a host function raised).
        KeyboardInterrupt: Ctrl-C while the start function ran.
        ValueError: ``timeout`` is negative or NaN.
    """
    if isinstance(source, (bytes, bytearray, memoryview)) or (
        isinstance(source, str) and _is_text(source)
    ):
        compiled = Module(bytes(source) if not isinstance(source, str) else source)
        module = WasmModule(name or "<wasm>")
    else:
        path = os.fspath(source)
        compiled = compile_file(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        module = WasmModule(name or stem)
        module.__file__ = path
    names = {n for n, _kind in compiled.exports}
    if "__rtti_base" in names and "memory" in names:  # AssemblyScript (asc --exportRuntime)
        from .assemblyscript import bind_hook_module

        # Never through the import system: `{}` leaves only the defaults.
        bind_hook_module(module, compiled, None, imports or {}, limits, timeout)
        return module
    config = wasi_for(compiled, module.__name__, wasi)
    module._wasmpy_bind(Instance(compiled, imports, limits=limits, wasi=config, timeout=timeout))
    return module
