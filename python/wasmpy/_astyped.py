"""Typed exports of AssemblyScript modules: Python functions made from the
declarations asc writes beside the ``.wasm`` (``_asdecl``), converting
arguments and results with ``_asconv``.

A wrapper lowers its arguments in order, calls the export and lifts the
result, following the ``asc --bindings esm`` glue: an argument object is
pinned (``__pin``) only while later arguments are still being allocated,
and every pin a call took is released (``__unpin``) when it returns, raises,
traps or aborts; results are copies. Functions with optional parameters
tell the export how many arguments were given through
``__setArgumentsLength`` (both runtime generations), after lowering.

A trap or abort unwinds the AS functions without restoring the module's
shadow-stack pointer (as in JavaScript), so one instance survives only some
thousands of them (about 2,000 for asm-tests' typed.wasm) before its shadow
stack overflows; pins are released regardless.

Exports whose arguments and result need no conversion (numbers other than
``bool`` and unsigned 32/64-bit results) stay the ``wasmpy.Func`` itself, at
no cost per call; ``stubgen`` still gives them named, typed signatures.
"""

import array
import keyword
import os
import types
import warnings
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from ._asconv import ASRef, Buffer, Conv, TypeResolver, UnknownType, _release, annotations, py_class_name
from ._asdecl import ASType, Declarations, DeclarationError, FunctionDecl, parse_declarations

_VOID = ASType("void")

__all__ = [
    "ASDeclarationWarning",
    "RawExports",
    "TypedExports",
    "declarations_beside",
    "stub_text",
]


class ASDeclarationWarning(UserWarning):
    """A declaration file or an exported function's type that the typed
    wrappers cannot use; the export stays raw."""


class _Omitted:
    """The default of optional parameters: the argument is not passed (the
    AS default applies)."""

    def __repr__(self) -> str:
        return "..."


OMITTED = _Omitted()


class RawExports:
    """The exports as the engine gives them (``wasmpy.Func`` taking and
    returning numbers and pointers), as attributes: ``m.raw.greet(ptr)``."""

    def __init__(self, exports: Dict[str, Any]) -> None:
        self.__dict__.update({n: v for n, v in exports.items() if n.isidentifier()})
        self._exports = exports

    def __getitem__(self, name: str) -> Any:
        return self._exports[name]

    def __repr__(self) -> str:
        return f"<raw exports: {', '.join(n for n in self._exports if n.isidentifier())}>"


def declarations_beside(path: Union[str, "os.PathLike[str]"]) -> Optional[Declarations]:
    """The declarations in ``name.d.ts`` beside ``name.wasm`` (or
    ``.wat``), or None when there is no such file. An unreadable or
    unparsable file gives an ``ASDeclarationWarning`` and None."""
    stem = os.path.splitext(os.fspath(path))[0]
    dts = stem + ".d.ts"
    if not os.path.isfile(dts):
        return None
    try:
        with open(dts, encoding="utf-8") as f:
            return parse_declarations(f.read(), dts)
    except (OSError, UnicodeDecodeError, DeclarationError) as e:
        warnings.warn(f"{dts}: not used: {e}", ASDeclarationWarning, stacklevel=3)
        return None


def _py_name(name: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_w_"):
        return "".join(c if c.isalnum() else "_" for c in name) + "_"
    return name


def _count_given(values: Sequence[Any], first: int, names: Sequence[str], fname: str) -> int:
    """The number of arguments given when ``values`` are the optional ones
    (from parameter ``first`` on); raises ``TypeError`` for a gap."""
    n = first + len(values)
    for i, v in enumerate(values):
        if v is OMITTED:
            n = first + i
            break
    for j in range(n - first, len(values)):
        if values[j] is not OMITTED:
            raise TypeError(
                f"{fname}() got {names[first + j]} but not {names[n]}: AssemblyScript "
                "optional arguments can only be left out from the end"
            )
    return n


class TypedExports:
    """The typed wrappers of one module: ``functions`` maps export names to
    the wrapper (or the ``Func`` itself), ``signatures`` to the stub text of
    each (``"(name: str) -> str"``). ``classes``: the Python classes of
    records (``TypedDict``) and references (``ASRef`` subclasses) by name."""

    def __init__(self, module: Any, decls: Declarations, origin: str = "") -> None:
        self.decls = decls
        # the classes made here print as "<stem>.Point", like "import stem" names them
        self.module_name = os.path.splitext(os.path.basename(origin))[0] or "assemblyscript"
        self.functions: Dict[str, Callable[..., Any]] = {}
        self.signatures: Dict[str, str] = {}
        self.resolver = TypeResolver(module, decls.records, decls.refs)
        exports = module._exports
        setlen = exports.get("__setArgumentsLength")
        for name, decl in decls.functions.items():
            func = exports.get(name)
            if func is None or name.startswith("__") or not callable(func):
                continue
            try:
                convs = [self._conv(p.type) for p in decl.params]
                result = self._conv(decl.result)
            except UnknownType as e:
                warnings.warn(
                    f"{origin or 'AssemblyScript module'}: export {name!r}: no conversion for the"
                    f" AS type {e}; the export stays the raw wasmpy.Func",
                    ASDeclarationWarning,
                    stacklevel=4,
                )
                continue
            if len(func.params) != len(decl.params):
                warnings.warn(
                    f"{origin}: export {name!r} takes {len(func.params)} wasm parameters but its"
                    f" declaration {len(decl.params)}; it stays raw (declarations of another build?)",
                    ASDeclarationWarning,
                    stacklevel=4,
                )
                continue
            if any(p.optional for p in decl.params) and setlen is None:
                warnings.warn(
                    f"{origin}: export {name!r} has optional parameters but the module does not"
                    " export __setArgumentsLength; it stays raw",
                    ASDeclarationWarning,
                    stacklevel=4,
                )
                continue
            self.functions[name] = _wrap(name, func, decl, convs, result, setlen, self.resolver.rt)
            self.signatures[name] = _signature_text(decl, convs, result)
        self.classes = self._classes()
        for cls in self.classes.values():
            cls.__module__ = self.module_name
        for fn in self.functions.values():
            if isinstance(fn, types.FunctionType):
                fn.__annotations__ = {
                    k: self._evaluate(v, self.classes) for k, v in getattr(fn, "_w_annotations").items()
                }

    def _conv(self, t: Any) -> Conv:
        if t is None:
            return self.resolver.conv(_VOID)
        return self.resolver.conv(t)

    def _classes(self) -> Dict[str, type]:
        from typing import TypedDict

        out: Dict[str, type] = {}
        for rec in self.decls.records.values():
            fields = {f.name: annotations(f.type, self.decls.records, self.decls.refs)[1] for f in rec.fields}
            name = py_class_name(rec.name)
            out[name] = TypedDict(name, {k: self._evaluate(v, out) for k, v in fields.items()})  # type: ignore[misc, operator]
            out[name].__doc__ = f"AssemblyScript record {rec.name} (a plain class, crossing by value)."
        for ref_name, cls in self.resolver.ref_classes.items():
            out[py_class_name(ref_name)] = cls
        return out

    @staticmethod
    def _evaluate(text: str, classes: Dict[str, type]) -> Any:
        """The annotation object of an annotation text (the text itself when
        it names a class not made yet)."""
        import typing

        ns: Dict[str, Any] = {n: getattr(typing, n) for n in ("List", "Optional", "Sequence", "Union")}
        ns.update(array=array, Buffer=Buffer, ASRef=ASRef)
        ns.update(classes)
        try:
            return eval(text, ns)  # noqa: S307 - texts made by _asconv.annotations
        except NameError:
            return text




def _signature_text(decl: FunctionDecl, convs: List[Conv], result: Conv) -> str:
    params = []
    for p, c in zip(decl.params, convs):
        params.append(f"{_py_name(p.name)}: {c.arg}" + (" = ..." if p.optional else ""))
    return f"({', '.join(params)}) -> {result.ret}"


def _wrap(
    name: str,
    func: Any,
    decl: FunctionDecl,
    convs: List[Conv],
    result: Conv,
    setlen: Any,
    rt: Any,
) -> Callable[..., Any]:
    """The wrapper of one export (generated Python source, so that it has
    the declared parameter names and no per-call interpretation)."""
    names = [_py_name(p.name) for p in decl.params]
    optional = [p.optional for p in decl.params]
    if not any(c.lower for c in convs) and result.lift is None and not any(optional):
        return func  # nothing to convert: the Func itself
    first_opt = optional.index(True) if any(optional) else len(names)
    ns: Dict[str, Any] = {
        "_w_f": func,
        "_w_li": result.lift,
        "_w_rt": rt,
        "_w_release": _release,
        "_w_omit": OMITTED,
        "_w_setlen": setlen,
        "_w_count": _count_given,
        "_w_names": names,
    }
    later_alloc = [any(c.allocates for c in convs[i + 1 :]) for i in range(len(convs))]
    pinning = any(c.allocates and later_alloc[i] for i, c in enumerate(convs))
    sig = ", ".join(n + ("=_w_omit" if opt else "") for n, opt in zip(names, optional))
    body: List[str] = []
    if first_opt < len(names):
        opts = ", ".join(names[first_opt:])
        body.append(f"_w_n = _w_count(({opts},), {first_opt}, _w_names, {name!r})")
    args = []
    for i, (n, c) in enumerate(zip(names, convs)):
        a = f"_w_a{i}"
        if c.lower is None:
            expr = n
        else:
            ns[f"_w_lo{i}"] = c.lower
            pins = "_w_pins" if (c.allocates and later_alloc[i]) else "None"
            expr = f"_w_lo{i}({n}, {pins})"
        if optional[i]:
            expr = f"0 if {n} is _w_omit else {expr}"
        body.append(f"{a} = {expr}")
        args.append(a)
    if first_opt < len(names):
        body.append("_w_setlen(_w_n)")
    call = f"_w_f({', '.join(args)})"
    body.append(f"return {call}" if result.lift is None else f"return _w_li({call})")
    lines = [f"def {_py_name(name)}({sig}):"]
    if pinning:
        lines.append("    _w_pins = []")
        lines.append("    try:")
        lines += ["        " + b for b in body]
        lines.append("    finally:")
        lines.append("        if _w_pins: _w_release(_w_rt, _w_pins)")
    else:
        lines += ["    " + b for b in body]
    exec("\n".join(lines), ns)  # noqa: S102 - our own generated source, as dataclasses does
    fn = ns[_py_name(name)]
    fn.__name__ = fn.__qualname__ = name
    fn._w_annotations = {n: c.arg for n, c in zip(names, convs)}
    fn._w_annotations["return"] = result.ret
    fn.__wrapped_export__ = func
    as_params = ", ".join(f"{p.type}{'?' if p.optional else ''}" for p in decl.params)
    fn.__doc__ = (
        f"AssemblyScript {decl.internal_name or name}({as_params}) => {decl.result or 'void'}\n\n"
        f"Typed wrapper of the export {name!r} (declared in the module's .d.ts): arguments are"
        " lowered into new AS objects, pinned only during the call; results are copies"
        " (see wasmpy.assemblyscript). The raw export, on pointers, is module.raw."
        f"{name}. Raises TypeError for a value that does not convert, wasmpy.Trap or ASAbort"
        " when the call traps or aborts."
    )
    return fn


def stub_text(typed: TypedExports, module: Any, source: str) -> str:
    """The text of a ``.pyi`` for the typed module (``stubgen``)."""
    lines = [
        f'"""Types of the AssemblyScript module {source}, from its declarations.',
        "",
        'Written by "python -m wasmpy stubgen"."""',
        "",
        "import array",
        "import sys",
        "from typing import List, Optional, Sequence, TypedDict, Union",
        "",
        "import wasmpy",
        "from wasmpy.assemblyscript import ASRef",
        "",
        "if sys.version_info >= (3, 12):",
        "    from collections.abc import Buffer",
        "else:",
        "    from typing_extensions import Buffer",
        "",
    ]
    decls = typed.decls
    for rec in decls.records.values():
        lines.append(f"class {py_class_name(rec.name)}(TypedDict):")
        lines.append(f'    """AssemblyScript record {rec.name}."""')
        for f in rec.fields:
            lines.append(f"    {f.name}: {annotations(f.type, decls.records, decls.refs)[1]}")
        lines.append("")
    for ref in decls.refs.values():
        lines.append(f"class {py_class_name(ref.name)}(ASRef):")
        lines.append(f'    """A reference to an AssemblyScript {ref.name}."""')
        lines.append("")
    lines.append("class _Raw:")
    lines.append('    """The raw exports (numbers and pointers)."""')
    lines.append("    def __getattr__(self, name: str) -> wasmpy.Func: ...")
    lines.append("")
    lines.append("raw: _Raw")
    for name, value in module._exports.items():
        if not name.isidentifier() or name.startswith("__") or keyword.iskeyword(name):
            continue
        if name in typed.signatures:
            lines.append(f"def {name}{typed.signatures[name]}: ...")
        elif isinstance(value, type(module._exports.get("memory"))) and name == "memory":
            lines.append("memory: wasmpy.Memory")
        elif callable(value):
            lines.append(f"{name}: wasmpy.Func")
        else:
            g = decls.globals.get(name)
            ty = annotations(g.type, decls.records, decls.refs)[1] if g and g.type else "int"
            lines.append(f"{name}: {ty}")
    return "\n".join(lines) + "\n"


def stubgen(path: str, out: Optional[str] = None) -> str:
    """Writes the ``.pyi`` of the AS module at ``path`` (to ``out``, by
    default ``name.pyi`` beside it) from ``name.d.ts``; returns the path
    written. The module is instantiated to read its type table; imported
    functions other than the AS defaults are replaced by ones that return
    zeros (stubgen calls no export). Raises ``FileNotFoundError`` without
    declarations, and what ``ASModule`` raises."""
    from .assemblyscript import ASModule
    from ._module import compile_file
    from ._types import FuncType

    decls = declarations_beside(path)
    if decls is None:
        raise FileNotFoundError(f"{os.path.splitext(path)[0]}.d.ts: no declarations beside {path}")
    imports: Dict[Tuple[str, str], Any] = {}
    for modname, field, ty in compile_file(path).import_types:
        if isinstance(ty, FuncType) and (modname, field) not in (("env", "abort"), ("env", "trace"), ("env", "seed")):
            results = ty.results
            zeros = tuple(0.0 if r in ("f32", "f64") else 0 for r in results)
            imports[(modname, field)] = lambda *a, z=zeros: (z[0] if len(z) == 1 else (z or None))
    module = ASModule(path, imports=imports)
    if module.typed is None:
        raise ValueError(f"{path}: the module exports no AssemblyScript runtime to type")
    target = out or os.path.splitext(path)[0] + ".pyi"
    with open(target, "w", encoding="utf-8") as f:
        f.write(stub_text(module.typed, module, os.path.basename(path)))
    return target
