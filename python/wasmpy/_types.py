"""WebAssembly types as Python objects (spec section 2.3, "Types").

``ValType`` (a value type), ``FuncType`` (parameter and result types),
``MemoryType`` and ``TableType`` (with ``TypeLimits``) and ``GlobalType``
describe imports, exports, functions, memories, tables and globals. The
native module (``wasmpy._native``) builds them wherever a type is shown or
checked: ``Func.type``/``params``/``results``, ``Global.type``,
``Table.element``, ``Memory.type``, ``Module.import_types``/
``export_types``.

Every type is a ``str`` subclass whose value is the text-format spelling
that wasmpy used before these classes existed (``func (i32, i32) ->
(i32)``, ``memory 1 2``, ``table 0 10 funcref``, ``global (mut i32)``), so
code that compared or parsed those strings keeps working, while new code
reads ``.params``, ``.results``, ``.limits``, ``.element``, ``.content``
and ``.mutable``. Types are immutable and hashable.
"""

import operator
from typing import Any, Iterable, NamedTuple, Optional, Tuple, Union

__all__ = [
    "ValType",
    "FuncType",
    "TypeLimits",
    "MemoryType",
    "TableType",
    "GlobalType",
    "ExternType",
    "ImportType",
    "ExportType",
]

_VALTYPES = ("i32", "i64", "f32", "f64", "v128", "funcref", "externref")
# Older spellings the text format and AssemblyScript still use.
_ALIASES = {"anyfunc": "funcref", "anyref": "externref"}


class ValType(str):
    """A WebAssembly value type (spec section 2.3.1-2.3.4): ``i32``,
    ``i64``, ``f32``, ``f64``, ``v128``, ``funcref`` or ``externref``.

    A ``str`` subclass: ``ValType.i32() == "i32"``, and ``ValType("i32")``
    builds one from its name (``"anyfunc"``/``"anyref"`` are read as
    ``funcref``/``externref``). The class methods ``i32()`` ... ``externref()``
    follow wasmtime-py. Raises ``ValueError`` for an unknown name and
    ``TypeError`` for a non-string.
    """

    __slots__ = ()

    def __new__(cls, name: Union[str, "ValType"]) -> "ValType":
        if isinstance(name, ValType):
            return name
        if not isinstance(name, str):
            raise TypeError(f"a value type is a str such as 'i32', not {type(name).__name__}")
        name = _ALIASES.get(name, name)
        if name not in _VALTYPES:
            raise ValueError(f"unknown value type {name!r} (one of {', '.join(_VALTYPES)})")
        return str.__new__(cls, name)

    @classmethod
    def i32(cls) -> "ValType":
        """The 32-bit integer type."""
        return _INTERNED["i32"]

    @classmethod
    def i64(cls) -> "ValType":
        """The 64-bit integer type."""
        return _INTERNED["i64"]

    @classmethod
    def f32(cls) -> "ValType":
        """The 32-bit IEEE 754 float type."""
        return _INTERNED["f32"]

    @classmethod
    def f64(cls) -> "ValType":
        """The 64-bit IEEE 754 float type."""
        return _INTERNED["f64"]

    @classmethod
    def v128(cls) -> "ValType":
        """The 128-bit vector type (passed as an ``int``)."""
        return _INTERNED["v128"]

    @classmethod
    def funcref(cls) -> "ValType":
        """A reference to a function (a ``Func`` or ``None`` in Python)."""
        return _INTERNED["funcref"]

    @classmethod
    def externref(cls) -> "ValType":
        """A reference to a host object (any Python object, or ``None``)."""
        return _INTERNED["externref"]

    @property
    def is_reference(self) -> bool:
        """Whether this is ``funcref`` or ``externref``."""
        return self in ("funcref", "externref")

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"ValType.{str.__str__(self)}()"


_INTERNED = {n: str.__new__(ValType, n) for n in _VALTYPES}


class _ValTypes(Tuple[ValType, ...]):
    """A tuple of value types that also compares equal to a list of the
    same (wasmtime-py's ``FuncType.params`` is a list)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return tuple.__eq__(self, tuple(other))
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


def _valtypes(items: Iterable[Union[str, ValType]], what: str) -> Tuple[ValType, ...]:
    if isinstance(items, str):
        raise TypeError(f"{what} must be a sequence of value types, not a str")
    return _ValTypes(_INTERNED.get(t) or ValType(t) for t in items)


def _list(types: Tuple[ValType, ...]) -> str:
    """``i32, f64``."""
    return ", ".join(types)


class _TypeBase(str):
    """A type: a ``str`` (its text-format spelling) with typed attributes."""

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} objects are immutable")

    def _init(self, **fields: Any) -> None:
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {str.__str__(self)}>"

    def __reduce__(self) -> Any:
        raise TypeError(f"cannot pickle {type(self).__name__} objects")


class FuncType(_TypeBase):
    """A function type (spec section 2.3.6): parameter and result types.

    ``FuncType(params, results)`` with sequences of ``ValType`` (or their
    names): ``FuncType([ValType.i32(), ValType.i32()], [ValType.i32()])``.
    As a ``str`` it is ``func (i32, i32) -> (i32)``; it also compares equal
    to the form without the ``func`` keyword, ``(i32, i32) -> (i32)`` (what
    ``Func.type`` was before 0.3). Raises ``TypeError``/``ValueError`` for
    something that is not a value type.
    """

    params: Tuple[ValType, ...]
    results: Tuple[ValType, ...]

    def __new__(cls, params: Iterable[Union[str, ValType]], results: Iterable[Union[str, ValType]]) -> "FuncType":
        p = _valtypes(params, "params")
        r = _valtypes(results, "results")
        self = str.__new__(cls, f"func ({_list(p)}) -> ({_list(r)})")
        self._init(params=p, results=r)
        return self

    def signature(self) -> str:
        """The type without the ``func`` keyword: ``(i32, i32) -> (i32)``."""
        return str.__str__(self)[len("func ") :]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str) and not isinstance(other, _TypeBase) and other == self.signature():
            return True
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__


class TypeLimits(NamedTuple):
    """The size bounds of a memory (in 64 KiB pages) or a table (in
    elements), spec section 2.3.7: ``min`` and ``max`` (``None`` when
    unbounded). A named tuple, so ``lo, hi = t.limits`` works."""

    min: int
    max: Optional[int] = None

    def __str__(self) -> str:
        return f"{self.min}" if self.max is None else f"{self.min} {self.max}"


LimitsLike = Union[int, Tuple[int, Optional[int]], TypeLimits]


def _limits(limits: LimitsLike, maximum: Optional[int]) -> TypeLimits:
    if isinstance(limits, tuple):
        if maximum is not None:
            raise TypeError("give the maximum either in the limits or as max=, not both")
        lo, hi = limits
    else:
        lo, hi = limits, maximum
    lo = operator.index(lo)
    hi = None if hi is None else operator.index(hi)
    if lo < 0 or (hi is not None and hi < lo):
        raise ValueError(f"bad limits: min {lo}, max {hi} (0 <= min <= max)")
    return TypeLimits(lo, hi)


class MemoryType(_TypeBase):
    """A memory type (spec section 2.3.8): its limits in 64 KiB pages.

    ``MemoryType(min, max=None)`` or ``MemoryType(TypeLimits(min, max))``;
    as a ``str``, ``memory 1 2``. Raises ``ValueError`` for ``min < 0`` or
    ``max < min``.
    """

    limits: TypeLimits

    def __new__(cls, limits: LimitsLike, max: Optional[int] = None) -> "MemoryType":
        lim = _limits(limits, max)
        self = str.__new__(cls, f"memory {lim}")
        self._init(limits=lim)
        return self

    @property
    def minimum(self) -> int:
        """The minimum (initial) size in pages."""
        return self.limits.min

    @property
    def maximum(self) -> Optional[int]:
        """The maximum size in pages, or ``None``."""
        return self.limits.max


class TableType(_TypeBase):
    """A table type (spec section 2.3.9): the element type (a reference
    type) and the limits in elements.

    ``TableType(element, min, max=None)`` or ``TableType(element,
    TypeLimits(min, max))``; as a ``str``, ``table 0 10 funcref``. Raises
    ``ValueError`` for a non-reference element type or bad limits.
    """

    element: ValType
    limits: TypeLimits

    def __new__(cls, element: Union[str, ValType], limits: LimitsLike, max: Optional[int] = None) -> "TableType":
        el = ValType(element)
        if not el.is_reference:
            raise ValueError(f"a table's element type must be funcref or externref, not {el}")
        lim = _limits(limits, max)
        self = str.__new__(cls, f"table {lim} {el}")
        self._init(element=el, limits=lim)
        return self

    @property
    def minimum(self) -> int:
        """The minimum (initial) length in elements."""
        return self.limits.min

    @property
    def maximum(self) -> Optional[int]:
        """The maximum length in elements, or ``None``."""
        return self.limits.max


class GlobalType(_TypeBase):
    """A global type (spec section 2.3.10): the value type and whether the
    global is mutable.

    ``GlobalType(content, mutable=False)``; as a ``str``, ``global i32`` or
    ``global (mut i32)``. It also compares equal to the value type's name
    (``"i32"``: what ``Global.type`` was before 0.3).
    """

    content: ValType
    mutable: bool

    def __new__(cls, content: Union[str, ValType], mutable: bool = False) -> "GlobalType":
        c = ValType(content)
        m = bool(mutable)
        self = str.__new__(cls, f"global (mut {c})" if m else f"global {c}")
        self._init(content=c, mutable=m)
        return self

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str) and not isinstance(other, _TypeBase) and other == self.content:
            return True
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__


#: The type of an import or export.
ExternType = Union[FuncType, MemoryType, TableType, GlobalType]


class ImportType(Tuple[str, str, str]):
    """An import of a module (``Module.imports``): the tuple ``(module,
    name, kind)`` (kind: ``func``/``table``/``memory``/``global``) with the
    attributes ``module``, ``name``, ``kind`` and ``type`` (an
    ``ExternType``), as wasmtime-py's ``ImportType``."""

    type: ExternType

    def __new__(cls, module: str, name: str, kind: str, type: ExternType) -> "ImportType":
        self = tuple.__new__(cls, (module, name, kind))
        self.type = type
        return self

    @property
    def module(self) -> str:
        """The module name (the first string of the import)."""
        return self[0]

    @property
    def name(self) -> str:
        """The field name."""
        return self[1]

    @property
    def kind(self) -> str:
        """``func``, ``table``, ``memory`` or ``global``."""
        return self[2]


class ExportType(Tuple[str, str]):
    """An export of a module (``Module.exports``): the tuple ``(name,
    kind)`` with the attributes ``name``, ``kind`` and ``type`` (an
    ``ExternType``), as wasmtime-py's ``ExportType``."""

    type: ExternType

    def __new__(cls, name: str, kind: str, type: ExternType) -> "ExportType":
        self = tuple.__new__(cls, (name, kind))
        self.type = type
        return self

    @property
    def name(self) -> str:
        """The export name."""
        return self[0]

    @property
    def kind(self) -> str:
        """``func``, ``table``, ``memory`` or ``global``."""
        return self[1]
