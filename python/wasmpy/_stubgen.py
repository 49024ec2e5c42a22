"""Typed stubs (``.pyi``) for WebAssembly modules, so that editors and
mypy check code that imports one: ``wasmpy stubgen gcd.wat`` writes
``gcd.pyi`` beside it, and after ``import gcd`` mypy knows
``gcd.gcd(a: int, b: int, /) -> int``.

Types follow the value conversion of ``wasmpy.Func`` calls: i32, i64 and
v128 are ``int`` (arguments: ``SupportsIndex``), f32 and f64 ``float``
(arguments: ``SupportsFloat``... and ``SupportsIndex``), funcref
``Optional[wasmpy.Func]``, externref ``Any``; no result is ``None``, several
a ``Tuple``. Parameter names come from the name section (else ``p0``,
``p1``, ...). Memories, tables and globals become module attributes of
their wasmpy classes. Exports whose names are not identifiers (reached as
``module["name"]``) are listed in a comment.

AssemblyScript modules (which export ``__rtti_base``) get their stubs from
the declarations asc writes (``wasmpy._astyped.stubgen``).
"""

import keyword
import os
from typing import List, Optional, Sequence

from ._native import Module
from ._types import FuncType, GlobalType, MemoryType, TableType, ValType

__all__ = ["module_stub", "write_stub"]

_ARG = {
    "i32": "SupportsIndex",
    "i64": "SupportsIndex",
    "v128": "SupportsIndex",
    "f32": "Union[SupportsFloat, SupportsIndex]",
    "f64": "Union[SupportsFloat, SupportsIndex]",
    "funcref": "Optional[wasmpy.Func]",
    "externref": "Any",
}
_RESULT = {
    "i32": "int",
    "i64": "int",
    "v128": "int",
    "f32": "float",
    "f64": "float",
    "funcref": "Optional[wasmpy.Func]",
    "externref": "Any",
}


def _results(results: Sequence[ValType]) -> str:
    if not results:
        return "None"
    if len(results) == 1:
        return _RESULT[results[0]]
    return f"Tuple[{', '.join(_RESULT[r] for r in results)}]"


def _usable(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not (
        name.startswith("__") and name.endswith("__")
    )


def module_stub(module: Module, source: str = "") -> str:
    """The text of the ``.pyi`` for ``module`` (``source`` names its file
    in the header)."""
    lines = [
        f'"""Stub of the WebAssembly module {source or "(unnamed)"} (written by wasmpy stubgen)."""',
        "",
        "from typing import Any, Optional, SupportsFloat, SupportsIndex, Tuple, Union",
        "",
        "import wasmpy",
        "",
    ]
    unreachable: List[str] = []
    for name, ty in module.export_types:
        if not _usable(name):
            unreachable.append(f"#   {name!r}: {ty}")
            continue
        if isinstance(ty, FuncType):
            given: Optional[List[Optional[str]]] = module.param_names(name)
            params: List[str] = []
            taken = set()
            for i, t in enumerate(ty.params):
                pname = (given[i] if given else None) or f"p{i}"
                if keyword.iskeyword(pname) or pname in taken:
                    pname = f"p{i}"
                taken.add(pname)
                params.append(f"{pname}: {_ARG[t]}")
            sig = ", ".join(params + ["/"]) if params else ""
            lines.append(f"def {name}({sig}) -> {_results(ty.results)}:")
            lines.append(f'    """{ty}"""')
        elif isinstance(ty, MemoryType):
            lines.append(f"{name}: wasmpy.Memory  # {ty}")
        elif isinstance(ty, TableType):
            lines.append(f"{name}: wasmpy.Table  # {ty}")
        elif isinstance(ty, GlobalType):
            lines.append(f"{name}: wasmpy.Global  # {ty}")
    lines += ["", "__wasm_instance__: wasmpy.Instance"]
    if unreachable:
        lines += ["", "# Exports reached only as module[name]:"] + unreachable
    return "\n".join(lines) + "\n"


def write_stub(path: str, out: Optional[str] = None) -> str:
    """Compiles the module at ``path`` and writes its stub to ``out`` (by
    default ``name.pyi`` beside it); returns the path written. Raises
    ``OSError`` and what ``wasmpy.Module`` raises."""
    module = Module.from_file(path)
    target = out or os.path.splitext(path)[0] + ".pyi"
    with open(target, "w", encoding="utf-8") as f:
        f.write(module_stub(module, os.path.basename(path)))
    return target
