"""Type stubs for the native part of wasmpy (``wasmpy._native``).

Value conversion: i32/i64 ↔ ``int`` (arguments in the signed or unsigned
range, results signed), f32/f64 ↔ ``float`` (``int`` accepted), funcref ↔
``Func | None``; no result → ``None``, several → ``tuple``.
"""

import inspect
import os
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union, final

from typing_extensions import Self, disjoint_base

from ._types import ExportType, ExternType, FuncType, GlobalType, ImportType, MemoryType, TableType, ValType

__all__ = [
    "Module",
    "Instance",
    "Func",
    "Caller",
    "_MemoryBase",
    "_MemoryHandle",
    "Memory",
    "Global",
    "Table",
    "AsRuntime",
    "Limits",
    "get_default_limits",
    "set_default_limits",
    "trap_kinds",
    "install_sigint_handler",
    "ensure_fault_handler",
    "_store_stats",
    "_panic_exception",
    "_panic",
    "_gc_callback",
    "_gc_stats",
    "wat2wasm",
    "content_hash",
    "CACHE_TAG",
    "WasiCtx",
]

_Value = Any
"""An argument or result: ``int`` (i32/i64/v128), ``float`` (f32/f64),
``Func`` or ``None`` (funcref), any object (externref)."""
_ImportValue = Union[Callable[..., Any], "Func", "Memory", "Table", "Global", int, float]
_Imports = Union[Mapping[str, Union[Mapping[str, _ImportValue], Any]], Sequence[_ImportValue]]
_Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]

@final
class Module:
    """A validated, compiled WebAssembly module (compile once, instantiate
    many times with ``Instance``).

    ``Module(source, *, path=None)``: ``source`` is the binary format
    (bytes-like), the text format (``str``, or bytes starting with ``(``),
    or a file (a ``str`` that does not start with ``(``, or a path-like
    object). ``path`` names the file in errors.

    Raises ``CompileError`` (malformed/invalid; ``.offset`` is the byte
    offset, ``None`` for a text syntax error; ``.path``, ``.func_index``,
    ``.func_name``), ``UnsupportedError`` (``.feature``), ``OSError`` when
    a file cannot be read, ``TypeError`` for another source type."""

    def __new__(cls, source: _Source, *, path: Optional[str] = None) -> Self: ...
    @staticmethod
    def from_file(path: Union[str, "os.PathLike[str]"]) -> "Module":
        """Compiles the file at ``path`` (text format if it starts with
        ``(``, else binary). Raises ``OSError`` and what ``Module()`` raises."""
    @property
    def path(self) -> Optional[str]:
        """The file the module was read from, if any."""
    @property
    def imports(self) -> List[ImportType]:
        """``(module, name, kind)`` per import (kind: func/table/memory/global),
        with ``.module``, ``.name``, ``.kind``, ``.type``."""
    @property
    def exports(self) -> List[ExportType]:
        """``(name, kind)`` per export, in declaration order, with ``.name``,
        ``.kind``, ``.type``."""
    @property
    def import_types(self) -> List[Tuple[str, str, ExternType]]:
        """``(module, name, type)`` per import; ``str(type)`` as ``func (i32)
        -> (i32)``, ``memory 1 2`` (pages), ``table 0 10 funcref``, ``global
        (mut i32)``."""
    @property
    def export_types(self) -> List[Tuple[str, ExternType]]:
        """``(name, type)`` per export; type as in ``import_types``."""
    def param_names(self, export: str) -> Optional[List[Optional[str]]]:
        """The name-section names of the parameters of the function exported
        as ``export`` (``None`` for an unnamed one), or ``None``."""
    @property
    def code_size(self) -> int:
        """Bytes of machine code generated for the module."""
    @property
    def wasm_hash(self) -> bytes:
        """The 16-byte xxh3-128 hash of the binary the module was compiled from."""
    def serialize(self) -> bytes:
        """The compiled module as bytes for ``Module.deserialize``: machine
        code and declarations behind a checked header (format version,
        engine build, CPU features and code configuration, wasm hash,
        checksum). Valid only for this build (``CACHE_TAG``)."""
    @staticmethod
    def deserialize(data: bytes, *, path: Optional[str] = None) -> "Module":
        """The module ``serialize`` wrote, without compiling. ``ValueError``
        naming the problem when ``data`` is truncated, corrupt, stale
        (another build or format version), not a serialized module, or
        for CPU features this machine lacks; none of it is run."""

@final
class Instance:
    """A module instantiated with its imports (spec section 4.5.4).

    ``Instance(module, imports=None, *, limits=None, wasi=None, timeout=None)``
    instantiates ``module``. ``imports[module_name]`` is a mapping from
    field name to value, or an object with the values as attributes (a
    Python module). Function imports take any callable (called with the
    declared wasm type) or a ``Func``; memory/table/global imports take
    ``Memory``/``Table``/``Global`` objects of one store; an immutable
    global import also takes an ``int``/``float``. Imports come only from
    ``imports`` (and ``wasi``): no Python module is ever imported to
    resolve them.

    ``limits`` bounds the resources of the instance's store (default:
    ``get_default_limits()``). ``timeout`` (seconds) interrupts a start
    function that runs longer (``Trap`` of kind ``INTERRUPTED``); Ctrl-C
    raises ``KeyboardInterrupt``.

    ``wasi`` (a ``wasmpy.wasi.WasiConfig`` or ``WasiCtx``) provides the
    ``wasi_snapshot_preview1`` functions ``imports`` does not give, over
    a fresh WASI context; an exported ``_initialize`` (a WASI reactor)
    is then called once.

    Raises ``LinkError`` (missing or mismatched import, objects of two
    stores), ``ValueError`` (``limits`` differ from those of the store
    the imported memories, tables or globals belong to),
    ``InstantiationError`` (a segment does not fit), ``Trap`` (the start
    function trapped) or a host function's exception, ``MemoryError``
    (address space, or a memory or table over ``limits``)."""

    def __new__(
        cls,
        module: Module,
        imports: Optional[_Imports] = None,
        *,
        limits: Optional["Limits"] = None,
        wasi: Optional[Any] = None,
        timeout: Optional[float] = None,
    ) -> Self: ...
    @property
    def exports(self) -> Mapping[str, Union["Func", "Memory", "Global", "Table"]]:
        """The exports by name, in declaration order (read-only)."""
    @property
    def module(self) -> Module:
        """The module this is an instance of."""
    def interrupt(self) -> None:
        """Makes the wasm call running in this instance's store trap with
        ``TrapKind.INTERRUPTED`` (or the next call, if none runs). Callable
        from any thread."""

@final
class Func:
    """A WebAssembly function. Calling it runs wasm with the GIL released.

    Raises ``TypeError`` (argument count or type), ``OverflowError`` (int
    out of range), ``Trap`` (execution trapped), ``KeyboardInterrupt``
    (Ctrl-C), or the very exception a Python host function raised."""

    __name__: str
    __text_signature__: str
    __signature__: inspect.Signature
    __wasm_doc__: str
    def __new__(
        cls,
        callable: Callable[..., Any],
        type: Union[FuncType, Tuple[Sequence[Union[str, ValType]], Sequence[Union[str, ValType]]]],
        *,
        access_caller: bool = False,
    ) -> Self:
        """A host function of wasm type ``type`` calling ``callable``
        (usable as an import, a funcref argument and a table element).
        With ``access_caller``, ``callable`` gets a ``Caller`` (the calling
        instance) before the wasm arguments. ``TypeError`` when
        ``callable`` is not callable or ``type`` is not a function type."""
    def __call__(self, *args: _Value) -> Any:
        """Calls the function: ``None`` for no result, the value for one,
        a tuple for several."""
    def call(self, *args: _Value, timeout: Optional[float] = None) -> Any:
        """Like ``f(*args)``; with ``timeout`` (seconds) the call is
        interrupted when it runs longer, raising ``Trap`` with kind
        ``INTERRUPTED``. ``ValueError`` for a negative timeout."""
    def interrupt(self) -> None:
        """Interrupts the call running in this function's store (or the next
        one). Callable from any thread."""
    @property
    def params(self) -> Tuple[ValType, ...]:
        """Parameter types: "i32", "i64", "f32", "f64", "v128", "funcref", "externref"."""
    @property
    def results(self) -> Tuple[ValType, ...]:
        """Result types."""
    @property
    def type(self) -> FuncType:
        """The wasm type (``str()``: ``func (i32, i32) -> (i32)``)."""

@final
class _MemoryHandle:
    """A memory handed to the ``Memory`` constructor (internal)."""

@disjoint_base
class _MemoryBase:
    def __new__(cls, minimum: Union[int, MemoryType], maximum: Optional[int] = None) -> Self: ...
    @property
    def size(self) -> int: ...
    @property
    def maximum(self) -> Optional[int]: ...
    @property
    def type(self) -> MemoryType: ...
    def grow(self, delta: int) -> int: ...
    def read(self, offset: int, n: int) -> bytes: ...
    def write(self, offset: int, data: Any) -> None: ...

@final
class Memory(_MemoryBase):
    """A linear memory (spec section 4.2.8). Supports the buffer protocol
    (writable, zero copy; CPython 3.9+): ``memoryview(m)``,
    ``numpy.frombuffer(m, dtype=...)``. The base never moves, so views stay
    valid after ``grow`` (covering the size they were taken with)."""

    def __new__(cls, minimum: Union[int, MemoryType], maximum: Optional[int] = None) -> Self:
        """A new zeroed memory of ``minimum`` 64 KiB pages, growable to
        ``maximum`` pages (≤ 65536), or of a ``MemoryType``. ``ValueError``
        for bad limits, ``MemoryError`` when address space cannot be
        reserved."""
    def __buffer__(self, flags: int, /) -> memoryview:
        """The buffer protocol: a writable, zero-copy view of the bytes."""
    def __release_buffer__(self, view: memoryview, /) -> None: ...
    def __len__(self) -> int:
        """Size in bytes."""
    @property
    def size(self) -> int:
        """Size in 64 KiB pages."""
    @property
    def maximum(self) -> Optional[int]:
        """Maximum size in pages, if declared."""
    @property
    def type(self) -> MemoryType:
        """The limits in pages (``str()``: ``memory 1 2``)."""
    def grow(self, delta: int) -> int:
        """Adds ``delta`` zeroed pages; returns the previous size in pages.
        ``ValueError`` naming the limit past the declared maximum, the
        store's ``Limits.max_memory_pages`` or 65536 pages."""
    def read(self, offset: int, n: int) -> bytes:
        """A copy of ``n`` bytes at byte ``offset``; ``IndexError`` out of bounds."""
    def write(self, offset: int, data: Any) -> None:
        """Copies the bytes-like ``data`` to byte ``offset``; ``IndexError``
        out of bounds, ``TypeError`` when ``data`` is not bytes-like."""

@final
class Global:
    """A global variable (spec section 4.2.10).

    ``Global(type, value, mutable=False)``: a new global of value type
    ``type`` (a ``ValType`` or its name, or a ``GlobalType``, which also
    gives the mutability). ``ValueError`` for an unknown type,
    ``TypeError``/``OverflowError`` for a bad value."""

    def __new__(cls, type: Union[str, ValType, GlobalType], value: _Value, mutable: bool = False) -> Self: ...
    @property
    def value(self) -> _Value:
        """The current value. Setting it converts like a function argument;
        ``AttributeError`` for an immutable global."""
    @value.setter
    def value(self, v: _Value) -> None: ...
    @property
    def mutable(self) -> bool:
        """Whether the global may change."""
    @property
    def type(self) -> GlobalType:
        """The global's type (``.content``, ``.mutable``; ``str()``:
        ``global (mut i32)``); compares equal to the value type's name too."""

@final
class Table:
    """A table of references (spec section 4.2.7).

    ``Table(minimum, maximum=None, element="funcref")`` or
    ``Table(TableType(...))``: a new table of ``minimum`` null elements
    (``element`` is "funcref" or "externref")."""

    def __new__(
        cls,
        minimum: Union[int, TableType],
        maximum: Optional[int] = None,
        element: Union[str, ValType, None] = None,
    ) -> Self: ...
    def __len__(self) -> int:
        """Length in elements."""
    def __getitem__(self, i: int, /) -> Any:
        """Element ``i`` (negative counts from the end): a ``Func`` or
        ``None`` (funcref), the stored object (externref); ``IndexError``
        out of range."""
    def __setitem__(self, i: int, value: Any, /) -> None:
        """Stores a ``Func`` (of any store) or ``None`` in a funcref table,
        any object in an externref table; ``IndexError``, ``TypeError``."""
    def grow(self, delta: int, init: Any = None) -> int:
        """Appends ``delta`` elements; returns the previous length;
        ``ValueError`` past the maximum."""
    @property
    def size(self) -> int:
        """Length in elements."""
    @property
    def element(self) -> ValType:
        """The element type."""
    @property
    def type(self) -> TableType:
        """Element type and limits (``str()``: ``table 1 10 funcref``)."""
    @property
    def maximum(self) -> Optional[int]:
        """Maximum length, if declared."""

@final
class AsRuntime:
    """The AssemblyScript object model over an instance (crate
    ``as-runtime``); used by ``wasmpy.assemblyscript.ASModule``. Pointers
    are wasm addresses of object payloads. Errors are the classes of
    ``wasmpy.assemblyscript`` (``ASPointerError``, ``ASFreedError``,
    ``ASWrongTypeError``, ``ASPinError``, ``ASValueError``,
    ``ASRuntimeError``, ``ASAbort``)."""

    def __new__(cls, instance: Instance) -> Self:
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

@final
class Caller:
    """The calling instance, passed first to a host function made with
    ``Func(callable, type, access_caller=True)``; valid only during that
    call (afterwards every use raises ``RuntimeError``)."""

    def __getitem__(self, key: str, /) -> Union["Func", "Memory", "Global", "Table"]:
        """The calling instance's export ``name``; ``KeyError`` if there is
        none (or no calling instance: called from Python)."""
    def get(self, name: str, default: Any = None) -> Any:
        """The export ``name``, or ``default``."""
    @property
    def exports(self) -> Mapping[str, Union["Func", "Memory", "Global", "Table"]]:
        """Every export of the calling instance (read-only)."""

@final
class Limits:
    """Resource limits of a store (spec 4.4.7.9: ``memory.grow`` may fail;
    4.4.10.1: the call stack may be exhausted). Immutable, comparable.

    Raises ``ValueError`` for ``max_memory_pages`` over 65536 or
    ``max_wasm_stack`` under 4096."""

    def __new__(
        cls,
        *,
        max_memory_pages: Optional[int] = None,
        max_table_elements: Optional[int] = None,
        max_wasm_stack: Optional[int] = None,
        max_store_bytes: Optional[int] = None,
    ) -> Self: ...
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
    @property
    def max_store_bytes(self) -> int:
        """Most bytes all memories (65536 per page) and tables (8 per
        element) of one store may have together (default 2 GiB): creating
        one past it raises ``MemoryError``, growing past it returns -1."""

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

#: Names what serialized code depends on (engine version and build, CPU
#: features, code configuration): ``wasmjit-1a2b3c4d``; cache files
#: ``__pycache__/name.<CACHE_TAG>.wasmc``.
CACHE_TAG: str

def content_hash(data: bytes) -> bytes:
    """The 16-byte xxh3-128 hash of ``data`` (the import hook's cache key)."""

def wat2wasm(text: Union[str, bytes]) -> bytes:
    """The binary format of a module in the text format (name section
    included). ``CompileError`` (line and column in the message) when it
    does not parse, ``TypeError`` for another type."""

@final
class WasiCtx:
    """A WASI preview1 context for one instance (file descriptors, args,
    environ, preopened directories); ``wasmpy.wasi.WasiConfig`` makes one
    per instance.

    ``WasiCtx(argv, env, preopens, stdin, stdout, stderr)``: ``preopens``
    are ``(host directory, guest path)`` pairs; ``stdin`` is ``None``,
    ``bytes``, ``True`` (fd 0) or an object with ``read(n)``;
    ``stdout``/``stderr`` are ``None``, ``True`` (fd 1/2) or ``(object with
    write, is_text)``. Raises ``ValueError`` when a directory cannot be
    opened or a string holds a NUL."""

    def __new__(
        cls,
        argv: List[str],
        env: List[Tuple[str, str]],
        preopens: List[Tuple[str, str]],
        stdin: Any,
        stdout: Any,
        stderr: Any,
    ) -> Self: ...

def ensure_fault_handler() -> None:
    """Puts the engine's fault handler (which turns out-of-bounds accesses
    in wasm into ``Trap``) back in front of handlers installed since, such as
    ``faulthandler.enable()``'s, chaining to them for faults outside wasm.
    Called by wasmpy after ``faulthandler``'s functions and at every
    instantiation."""

def _store_stats(obj: Union[Instance, Func, Memory, Table, Global]) -> Tuple[int, int]:
    """(live engine objects, bytes of memories and tables) of ``obj``'s
    store; for tests of what collections free."""
    ...

def _panic_exception() -> type:
    """PyO3's ``PanicException`` class (made a subclass of
    ``wasmpy.InternalError`` by ``wasmpy``)."""
    ...

def _panic(message: str) -> None:
    """Panics with ``message`` (for tests of what a panic becomes)."""
    ...

def _gc_callback(phase: str, info: Dict[str, int]) -> None:
    """The entry of ``gc.callbacks`` (added on import): at the start of a
    collection, frees what nothing reaches in each store used since the
    last one and attributes its host functions' callables and externref
    objects to the Python objects whose handles reach them, so that cycles
    through a shared store are collected. Never raises."""
    ...

def _gc_stats() -> Tuple[int, int, int]:
    """(times a store was attributed, times a store was found in use) by
    ``_gc_callback`` so far, and the number of stores alive; for tests."""
    ...
