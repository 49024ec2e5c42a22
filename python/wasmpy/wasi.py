"""WASI preview1 (``wasi_snapshot_preview1``): run programs that C/C++
(wasi-sdk), Rust (``wasm32-wasip1``), AssemblyScript, Go and other toolchains
compile, sandboxed, with their stdio in Python objects.

The functions themselves are ``wasi-common`` (the implementation wasmtime and
wasmi use) behind our engine: they run without the GIL and read and write
linear memory in place; the filesystem is reached only through preopened
directories, sandboxed by ``cap-std`` (no escape through ``..``, absolute
paths or symlinks: such paths fail with a WASI errno).

Example::

    import io, wasmpy.wasi as wasi
    out = io.StringIO()
    code = wasi.run("hello.wasm", argv=["hello", "world"], stdout=out)
"""

import io
import os
import sys
from typing import Any, Mapping, Optional, Sequence, Union

from ._errors import Exit
from ._native import Module, WasiCtx

__all__ = [
    "INHERIT",
    "Exit",
    "WasiConfig",
    "default_config",
    "run",
    "set_default_config",
]

PathLike = Union[str, "os.PathLike[str]"]


class _Inherit:
    """The type of ``INHERIT``."""

    _instance: Optional["_Inherit"] = None

    def __new__(cls) -> "_Inherit":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "wasmpy.wasi.INHERIT"

    def __reduce__(self) -> str:
        return "INHERIT"


#: For ``stdin``/``stdout``/``stderr``: the process's own fd 0, 1 or 2.
INHERIT = _Inherit()


def _is_text(stream: Any) -> bool:
    """Whether ``stream.write`` takes ``str`` (a text stream) rather than
    bytes: ``io.TextIOBase`` instances, and objects with an ``encoding`` but
    no ``b`` in their ``mode``."""
    if isinstance(stream, io.TextIOBase):
        return True
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return False
    if "b" in str(getattr(stream, "mode", "")):
        return False
    return hasattr(stream, "encoding")


def _output(value: Any, name: str) -> Any:
    if value is None:
        return None
    if value is INHERIT:
        return True
    if not callable(getattr(value, "write", None)):
        raise TypeError(f"{name} must be None, wasmpy.wasi.INHERIT or an object with write()")
    return (value, _is_text(value))


def _input(value: Any) -> Any:
    if value is None:
        return None
    if value is INHERIT:
        return True
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if not callable(getattr(value, "read", None)):
        raise TypeError(
            "stdin must be None, bytes, wasmpy.wasi.INHERIT or a binary object with read()"
        )
    return value


class WasiConfig:
    """What a WASI program sees: its arguments, environment, directories
    and stdio. One configuration may serve many instances; each instance
    gets a fresh WASI context (file-descriptor table) made from it.

    Args:
        argv: the arguments, ``argv[0]`` being the program name (a sequence
            of ``str``).
        env: the environment, a mapping ``str -> str``; nothing from the
            host unless given (``env=os.environ`` passes it all).
        preopens: directories the program may reach, a mapping guest path
            (``str``, e.g. ``"/"`` or ``"data"``) -> host directory (``str``
            or path-like). Nothing outside them is reachable.
        stdin: ``None`` (empty), ``bytes``, a binary file-like object with
            ``read(n)``, or ``INHERIT`` (the process's fd 0).
        stdout, stderr: ``None`` (discarded), ``INHERIT`` (fd 1 / fd 2), or
            any object with ``write``: binary (``io.BytesIO``, a file opened
            ``"wb"``, ``sys.stdout.buffer``) gets ``bytes``; text
            (``sys.stdout``, ``io.StringIO``) gets ``str``, decoded as UTF-8
            with invalid bytes replaced.

    An exception that a stdio object's ``read`` or ``write`` raises (or a
    ``TypeError`` for a ``read`` that returns other than ``bytes``) ends the
    WASI call and comes out of the wasm call (``run``, an export) as the
    same exception object, with a note (Python 3.11+) naming the stream.

    Raises:
        TypeError: an argument of the wrong kind.
    """

    def __init__(
        self,
        argv: Sequence[str] = (),
        env: Optional[Mapping[str, str]] = None,
        preopens: Optional[Mapping[str, PathLike]] = None,
        stdin: Any = None,
        stdout: Any = None,
        stderr: Any = None,
    ) -> None:
        if isinstance(argv, (str, bytes)):
            raise TypeError("argv must be a sequence of str, not a single string")
        self.argv = [str(a) for a in argv]
        self.env = {str(k): str(v) for k, v in (env or {}).items()}
        self.preopens = {str(g): os.fspath(h) for g, h in (preopens or {}).items()}
        _input(stdin)
        _output(stdout, "stdout")
        _output(stderr, "stderr")
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr

    def _wasi_ctx(self) -> WasiCtx:
        """A fresh native WASI context (used by ``wasmpy.Instance``).

        Raises ``ValueError`` when a preopened directory cannot be opened.
        """
        return WasiCtx(
            self.argv,
            list(self.env.items()),
            [(host, guest) for guest, host in self.preopens.items()],
            _input(self.stdin),
            _output(self.stdout, "stdout"),
            _output(self.stderr, "stderr"),
        )

    def __repr__(self) -> str:
        return (
            f"WasiConfig(argv={self.argv!r}, env={self.env!r}, preopens={self.preopens!r}, "
            f"stdin={self.stdin!r}, stdout={self.stdout!r}, stderr={self.stderr!r})"
        )


_default: Optional[WasiConfig] = None


def default_config(name: str = "") -> WasiConfig:
    """The configuration the import hook instantiates WASI modules with:
    the one given to ``set_default_config``, else ``argv=[name]``, stdout
    and stderr inherited, stdin empty, no environment, no preopens."""
    if _default is not None:
        return _default
    return WasiConfig(argv=[name], stdout=INHERIT, stderr=INHERIT)


def set_default_config(config: Optional[WasiConfig]) -> None:
    """Replaces the configuration used for WASI modules imported from now
    on (``None`` restores the built-in default)."""
    global _default
    if config is not None and not isinstance(config, WasiConfig):
        raise TypeError("set_default_config takes a WasiConfig or None")
    _default = config


def _flush_python_stdio(config: WasiConfig) -> None:
    """Flushes Python's own buffers before a program writes to the same
    descriptors (so output keeps its order)."""
    for value, stream in ((config.stdout, sys.stdout), (config.stderr, sys.stderr)):
        if value is INHERIT and stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):
                pass


def run(
    module: Union[PathLike, bytes, Module],
    argv: Optional[Sequence[str]] = None,
    env: Optional[Mapping[str, str]] = None,
    preopens: Optional[Mapping[str, PathLike]] = None,
    stdin: Any = None,
    stdout: Any = INHERIT,
    stderr: Any = INHERIT,
) -> int:
    """Runs a WASI command: instantiates ``module``, calls its ``_start``,
    returns the exit code.

    Args:
        module: a path to a ``.wasm``/``.wat`` file, the binary as bytes, or
            a compiled ``wasmpy.Module``.
        argv: the arguments, ``argv[0]`` first; by default ``[file name]``
            (``["main"]`` for bytes or a ``Module``).
        env, preopens, stdin, stdout, stderr: as for ``WasiConfig``
            (stdout and stderr default to ``INHERIT`` here).

    Returns:
        0 when ``_start`` returns, ``n`` after ``proc_exit(n)``.

    Raises:
        wasmpy.Trap: the program trapped.
        wasmpy.LinkError: it imports something other than WASI preview1, or
            has no ``_start`` export.
        OSError, wasmpy.CompileError: as ``wasmpy.load``.
    """
    from . import _module
    from ._errors import LinkError
    from ._native import Instance

    if isinstance(module, Module):
        compiled = module
        name = "main"
    elif isinstance(module, (bytes, bytearray, memoryview)):
        compiled = Module(bytes(module))
        name = "main"
    else:
        compiled = _module.compile_file(module)
        name = os.path.basename(os.fspath(module))
    config = WasiConfig(
        argv=[name] if argv is None else argv,
        env=env,
        preopens=preopens,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    )
    from ._native import Func

    instance = Instance(compiled, {}, wasi=config)
    start = instance.exports.get("_start")
    if not isinstance(start, Func):
        raise LinkError("the module exports no _start function: it is not a WASI command")
    _flush_python_stdio(config)
    try:
        start()
    except Exit as e:
        return e.code
    return 0
