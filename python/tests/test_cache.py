"""The compiled-code cache: ``Module.serialize``/``Module.deserialize`` and
the import hook's ``__pycache__/name.<tag>.wasmc`` files (``_cache.py``).

Imports that must start cold run in fresh interpreters (``python -v``
reports what the cache did), with ``PYTHONDONTWRITEBYTECODE`` controlled
explicitly since the environment may set it."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

import pytest

import wasmpy
from wasmpy import _cache

ROOT = Path(__file__).resolve().parents[2]
SQLITE = ROOT / "benches" / "wasm" / "sqlite.wasm"

ADD = b"""(module
  (type $ii (func (param i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $double $neg)
  (memory (export "memory") 1)
  (data (i32.const 8) "cached")
  (func $double (type $ii) local.get 0 i32.const 2 i32.mul)
  (func $neg (type $ii) i32.const 0 local.get 0 i32.sub)
  (func (export "add") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.add)
  (func (export "apply") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $ii))
  (func (export "fail") unreachable))"""

CHECK = (
    "import wasmpy, cachemod\n"
    "assert cachemod.add(2, 3) == 5\n"
    "assert cachemod.apply(0, 21) == 42 and cachemod.apply(1, 5) == -5\n"
    "assert bytes(cachemod.memory.read(8, 6)) == b'cached'\n"
    "try:\n"
    "    cachemod.fail()\n"
    "except wasmpy.Trap as t:\n"
    "    assert t.kind == wasmpy.TrapKind.UNREACHABLE\n"
    "else:\n"
    "    raise AssertionError('no trap')\n"
    "print('ok')\n"
)


def run_python(
    cwd: Path, code: str, env: Optional[Dict[str, str]] = None, write: bool = True
) -> subprocess.CompletedProcess:
    """Runs ``code`` in a fresh ``python -v`` in ``cwd`` (on its path);
    ``write=False`` sets ``PYTHONDONTWRITEBYTECODE``."""
    full = dict(os.environ)
    full.pop("PYTHONDONTWRITEBYTECODE", None)
    full.pop("PYTHONPYCACHEPREFIX", None)
    if not write:
        full["PYTHONDONTWRITEBYTECODE"] = "1"
    full.update(env or {})
    full["PYTHONPATH"] = str(cwd)
    proc = subprocess.run(
        [sys.executable, "-v", "-c", code], cwd=cwd, env=full, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def cache_file(directory: Path, stem: str = "cachemod") -> Path:
    return directory / "__pycache__" / f"{stem}.{wasmpy.CACHE_TAG}.wasmc"


def said(proc: subprocess.CompletedProcess, words: str) -> bool:
    return any(line.startswith("# wasmpy:") and words in line for line in proc.stderr.splitlines())


def test_second_import_loads_the_cache(tmp_path: Path) -> None:
    (tmp_path / "cachemod.wat").write_bytes(ADD)
    cold = run_python(tmp_path, CHECK)
    assert cold.stdout.strip() == "ok"
    assert said(cold, "wrote") and cache_file(tmp_path).is_file()
    warm = run_python(tmp_path, CHECK)
    assert warm.stdout.strip() == "ok"
    assert said(warm, "loaded from"), warm.stderr[-2000:]
    assert not said(warm, "wrote")


def test_changed_source_is_compiled_again(tmp_path: Path) -> None:
    source = tmp_path / "cachemod.wat"
    source.write_bytes(ADD)
    run_python(tmp_path, CHECK)
    source.write_bytes(ADD.replace(b"i32.add", b"i32.sub"))
    proc = run_python(tmp_path, "import wasmpy, cachemod; print(cachemod.add(2, 3))")
    assert proc.stdout.strip() == "-1"
    assert said(proc, "does not match") and said(proc, "wrote")
    again = run_python(tmp_path, "import wasmpy, cachemod; print(cachemod.add(2, 3))")
    assert again.stdout.strip() == "-1" and said(again, "loaded from")


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path, damage: str) -> None:
    (tmp_path / "cachemod.wat").write_bytes(ADD)
    run_python(tmp_path, CHECK)
    path = cache_file(tmp_path)
    good = path.read_bytes()
    # Past the 16-byte source key: the header, the code, the declarations.
    for at in (16 + 20, 16 + 100, len(good) // 2, len(good) - 1):
        data = bytearray(good)
        if damage == "flip":
            data[at] ^= 0x40
        else:
            del data[at:]
        path.write_bytes(bytes(data))
        proc = run_python(tmp_path, CHECK)
        assert proc.stdout.strip() == "ok"
        assert said(proc, "ignored"), proc.stderr[-2000:]
        assert said(proc, "wrote")
        assert path.read_bytes() == good


def test_dont_write_bytecode_reads_but_does_not_write(tmp_path: Path) -> None:
    (tmp_path / "cachemod.wat").write_bytes(ADD)
    proc = run_python(tmp_path, CHECK, write=False)
    assert proc.stdout.strip() == "ok"
    assert not (tmp_path / "__pycache__").exists()
    run_python(tmp_path, CHECK)
    proc = run_python(tmp_path, CHECK, write=False)
    assert said(proc, "loaded from")


def test_pycache_prefix(tmp_path: Path) -> None:
    src = tmp_path / "src"
    prefix = tmp_path / "prefix"
    src.mkdir()
    (src / "cachemod.wat").write_bytes(ADD)
    proc = run_python(src, CHECK, env={"PYTHONPYCACHEPREFIX": str(prefix)})
    assert said(proc, "wrote")
    assert not (src / "__pycache__").exists()
    written = list(prefix.rglob(f"cachemod.{wasmpy.CACHE_TAG}.wasmc"))
    assert len(written) == 1
    assert written[0].parent == prefix / src.relative_to(src.anchor)
    proc = run_python(src, CHECK, env={"PYTHONPYCACHEPREFIX": str(prefix)})
    assert said(proc, "loaded from")


def test_unwritable_cache_directory_is_no_error(tmp_path: Path) -> None:
    # A file where __pycache__ would go: no directory can be made there
    # (a read-only directory behaves the same, but root may write anyway).
    (tmp_path / "cachemod.wat").write_bytes(ADD)
    (tmp_path / "__pycache__").write_bytes(b"not a directory")
    proc = run_python(tmp_path, CHECK)
    assert proc.stdout.strip() == "ok"
    assert said(proc, "cannot write")
    assert (tmp_path / "__pycache__").read_bytes() == b"not a directory"


def test_cache_path_follows_importlib() -> None:
    path = _cache.cache_path(os.path.join("pkg", "mod.wasm"))
    assert path == os.path.join("pkg", "__pycache__", f"mod.{wasmpy.CACHE_TAG}.wasmc")
    assert wasmpy.CACHE_TAG.startswith("wasmjit-")


def test_serialize_round_trip() -> None:
    module = wasmpy.Module(ADD)
    data = module.serialize()
    loaded = wasmpy.Module.deserialize(data, path="add.wasm")
    assert loaded.path == "add.wasm"
    assert loaded.exports == module.exports
    assert loaded.wasm_hash == module.wasm_hash == wasmpy._native.content_hash(wasmpy.wat2wasm(ADD))
    m = wasmpy.Instance(loaded).exports
    assert m["add"](40, 2) == 42 and m["apply"](0, 4) == 8
    assert loaded.param_names("add") == ["a", "b"]
    with pytest.raises(wasmpy.Trap) as e:
        m["fail"]()
    assert e.value.kind == wasmpy.TrapKind.UNREACHABLE


@pytest.mark.parametrize(
    "mangle, message",
    [
        (lambda d: d[:40], "truncated"),
        (lambda d: d[:-1], "truncated"),
        (lambda d: d + b"\0", "trailing bytes"),
        (lambda d: d[:100] + bytes([d[100] ^ 1]) + d[101:], "checksum mismatch"),
        (lambda d: d[:20] + bytes([d[20] ^ 1]) + d[21:], "another build"),
        (lambda d: wasmpy.wat2wasm(ADD), "not a serialized module"),
    ],
)
def test_deserialize_rejects_bad_bytes(mangle, message: str) -> None:
    data = wasmpy.Module(ADD).serialize()
    with pytest.raises(ValueError, match=message):
        wasmpy.Module.deserialize(mangle(data))


def test_every_flipped_byte_is_rejected() -> None:
    data = wasmpy.Module(ADD).serialize()
    for at in range(len(data)):
        bad = bytearray(data)
        bad[at] ^= 0xFF
        with pytest.raises(ValueError):
            wasmpy.Module.deserialize(bytes(bad))


def test_cached_sqlite_runs_as_compiled(tmp_path: Path) -> None:
    (tmp_path / "sqlite_module.wasm").write_bytes(SQLITE.read_bytes())
    code = "import wasmpy, sqlite_module; print(sqlite_module.run())"
    cold = run_python(tmp_path, code)
    warm = run_python(tmp_path, code)
    assert said(cold, "wrote") and said(warm, "loaded from")
    assert warm.stdout == cold.stdout and int(cold.stdout) != 0
