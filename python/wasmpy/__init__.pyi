"""Type stubs for the public API of wasmpy."""

from ._errors import (
    CompileError as CompileError,
    InstantiationError as InstantiationError,
    LinkError as LinkError,
    Trap as Trap,
    TrapKind as TrapKind,
    UnsupportedError as UnsupportedError,
)
from ._hook import WasmFinder as WasmFinder, WasmLoader as WasmLoader, install as install, uninstall as uninstall
from ._module import (
    WasmModule as WasmModule,
    compile_file as compile_file,
    load as load,
    resolve_imports as resolve_imports,
)
from ._native import (
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
)

__version__: str
__all__: list
