"""The import hook's compiled-code cache, beside the module as ``.pyc``
files are (PEP 3147): ``import name`` of ``dir/name.wasm`` (or ``.wat``)
keeps the compiled module in ``dir/__pycache__/name.<tag>.wasmc``, where
``<tag>`` is ``wasmpy.CACHE_TAG`` (it names the engine build, the CPU
features and the code configuration the code depends on), and the next
import in any process loads that file instead of compiling.

A cache file is the 16-byte ``content_hash`` of the source file's bytes
(the key: a changed source never matches), then ``Module.serialize()``'s
bytes, whose own header and checksum ``Module.deserialize`` checks. A file
that does not match, is stale, truncated or corrupt is ignored and
replaced; its code is never run.

As for ``.pyc`` files: ``sys.pycache_prefix`` (``PYTHONPYCACHEPREFIX``)
moves the cache to a tree of its own, ``sys.dont_write_bytecode``
(``PYTHONDONTWRITEBYTECODE``, ``-B``) stops writing but not reading, a
directory that cannot be written means no cache (not an error), and files
are written atomically (a temporary file, then ``os.replace``), so a
concurrent import reads a whole file or none.
"""

import importlib.util
import os
import sys
from typing import Optional

from ._native import CACHE_TAG, Module, content_hash

__all__ = ["CACHE_TAG", "SUFFIX", "cache_path", "compile_cached"]

#: File suffix of cache files.
SUFFIX = ".wasmc"

_KEY_LEN = 16


def _verbose(message: str) -> None:
    """Reports a cache decision under ``python -v``, as importlib does."""
    if sys.flags.verbose:
        print(f"# wasmpy: {message}", file=sys.stderr)


def cache_path(source_path: str) -> Optional[str]:
    """The cache file of the module at ``source_path``:
    ``__pycache__/<stem>.<CACHE_TAG>.wasmc`` beside it, or under
    ``sys.pycache_prefix`` where ``importlib.util.cache_from_source``
    would put a ``.pyc``; ``None`` when the interpreter has no cache tag
    (``sys.implementation.cache_tag`` is ``None``)."""
    try:
        pyc = importlib.util.cache_from_source(source_path)
    except (NotImplementedError, ValueError):
        return None
    stem = os.path.basename(source_path).rpartition(".")[0]
    return os.path.join(os.path.dirname(pyc), f"{stem}.{CACHE_TAG}{SUFFIX}")


def _read(path: str, key: bytes, source_path: str) -> Optional[Module]:
    """The module in cache file ``path`` if its key is ``key`` and
    ``Module.deserialize`` accepts the rest, else ``None``."""
    try:
        # Unbuffered: `readall` then reads the rest into one bytes object
        # of the file's size (a buffered file would copy it twice).
        with open(path, "rb", buffering=0) as f:
            if f.read(_KEY_LEN) != key:
                _verbose(f"{path} does not match {source_path}")
                return None
            data = f.readall()
    except OSError:
        return None
    try:
        module = Module.deserialize(data, path=source_path)
    except ValueError as e:
        _verbose(f"{path} ignored: {e}")
        return None
    _verbose(f"{source_path} loaded from {path}")
    return module


def _write(path: str, key: bytes, module: Module) -> None:
    """Writes ``key`` and the serialized ``module`` to ``path`` atomically;
    gives up silently when the directory cannot be made or written."""
    tmp = f"{path}.{os.getpid()}.{id(module)}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as e:
        _verbose(f"cannot write {path}: {e}")
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(key)
            f.write(module.serialize())
        os.replace(tmp, path)
    except OSError as e:
        _verbose(f"cannot write {path}: {e}")
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _verbose(f"wrote {path}")


def compile_cached(source: bytes, source_path: str) -> Module:
    """The compiled module of ``source`` (the bytes of the file at
    ``source_path``): from its cache file when that matches, else compiled
    (``Module(source, path=source_path)``, raising what it raises) and
    written to the cache unless ``sys.dont_write_bytecode``."""
    path = cache_path(source_path)
    if path is None:
        return Module(source, path=source_path)
    key = content_hash(source)
    module = _read(path, key, source_path)
    if module is None:
        module = Module(source, path=source_path)
        if not sys.dont_write_bytecode:
            _write(path, key, module)
    return module
