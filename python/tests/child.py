"""Runs Python code in a child process, so that a crash or a hang of the
code under test fails one test instead of killing the test run."""

import subprocess
import sys
import textwrap
from typing import Optional, Sequence


def run_child(
    code: str,
    *,
    timeout: float = 60,
    args: Sequence[str] = (),
    env: Optional[dict] = None,
    preexec_fn=None,
) -> subprocess.CompletedProcess:
    """Runs ``code`` (dedented) with this interpreter; returns the finished
    process (``returncode``, ``stdout``, ``stderr`` as text). A child still
    running after ``timeout`` seconds is killed and the test fails with its
    output so far."""
    try:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            preexec_fn=preexec_fn,
        )
    except subprocess.TimeoutExpired as e:
        raise AssertionError(
            f"child hung for {timeout} s\nstdout: {e.stdout!r}\nstderr: {e.stderr!r}"
        ) from None


def assert_ok(proc: subprocess.CompletedProcess, expected_stdout: Optional[str] = None) -> None:
    """Fails unless the child exited with status 0 (and printed
    ``expected_stdout``, when given)."""
    assert proc.returncode == 0, (
        f"child exited with {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
    )
    if expected_stdout is not None:
        assert proc.stdout == expected_stdout, proc.stdout + proc.stderr
