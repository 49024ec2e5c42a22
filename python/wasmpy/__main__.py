"""Command line: ``python -m wasmpy inspect FILE`` and
``python -m wasmpy run FILE FUNC [ARGS...]``.

``inspect`` prints the module's imports and exports with their types
(function signatures, memory limits in 64 KiB pages, table limits in
elements, global types). ``run`` instantiates the module (imports resolved
through the import system, as for ``import``) and calls the exported
function ``FUNC`` with ``ARGS`` converted to its parameter types (integers
in any base Python accepts, floats as ``float()`` reads them); it prints
the result (one line per value) and exits 0, or prints the error and exits 1.
"""

import argparse
import sys
from typing import List, Optional, Sequence

from ._module import compile_file, load

__all__ = ["main", "describe"]


def describe(path: str) -> str:
    """The text ``inspect`` prints for the module at ``path``."""
    module = compile_file(path)
    lines = [f"module {path}"]
    lines.append(f"imports ({len(module.import_types)}):")
    for mod, name, ty in module.import_types:
        lines.append(f"  {mod}.{name}: {ty}")
    lines.append(f"exports ({len(module.export_types)}):")
    for name, ty in module.export_types:
        lines.append(f"  {name}: {ty}")
    lines.append(f"machine code: {module.code_size} bytes")
    return "\n".join(lines)


def _convert(text: str, ty: str):
    if ty in ("f32", "f64"):
        return float(text)
    if ty in ("i32", "i64", "v128"):
        return int(text, 0)
    raise ValueError(f"cannot pass a {ty} argument from the command line")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the command line with ``argv`` (default ``sys.argv[1:]``);
    returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m wasmpy", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_inspect = sub.add_parser("inspect", help="print imports and exports with types")
    p_inspect.add_argument("file")
    p_run = sub.add_parser("run", help="call an exported function")
    p_run.add_argument("file")
    p_run.add_argument("func")
    p_run.add_argument("args", nargs="*")
    ns = parser.parse_args(argv)
    try:
        if ns.command == "inspect":
            print(describe(ns.file))
            return 0
        module = load(ns.file)
        func = module[ns.func]
        if len(ns.args) != len(func.params):
            raise TypeError(
                f"{ns.func} takes {len(func.params)} arguments ({', '.join(func.params)}),"
                f" {len(ns.args)} given"
            )
        args: List[object] = [_convert(a, t) for a, t in zip(ns.args, func.params)]
        result = func(*args)
        if isinstance(result, tuple):
            for r in result:
                print(r)
        elif result is not None:
            print(result)
        return 0
    except KeyError as e:
        print(f"error: no export named {e.args[0]!r}", file=sys.stderr)
    except Exception as e:  # noqa: BLE001 - a command line reports every error
        print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
