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
