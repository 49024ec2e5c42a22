"""``python -m wasmpy inspect`` and ``run``."""

import subprocess
import sys

CLI_WAT = """(module
  (import "env" "memory" (memory 1 2))
  (import "env" "g" (global (mut i32)))
  (import "env" "t" (table 0 10 externref))
  (export "mem" (memory 0))
  (table (export "tab") 3 funcref)
  (global (export "pi") f64 (f64.const 3.25))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "divmod") (param i64 i64) (result i64 i64)
    local.get 0 local.get 1 i64.div_s local.get 0 local.get 1 i64.rem_s))
"""

RUN_WAT = """(module
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "half") (param f64) (result f64) local.get 0 f64.const 0.5 f64.mul)
  (func (export "divmod") (param i64 i64) (result i64 i64)
    local.get 0 local.get 1 i64.div_s local.get 0 local.get 1 i64.rem_s))
"""


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "wasmpy", *args], capture_output=True, text=True, timeout=60
    )


def test_inspect(tmp_path):
    path = tmp_path / "m.wat"
    path.write_text(CLI_WAT)
    out = cli("inspect", str(path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "  env.memory: memory 1 2" in lines
    assert "  env.g: global (mut i32)" in lines
    assert "  env.t: table 0 10 externref" in lines
    assert "  mem: memory 1 2" in lines
    assert "  tab: table 3 funcref" in lines
    assert "  pi: global f64" in lines
    assert "  add: func (i32, i32) -> (i32)" in lines
    assert "  divmod: func (i64, i64) -> (i64, i64)" in lines


def test_run(tmp_path):
    path = tmp_path / "r.wat"
    path.write_text(RUN_WAT)
    assert cli("run", str(path), "--invoke", "add", "2", "0x28").stdout == "42\n"
    assert cli("run", str(path), "--invoke", "half", "3").stdout == "1.5\n"
    assert cli("run", str(path), "--invoke", "divmod", "-7", "2").stdout == "-3\n-1\n"
    bad = cli("run", str(path), "--invoke", "divmod", "1", "0")
    assert bad.returncode == 1 and "Trap" in bad.stderr and "divide by zero" in bad.stderr
    missing = cli("run", str(path), "--invoke", "nope")
    assert missing.returncode == 1 and "no export named 'nope'" in missing.stderr
    count = cli("run", str(path), "--invoke", "add", "1")
    assert count.returncode == 1 and "takes 2 arguments" in count.stderr


LOOP_WAT = """(module (func (export "spin") (loop $l (br $l))))"""


def test_help_is_plain_text():
    out = cli("--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("usage: python -m wasmpy")
    assert "``" not in out.stdout and "inspect" in out.stdout and "run" in out.stdout
    assert "130" in out.stdout
    sub = cli("run", "--help")
    assert sub.returncode == 0 and "--invoke FUNC" in sub.stdout and "--dir" in sub.stdout and "``" not in sub.stdout


def test_version():
    import wasmpy

    out = cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"wasmpy {wasmpy.__version__}"
    assert wasmpy.__version__ == "0.3.0"


def test_console_script(tmp_path):
    import shutil
    import sysconfig

    script = shutil.which("wasmpy", path=sysconfig.get_path("scripts"))
    assert script is not None, "the wasmpy console script is not installed"
    path = tmp_path / "r.wat"
    path.write_text(RUN_WAT)
    out = subprocess.run([script, "run", str(path), "--invoke", "add", "40", "2"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout == "42\n", out.stderr
    usage = subprocess.run([script], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and usage.stderr.startswith("usage: wasmpy")


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    import signal
    import time

    if sys.platform == "win32":
        import pytest

        pytest.skip("SIGINT to a child process is a POSIX test")
    path = tmp_path / "loop.wat"
    path.write_text(LOOP_WAT)
    proc = subprocess.Popen(
        [sys.executable, "-m", "wasmpy", "run", str(path), "--invoke", "spin"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)  # well into the infinite loop
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err
