"""Type stubs for the public API of wasmpy."""


from ._errors import (
    CompileError as CompileError,
    InstantiationError as InstantiationError,
    LinkError as LinkError,
    InternalError as InternalError,
    Trap as Trap,
    TrapKind as TrapKind,
    UnsupportedError as UnsupportedError,
)
from ._hook import (
    WasmFinder as WasmFinder,
    WasmLoader as WasmLoader,
    WasmZipFinder as WasmZipFinder,
    install as install,
    uninstall as uninstall,
)
from ._module import (
    WasmModule as WasmModule,
    compile_file as compile_file,
    load as load,
    resolve_imports as resolve_imports,
)
from ._native import (
    CACHE_TAG as CACHE_TAG,
    Caller as Caller,
    Func as Func,
    Global as Global,
    Instance as Instance,
    Limits as Limits,
    Memory as Memory,
    Module as Module,
    Table as Table,
    get_default_limits as get_default_limits,
    install_sigint_handler as install_sigint_handler,
    set_default_limits as set_default_limits,
    wat2wasm as wat2wasm,
)
from ._types import (
    ExportType as ExportType,
    FuncType as FuncType,
    GlobalType as GlobalType,
    ImportType as ImportType,
    MemoryType as MemoryType,
    TableType as TableType,
    TypeLimits as TypeLimits,
    ValType as ValType,
)
from . import wasi as wasi

__version__: str
__all__ = [
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
    "wasi",
    "wat2wasm",
    "CACHE_TAG",
]
