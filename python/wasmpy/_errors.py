"""Exceptions raised by wasmpy, and the kinds of traps.

The native module (``wasmpy._native``) instantiates these classes; they are
defined here so that they are ordinary Python classes.
"""

import enum
from typing import List, Optional, Sequence, Tuple, Union

__all__ = [
    "TrapKind",
    "Trap",
    "CompileError",
    "UnsupportedError",
    "LinkError",
    "InstantiationError",
    "InternalError",
    "Exit",
]


class TrapKind(str, enum.Enum):
    """Why WebAssembly execution trapped.

    Each member's value is the message the WebAssembly spec testsuite uses for
    that trap (``assert_trap``), so a member also compares equal to that
    string: ``TrapKind.INTEGER_DIVIDE_BY_ZERO == "integer divide by zero"``.
    """

    #: The ``unreachable`` instruction was executed.
    UNREACHABLE = "unreachable"
    #: A load or store outside the bounds of linear memory.
    MEMORY_OUT_OF_BOUNDS = "out of bounds memory access"
    #: ``call_indirect`` or a table access with an index past the table's end.
    TABLE_OUT_OF_BOUNDS = "undefined element"
    #: ``call_indirect`` reached a null table element.
    INDIRECT_CALL_TO_NULL = "uninitialized element"
    #: ``call_indirect`` reached a function of another type.
    BAD_SIGNATURE = "indirect call type mismatch"
    #: Signed division overflow (``INT_MIN / -1``).
    INTEGER_OVERFLOW = "integer overflow"
    #: Integer division or remainder by zero.
    INTEGER_DIVIDE_BY_ZERO = "integer divide by zero"
    #: A float-to-integer truncation of NaN or of an out-of-range value.
    INVALID_CONVERSION_TO_INTEGER = "invalid conversion to integer"
    #: The wasm stack limit was reached (for example infinite recursion).
    CALL_STACK_EXHAUSTED = "call stack exhausted"
    #: Execution was interrupted by the host.
    INTERRUPTED = "interrupted"
    #: A host function failed.
    HOST_ERROR = "host function error"
    #: A bulk memory or table operation out of bounds.
    OUT_OF_BOUNDS_TABLE_ACCESS = "out of bounds table access"
    #: A null reference where a non-null one was required.
    NULL_REFERENCE = "null reference"

    def __str__(self) -> str:
        return self.value


class Trap(RuntimeError):
    """WebAssembly execution trapped (spec section 4.4.1).

    The message names the trap and the wasm function that was called, and
    ends with the wasm backtrace (innermost frame first) when one is known::

        integer divide by zero (in wasm function 'divide')
        wasm backtrace (innermost first):
          0: div (func 0)
          1: divide (func 1)

    Attributes:
        kind (TrapKind): why it trapped; compare with a ``TrapKind`` member
            or with the spec message string.
        message (str): the full message, backtrace included.
        frames (list[tuple[int, str | None]]): the wasm frames live at the
            trap, innermost first, as ``(function index, name from the
            module's name section or None)``.
    """

    kind: TrapKind
    message: str
    frames: List[Tuple[int, Optional[str]]]

    def __init__(
        self,
        message: str,
        kind: Union[TrapKind, str],
        frames: Sequence[Tuple[int, Optional[str]]] = (),
    ) -> None:
        """``kind`` is a ``TrapKind``, a member name or a member value."""
        super().__init__(message)
        self.message = message
        self.frames = list(frames)
        if isinstance(kind, TrapKind):
            self.kind = kind
        elif kind in TrapKind.__members__:
            self.kind = TrapKind[kind]
        else:
            self.kind = TrapKind(kind)


class CompileError(ValueError):
    """The module is malformed (does not decode) or invalid (does not
    validate), or its text format does not parse.

    The message names the problem, the offset, the function and the file
    where known: ``type mismatch: expected i32 but nothing on stack (at
    offset 0x18, in func 0 $bad, in bad.wat)``.

    Attributes:
        message (str): the validator's (wasmparser's) or text parser's message.
        offset (int | None): byte offset in the binary module where the
            problem was found; ``None`` for a text syntax error (the message
            then gives line and column).
        path (str | None): the file the module was read from, if any.
        func_index (int | None): the index (imports counted) of the function
            whose body holds ``offset``, if it is in one.
        func_name (str | None): that function's name from the name section.
    """

    message: str
    offset: Optional[int]
    path: Optional[str]
    func_index: Optional[int]
    func_name: Optional[str]

    def __init__(
        self,
        message: str,
        offset: Optional[int] = None,
        path: Optional[str] = None,
        func_index: Optional[int] = None,
        func_name: Optional[str] = None,
    ) -> None:
        super().__init__(message, offset)
        self.message = message
        self.offset = offset
        self.path = path
        self.func_index = func_index
        self.func_name = func_name

    def __str__(self) -> str:
        where = []
        if self.offset is not None:
            where.append(f"at offset {self.offset:#x}")
        if self.func_index is not None:
            name = f" ${self.func_name}" if self.func_name else ""
            where.append(f"in func {self.func_index}{name}")
        if self.path is not None and self.path not in self.message:
            where.append(f"in {self.path}")
        return f"{self.message} ({', '.join(where)})" if where else self.message


class UnsupportedError(CompileError):
    """The module is valid, but uses an instruction or construct that the
    engine does not compile yet.

    Attributes:
        feature (str): the instruction (for example ``"f32.add"``) or
            construct.
        offset (int): byte offset of it in the binary module.
        path, func_index, func_name: as for ``CompileError``.
    """

    feature: str

    def __init__(
        self,
        feature: str,
        offset: Optional[int] = None,
        path: Optional[str] = None,
        func_index: Optional[int] = None,
        func_name: Optional[str] = None,
    ) -> None:
        super().__init__(f"unsupported: {feature}", offset, path, func_index, func_name)
        self.feature = feature


class LinkError(RuntimeError):
    """An import could not be provided or does not match its declaration
    (spec section 4.5.4, instantiation step 4): a missing module or field, a
    value of the wrong kind or type, or memories/tables/globals from
    different stores."""


class InstantiationError(RuntimeError):
    """Instantiation failed after linking: a data or element segment does not
    fit its memory or table."""


class InternalError(RuntimeError):
    """A bug in wasmpy: the engine or the extension panicked (a Rust panic,
    caught where Python called in). The exception raised is PyO3's
    ``pyo3_runtime.PanicException``, which ``wasmpy`` makes a subclass of
    this class at import (PyO3 derives it from ``BaseException``), so
    ``except Exception`` catches it. ``str(e)`` says "internal error" and
    gives the panic message. The objects involved may be unusable
    afterwards; the process is not."""

    __slots__ = ()  # the layout of PanicException's own base (see above)

    def __str__(self) -> str:
        return f"internal error in wasmpy (a bug, please report it): {super().__str__()}"


class Exit(Exception):
    """A WASI program ended with ``proc_exit(code)`` (re-exported as
    ``wasmpy.wasi.Exit``).

    Raised by the call of the export that exited; the instance stays usable
    (its memory and globals readable). Not a ``SystemExit``, so it never ends
    the interpreter unnoticed. ``wasmpy.wasi.run`` returns ``code`` instead.

    Attributes:
        code (int): the exit status (WASI allows 0..125).
    """

    def __init__(self, code: int) -> None:
        super().__init__(f"WASI program exited with status {code}")
        self.code = code
