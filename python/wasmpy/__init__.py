"""wasmpy: WebAssembly modules as Python modules.

``import wasmpy`` installs an import hook, after which ``import name`` loads
``name.wasm`` or ``name.wat`` from ``sys.path`` (or a package directory) when
no Python module of that name exists. The module's exports become its
attributes; ``module["any name"]`` reaches every export.

Values convert as follows: i32 and i64 ↔ ``int`` (arguments in the signed or
unsigned range, results signed), f32 and f64 ↔ ``float``, no result →
``None``, several results → ``tuple``.

Errors: ``Trap`` (with ``.kind``, a ``TrapKind``) when execution traps,
``CompileError`` (with ``.offset``) for a malformed or invalid module,
``UnsupportedError`` for something the engine does not compile yet,
``TypeError``/``OverflowError`` for bad arguments.
"""

from ._errors import (
    CompileError,
    InstantiationError,
    LinkError,
    Trap,
    TrapKind,
    UnsupportedError,
)
from ._hook import WasmFinder, WasmLoader, install, uninstall
from ._module import WasmModule, compile_file, load
from ._native import Func, Global, Instance, Memory, Module, Table

__all__ = [
    "CompileError",
    "Func",
    "Global",
    "Instance",
    "InstantiationError",
    "LinkError",
    "Memory",
    "Module",
    "Table",
    "Trap",
    "TrapKind",
    "UnsupportedError",
    "WasmFinder",
    "WasmLoader",
    "WasmModule",
    "compile_file",
    "install",
    "load",
    "uninstall",
]

__version__ = "0.1.0"

install()
