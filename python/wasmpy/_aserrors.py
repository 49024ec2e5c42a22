"""Exceptions of ``wasmpy.assemblyscript`` (raised by the native
``AsRuntime`` and by ``ASModule``); re-exported there.

Hierarchy::

    ASError
    ├── ASAbort             the module called env.abort (throw, failed assert)
    ├── ASRuntimeError      (also RuntimeError) no AS runtime, missing export
    └── (also ValueError)
        ├── ASPointerError  null, outside memory, not an object
        │   └── ASFreedError  the object was collected (use after unpin)
        ├── ASWrongTypeError  wrong runtime type / unknown type id
        ├── ASPinError      unbalanced unpin, pin of a module-pinned object
        └── ASValueError    a value that does not fit an array's elements
"""

from typing import Optional

__all__ = [
    "ASError",
    "ASAbort",
    "ASRuntimeError",
    "ASPointerError",
    "ASFreedError",
    "ASWrongTypeError",
    "ASPinError",
    "ASValueError",
]


class ASError(Exception):
    """Base class of the AssemblyScript errors.

    Attributes:
        ptr (int | None): the pointer the error is about, when there is one.
    """

    ptr: Optional[int] = None


class ASAbort(ASError):
    """The module aborted: ``env.abort(message, fileName, line, column)``
    was called by a ``throw``, a failed ``assert`` or a runtime error (for
    example an index out of range). Raised out of the wasm call that aborted.

    Attributes:
        message (str | None): the AS message (None when AS passed null).
        file (str | None): the source file name.
        line (int): 1-based source line (0 if unknown).
        column (int): 1-based source column (0 if unknown).
    """

    def __init__(
        self, message: Optional[str], file: Optional[str], line: int, column: int
    ) -> None:
        super().__init__(message, file, line, column)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return (
            f"AssemblyScript abort: {self.message if self.message is not None else 'abort'}"
            f" in {self.file or '<unknown>'}:{self.line}:{self.column}"
        )


class ASRuntimeError(ASError, RuntimeError):
    """The module lacks the AS runtime or an export an operation needs
    (compile with ``--exportRuntime``), or uses something unsupported."""


class ASPointerError(ASError, ValueError):
    """A pointer that is not a live object: null, (partly) outside the
    linear memory, or not pointing at an object's payload."""


class ASFreedError(ASPointerError):
    """The object has been freed by the garbage collector, typically used
    after ``unpin`` and a collection."""


class ASWrongTypeError(ASError, ValueError):
    """An object of another runtime type than needed (a string expected, an
    array expected), or a type id that is unknown or not an array type."""


class ASPinError(ASError, ValueError):
    """``unpin`` of an object this side has not pinned, or ``pin`` of an
    object the module itself pinned (the AS runtime would abort)."""


class ASValueError(ASError, ValueError):
    """A value that does not fit an array's element type (a non-number, a
    pointer that is not a live object for an array of objects)."""
