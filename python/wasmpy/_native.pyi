"""Type stubs for the native part of wasmpy (``wasmpy._native``).

Value conversion: i32/i64 ↔ ``int`` (arguments in the signed or unsigned
range, results signed), f32/f64 ↔ ``float`` (``int`` accepted), funcref ↔
``Func | None``; no result → ``None``, several → ``tuple``.
"""

import inspect
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

Value = Union[int, float, None, "Func"]
ImportValue = Union[Callable[..., Any], "Func", "Memory", "Table", "Global", int, float]
Imports = Mapping[str, Union[Mapping[str, ImportValue], Any]]

class Module:
    """A validated, compiled WebAssembly module (compile once, instantiate
    many times with ``Instance``)."""

    def __init__(self, source: Union[bytes, bytearray, str], *, path: Optional[str] = None) -> None:
        """Compiles ``source``: binary format (bytes) or text format (str);
        ``path`` names the file in text syntax errors.

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
    def import_types(self) -> List[Tuple[str, str, str]]:
        """``(module, name, type)`` per import; type as ``func (i32) -> (i32)``,
        ``memory 1 2`` (pages), ``table 0 10 funcref``, ``global (mut i32)``."""
    @property
    def export_types(self) -> List[Tuple[str, str]]:
        """``(name, type)`` per export; type as in ``import_types``."""
    @property
    def code_size(self) -> int:
        """Bytes of machine code generated for the module."""

class Instance:
    """A module instantiated with its imports (spec section 4.5.4)."""

    def __init__(
        self, module: Module, imports: Optional[Imports] = None, *, limits: Optional["Limits"] = None
    ) -> None:
        """Instantiates ``module``. ``imports[module_name]`` is a mapping from
        field name to value, or an object with the values as attributes (a
        Python module). Function imports take any callable (called with the
        declared wasm type) or a ``Func``; memory/table/global imports take
        ``Memory``/``Table``/``Global`` objects of one store; an immutable
        global import also takes an ``int``/``float``.

        ``limits`` bounds the resources of the instance's store (default:
        ``get_default_limits()``).

        Raises ``LinkError`` (missing or mismatched import, objects of two
        stores), ``ValueError`` (``limits`` differ from those of the store
        the imported memories, tables or globals belong to),
        ``InstantiationError`` (a segment does not fit), ``Trap`` (the start
        function trapped) or a host function's exception, ``MemoryError``
        (address space, or a memory or table over ``limits``)."""
    @property
    def exports(self) -> List[Tuple[str, Union[Func, Memory, Global, Table]]]:
        """The exports in declaration order."""
    @property
    def module(self) -> Module:
        """The module this is an instance of."""
    def interrupt(self) -> None:
        """Makes the wasm call running in this instance's store trap with
        ``TrapKind.INTERRUPTED`` (or the next call, if none runs). Callable
        from any thread."""

class Func:
    """A WebAssembly function. Calling it runs wasm with the GIL released.

    Raises ``TypeError`` (argument count or type), ``OverflowError`` (int
    out of range), ``Trap`` (execution trapped), ``KeyboardInterrupt``
    (Ctrl-C), or the very exception a Python host function raised."""

    __name__: str
    __text_signature__: str
    __signature__: inspect.Signature
    def __call__(self, *args: Value) -> Any:
        """Calls the function: ``None`` for no result, the value for one,
        a tuple for several."""
    def call(self, *args: Value, timeout: Optional[float] = None) -> Any:
        """Like ``f(*args)``; with ``timeout`` (seconds) the call is
        interrupted when it runs longer, raising ``Trap`` with kind
        ``INTERRUPTED``. ``ValueError`` for a negative timeout."""
    def interrupt(self) -> None:
        """Interrupts the call running in this function's store (or the next
        one). Callable from any thread."""
    @property
    def params(self) -> Tuple[str, ...]:
        """Parameter types: "i32", "i64", "f32", "f64", "v128", "funcref", "externref"."""
    @property
    def results(self) -> Tuple[str, ...]:
        """Result types."""
    @property
    def type(self) -> str:
        """The wasm type, as ``(i32, i32) -> (i32)``."""

class _MemoryBase:
    def __init__(self, minimum: int, maximum: Optional[int] = None) -> None: ...

class Memory(_MemoryBase):
    """A linear memory (spec section 4.2.8). Supports the buffer protocol
    (writable, zero copy; CPython 3.9+): ``memoryview(m)``,
    ``numpy.frombuffer(m, dtype=...)``. The base never moves, so views stay
    valid after ``grow`` (covering the size they were taken with)."""

    def __init__(self, minimum: int, maximum: Optional[int] = None) -> None:
        """A new zeroed memory of ``minimum`` 64 KiB pages, growable to
        ``maximum`` pages (≤ 65536). ``ValueError`` for bad limits,
        ``MemoryError`` when address space cannot be reserved."""
    def __len__(self) -> int:
        """Size in bytes."""
    @property
    def size(self) -> int:
        """Size in 64 KiB pages."""
    @property
    def maximum(self) -> Optional[int]:
        """Maximum size in pages, if declared."""
    def grow(self, delta: int) -> int:
        """Adds ``delta`` zeroed pages; returns the previous size in pages.
        ``ValueError`` past the maximum."""
    def read(self, offset: int, n: int) -> bytes:
        """A copy of ``n`` bytes at byte ``offset``; ``IndexError`` out of bounds."""
    def write(self, offset: int, data: Any) -> None:
        """Copies the bytes-like ``data`` to byte ``offset``; ``IndexError``
        out of bounds, ``TypeError`` when ``data`` is not bytes-like."""

class Global:
    """A global variable (spec section 4.2.10)."""

    def __init__(self, type: str, value: Union[int, float], mutable: bool = False) -> None:
        """A new global of value type ``type`` ("i32", "i64", "f32", "f64").
        ``ValueError`` for an unknown type, ``TypeError``/``OverflowError``
        for a bad value."""
    @property
    def value(self) -> Value:
        """The current value. Setting it converts like a function argument;
        ``AttributeError`` for an immutable global."""
    @value.setter
    def value(self, v: Value) -> None: ...
    @property
    def mutable(self) -> bool:
        """Whether the global may change."""
    @property
    def type(self) -> str:
        """The value type."""

class Table:
    """A table of references (spec section 4.2.7)."""

    def __init__(self, minimum: int, maximum: Optional[int] = None, element: str = "funcref") -> None:
        """A new table of ``minimum`` null elements (``element`` is
        "funcref" or "externref")."""
    def __len__(self) -> int:
        """Length in elements."""
    def __getitem__(self, i: int) -> Optional[Func]:
        """Element ``i`` (negative counts from the end); ``IndexError`` out of range."""
    def __setitem__(self, i: int, value: Optional[Func]) -> None:
        """Stores a ``Func`` of the same store or ``None``; ``IndexError``,
        ``TypeError``."""
    def grow(self, delta: int, init: Optional[Func] = None) -> int:
        """Appends ``delta`` elements; returns the previous length;
        ``ValueError`` past the maximum."""
    @property
    def size(self) -> int:
        """Length in elements."""
    @property
    def element(self) -> str:
        """The element type."""
    @property
    def maximum(self) -> Optional[int]:
        """Maximum length, if declared."""

class AsRuntime:
    """The AssemblyScript object model over an instance (crate
    ``as-runtime``); used by ``wasmpy.assemblyscript.ASModule``. Pointers
    are wasm addresses of object payloads. Errors are the classes of
    ``wasmpy.assemblyscript`` (``ASPointerError``, ``ASFreedError``,
    ``ASWrongTypeError``, ``ASPinError``, ``ASValueError``,
    ``ASRuntimeError``, ``ASAbort``)."""

    def __init__(self, instance: Instance) -> None:
        """Finds ``memory``, the type table at ``__rtti_base`` and the
        runtime functions; ``ASRuntimeError`` if they are missing."""
    @property
    def generation(self) -> str:
        """``"0.20+"`` or ``"0.18-0.19"``."""
    @property
    def string_id(self) -> int:
        """Runtime type id of ``String``."""
    @property
    def array_buffer_id(self) -> int:
        """Runtime type id of ``ArrayBuffer``."""
    @property
    def type_count(self) -> int:
        """Entries in the runtime type table."""
    def type_id_of(self, ptr: int) -> int:
        """The runtime type id of the object at ``ptr``."""
    def check_type(self, ptr: int, type_id: int) -> None:
        """``ASWrongTypeError`` unless the object at ``ptr`` is of ``type_id``
        (or, for AS 0.18-0.19, of a class deriving from it)."""
    def is_pinned(self, ptr: int) -> bool:
        """Whether the collector keeps the object pinned (by anyone)."""
    def get_string(self, ptr: int) -> str:
        """The ``String`` at ``ptr`` (lone surrogates kept)."""
    def string_bytes(self, ptr: int) -> bytes:
        """The UTF-16LE code units of the ``String`` at ``ptr``."""
    def get_string_utf8(self, ptr: int) -> str:
        """As ``get_string`` through the Rust decoder (lone surrogates
        become U+FFFD); for the benchmark."""
    def new_string(self, s: str) -> int:
        """A new, unpinned ``String`` holding ``s``."""
    def array_info(self, ptr: int) -> Tuple[str, int, int, int, int]:
        """``(format, data_start, length, byte_length, type_id)`` of the
        array at ``ptr``; ``format`` is a ``struct`` character."""
    def array_type(self, type_id: int) -> Tuple[str, str, bool]:
        """``(shape, format, managed)`` of an array type id."""
    def get_array(self, ptr: int) -> List[Any]:
        """A copy of the elements of the array at ``ptr``."""
    def new_array(self, type_id: int, values: Any) -> int:
        """A new, unpinned array of ``type_id`` from a sequence of numbers
        (or object pointers)."""
    def new_array_raw(self, type_id: int, data: Any) -> int:
        """A new, unpinned array of ``type_id`` from element bytes."""
    def pin(self, ptr: int) -> int:
        """Pins (counted); returns ``ptr``."""
    def unpin(self, ptr: int) -> None:
        """Releases one pin taken with ``pin``."""
    def pin_count(self, ptr: int) -> int:
        """Pins this side holds on ``ptr``."""
    def pinned(self) -> List[Tuple[int, int]]:
        """``(ptr, count)`` for every object this side holds pins on, in
        address order."""
    def collect(self) -> None:
        """A full garbage collection."""
    def classes(self) -> List[Dict[str, Any]]:
        """The exported classes (AS 0.18-0.19) with their member names."""

class Limits:
    """Resource limits of a store (spec 4.4.7.9: ``memory.grow`` may fail;
    4.4.10.1: the call stack may be exhausted). Immutable, comparable.

    Raises ``ValueError`` for ``max_memory_pages`` over 65536 or
    ``max_wasm_stack`` under 4096."""

    def __init__(
        self,
        *,
        max_memory_pages: Optional[int] = None,
        max_table_elements: Optional[int] = None,
        max_wasm_stack: Optional[int] = None,
    ) -> None: ...
    @property
    def max_memory_pages(self) -> int:
        """Most 64 KiB pages per memory (default 65536): a larger minimum
        fails instantiation with ``MemoryError``, ``memory.grow`` past it
        returns -1."""
    @property
    def max_table_elements(self) -> int:
        """Most elements per table (default 10,000,000), likewise."""
    @property
    def max_wasm_stack(self) -> int:
        """Most bytes of native stack for wasm frames below the calling
        Python frame (default 1 MiB); deeper recursion traps with
        ``TrapKind.CALL_STACK_EXHAUSTED``."""

def get_default_limits() -> Limits:
    """The limits of stores created without explicit ones."""

def set_default_limits(limits: Limits) -> None:
    """Sets the limits of stores created from now on without explicit ones
    (``import``, ``load()``, ``Instance()``), and of the store of
    ``Memory``/``Table``/``Global`` objects made from Python."""

def trap_kinds() -> List[Tuple[str, str]]:
    """Every engine trap kind as ``(TrapKind member name, spec message)``."""

def install_sigint_handler() -> bool:
    """Puts wasmpy's C-level SIGINT handler (which interrupts running wasm so
    that Ctrl-C raises ``KeyboardInterrupt``) in front of the current one;
    needed again after ``signal.signal(SIGINT, ...)``. Returns whether it
    was (re)installed. ``OSError`` if ``sigaction`` fails.

    On Windows it registers a console control handler (once per process,
    ahead of the C runtime's, which stays in place across
    ``signal.signal``); ``OSError`` if ``SetConsoleCtrlHandler`` fails."""
