"""The command line: ``wasmpy`` (a console script) or ``python -m wasmpy``.

Subcommands:
    ``inspect FILE``: prints the module's imports and exports with their
    types (function signatures, memory limits in 64 KiB pages, table limits
    in elements, global types) and the size of its machine code.

    ``run FILE [--dir HOST[::GUEST]]... [--env K=V]... [--] [ARGS...]``:
    runs a WASI command (``wasmpy.wasi.run``) with the process's stdio and
    exits with its exit code.

    ``run FILE [...] --invoke FUNC [ARGS...]``: instantiates the module
    (imports resolved through the import system, as for ``import``; WASI
    with the given directories and environment) and calls the exported
    function ``FUNC`` with ``ARGS`` converted to its parameter types
    (integers in any base Python accepts, floats as ``float()`` reads them);
    prints the result (one line per value).

    ``stubgen FILE [-o OUT]``: writes ``name.pyi``, the typed stub of the
    module (for an AssemblyScript module, from the ``name.d.ts`` asc wrote
    beside it).

Exit status: the program's exit code for ``run``; otherwise 0 on
success, 1 when the command fails (the error is printed
on stderr, without a traceback), 2 for a usage error, 130 on Ctrl-C.

Each subcommand is one ``_add_*`` function that registers its parser and
sets ``handler``, a function of the parsed namespace returning the exit
status; new subcommands are added to ``_SUBCOMMANDS``.
"""

import argparse
import os
import sys
from typing import Callable, List, Optional, Sequence

__all__ = ["main", "describe"]

_DESCRIPTION = """\
Run and inspect WebAssembly modules with wasmpy, a WebAssembly JIT compiler
for Python. In Python, "import wasmpy" lets "import name" load name.wasm or
name.wat from sys.path."""

_EPILOG = """\
exit status: 0 on success, 1 when the command fails (the error is printed
without a traceback), 2 for a usage error, 130 when interrupted by Ctrl-C.
Run "%(prog)s COMMAND --help" for the options of one command."""


def describe(path: str) -> str:
    """The text ``inspect`` prints for the module at ``path`` (a ``.wasm``
    or ``.wat`` file). Raises ``OSError`` or ``wasmpy.CompileError`` as
    ``wasmpy.compile_file`` does."""
    from ._module import compile_file

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


def _convert(text: str, ty: object) -> object:
    """``text`` (a command-line word) as a value of the wasm type ``ty``."""
    kind = str(ty)
    if kind in ("f32", "f64"):
        return float(text)
    if kind in ("i32", "i64", "v128"):
        return int(text, 0)
    raise ValueError(f"cannot pass a {kind} argument from the command line")


def _print_result(result: object) -> None:
    """Prints a call's result: nothing for ``None``, one line per value."""
    if isinstance(result, tuple):
        for r in result:
            print(r)
    elif result is not None:
        print(result)


def _inspect(ns: argparse.Namespace) -> int:
    print(describe(ns.file))
    return 0


def _add_inspect(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser(
        "inspect",
        help="print a module's imports and exports with their types",
        description="Print the imports and exports of a .wasm or .wat module with their"
        " types (memory limits in 64 KiB pages, table limits in elements) and the size"
        " of its machine code.",
    )
    p.add_argument("file", help="a .wasm (binary) or .wat (text) module")
    p.set_defaults(handler=_inspect)


_RUN_OPTIONS = ("--dir", "--env", "--invoke")


def _split_run_args(ns: argparse.Namespace) -> None:
    """Moves the ``--dir``/``--env``/``--invoke`` options written after FILE
    out of ``ns.args`` (argparse leaves everything after FILE there), up to
    the first other word or ``--``; the rest are the program's arguments."""
    words = list(ns.args)
    i = 0
    while i < len(words):
        w = words[i]
        if w == "--":
            i += 1
            break
        name, eq, value = w.partition("=")
        if name not in _RUN_OPTIONS:
            break
        if not eq:
            if i + 1 >= len(words):
                raise ValueError(f"{name} needs a value")
            value = words[i + 1]
            i += 1
        i += 1
        if name == "--invoke":
            ns.invoke = value
            break  # everything after FUNC is its arguments
        getattr(ns, name[2:]).append(value)
    ns.args = words[i:]


def _preopens(dirs: Sequence[str]) -> dict:
    """``--dir HOST[::GUEST]`` values as ``{guest: host}`` (the guest path
    defaults to HOST, as in wasmtime's ``--dir``)."""
    pre = {}
    for d in dirs:
        host, sep, guest = d.partition("::")
        pre[guest if sep else host] = host
    return pre


def _environ(pairs: Sequence[str]) -> dict:
    env = {}
    for kv in pairs:
        k, eq, v = kv.partition("=")
        if not eq or not k:
            raise ValueError(f"--env takes NAME=VALUE, not {kv!r}")
        env[k] = v
    return env


def _run(ns: argparse.Namespace) -> int:
    from . import wasi
    from ._module import load

    _split_run_args(ns)
    preopens, env = _preopens(ns.dir), _environ(ns.env)
    argv = [os.path.basename(ns.file)] + ns.args
    if ns.invoke is None:
        return wasi.run(ns.file, argv=argv, env=env, preopens=preopens, stdin=wasi.INHERIT)
    config = wasi.WasiConfig(
        argv=argv[:1], env=env, preopens=preopens,
        stdin=wasi.INHERIT, stdout=wasi.INHERIT, stderr=wasi.INHERIT,
    )
    module = load(ns.file, wasi=config)
    try:
        func = module[ns.invoke]
    except KeyError:
        print(f"error: no export named {ns.invoke!r}", file=sys.stderr)
        return 1
    params = list(func.params)
    if len(ns.args) != len(params):
        raise TypeError(
            f"{ns.invoke} takes {len(params)} arguments ({', '.join(map(str, params))}),"
            f" {len(ns.args)} given"
        )
    args: List[object] = [_convert(a, t) for a, t in zip(ns.args, params)]
    try:
        result = func(*args)
    except wasi.Exit as e:
        return e.code
    _print_result(result)
    return 0


def _add_run(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser(
        "run",
        help="run a WASI program, or call one exported function (--invoke)",
        usage="%(prog)s FILE [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [--] [ARGS...]\n"
        "       %(prog)s FILE [--dir ...] [--env ...] --invoke FUNC [ARGS...]",
        description="Run a WASI command module (wasi_snapshot_preview1): call its _start"
        " with argv = [FILE's name, ARGS...], the process's stdin, stdout and stderr, only"
        " the environment given with --env, and only the directories given with --dir;"
        " exit with the program's exit code. With --invoke FUNC, instead call the exported"
        " function FUNC with ARGS converted to its parameter types (integers in any base"
        " Python reads, such as 0x2a; floats as float() reads them) and print each result"
        " value on its own line; the module's other imports are resolved through the"
        " import system, as for import.",
    )
    p.add_argument("file", metavar="FILE", help="a .wasm (binary) or .wat (text) module")
    p.add_argument(
        "--dir", action="append", default=[], metavar="HOST[::GUEST]",
        help="preopen the host directory HOST as GUEST (default: the same path);"
        " the program reaches no other files. Repeatable.",
    )
    p.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE",
        help="set an environment variable of the program (none are inherited). Repeatable.",
    )
    p.add_argument(
        "--invoke", metavar="FUNC", default=None,
        help="call the exported function FUNC with ARGS and print its result",
    )
    p.add_argument(
        "args", nargs=argparse.REMAINDER, metavar="ARGS",
        help="the program's arguments (after --, words that look like options too),"
        " or FUNC's arguments with --invoke",
    )
    p.set_defaults(handler=_run)


def _stubgen(ns: argparse.Namespace) -> int:
    from ._hook import is_assemblyscript
    from ._module import compile_file

    if is_assemblyscript(compile_file(ns.file)):
        from ._astyped import stubgen

        print(stubgen(ns.file, ns.output))
    else:
        from ._stubgen import write_stub

        print(write_stub(ns.file, ns.output))
    return 0


def _add_stubgen(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser(
        "stubgen",
        help="write a typed .pyi stub for a module, for editors and mypy",
        description="Write the Python stub (.pyi) of a module, for editors and mypy. For"
        " an AssemblyScript module: from the declarations asc wrote beside it (name.d.ts,"
        " from --bindings esm or raw), the typed signatures wasmpy.assemblyscript gives"
        " its exports. For any other module: its exports as the import hook gives them"
        " (functions with int/float signatures and parameter names from the name"
        " section, memories, tables, globals). Prints the path written.",
    )
    p.add_argument("file", help="the module's .wasm or .wat file (for AssemblyScript, name.d.ts beside it)")
    p.add_argument("-o", "--output", help="the .pyi to write (default: name.pyi beside the file)")
    p.set_defaults(handler=_stubgen)


_SUBCOMMANDS: List[Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]] = [
    _add_inspect,
    _add_run,
    _add_stubgen,
]


def _prog() -> str:
    """``wasmpy`` when started as the console script, else ``python -m wasmpy``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "python -m wasmpy" if name in ("", "__main__.py", "-c", "-m") else "wasmpy"


def parser() -> argparse.ArgumentParser:
    """The command line's argument parser, with every subcommand."""
    from . import __version__

    p = argparse.ArgumentParser(
        prog=_prog(),
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"wasmpy {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in _SUBCOMMANDS:
        add(sub)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the command line with ``argv`` (default ``sys.argv[1:]``);
    returns the exit status (0, 1 on an error, 130 on Ctrl-C). Usage errors,
    ``--help`` and ``--version`` exit through ``SystemExit`` (status 2 or 0)
    as argparse does."""
    try:
        ns = parser().parse_args(argv)
        try:
            return int(ns.handler(ns))
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - a command line reports every error
            print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
    except KeyboardInterrupt:
        # Like a shell: 128 + SIGINT, and no traceback.
        print(file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
