"""The stubs match the runtime (``mypy.stubtest``) and a typed user script
type-checks against them (``mypy --strict``) and runs."""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent


def run(cwd: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    """``python -m ARGS`` in ``cwd`` (outside the source tree, so that the
    installed package and its stubs are checked)."""
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, timeout=600, cwd=cwd
    )


def test_stubtest_passes(tmp_path):
    out = run(tmp_path, "mypy.stubtest", "wasmpy", "--allowlist", str(HERE / "stubtest-allowlist.txt"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_user_script_passes_mypy_and_runs(tmp_path):
    script = HERE / "typing" / "user_script.py"
    out = run(tmp_path, "mypy", "--strict", "--no-incremental", str(script))
    assert out.returncode == 0, out.stdout + out.stderr
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0 and ran.stdout.startswith("(8, 1, 65536.0)"), ran.stdout + ran.stderr


STUB_WAT = """(module
  (memory (export "memory") 1)
  (global (export "counter") (mut i64) (i64.const 0))
  (func (export "gcd") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.add)
  (func (export "scale") (param $x f64) (param i64) (result f64 i64)
    local.get $x local.get 1)
  (func (export "add one") (param i32) (result i32) local.get 0))
"""

USER_OF_STUB = """import numpy as np
import stubbed

def main() -> float:
    g: int = stubbed.gcd(12, np.int32(18))
    x, n = stubbed.scale(1.5, 2)
    stubbed.counter.value = n
    return x + g + len(stubbed.memory)
"""

MISUSE_OF_STUB = """import stubbed

s: str = stubbed.gcd(1, 2)
stubbed.gcd(1.5, 2)
"""


def test_stubgen_gives_mypy_the_exports_of_a_wasm_module(tmp_path):
    (tmp_path / "stubbed.wat").write_text(STUB_WAT)
    out = subprocess.run(
        [sys.executable, "-m", "wasmpy", "stubgen", str(tmp_path / "stubbed.wat")],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 0 and out.stdout.strip() == str(tmp_path / "stubbed.pyi"), out.stderr
    stub = (tmp_path / "stubbed.pyi").read_text()
    assert "def gcd(a: SupportsIndex, b: SupportsIndex, /) -> int:" in stub
    assert "-> Tuple[float, int]:" in stub and "memory: wasmpy.Memory" in stub
    assert "'add one'" in stub
    (tmp_path / "user.py").write_text(USER_OF_STUB)
    good = run(tmp_path, "mypy", "--strict", "--no-incremental", "user.py")
    assert good.returncode == 0, good.stdout + good.stderr
    (tmp_path / "misuse.py").write_text(MISUSE_OF_STUB)
    bad = run(tmp_path, "mypy", "--no-incremental", "misuse.py")
    assert bad.returncode == 1 and "misuse.py:3" in bad.stdout and "misuse.py:4" in bad.stdout, bad.stdout
    # The stubbed module imports and runs as the stub says.
    ran = subprocess.run(
        [sys.executable, "-c", "import wasmpy, user; print(user.main())"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert ran.returncode == 0 and ran.stdout.strip() == str(1.5 + 30 + 65536), ran.stderr
