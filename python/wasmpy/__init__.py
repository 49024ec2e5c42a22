"""wasmpy: WebAssembly modules as Python modules.

``import wasmpy`` installs an import hook (path hooks for directories and
zip archives), after which ``import name`` loads ``name.wasm`` or
``name.wat`` from ``sys.path`` (or a package directory) where no Python
module of that name comes first. The module's exports become its
attributes; ``module["any name"]`` reaches every export.

Values convert as follows: i32 and i64 ↔ ``int`` (arguments in the signed or
unsigned range, results signed), f32 and f64 ↔ ``float``, v128 ↔ ``int``
(results unsigned; lanes with ``wasmpy.v128``), no result → ``None``,
several results → ``tuple``.

Imports: ``(import "env" "f" ...)`` imports the Python module ``env`` and
takes ``env.f`` (which may be another wasm module's export); ``load(...,
imports={...})`` and ``Instance(module, imports)`` take them explicitly.
Python callables become host functions typed by the import declaration.

Interruption: Ctrl-C raises ``KeyboardInterrupt`` even inside wasm;
``Func.call(..., timeout=s)`` and ``Func.interrupt()``/``Instance.interrupt()``
stop a call with a ``Trap`` of kind ``INTERRUPTED``. Wasm runs with the GIL
released, except in functions the compiler proves return quickly (no
loop, call or bulk memory operation).

Resource limits: ``Limits(max_memory_pages=..., max_table_elements=...,
max_wasm_stack=...)`` bound what one module may take; pass ``limits=`` to
``load()``/``Instance()``, or set the default for ``import`` with
``set_default_limits()``.

WASI: ``wasmpy.wasi.run(path, argv=..., preopens=..., stdout=...)`` runs a
WASI preview1 program; ``load(..., wasi=WasiConfig(...))`` and
``Instance(..., wasi=...)`` give one its WASI imports.

Errors: ``Trap`` (with ``.kind``, a ``TrapKind``, and a wasm backtrace) when
execution traps,
``CompileError`` (with ``.offset``) for a malformed or invalid module,
``UnsupportedError`` for something the engine does not compile yet,
``TypeError``/``OverflowError`` for bad arguments.
"""

from ._errors import (
    CompileError,
    InstantiationError,
    InternalError,
    LinkError,
    Trap,
    TrapKind,
    UnsupportedError,
)
from . import _faults
from ._hook import WasmFinder, WasmLoader, WasmZipFinder, install, uninstall
from ._module import WasmModule, compile_file, load, resolve_imports
from ._native import (
    CACHE_TAG,
    Caller,
    Func,
    Global,
    Instance,
    Limits,
    Memory,
    Module,
    Table,
    get_default_limits,
    install_sigint_handler,
    set_default_limits,
    wat2wasm,
)
from . import _native

# A Rust panic reaches Python as PyO3's PanicException, a BaseException that
# `except Exception` misses: make it an InternalError (a RuntimeError).
_native._panic_exception().__bases__ = (InternalError,)
from ._types import (
    ExportType,
    FuncType,
    GlobalType,
    ImportType,
    MemoryType,
    TableType,
    TypeLimits,
    ValType,
)
from . import _docs

_docs.install()
from . import wasi

__all__ = [
    "CACHE_TAG",
    "Caller",
    "CompileError",
    "ExportType",
    "Func",
    "FuncType",
    "Global",
    "GlobalType",
    "ImportType",
    "Instance",
    "InstantiationError",
    "Limits",
    "LinkError",
    "InternalError",
    "Memory",
    "MemoryType",
    "Module",
    "Table",
    "TableType",
    "Trap",
    "TrapKind",
    "TypeLimits",
    "UnsupportedError",
    "ValType",
    "WasmFinder",
    "WasmLoader",
    "WasmModule",
    "WasmZipFinder",
    "compile_file",
    "get_default_limits",
    "install",
    "install_sigint_handler",
    "load",
    "resolve_imports",
    "set_default_limits",
    "uninstall",
    "wat2wasm",
    "wasi",
]

def _version() -> str:
    """The installed distribution's version (written once, in
    ``crates/wasmpy-ext/Cargo.toml``, from which maturin takes it)."""
    from importlib import metadata

    try:
        return metadata.version("wasmpy")
    except metadata.PackageNotFoundError:  # a source tree that is not installed
        return "0+unknown"


__version__: str = _version()

install()
_faults.install()
