"""Class docstrings the native module cannot carry itself.

``Func.__doc__`` is per function (its signature and wasm type, for
``help()``: the native getter ``__wasm_doc__``) and also the class
docstring; ``Memory`` is made with ``PyType_FromSpec`` (``buffer.rs``),
which takes no docstring. This module gives both classes a class docstring
while keeping each function's own.
"""

from typing import Optional

from . import _native

FUNC_DOC = """A WebAssembly function: an export of an instance, a funcref value,
or a table element. Calling it runs wasm machine code with the GIL released.

``f(*args)`` converts the arguments to the wasm parameter types (``int``
or anything with ``__index__`` for i32/i64; ``float``, ``int`` or anything
with ``__float__`` for f32/f64; a ``Func`` or ``None`` for funcref; any
object for externref) and returns ``None`` for no result, the value for
one, a tuple for several. ``f.call(*args, timeout=seconds)`` bounds the
running time; ``f.type`` is its ``FuncType``; ``f.params``/``f.results``
its ``ValType``s; ``inspect.signature(f)`` names the parameters as the
module's name section does.

Raises ``TypeError`` (argument count or type), ``OverflowError`` (an int
out of range), ``wasmpy.Trap`` (execution trapped), ``KeyboardInterrupt``
(Ctrl-C), or the very exception a Python host function raised."""


class _FuncDoc:
    """``Func.__doc__``: the class docstring on the class, each function's
    own text (``__wasm_doc__``) on an instance."""

    def __get__(self, obj: Optional[object], cls: Optional[type] = None) -> str:
        if obj is None:
            return FUNC_DOC
        return str(getattr(obj, "__wasm_doc__"))


def install() -> None:
    """Sets the class docstrings of ``Func`` and ``Memory`` (once)."""
    # The vectorcall subclass of ``Func`` (CPython >= 3.10, the class of
    # exported functions) has a ``__doc__`` of its own.
    for func in (_native.Func, *_native.Func.__subclasses__()):
        if not isinstance(func.__dict__.get("__doc__"), _FuncDoc):
            type.__setattr__(func, "__doc__", _FuncDoc())
    base_doc = _native._MemoryBase.__doc__ or ""
    if not _native.Memory.__doc__:
        cut = base_doc.find("(This is the base class")
        _native.Memory.__doc__ = (base_doc[:cut] if cut > 0 else base_doc).rstrip()
