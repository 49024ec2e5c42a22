"""Type stubs for the native part of wasmpy (``wasmpy._native``)."""

from typing import Any, List, Mapping, Optional, Tuple, Union

Value = Union[int, float, None]

class Module:
    """A validated, compiled WebAssembly module."""

    def __init__(self, source: Union[bytes, bytearray, str], *, path: Optional[str] = None) -> None:
        """Compiles ``source``: binary format (bytes) or text format (str).

        Raises ``CompileError`` (malformed/invalid; ``.offset`` is the byte
        offset, ``None`` for a text syntax error), ``UnsupportedError``
        (``.feature``), ``TypeError`` for another source type."""
    @property
    def imports(self) -> List[Tuple[str, str, str]]:
        """``(module, name, kind)`` per import; kind is func/table/memory/global."""
    @property
    def exports(self) -> List[Tuple[str, str]]:
        """``(name, kind)`` per export, in declaration order."""
    @property
    def code_size(self) -> int:
        """Bytes of machine code generated for the module."""

class Instance:
    """A module instantiated in its own store."""

    def __init__(self, module: Module, imports: Optional[Mapping[str, Mapping[str, Any]]] = None) -> None:
        """Instantiates ``module``. Raises ``LinkError`` if the module has
        imports or ``imports`` is non-empty (imports are not supported yet),
        ``InstantiationError`` if a segment does not fit, ``Trap`` if the
        start function traps."""
    @property
    def exports(self) -> List[Tuple[str, Union[Func, Memory, Global, Table]]]:
        """The exports in declaration order."""
    @property
    def module(self) -> Module:
        """The module this is an instance of."""

class Func:
    """An exported WebAssembly function."""

    __name__: str
    def __call__(self, *args: Union[int, float, None]) -> Any:
        """Calls the function: ``None`` for no result, the value for one,
        a tuple for several. Raises ``TypeError`` (argument count or type),
        ``OverflowError`` (int out of range), ``Trap``."""
    @property
    def params(self) -> List[str]:
        """Parameter types: "i32", "i64", "f32", "f64", "v128", "funcref", "externref"."""
    @property
    def results(self) -> List[str]:
        """Result types."""

class Memory:
    """An exported linear memory (minimal for now)."""

    @property
    def size(self) -> int:
        """Current size in 64 KiB pages."""

class Global:
    """An exported global (read-only for now)."""

    @property
    def value(self) -> Value:
        """Current value."""
    @property
    def mutable(self) -> bool:
        """Whether wasm code may change it."""

class Table:
    """An exported table (minimal for now)."""

    @property
    def size(self) -> int:
        """Current length in elements."""

def trap_kinds() -> List[Tuple[str, str]]:
    """Every engine trap kind as ``(TrapKind member name, spec message)``."""
