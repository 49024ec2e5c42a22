"""The shipped examples work as the README says."""

import math
import subprocess
import sys
from pathlib import Path

import wasmpy

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_gcd_matches_math_gcd():
    gcd = wasmpy.load(EXAMPLES / "gcd.wat")
    for a in range(0, 200, 7):
        for b in range(0, 300, 11):
            assert gcd.gcd(a, b) == math.gcd(a, b), (a, b)
    assert gcd.gcd(2**31, 2**20) == 2**20  # unsigned reading of the arguments


def test_quickstart_runs():
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "gcd(1071, 462) = 21" in out
    assert "integer divide by zero" in out


def test_readme_api_example_runs():
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Using it", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    env: dict = {}
    exec(compile(block.replace("help(add)", "add.__doc__"), "README.md", "exec"), env)
    assert env["m"].g(21) == 42
    assert str(env["add"].type) == "func (i32, i32) -> (i32)"
