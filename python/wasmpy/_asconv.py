"""Conversions between Python values and AssemblyScript values, one per AS
type of a module's declarations (``_asdecl``).

Each AS type becomes a ``Conv``: how an argument is lowered (a Python value
to the wasm value, allocating objects through the module's runtime), how a
result is lifted (the wasm value to a Python value, reading memory; lifting
never allocates in wasm), and the Python annotation of each direction. The
semantics follow the glue ``asc --bindings esm`` writes (AssemblyScript
0.28, ``src/bindings/js.ts``):

==========================  ==========================  =========================
AS type                     argument (lowered)          result (lifted)
==========================  ==========================  =========================
``bool``                    any value, by truth         ``bool``
``i8``..``i64``, ``u8``..   ``int``                     ``int`` (``u32``/``u64``/
                                                        ``usize`` unsigned)
``f32``, ``f64``            ``float`` or ``int``        ``float``
``String``                  ``str``                     ``str``
``ArrayBuffer``             bytes-like                  ``bytes`` (a copy)
typed arrays                sequence of numbers, or a   ``array.array`` (a copy)
                            buffer (one memcpy when
                            its element type matches)
``Array<T>``                sequence (or buffer)        ``list``
``StaticArray<T>``          sequence (or buffer)        ``list``
record (plain class)        ``dict`` or an object with  ``dict``
                            the fields as attributes
other class                 its ``ASRef`` wrapper       ``ASRef`` (pinned while
                                                        Python holds it)
``T | null``                ``None`` for null           ``None`` for null
==========================  ==========================  =========================

A non-nullable managed argument given ``None`` raises ``TypeError`` (the
glue's "value must not be null"). Results are copies: the memory they came
from belongs to the collector.

Runtime type ids: records and references carry theirs in the declarations
(``__Record<id>``); arrays, typed arrays and static arrays are found in the
module's type table by their flags (shape, element size, signedness, float,
nullable, managed; ``std/assembly/shared/typeinfo.ts``). Types with equal
flags (``Array<string>`` and ``Array<Array<i32>>``) are interchangeable for
the collector; the lowest such id is used.
"""

import array
import struct
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ._asdecl import ASType, RecordDecl

__all__ = ["ASRef", "Conv", "TypeResolver", "UnknownType"]

Pins = Optional[List[int]]
Lower = Callable[[Any, Pins], Any]
Lift = Callable[[Any], Any]


class UnknownType(Exception):
    """An AS type these conversions do not handle (the export falls back to
    its raw value)."""


class ASRef:
    """A reference to an AssemblyScript object of a class that crosses by
    reference (one with a constructor, or any non-plain class). The object
    is pinned while the wrapper lives and released when it is collected.
    Pass it back to an export taking the class. Two wrappers of one object
    are equal."""

    __slots__ = ("ptr", "_rt", "__weakref__")
    __module__ = "wasmpy.assemblyscript"
    _as_name: str = ""

    def __init__(self, rt: Any, ptr: int) -> None:
        rt.pin(ptr)
        self._rt = rt
        self.ptr = ptr

    def __del__(self) -> None:
        rt = getattr(self, "_rt", None)
        if rt is not None:
            self._rt = None
            try:
                rt.unpin(self.ptr)
            except Exception:  # interpreter shutdown, or the store is gone
                pass

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ASRef) and other.ptr == self.ptr and other._rt is self._rt

    def __hash__(self) -> int:
        return hash(self.ptr)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self._as_name}) at {self.ptr:#x}>"


class Conv:
    """The conversions of one AS type: ``lower(value, pins)`` gives the wasm
    argument (objects it allocated for nested values are pinned and added
    to ``pins``), ``lift(raw)`` the Python result; ``None`` for either when
    the value crosses unchanged. ``allocates``: lowering calls ``__new``.
    ``arg``/``ret``: annotation texts (``typing`` names)."""

    __slots__ = ("lower", "lift", "allocates", "arg", "ret", "fmt")

    def __init__(
        self,
        lower: Optional[Lower],
        lift: Optional[Lift],
        allocates: bool,
        fmt: str = "I",
    ) -> None:
        self.lower = lower
        self.lift = lift
        self.allocates = allocates
        self.arg = ""  # set by TypeResolver from annotations()
        self.ret = ""
        self.fmt = fmt  # struct format of the value in memory (records, arrays)


# (struct format, element flags, Python type) of the basic types; the flags
# are the VALUE_* bits of an array of them (std/assembly/shared/typeinfo.ts).
_ALIGN0, _SIGNED, _FLOAT, _NULLABLE, _MANAGED = 1 << 6, 1 << 11, 1 << 12, 1 << 13, 1 << 14
_SHAPES = {"TypedArray": 1, "Array": 2, "StaticArray": 4}
_BASIC: Dict[str, Tuple[str, int, str]] = {
    "i8": ("b", _ALIGN0 | _SIGNED, "int"),
    "u8": ("B", _ALIGN0, "int"),
    "bool": ("B", _ALIGN0, "bool"),
    "i16": ("h", _ALIGN0 << 1 | _SIGNED, "int"),
    "u16": ("H", _ALIGN0 << 1, "int"),
    "i32": ("i", _ALIGN0 << 2 | _SIGNED, "int"),
    "isize": ("i", _ALIGN0 << 2 | _SIGNED, "int"),
    "u32": ("I", _ALIGN0 << 2, "int"),
    "usize": ("I", _ALIGN0 << 2, "int"),
    "i64": ("q", _ALIGN0 << 3 | _SIGNED, "int"),
    "u64": ("Q", _ALIGN0 << 3, "int"),
    "f32": ("f", _ALIGN0 << 2 | _FLOAT | _SIGNED, "float"),  # asc marks floats signed
    "f64": ("d", _ALIGN0 << 3 | _FLOAT | _SIGNED, "float"),
}
_TYPED_ARRAYS = {
    "Int8Array": "i8",
    "Uint8Array": "u8",
    "Uint8ClampedArray": "u8",
    "Int16Array": "i16",
    "Uint16Array": "u16",
    "Int32Array": "i32",
    "Uint32Array": "u32",
    "Int64Array": "i64",
    "Uint64Array": "u64",
    "Float32Array": "f32",
    "Float64Array": "f64",
}
_FLAG_MASK = 7 | (0x1F * _ALIGN0) | _SIGNED | _FLOAT | _NULLABLE | _MANAGED
_U32, _U64 = 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF


def py_class_name(as_name: str) -> str:
    """The Python class name of an AS class: its name without the path,
    with characters other than letters, digits and ``_`` made ``_``
    (``typed/Point`` -> ``Point``, ``~lib/set/Set<i32>`` -> ``Set_i32``)."""
    base = as_name.split("<", 1)[0].rsplit("/", 1)[-1] + as_name[len(as_name.split("<", 1)[0]) :]
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in base).strip("_") or "ASClass"
    return "_" + name if name[0].isdigit() else name


def _release(rt: Any, pins: List[int]) -> None:
    """Unpins every pointer in ``pins`` (each was pinned once)."""
    for p in pins:
        rt.unpin(p)
    pins.clear()


def _nullable(text: str, t: ASType) -> str:
    return f"Optional[{text}]" if t.nullable else text


def annotations(t: ASType, records: Dict[str, Any], refs: Dict[str, Any]) -> Tuple[str, str]:
    """The Python annotations (texts over ``typing`` names, ``Buffer``,
    ``array`` and the record and reference class names) of ``t`` as an
    argument and as a result. Raises ``UnknownType``."""
    if t.path in _BASIC and not t.args:
        py = _BASIC[t.path][2]
        return py, py
    if t.path == "void":
        return "None", "None"
    bare = str(ASType(t.path, t.args))
    if t.path == "~lib/string/String":
        arg, ret = "str", "str"
    elif t.path == "~lib/arraybuffer/ArrayBuffer":
        arg, ret = "Buffer", "bytes"
    elif t.path.startswith("~lib/typedarray/") and t.name in _TYPED_ARRAYS:
        py = _BASIC[_TYPED_ARRAYS[t.name]][2]
        arg, ret = f"Union[Sequence[{py}], Buffer]", "array.array"
    elif t.path in ("~lib/array/Array", "~lib/staticarray/StaticArray") and len(t.args) == 1:
        ea, er = annotations(t.args[0], records, refs)
        arg, ret = f"Sequence[{ea}]", f"List[{er}]"
    elif bare in records or bare in refs:
        arg = ret = py_class_name(bare)
    else:
        raise UnknownType(str(t))
    return _nullable(arg, t), _nullable(ret, t)


class Buffer:
    """Annotation of arguments taking any object with the buffer protocol
    (``bytes``, ``bytearray``, ``memoryview``, ``array.array``, numpy
    arrays); ``collections.abc.Buffer`` from Python 3.12."""

    __module__ = "wasmpy.assemblyscript"


class TypeResolver:
    """Makes the ``Conv`` of AS types for one module. ``module`` is the
    ``ASModule`` (its runtime, memory and ``__new``); ``records`` and
    ``refs`` come from the declarations. ``ref_classes``
    collect the Python classes made for them (for annotations and stubs)."""

    def __init__(self, module: Any, records: Dict[str, RecordDecl], refs: Dict[str, Any]) -> None:
        self.module = module
        self.rt = module._runtime()
        self.records = records
        self.refs = refs
        self.ref_classes: Dict[str, type] = {}
        self._cache: Dict[ASType, Conv] = {}
        self._flags: Optional[List[int]] = None

    # -- the type table
    def _type_flags(self) -> List[int]:
        if self._flags is None:
            mem = self.module.memory
            base = self.module["__rtti_base"].value
            (count,) = struct.unpack("<I", mem.read(base, 4))
            stride = 4 if self.rt.generation == "0.20+" else 8
            raw = mem.read(base + 4, count * stride)
            self._flags = [struct.unpack_from("<I", raw, i * stride)[0] for i in range(count)]
        return self._flags

    def _find_id(self, t: ASType, shape: str, elem: ASType) -> int:
        want = _SHAPES[shape] | self._elem_flags(elem)
        for type_id, flags in enumerate(self._type_flags()):
            if type_id > 2 and flags & _FLAG_MASK == want:
                return type_id
        raise UnknownType(f"{t} (no runtime type of its flags in the module's type table)")

    def _elem_flags(self, elem: ASType) -> int:
        if elem.path in _BASIC and not elem.args:
            return _BASIC[elem.path][1]
        self.conv(elem)  # raises UnknownType for an unknown element type
        return (_ALIGN0 << 2) | _MANAGED | (_NULLABLE if elem.nullable else 0)

    # -- conversions
    def conv(self, t: ASType) -> Conv:
        """The conversions of ``t``; raises ``UnknownType``."""
        c = self._cache.get(t)
        if c is None:
            c = self._cache[t] = self._make(t)
        return c

    def _make(self, t: ASType) -> Conv:
        arg, ret = annotations(t, self.records, self.refs)
        c = self._make_conv(t)
        c.arg, c.ret = arg, ret
        return c

    def _make_conv(self, t: ASType) -> Conv:
        if t.path in _BASIC and not t.args:
            return self._basic(t.path)
        if t.path == "void":
            return Conv(None, lambda raw: None, False)
        name = t.name
        if t.path == "~lib/string/String":
            return self._string(t)
        if t.path == "~lib/arraybuffer/ArrayBuffer":
            return self._buffer(t)
        if t.path.startswith("~lib/typedarray/") and name in _TYPED_ARRAYS:
            return self._typed_array(t, ASType(_TYPED_ARRAYS[name]))
        if t.path in ("~lib/array/Array", "~lib/staticarray/StaticArray") and len(t.args) == 1:
            return self._array(t, "Array" if name == "Array" else "StaticArray", t.args[0])
        bare = ASType(t.path, t.args)
        if str(bare) in self.records:
            return self._record(t, self.records[str(bare)])
        if str(bare) in self.refs:
            return self._ref(t, self.refs[str(bare)])
        raise UnknownType(str(t))

    def _basic(self, name: str) -> Conv:
        lift: Optional[Lift] = None
        lower: Optional[Lower] = None
        if name == "bool":
            lift = bool
            lower = lambda v, pins: 1 if v else 0
        elif name in ("u32", "usize"):
            lift = lambda raw: raw & _U32
        elif name == "u64":
            lift = lambda raw: raw & _U64
        return Conv(lower, lift, False, _BASIC[name][0])

    def _not_null(self, t: ASType) -> Callable[[], int]:
        def fail() -> int:
            raise TypeError(f"value must not be None (the AS type {t} is not nullable)")

        return (lambda: 0) if t.nullable else fail

    def _string(self, t: ASType) -> Conv:
        rt, null = self.rt, self._not_null(t)
        new_string, get_string, pin = rt.new_string, rt.get_string, rt.pin

        def lower(v: Any, pins: Pins) -> int:
            if v is None:
                return null()
            if not isinstance(v, str):
                raise TypeError(f"expected a str for the AS type {t}, got {type(v).__name__}")
            p = new_string(v)
            if pins is not None:
                pins.append(pin(p))
            return p

        def lift(raw: int) -> Optional[str]:
            return get_string(raw & _U32) if raw else None

        return Conv(lower, lift, True)

    def _buffer(self, t: ASType) -> Conv:
        rt, null, mem = self.rt, self._not_null(t), self.module.memory
        ab_id = rt.array_buffer_id

        def lower(v: Any, pins: Pins) -> int:
            if v is None:
                return null()
            p = rt.new_array_raw(ab_id, memoryview(v).cast("B"))
            if pins is not None:
                pins.append(rt.pin(p))
            return p

        def lift(raw: int) -> Optional[bytes]:
            if not raw:
                return None
            _, start, _, nbytes, _ = rt.array_info(raw & _U32)
            return mem.read(start, nbytes)

        return Conv(lower, lift, True)

    def _typed_array(self, t: ASType, elem: ASType) -> Conv:
        type_id = self._find_id(t, "TypedArray", elem)
        rt, null, mem, new_array = self.rt, self._not_null(t), self.module.memory, self.module.new_array
        fmt = _BASIC[elem.path][0]
        size = struct.calcsize(fmt)

        def lower(v: Any, pins: Pins) -> int:
            if v is None:
                return null()
            p = new_array(type_id, v)
            if pins is not None:
                pins.append(rt.pin(p))
            return p

        def lift(raw: int) -> Optional["array.array[Any]"]:
            if not raw:
                return None
            _, start, length, _, _ = rt.array_info(raw & _U32)
            return array.array(fmt, mem.read(start, length * size))

        return Conv(lower, lift, True)

    def _array(self, t: ASType, shape: str, elem: ASType) -> Conv:
        type_id = self._find_id(t, shape, elem)
        rt, null, new_array = self.rt, self._not_null(t), self.module.new_array
        ec = self.conv(elem)
        get_array = rt.get_array
        elem_lower, elem_lift = ec.lower, ec.lift
        if ec.allocates:
            assert elem_lower is not None  # an allocating conversion lowers

            def lower(v: Any, pins: Pins) -> int:
                if v is None:
                    return null()
                if pins is not None:
                    p = new_array(type_id, [elem_lower(x, pins) for x in v])
                    pins.append(rt.pin(p))
                    return p
                own: List[int] = []
                try:
                    return new_array(type_id, [elem_lower(x, own) for x in v])
                finally:  # the elements are now held by the array
                    _release(rt, own)

        else:
            convert = elem_lower

            def lower(v: Any, pins: Pins) -> int:
                if v is None:
                    return null()
                if convert is not None:
                    v = [convert(x, None) for x in v]
                p = new_array(type_id, v)
                if pins is not None:
                    pins.append(rt.pin(p))
                return p

        if elem_lift is None:

            def lift(raw: int) -> Optional[List[Any]]:
                return get_array(raw & _U32) if raw else None

        else:

            def lift(raw: int) -> Optional[List[Any]]:
                return [elem_lift(x) for x in get_array(raw & _U32)] if raw else None

        return Conv(lower, lift, True)

    def _record(self, t: ASType, rec: RecordDecl) -> Conv:
        null, mem, rt = self._not_null(t), self.module.memory, self.rt
        new = self.module["__new"]
        # AS lays fields out in declaration order, each aligned to its size
        # (src/program.ts, Class.finishResolve); the size is the end of the last.
        fmt, offset, fields = "<", 0, []
        for f in rec.fields:
            c = self.conv(f.type)
            size = struct.calcsize("<" + c.fmt)
            pad = -offset % size
            fmt += "x" * pad + c.fmt
            offset += pad + size
            fields.append((f.name, c))
        size, packer, type_id = offset, struct.Struct(fmt), rec.type_id

        def lower(v: Any, pins: Pins) -> int:
            if v is None:
                return null()
            get: Callable[[str], Any]
            if isinstance(v, Mapping):
                get = v.get
            elif any(hasattr(v, n) for n, _ in fields):
                get = lambda n: getattr(v, n, None)  # noqa: E731
            else:
                raise TypeError(f"expected a dict (or an object with the fields) for {rec.name}, got {type(v).__name__}")
            own: List[int] = [] if pins is None else pins
            try:
                values = []
                for n, c in fields:
                    x = get(n)
                    if c.lower is not None and (x is not None or c.allocates):
                        x = c.lower(x, own)
                    values.append(0 if x is None else x)
                p = new(size, type_id) & _U32
                try:
                    mem.write(p, packer.pack(*values))
                except struct.error as e:
                    raise TypeError(f"a field of {rec.name} does not fit: {e}") from None
                if pins is not None:
                    pins.append(rt.pin(p))
                return p
            finally:
                if pins is None:  # the fields are now held by the record
                    _release(rt, own)

        def lift(raw: int) -> Optional[Dict[str, Any]]:
            if not raw:
                return None
            values = packer.unpack(mem.read(raw & _U32, size))
            return {n: (c.lift(x) if c.lift is not None else x) for (n, c), x in zip(fields, values)}

        return Conv(lower, lift, True)

    def _ref(self, t: ASType, ref: Any) -> Conv:
        null, rt = self._not_null(t), self.rt
        name = py_class_name(ref.name)
        cls = self.ref_classes.get(ref.name)
        if cls is None:
            doc = f"A reference to an AssemblyScript {ref.name} (runtime type id {ref.type_id})."
            cls = type(name, (ASRef,), {"__slots__": (), "_as_name": ref.name, "__doc__": doc})
            self.ref_classes[ref.name] = cls

        def lower(v: Any, pins: Pins) -> int:
            if v is None:
                return null()
            if not isinstance(v, ASRef) or v._rt is not rt:
                raise TypeError(f"expected a {name} reference of this module for {t}, got {v!r}")
            return v.ptr

        def lift(raw: int) -> Optional[ASRef]:
            return cls(rt, raw & _U32) if raw else None

        return Conv(lower, lift, False)
