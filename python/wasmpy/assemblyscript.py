"""AssemblyScript modules: strings, arrays, classes and pins from Python.

``ASModule(path, imports=...)`` loads a module compiled by ``asc`` (with
``--exportRuntime``, which exports ``__new``, ``__pin``, ``__unpin``,
``__collect`` and ``__rtti_base``) and follows the documented API of the
``pyaswasm`` loader::

    from wasmpy.assemblyscript import ASModule

    module = ASModule("strings.wasm")
    print(module.description())
    s = module.new_string("message string")
    module.pin(s)
    print(module.get_string(module.expand_string(s)))
    module.unpin(s)

Both generations of the AS runtime work, told apart from the module's
runtime type table: AS 0.20 and later (checked with 0.28.20) and AS
0.18–0.19 (checked with 0.19.23; only this one exports classes, which
become Python classes: ``module.Vector3d(1.0, 2.0, 3.0)``).

Typed exports: when ``name.d.ts`` (written by ``asc --bindings esm`` or
``raw``, AS 0.20+; or ``--tsdFile`` of AS 0.19) lies beside ``name.wasm``,
the exported functions take and return Python values: ``module.greet("мир")``
gives a ``str``; lists, ``array.array`` and numpy arrays go in for arrays,
``dict`` for records, ``ASRef`` wrappers for class references, ``None`` for
null. The conversions are tabled in ``wasmpy._asconv``; the wrappers in
``wasmpy._astyped``. ``module.raw.greet(ptr)`` is the raw export, on
pointers, for code that manages memory itself. ``python -m wasmpy stubgen
name.wasm`` writes ``name.pyi`` for editors and mypy.

One deliberate difference from pyaswasm: ``get_array_view`` gives a
``memoryview`` of the element type for every array, floats included, so
``view[start + 1] = 17.0`` writes a ``Float32Array`` element (pyaswasm gave
a byte view for float arrays, written with ``struct.pack``).

``import name`` through the wasmpy import hook also recognizes AS modules
(those exporting ``__rtti_base`` and ``memory``): the default ``env.abort``,
``env.trace`` and ``env.seed`` are provided when no Python module ``env``
provides them, and the loaded module gains an ``as_module`` attribute (an
``ASModule`` over the same instance) and the helpers ``get_string``,
``new_string``, ``get_array``, ``get_array_view``, ``array_view``,
``new_array``, ``pin``, ``unpin`` and ``collect`` as attributes, where no
export has that name.
"""

import enum
import importlib
import logging
import os
import random
import struct
from typing import (
    Any,
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from ._asconv import ASRef
from ._asdecl import Declarations
from ._aserrors import (
    ASAbort,
    ASError,
    ASFreedError,
    ASPinError,
    ASPointerError,
    ASRuntimeError,
    ASValueError,
    ASWrongTypeError,
)
from ._astyped import ASDeclarationWarning, RawExports, TypedExports, declarations_beside
from ._errors import LinkError
from ._hook import is_assemblyscript
from ._module import WASI_MODULES, WasmModule, compile_file, wasi_for
from ._native import AsRuntime, Func, Global, Instance, Limits, Memory, Module
from ._types import ExternType, FuncType

__all__ = [
    "ASModule",
    "ASObject",
    "ASRef",
    "ASDeclarationWarning",
    "ArrayView",
    "Type",
    "ASError",
    "ASAbort",
    "ASRuntimeError",
    "ASPointerError",
    "ASFreedError",
    "ASWrongTypeError",
    "ASPinError",
    "ASValueError",
    "default_imports",
    "is_assemblyscript",
]

#: The logger ``env.trace`` writes to (level INFO).
logger = logging.getLogger("wasmpy.assemblyscript")

PathLike = Union[str, "os.PathLike[str]"]
ImportKey = Tuple[str, str]


class Type(str, enum.Enum):
    """WebAssembly value types, for the signatures of imported functions:
    ``imports={("index", "console.log"): (console_log, ([Type.I32], []))}``.
    Each member equals the type's text-format name."""

    I32 = "i32"
    I64 = "i64"
    F32 = "f32"
    F64 = "f64"
    V128 = "v128"
    FUNC_REF = "funcref"
    EXTERN_REF = "externref"

    def __str__(self) -> str:
        return self.value


class ArrayView(NamedTuple):
    """What ``get_array_view`` returns: ``view`` is a ``memoryview`` of the
    whole linear memory cast to the array's element format, and the array
    is ``view[start:finish]`` (element indices)."""

    view: memoryview
    start: int
    finish: int


def _type_name(t: Any) -> str:
    """A value type given as a ``Type``, a string, or any enum-like object
    with a ``name`` (such as another runtime's ``Type.I32``), as text."""
    if isinstance(t, Type):
        return t.value
    if isinstance(t, str):
        name = t
    else:
        name = getattr(t, "name", None) or str(t)
    name = name.lower().replace("_", "")
    return {"anyfunc": "funcref", "anyref": "externref"}.get(name, name)


# Element formats of the native runtime → numbers of bytes (standard sizes).
_FORMAT_SIZES = {c: struct.calcsize("<" + c) for c in "bBhHiIqQfd"}
# A buffer format (after the byte order) → (kind, size) with kind one of
# "i" (signed), "u" (unsigned), "f" (float).
_KINDS = {"b": "i", "h": "i", "i": "i", "l": "i", "q": "i", "n": "i"}
_KINDS.update({"B": "u", "H": "u", "I": "u", "L": "u", "Q": "u", "N": "u", "?": "u", "c": "u"})
_KINDS.update({"e": "f", "f": "f", "d": "f"})


def _buffer_kind(fmt: str, itemsize: int) -> Optional[Tuple[str, int]]:
    """The (kind, size) of a little-endian buffer format, or None."""
    if fmt[:1] in "@=<":
        fmt = fmt[1:]
    elif fmt[:1] in ">!":
        return None
    if len(fmt) != 1 or fmt not in _KINDS:
        return None
    return _KINDS[fmt], itemsize


# ---------------------------------------------------------------- defaults


def _string_or_none(module: Optional["ASModule"], ptr: int) -> Optional[str]:
    if ptr == 0:
        return None
    if module is None:
        return "<memory not available during instantiation>"
    try:
        return module.get_string(ptr)
    except ASError as e:
        return f"<{e}>"


def default_imports(holder: "_Holder") -> Dict[ImportKey, Callable[..., Any]]:
    """The default ``env.abort``, ``env.trace`` and ``env.seed`` (AS
    ``std/assembly/builtins.ts`` declares them), reading strings through
    ``holder.module`` (set once the instance exists):

    - ``abort(message, file, line, column)`` raises ``ASAbort`` with the
      decoded message and file name;
    - ``trace(message, n, a0, ..., a4)`` logs ``"trace: <message> <a0>,
      ..."`` (the first ``n`` numbers) to the ``wasmpy.assemblyscript``
      logger at level INFO; it never raises;
    - ``seed()`` returns a random float (a random odd integer below 2**53,
      never 0), which seeds ``Math.random``.
    """

    def abort(message: int, file: int, line: int, column: int) -> None:
        m = holder.module
        raise ASAbort(_string_or_none(m, message), _string_or_none(m, file), line, column)

    def trace(message: int, n: int, *values: float) -> None:
        text = _string_or_none(holder.module, message)
        numbers = ", ".join(repr(v) for v in values[: max(0, min(n, 5))])
        logger.info("trace: %s%s", text, " " + numbers if numbers else "")

    def seed() -> float:
        return float(random.getrandbits(52) | 1)

    return {("env", "abort"): abort, ("env", "trace"): trace, ("env", "seed"): seed}


def _caller_string(caller: Any, ptr: int) -> Optional[str]:
    """The AS string at ``ptr`` in the calling instance's memory (UTF-16LE,
    its byte length in the object header's ``rtSize`` at ``ptr - 4``, in
    both runtime generations: ``std/assembly/rt/common.ts``), or a
    ``"<...>"`` note when it cannot be read; ``None`` for a null pointer."""
    if ptr == 0:
        return None
    memory = caller.get("memory")
    if not isinstance(memory, Memory):
        return "<no exported memory>"
    try:
        size = int.from_bytes(memory.read(ptr - 4, 4), "little")
        return memory.read(ptr, size).decode("utf-16-le", "surrogatepass")
    except (IndexError, ValueError, OverflowError) as e:
        return f"<string at {ptr:#x} unreadable: {e}>"


def _caller_abort(caller: Any, message: int, file: int, line: int, column: int) -> None:
    raise ASAbort(_caller_string(caller, message), _caller_string(caller, file), line, column)


def _caller_trace(caller: Any, message: int, n: int, *values: float) -> None:
    numbers = ", ".join(repr(v) for v in values[: max(0, min(n, 5))])
    text = _caller_string(caller, message)
    logger.info("trace: %s%s", text, " " + numbers if numbers else "")


_CALLER_DEFAULTS: Dict[ImportKey, Callable[..., None]] = {
    ("env", "abort"): _caller_abort,
    ("env", "trace"): _caller_trace,
}


def _default_for(key: ImportKey, declared: Any, defaults: Dict[ImportKey, Callable[..., Any]]) -> Any:
    """The default import for ``key``: ``env.abort``/``env.trace`` as host
    functions that read the calling instance's memory through a
    ``wasmpy.Caller`` (typed by the module's declaration ``declared``), so
    that they hold no reference to the module and the instance is freed as
    soon as it is dropped; the others from ``defaults``."""
    fn = _CALLER_DEFAULTS.get(key)
    if fn is not None and str(declared).startswith("func"):
        try:
            return Func(fn, declared, access_caller=True)
        except (TypeError, ValueError):
            pass
    return defaults[key]


class _Holder:
    """The ``ASModule`` the default imports read strings through (None
    until the instance exists)."""

    module: Optional["ASModule"] = None


def _set_module_attr(fn: Any, module: "ASModule") -> None:
    """Gives ``fn`` a ``.module`` attribute (on the function of a bound
    method); objects that take no attributes are left alone. (The attribute
    makes a reference cycle through the instance's store, which the cyclic
    garbage collector frees; a ``Func(..., access_caller=True)`` import
    needs no attribute and is freed with the module at once.)"""
    for target in (fn, getattr(fn, "__func__", None)):
        if target is None:
            continue
        try:
            setattr(target, "module", module)
            return
        except (AttributeError, TypeError):
            continue


# ------------------------------------------------------------ class wrappers


class ASObject(int):
    """Base class of the Python classes made for exported AS classes
    (AS 0.18–0.19). An instance *is* the object's pointer (an ``int``
    subclass), so it can be passed to any exported function or put in
    ``new_array`` for an array of objects. While the Python object lives,
    the AS object is pinned; the pin is released when it is collected.

    ``Class(*args)`` calls the AS constructor; ``Class.wrap(ptr)`` wraps an
    existing object (checking its runtime type). Methods, fields and
    properties of the AS class are methods and properties of the Python
    class; static methods are static methods. Object results are returned
    as plain pointers (``Class.wrap`` them).
    """

    _as_module: "ASModule"
    _as_id: Optional[int]
    _as_constructor: Optional[Func]
    _pinned: bool = False

    def __new__(cls, *args: Any) -> "ASObject":
        ctor = cls._as_constructor
        if ctor is None:
            raise TypeError(f"the AssemblyScript class {cls.__name__} has no exported constructor")
        ptr = ctor(0, *args)
        return cls._pin_wrap(ptr)

    @classmethod
    def wrap(cls, ptr: int) -> "ASObject":
        """A wrapper of the object at ``ptr`` (pinned until the wrapper is
        collected). Raises ``ASPointerError``/``ASFreedError`` for a
        pointer that is not a live object, ``ASWrongTypeError`` when the
        object is not of this class."""
        ptr = int(ptr)
        if cls._as_id is not None:
            cls._as_module._runtime().check_type(ptr, cls._as_id)
        return cls._pin_wrap(ptr)

    @classmethod
    def _pin_wrap(cls, ptr: int) -> "ASObject":
        obj = int.__new__(cls, ptr)
        cls._as_module._runtime().pin(ptr)
        obj._pinned = True
        return obj

    @property
    def ptr(self) -> int:
        """The object's address (a plain ``int``)."""
        return int(self)

    def __del__(self) -> None:
        if self._pinned:
            self._pinned = False
            try:
                self._as_module._runtime().unpin(int(self))
            except Exception:  # interpreter shutdown, or the store is gone
                pass

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {int(self):#x}>"

    # Two wrappers are equal when they wrap the same object (int equality).
    __hash__ = int.__hash__


def _method(func: Func, name: str) -> Callable[..., Any]:
    def method(self: ASObject, *args: Any) -> Any:
        return func(self, *args)

    method.__name__ = name
    method.__doc__ = f"AS method {name}: {func.type.signature()} (the first parameter is this)"
    return method


def _property(getter: Optional[Func], setter: Optional[Func], name: str) -> property:
    fget = (lambda self: getter(self)) if getter is not None else None
    fset = (lambda self, v: setter(self, v)) if setter is not None else None
    return property(fget, fset, doc=f"AS field or property {name}")


def _make_class(module: "ASModule", info: Dict[str, Any], exports: Mapping[str, Any]) -> type:
    name = info["name"]
    ns: Dict[str, Any] = {
        "_as_module": module,
        "_as_id": info["id"],
        "_as_constructor": exports.get(f"{name}#constructor"),
        "__doc__": f"AssemblyScript class {name} (runtime type id {info['id']}).",
        "__module__": __name__,
    }
    for m in info["methods"]:
        ns[m] = _method(exports[f"{name}#{m}"], m)
    for f in sorted(set(info["getters"]) | set(info["setters"])):
        ns[f] = _property(exports.get(f"{name}#get:{f}"), exports.get(f"{name}#set:{f}"), f)
    for m in info["static_methods"]:
        ns[m] = staticmethod(exports[f"{name}.{m}"])
    for f in info["static_fields"]:
        g = exports.get(f"{name}.{f}")
        if isinstance(g, Global):
            ns[f] = g.value
    return type(name, (ASObject,), ns)


# ------------------------------------------------------------------ ASModule


class ASModule:
    """An instance of an AssemblyScript module, with pyaswasm's API.

    Args:
        path: a ``.wasm`` file (or ``.wat``), or the binary as bytes.
        imports: ``{("module", "field"): value}``. A value is a function, or
            ``(function, ([param types], [result types]))`` to check the
            declared signature (types as ``Type`` members or names); or
            any other import value ``wasmpy.Instance`` takes (a ``Memory``,
            ``Global``...). Every function gets a ``.module`` attribute:
            this ``ASModule``, so it can read strings. ``env.abort``,
            ``env.trace`` and ``env.seed`` have defaults (see
            ``default_imports``) that these entries replace.
        limits: a ``wasmpy.Limits`` for the instance's store; by default
            ``wasmpy.get_default_limits()``.
        wasi: a ``wasmpy.wasi.WasiConfig`` for the ``wasi_snapshot_preview1``
            imports (asc 0.19's ``console.log``/``trace`` write through
            ``fd_write``); by default ``wasmpy.wasi.default_config()``, so
            they print to the process's stdout.

    Attributes: every export whose name is an identifier and does not
    clash with a method below: functions (``wasmpy.Func``, called with
    numbers and pointers), globals as their current value
    (``module.Float32Array_ID``), and, for AS 0.18–0.19, classes (see
    ``ASObject``). ``module["name"]`` reaches every export object.
    With declarations beside the file (see the module docstring) the
    functions are typed wrappers; ``raw`` holds the exports as the engine
    gives them (``module.raw.greet(ptr)``), ``typed`` the ``TypedExports``
    (None without declarations).

    Raises:
        OSError, wasmpy.CompileError: as ``wasmpy.compile_file``.
        wasmpy.LinkError: an import is missing or its given signature does
            not match the module's declaration.
        MemoryError: a memory or table is larger than ``limits`` allow.
        ASAbort: the start function aborted.
        wasmpy.Trap: the start function ran longer than ``timeout``
            seconds (kind ``INTERRUPTED``), or trapped.
        KeyboardInterrupt: Ctrl-C while the start function ran.
    """

    typed: Optional["TypedExports"]

    def __init__(
        self,
        path: Union[PathLike, bytes, bytearray, memoryview],
        imports: Optional[Mapping[ImportKey, Any]] = None,
        *,
        limits: Optional[Limits] = None,
        wasi: Any = None,
        timeout: Optional[float] = None,
    ) -> None:
        if isinstance(path, (bytes, bytearray, memoryview)):
            compiled = Module(bytes(path))
            name = "<wasm>"
        else:
            compiled = compile_file(path)
            name = os.path.splitext(os.path.basename(os.fspath(path)))[0]
        holder = _Holder()
        defaults = default_imports(holder)
        given = dict(imports or {})
        namespaces: Dict[str, Dict[str, Any]] = {}
        functions: List[Any] = list(defaults.values())
        for (modname, field, ty) in compiled.import_types:
            key = (modname, field)
            if key in given:
                value = given[key]
                if isinstance(value, tuple) and len(value) == 2 and callable(value[0]):
                    value = _check_signature(key, ty, value[0], value[1])
                if callable(value) and not isinstance(value, Func):
                    functions.append(value)
            elif key in defaults:
                value = _default_for(key, ty, defaults)
            elif modname in WASI_MODULES:
                continue  # from ``wasi`` (console.log in asc 0.19)
            else:
                raise LinkError(
                    f"missing import {modname!r}.{field!r} ({ty}): give it as "
                    f"imports={{({modname!r}, {field!r}): value}}"
                )
            namespaces.setdefault(modname, {})[field] = value
        for fn in functions:
            _set_module_attr(fn, self)
        config = wasi_for(compiled, name, wasi)
        self._bind(Instance(compiled, namespaces, limits=limits, wasi=config, timeout=timeout))
        holder.module = self
        if not isinstance(path, (bytes, bytearray, memoryview)):
            self._type_exports(declarations_beside(path), os.fspath(path))

    @classmethod
    def from_instance(
        cls, instance: Instance, declarations: Optional[Declarations] = None
    ) -> "ASModule":
        """An ``ASModule`` over an existing instance (its imports are
        whatever it was instantiated with), typed by ``declarations``
        (``wasmpy._asdecl.parse_declarations`` of its ``.d.ts``) if given."""
        self = cls.__new__(cls)
        self._bind(instance)
        self._type_exports(declarations, "")
        return self

    def _type_exports(self, decls: Optional[Declarations], origin: str) -> None:
        """Replaces the function attributes by the typed wrappers of
        ``decls`` (nothing without declarations or runtime)."""
        if decls is None or self._rt is None:
            return
        self.typed = TypedExports(self, decls, origin)
        reserved = set(dir(type(self)))
        for name, fn in self.typed.functions.items():
            if name.isidentifier() and name not in reserved and name not in self._classes:
                self.__dict__[name] = fn

    def _bind(self, instance: Instance) -> None:
        self.instance = instance
        self._exports: Dict[str, Any] = dict(instance.exports)
        memory = self._exports.get("memory")
        self.memory: Optional[Memory] = memory if isinstance(memory, Memory) else None
        self._rt: Optional[AsRuntime] = None
        self._rt_error: Optional[ASError] = None
        try:
            self._rt = AsRuntime(instance)
        except ASError as e:
            self._rt_error = e
        self._views: Dict[str, Tuple[int, memoryview]] = {}
        self._classes: Dict[str, type] = {}
        self._globals: Dict[str, Global] = {}
        reserved = set(dir(type(self)))
        if self._rt is not None:
            for info in self._rt.classes():
                self._classes[info["name"]] = _make_class(self, info, self._exports)
        for name, value in self._exports.items():
            if not name.isidentifier() or name.startswith("__") or name in reserved:
                continue
            if name in self._classes:
                continue
            if isinstance(value, Global):
                self._globals[name] = value
            else:
                self.__dict__[name] = value
        self.__dict__.update(self._classes)
        self.raw = RawExports(self._exports)
        self.typed = None

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not in the instance dict: globals, read
        # afresh each time (a mutable global may change).
        globals_ = self.__dict__.get("_globals", {})
        if name in globals_:
            return globals_[name].value
        raise AttributeError(f"the AssemblyScript module has no export {name!r}")

    def __getitem__(self, name: str) -> Any:
        """The export object called ``name`` (``KeyError`` if none)."""
        return self._exports[name]

    def __contains__(self, name: object) -> bool:
        return name in self._exports

    def _runtime(self) -> AsRuntime:
        if self._rt is None:
            raise ASRuntimeError(f"no AssemblyScript runtime: {self._rt_error}")
        return self._rt

    @property
    def runtime(self) -> AsRuntime:
        """The native ``AsRuntime`` (raises ``ASRuntimeError`` when the
        module does not export the AS runtime)."""
        return self._runtime()

    @property
    def generation(self) -> str:
        """``"0.20+"`` or ``"0.18-0.19"``: the AS runtime generation."""
        return self._runtime().generation

    @property
    def classes(self) -> Dict[str, type]:
        """The exported classes by name (AS 0.18–0.19; empty for 0.20+)."""
        return dict(self._classes)

    def description(self) -> str:
        """A listing of the module's globals (with values), functions (with
        wasm signatures) and classes (with members), one per line."""
        lines: List[str] = []
        if self._rt is not None:
            lines.append(f"AssemblyScript module (runtime {self._rt.generation})")
        else:
            lines.append("WebAssembly module (no AssemblyScript runtime exported)")
        funcs = [(n, v) for n, v in self._exports.items() if isinstance(v, Func)]
        member = lambda n: any(n.startswith(c + "#") or n.startswith(c + ".") for c in self._classes)
        lines.append("globals:")
        for name, g in self._exports.items():
            if isinstance(g, Global) and name not in self._classes and not member(name):
                lines.append(f"    {name}: {g.type.content} = {g.value!r}")
        lines.append("functions:")
        for name, f in funcs:
            if not member(name):
                lines.append(f"    {name} {f.type.signature()}")
        if self._classes:
            lines.append("classes:")
            for cname, cls in self._classes.items():
                lines.append(f"    {cname} (id {getattr(cls, '_as_id')}):")
                for name, f in funcs:
                    if name.startswith(cname + "#") or name.startswith(cname + "."):
                        lines.append(f"        {name[len(cname):]}: {f.type.signature()}")
        return "\n".join(lines)

    # ------------------------------------------------------------- strings

    def get_string(self, ptr: int) -> str:
        """The AS ``String`` at ``ptr`` as a Python ``str`` (lone
        surrogates kept). Raises ``ASPointerError``, ``ASFreedError``, or
        ``ASWrongTypeError`` when the object is not a string."""
        return self._runtime().get_string(ptr)

    def new_string(self, s: str) -> int:
        """A new AS ``String`` holding ``s``; returns its pointer. Not
        pinned: pin it (or pass it to a call) before anything else
        allocates."""
        return self._runtime().new_string(s)

    # -------------------------------------------------------------- arrays

    def get_array(self, ptr: int) -> List[Any]:
        """A copy of the elements of the array at ``ptr`` (``ArrayBuffer``,
        typed array, ``Array<T>``, ``StaticArray<T>``) as a list of ``int``
        or ``float``; arrays of objects give pointers. Raises
        ``ASPointerError``, ``ASFreedError``, or ``ASWrongTypeError`` for a
        non-array object."""
        return self._runtime().get_array(ptr)

    def _memory_view(self, fmt: str) -> memoryview:
        if self.memory is None:
            raise ASRuntimeError("the module does not export its memory")
        size = len(self.memory)
        cached = self._views.get(fmt)
        if cached is not None and cached[0] == size:
            return cached[1]
        view = memoryview(self.memory).cast(fmt)  # type: ignore[call-overload]
        self._views[fmt] = (size, view)
        return view

    def get_array_view(self, ptr: int) -> ArrayView:
        """A zero-copy view of the array at ``ptr``: ``(view, start,
        finish)`` with ``view`` the whole linear memory as a writable
        ``memoryview`` of the element format (``b B h H i I q Q f d``;
        ``I`` for object pointers) and the array at ``view[start:finish]``.
        Writes through it change the array. The view covers the memory's
        size when taken: take a new one after the memory grows. Raises as
        ``get_array``."""
        fmt, data_start, length, _, _ = self._runtime().array_info(ptr)
        size = _FORMAT_SIZES[fmt]
        if data_start % size:
            raise ASPointerError(
                f"the elements of the array at {ptr:#x} ({data_start:#x}) are not "
                f"{size}-byte aligned"
            )
        start = data_start // size
        return ArrayView(self._memory_view(fmt), start, start + length)

    def array_view(self, ptr: int) -> memoryview:
        """The elements of the array at ``ptr`` as a writable ``memoryview``
        of the element format, exactly ``length`` long (zero-copy;
        ``numpy.asarray`` wraps it). Raises as ``get_array_view``."""
        view, start, finish = self.get_array_view(ptr)
        return view[start:finish]

    def new_array(self, type_id: int, values: Union[Sequence[Any], Any]) -> int:
        """A new array of runtime type ``type_id`` (from an exported
        ``idof<T>()`` global, e.g. ``module.Float32Array_ID``: an
        ``ArrayBuffer``, typed array, ``Array<T>`` or ``StaticArray<T>``)
        holding ``values``; returns its pointer, not pinned.

        ``values``: any sequence of numbers (converted like a JS typed
        array store), of pointers or ``ASObject`` wrappers for arrays of
        objects, or any buffer (``array.array``, numpy array, memoryview):
        copied byte for byte when its element type is the array's, else
        converted element by element.

        Raises ``ASWrongTypeError`` for an unknown or non-array id,
        ``ASValueError`` for values that do not fit, ``ASAbort`` when the
        runtime refuses the allocation."""
        rt = self._runtime()
        if not isinstance(values, (list, tuple)):
            try:
                m = memoryview(values)  # type: ignore[arg-type]
            except TypeError:
                values = list(values)
            else:
                _, fmt, managed = rt.array_type(type_id)
                want = _buffer_kind(fmt, _FORMAT_SIZES[fmt])
                if not managed and m.c_contiguous and _buffer_kind(m.format, m.itemsize) == want:
                    return rt.new_array_raw(type_id, m)
                values = m.tolist() if m.ndim <= 1 else m.cast("B").cast(m.format).tolist()  # type: ignore[call-overload]
        return rt.new_array(type_id, values)

    # ------------------------------------------------------------ GC

    def pin(self, ptr: int) -> int:
        """Pins the object at ``ptr`` against collection; returns ``ptr``.
        Pins are counted: each needs its own ``unpin``. Raises
        ``ASPointerError``/``ASFreedError`` for a bad pointer, ``ASPinError``
        when the module itself pinned it."""
        return self._runtime().pin(int(ptr))

    def unpin(self, ptr: int) -> None:
        """Releases one pin taken with ``pin``. Raises ``ASPinError`` when
        ``ptr`` is not pinned by this side."""
        self._runtime().unpin(int(ptr))

    def collect(self) -> None:
        """Runs a full garbage collection (``__collect``): unpinned,
        unreferenced objects are freed."""
        self._runtime().collect()

    def __repr__(self) -> str:
        gen = self._rt.generation if self._rt is not None else "no runtime"
        return f"<ASModule (AssemblyScript {gen}), {len(self._exports)} exports>"


def _check_signature(key: ImportKey, declared: ExternType, fn: Any, sig: Any) -> Any:
    """Checks the signature given with an imported function against the
    module's declaration; returns the function. Raises ``LinkError``."""
    if not isinstance(declared, FuncType):
        raise LinkError(f"import {key[0]}.{key[1]} is a {declared}, not a function")
    try:
        params, results = sig
        given = ([_type_name(t) for t in params], [_type_name(t) for t in results])
    except (TypeError, ValueError):
        raise LinkError(
            f"import {key[0]}.{key[1]}: the signature must be ([param types], [result types])"
        ) from None
    if given != (list(declared.params), list(declared.results)):
        raise LinkError(
            f"import {key[0]}.{key[1]}: the module declares {declared}, "
            f"the given signature is ({', '.join(given[0])}) -> ({', '.join(given[1])})"
        )
    return fn


# ------------------------------------------------------------- import hook


class _MappingNamespace:
    """A ``{field: value}`` mapping read like a module (``getattr``)."""

    def __init__(self, mapping: Mapping[str, Any]) -> None:
        self._mapping = mapping

    def __getattr__(self, name: str) -> Any:
        return self._mapping.get(name)


_HELPERS = (
    "get_string",
    "new_string",
    "get_array",
    "get_array_view",
    "array_view",
    "new_array",
    "pin",
    "unpin",
    "collect",
)


def bind_hook_module(
    module: WasmModule,
    compiled: Module,
    package: Optional[str],
    imports: Optional[Mapping[str, Any]] = None,
    limits: Optional[Limits] = None,
    timeout: Optional[float] = None,
) -> None:
    """The import hook's (and ``wasmpy.load``'s) loader for AS modules:
    instantiates ``compiled`` with its imports taken from ``imports``
    (``{module: {field: value}}``, as ``load`` takes them) or, when that is
    None, resolved through the import system (as for any wasm module),
    falling back to the default ``env.abort``/``env.trace``/``env.seed``
    when neither provides them; sets the exports on ``module``, then
    ``module.as_module`` (an ``ASModule`` over the same instance) and the
    helpers (``get_string``...) where no export has the name. ``timeout``
    (seconds) bounds the start function as for ``Instance``. With
    ``name.d.ts`` beside ``module.__file__``, the functions are the typed
    wrappers and ``module.raw`` holds the raw exports. Raises
    ``wasmpy.LinkError`` for an import that is neither found nor a
    default."""
    holder = _Holder()
    defaults = default_imports(holder)
    namespaces: Dict[str, Dict[str, Any]] = {}
    declared = {(m, f): ty for m, f, ty in compiled.import_types}
    for modname, field, _kind in compiled.imports:
        value: Any = None
        if modname in WASI_MODULES:
            continue
        try:
            if imports is not None:
                if modname not in imports:
                    raise ImportError(f"no {modname!r} in imports")
                ns = imports[modname]
                if isinstance(ns, Mapping):
                    ns = _MappingNamespace(ns)
            else:
                ns = importlib.import_module(modname, package)
        except (ImportError, TypeError, ValueError) as e:
            if (modname, field) not in defaults:
                raise LinkError(
                    f"import {modname}.{field}: cannot import the module {modname!r}: {e}"
                ) from e
        else:
            if isinstance(ns, WasmModule) and field in ns:
                value = ns[field]
            else:
                value = getattr(ns, field, None)
        if value is None:
            if (modname, field) not in defaults:
                raise LinkError(f"import {modname}.{field}: {modname!r} has no {field!r}")
            value = _default_for((modname, field), declared[(modname, field)], defaults)
        namespaces.setdefault(modname, {})[field] = value
    wasi = wasi_for(compiled, module.__name__.rpartition(".")[2])
    instance = Instance(compiled, namespaces, limits=limits, wasi=wasi, timeout=timeout)
    module._wasmpy_bind(instance)
    path = getattr(module, "__file__", None)
    decls = declarations_beside(path) if path else None
    as_module = ASModule.from_instance(instance)
    as_module._type_exports(decls, path or "")
    holder.module = as_module
    if as_module.typed is not None:
        for name, fn in as_module.typed.functions.items():
            if name.isidentifier() and not name.startswith("__"):
                setattr(module, name, fn)
    module.raw = as_module.raw  # type: ignore[attr-defined]
    for fn in defaults.values():
        _set_module_attr(fn, as_module)
    module.as_module = as_module  # type: ignore[attr-defined]
    for name in _HELPERS:
        if name not in module:
            setattr(module, name, getattr(as_module, name))
