"""The import hook: ``import name`` finds ``name.wasm`` or ``name.wat``.

``install()`` (called by ``import wasmpy``) puts two path hooks in
``sys.path_hooks`` (PEP 302; the importlib "path based finder"):

- In place of the standard ``FileFinder`` hook, ``WasmFinder.path_hook``
  with the standard loaders (extension modules, ``.py``, ``.pyc``) followed
  by ``WasmLoader`` for ``.wasm`` and then ``.wat``. So, as for any file
  module, in each directory of ``sys.path`` (or of a package's
  ``__path__``) a Python module of the name wins, then ``name.wasm``, then
  ``name.wat``; earlier directories come first; a package directory
  (``name/__init__.py``) beats a module file, while a bare directory
  (a namespace package portion) loses to a module file in the same
  directory; the finder caches directory listings
  (``importlib.invalidate_caches()`` refreshes them); and
  ``pkgutil.iter_modules`` lists wasm modules.
- In front of ``zipimport``, ``WasmZipFinder``: the ``zipimporter`` of an
  archive on ``sys.path`` (which keeps finding ``.py`` modules there), plus
  ``name.wasm``/``name.wat`` inside the archive, read with
  ``zipimporter.get_data``.

Path entries already cached in ``sys.path_importer_cache`` with the
standard finders are dropped, so they are found again through the new
hooks. ``uninstall()`` puts the standard hooks back.
"""

import importlib.abc
import importlib.machinery
import importlib.util
import os
import pkgutil
import sys
import types
import zipimport
from typing import Any, Callable, Iterator, List, Optional, Sequence, Tuple

from ._cache import compile_cached
from ._module import WasmModule, resolve_imports, wasi_for
from ._native import Instance, Module

__all__ = ["WasmFinder", "WasmLoader", "WasmZipFinder", "install", "uninstall", "SUFFIXES"]

#: File suffixes of WebAssembly modules, in order of precedence.
SUFFIXES = (".wasm", ".wat")


def is_assemblyscript(module: Module) -> bool:
    """Whether ``module`` exports the AssemblyScript runtime's type table
    and memory (``__rtti_base`` and ``memory``; ``asc --exportRuntime``)."""
    names = {name for name, _kind in module.exports}
    return "__rtti_base" in names and "memory" in names


def _exec_wasm(module: types.ModuleType, source: bytes, path: str, cached: bool) -> None:
    """Compiles ``source`` (read from ``path``; through the compiled-code
    cache, ``_cache.py``, when ``cached``), resolves its imports through
    the import system relative to the module's package, and binds the
    instance's exports to ``module``."""
    if not isinstance(module, WasmModule):
        raise TypeError(f"cannot load a WebAssembly module into {type(module).__name__}")
    compiled = compile_cached(source, path) if cached else Module(source, path=path)
    spec = getattr(module, "__spec__", None)
    package = spec.parent if spec is not None else None
    if is_assemblyscript(compiled):
        from .assemblyscript import bind_hook_module

        bind_hook_module(module, compiled, package)
        return
    wasi = wasi_for(compiled, module.__name__.rpartition(".")[2])
    module._wasmpy_bind(Instance(compiled, resolve_imports(compiled, package), wasi=wasi))


class WasmLoader(importlib.abc.FileLoader):
    """Loads one ``.wasm`` or ``.wat`` file as a ``WasmModule``: compiles it
    (text format if the file starts with ``(``), resolves its imports
    through the import system (``(import "env" "f")`` imports the module
    ``env`` and takes ``env.f``; a name starting with ``.`` is relative to
    the module's package), instantiates it, and sets the exports as
    attributes. ``importlib.reload`` re-reads the file and makes a new
    instance. The compiled code is cached in ``__pycache__`` beside the
    file (``name.<wasmpy.CACHE_TAG>.wasmc``; see ``wasmpy._cache``), so
    the next import in any process maps it instead of compiling.

    ``WasmLoader(fullname, path)``, as ``FileFinder`` calls loaders. A
    module that exports the AssemblyScript runtime (``__rtti_base`` and
    ``memory``) is loaded by ``wasmpy.assemblyscript.bind_hook_module``:
    default ``env.abort``/``env.trace``/``env.seed``, and an ``as_module``
    attribute with the string, array and pin helpers.

    ``exec_module`` raises what ``wasmpy.load`` raises (``CompileError``
    naming the file, ``LinkError``, ``Trap``...); the import system then
    removes the half-made module from ``sys.modules``.
    """

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        """A new, empty ``WasmModule`` named ``spec.name``."""
        return WasmModule(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        """Compiles, instantiates and binds the file (see the class)."""
        path = self.get_filename(module.__name__)
        _exec_wasm(module, self.get_data(path), path, cached=True)

    def get_source(self, fullname: str) -> None:
        """``None``: a WebAssembly module has no Python source."""
        return None

    def __repr__(self) -> str:
        return f"<WasmLoader {self.path!r}>"


def _loader_details() -> List[Tuple[Any, List[str]]]:
    """The standard file loaders (as ``importlib`` installs them), then
    ``WasmLoader`` for ``.wasm`` and for ``.wat``."""
    m = importlib.machinery
    return [
        (m.ExtensionFileLoader, list(m.EXTENSION_SUFFIXES)),
        (m.SourceFileLoader, list(m.SOURCE_SUFFIXES)),
        (m.SourcelessFileLoader, list(m.BYTECODE_SUFFIXES)),
        (WasmLoader, [SUFFIXES[0]]),
        (WasmLoader, [SUFFIXES[1]]),
    ]


class WasmFinder(importlib.machinery.FileFinder):
    """The standard ``FileFinder`` for one directory, with ``.wasm`` and
    ``.wat`` after the Python suffixes (see the module docstring).
    ``WasmFinder.path_hook(*loader_details)`` makes the path hook."""

    def __repr__(self) -> str:
        return f"<wasmpy.WasmFinder {self.path!r}>"


def _iter_wasm_finder_modules(finder: WasmFinder, prefix: str = "") -> Iterator[Tuple[str, bool]]:
    """``pkgutil.iter_modules`` for a ``WasmFinder``: the standard listing
    of the directory, plus its ``.wasm``/``.wat`` modules."""
    seen = set()
    for name, ispkg in pkgutil._iter_file_finder_modules(finder, prefix):  # type: ignore[attr-defined]
        seen.add(name)
        yield name, ispkg
    try:
        entries = sorted(os.listdir(finder.path or "."))
    except OSError:
        return
    for entry in entries:
        stem, dot, suffix = entry.rpartition(".")
        if dot and "." + suffix in SUFFIXES and stem.isidentifier() and prefix + stem not in seen:
            seen.add(prefix + stem)
            yield prefix + stem, False


pkgutil.iter_importer_modules.register(WasmFinder, _iter_wasm_finder_modules)  # type: ignore[attr-defined]


class _ZipWasmLoader(importlib.abc.Loader):
    """Loads a ``.wasm``/``.wat`` member of a zip archive (its bytes read
    with the archive's ``zipimporter``)."""

    def __init__(self, importer: zipimport.zipimporter, member: str) -> None:
        self._importer = importer
        self.path = os.path.join(importer.archive, member)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return WasmModule(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        _exec_wasm(module, self._importer.get_data(self.path), self.path, cached=False)

    def get_filename(self, fullname: str) -> str:
        """The member's path, as ``archive.zip/dir/name.wasm``."""
        return self.path

    def __repr__(self) -> str:
        return f"<wasmpy zip loader {self.path!r}>"


class WasmZipFinder(importlib.abc.PathEntryFinder):
    """The finder for a zip archive (or a directory inside one) on the
    path: Python modules through the standard ``zipimporter``, then
    ``name.wasm`` and ``name.wat`` members of the archive.

    ``WasmZipFinder(path)`` raises ``ImportError`` (so the next path hook
    is tried) when ``path`` is not inside a zip archive, as
    ``zipimporter`` does."""

    def __init__(self, path: str) -> None:
        self._zip = zipimport.zipimporter(path)
        self.path = path

    def find_spec(
        self, fullname: str, target: Optional[types.ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        """A spec from ``zipimporter`` (Python modules and packages), else
        for a ``.wasm``/``.wat`` member of that name, else ``None``."""
        spec = self._python_spec(fullname)
        if spec is not None:
            return spec
        tail = fullname.rpartition(".")[2]
        for suffix in SUFFIXES:
            member = self._zip.prefix + tail + suffix
            try:
                self._zip.get_data(member)
            except OSError:
                continue
            loader = _ZipWasmLoader(self._zip, member)
            spec = importlib.machinery.ModuleSpec(fullname, loader, origin=loader.path)
            spec.has_location = True
            return spec
        return None

    def _python_spec(self, fullname: str) -> Optional[importlib.machinery.ModuleSpec]:
        find_spec: Optional[Callable[[str], Any]] = getattr(self._zip, "find_spec", None)
        if find_spec is not None:  # Python 3.10+
            spec: Optional[importlib.machinery.ModuleSpec] = find_spec(fullname)
            return spec
        loader = self._zip.find_module(fullname)  # type: ignore[attr-defined]
        return importlib.util.spec_from_loader(fullname, loader) if loader else None

    def invalidate_caches(self) -> None:
        """Forgets the archive's cached directory."""
        self._zip.invalidate_caches()

    def __repr__(self) -> str:
        return f"<wasmpy.WasmZipFinder {self.path!r}>"


_file_hook = WasmFinder.path_hook(*_loader_details())
# The standard hooks we replace, to put back on uninstall.
_replaced: List[Tuple[int, Callable[[str], Any]]] = []


def _is_standard_file_hook(hook: Callable[[str], Any]) -> bool:
    return getattr(hook, "__qualname__", "").startswith("FileFinder.path_hook")


def _drop_cached_finders() -> None:
    """Removes standard finders from ``sys.path_importer_cache`` so that
    their path entries are looked up through the current hooks."""
    for entry, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, (importlib.machinery.FileFinder, zipimport.zipimporter, WasmZipFinder)):
            del sys.path_importer_cache[entry]


def install() -> None:
    """Installs the path hooks (see the module docstring) unless they are
    installed already."""
    if _file_hook in sys.path_hooks:
        return
    hooks = sys.path_hooks
    for i, hook in enumerate(hooks):
        if _is_standard_file_hook(hook):
            _replaced.append((i, hook))
            hooks[i] = _file_hook
            break
    else:
        hooks.append(_file_hook)
    zip_at = next((i for i, h in enumerate(hooks) if h is zipimport.zipimporter), 0)
    hooks.insert(zip_at, WasmZipFinder)
    _drop_cached_finders()


def uninstall() -> None:
    """Removes the path hooks and puts the standard ``FileFinder`` hook
    back (modules already imported stay in ``sys.modules``)."""
    hooks = sys.path_hooks
    hooks[:] = [h for h in hooks if h is not WasmZipFinder]
    for i, hook in enumerate(hooks):
        if hook is _file_hook:
            if _replaced:
                hooks[i] = _replaced.pop()[1]
            else:
                del hooks[i]
            break
    _drop_cached_finders()
