"""Runs the WASI preview1 conformance suite (../shared/wasi-testsuite) under
wasmpy.wasi and under the `wasmtime` PyPI package's WASI, side by side, and
prints each program that fails under either with both results.

    pip install wasmtime && python scripts/wasi-testsuite.py [SUITE_DIR]

Each program runs on a fresh copy of its `root` directory (preopened as `/`),
with argv = [file name] + args and only the specification's env; it passes
when its exit code and stdout (and stderr, when given) match
(doc/specification.md of the suite).
"""

import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import wasmpy.wasi

HERE = Path(__file__).resolve().parent
DEFAULT_SUITE = HERE.parent.parent / "shared" / "wasi-testsuite" / "tests"


def copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, symlinks=True)
    for dirpath, dirnames, filenames in os.walk(dst):
        os.chmod(dirpath, 0o755)
        for f in filenames:
            p = os.path.join(dirpath, f)
            if not os.path.islink(p):
                os.chmod(p, 0o644)


def spec_of(wasm: Path) -> dict:
    j = wasm.with_suffix(".json")
    return json.loads(j.read_text()) if j.exists() else {}


def run_wasmpy(wasm: Path, spec: dict, scratch: Path):
    pre = {}
    if spec.get("root"):
        copy_tree(wasm.parent / spec["root"], scratch / "root")
        pre["/"] = scratch / "root"
    out, err = io.BytesIO(), io.BytesIO()
    code = wasmpy.wasi.run(
        str(wasm),
        argv=[wasm.name] + spec.get("args", []),
        env=spec.get("env", {}),
        preopens=pre,
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def run_wasmtime(wasm: Path, spec: dict, scratch: Path):
    import wasmtime

    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    cfg = wasmtime.WasiConfig()
    cfg.argv = [wasm.name] + spec.get("args", [])
    cfg.env = list(spec.get("env", {}).items())
    if spec.get("root"):
        copy_tree(wasm.parent / spec["root"], scratch / "root")
        cfg.preopen_dir(str(scratch / "root"), "/")
    out, err = scratch / "stdout", scratch / "stderr"
    cfg.stdout_file = str(out)
    cfg.stderr_file = str(err)
    store.set_wasi(cfg)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    module = wasmtime.Module.from_file(engine, str(wasm))
    instance = linker.instantiate(store, module)
    code = 0
    try:
        instance.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        code = e.code
    return code, out.read_bytes(), err.read_bytes()


def verdict(runner, wasm: Path, spec: dict) -> str:
    scratch = Path(tempfile.mkdtemp(prefix="wasi-suite-"))
    try:
        code, out, err = runner(wasm, spec, scratch)
    except Exception as e:  # a trap or a link error: the program fails
        return f"{type(e).__name__}: {str(e).splitlines()[0][:100]}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if code != spec.get("exit_code", 0):
        return f"exit code {code} (expected {spec.get('exit_code', 0)})"
    if out != spec.get("stdout", "").encode():
        return f"stdout {out[:80]!r}"
    if "stderr" in spec and err != spec["stderr"].encode():
        return f"stderr {err[:80]!r}"
    return "pass"


def main() -> int:
    suite = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SUITE
    wasms = sorted(suite.glob("*/testsuite/wasm32-wasip1/*.wasm"))
    counts = {"wasmpy": 0, "wasmtime": 0}
    for wasm in wasms:
        spec = spec_of(wasm)
        ours = verdict(run_wasmpy, wasm, spec)
        theirs = verdict(run_wasmtime, wasm, spec)
        counts["wasmpy"] += ours == "pass"
        counts["wasmtime"] += theirs == "pass"
        if ours != "pass" or theirs != "pass":
            producer = wasm.parts[-4]
            print(f"{producer}/{wasm.stem}\n    wasmpy:   {ours}\n    wasmtime: {theirs}")
    print(f"{len(wasms)} programs: wasmpy {counts['wasmpy']} pass, wasmtime {counts['wasmtime']} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
