"""Real WASI programs (C with wasi-libc, C++ with libc++, Rust std; built by
wasi-tests/build.sh, committed in wasi-tests/build/) give the expected
stdout, stderr and exit code, the same as under the ``wasmtime`` PyPI
package's WASI; a program that tries to leave its preopened directory gets
errors and touches nothing outside."""

import io
import os
import shutil
import tempfile
from pathlib import Path

import wasmtime  # the reference runtime (scripts/test.sh installs it)

import wasmpy.wasi as wasi

BUILD = Path(__file__).resolve().parents[2] / "wasi-tests" / "build"


def under_wasmpy(prog, argv, env=None, preopens=None, stdin=b""):
    out, err = io.BytesIO(), io.BytesIO()
    code = wasi.run(str(BUILD / prog), argv=argv, env=env, preopens=preopens, stdin=stdin, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def under_wasmtime(prog, argv, env=None, preopens=None, stdin=b""):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    cfg = wasmtime.WasiConfig()
    cfg.argv = argv
    cfg.env = list((env or {}).items())
    for guest, host in (preopens or {}).items():
        cfg.preopen_dir(str(host), guest)
    with tempfile.TemporaryDirectory() as tmp:
        files = {k: os.path.join(tmp, k) for k in ("in", "out", "err")}
        Path(files["in"]).write_bytes(stdin)
        cfg.stdin_file, cfg.stdout_file, cfg.stderr_file = files["in"], files["out"], files["err"]
        store.set_wasi(cfg)
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        inst = linker.instantiate(store, wasmtime.Module.from_file(engine, str(BUILD / prog)))
        code = 0
        try:
            inst.exports(store)["_start"](store)
        except wasmtime.ExitTrap as e:
            code = e.code
        return code, Path(files["out"]).read_bytes(), Path(files["err"]).read_bytes()


def both(prog, argv, **kw):
    """Runs ``prog`` under both runtimes (directories in ``kw["preopens"]``
    are copied afresh for each) and checks they agree; returns ours."""
    results = []
    for runner in (under_wasmpy, under_wasmtime):
        args = dict(kw)
        with tempfile.TemporaryDirectory() as tmp:
            if "preopens" in kw:
                pre = {}
                for i, (guest, host) in enumerate(kw["preopens"].items()):
                    shutil.copytree(host, os.path.join(tmp, str(i)), symlinks=True)
                    pre[guest] = os.path.join(tmp, str(i))
                args["preopens"] = pre
            results.append(runner(prog, argv, **args))
    assert results[0] == results[1], f"wasmpy {results[0]!r} != wasmtime {results[1]!r}"
    return results[0]


def test_c_hello():
    assert both("hello.wasm", ["hello"]) == (0, b"Hello, world!\n", b"")
    assert both("hello.wasm", ["hello", "wasm"]) == (0, b"Hello, wasm!\n", b"")


def test_c_stdin_stderr_and_exit_codes():
    text = b"one two\nthree  four five\n\nsix"
    assert both("wc.wasm", ["wc"], stdin=text) == (0, b"3 6 29\n", b"counted 29 bytes\n")
    assert both("wc.wasm", ["wc", "--exit", "42"], stdin=b"x\n") == (42, b"1 1 2\n", b"counted 2 bytes\n")
    big = os.urandom(1 << 20)
    code, out, _ = both("wc.wasm", ["wc"], stdin=big)
    assert code == 0 and out.split()[2] == str(len(big)).encode()


def test_c_files_in_a_preopen(tmp_path):
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "in.txt").write_text("abc xyz\n")
    (data / "b.bin").write_bytes(b"\0" * 1000)
    code, out, err = both("files.wasm", ["files"], env={"GREETING": "hi"}, preopens={"/data": data})
    assert code == 3 and err == b""
    assert out.startswith(b"GREETING=hi\nf b.bin 1000\nf in.txt 8\nd sub ")
    # On the real directory: the copy is written.
    code, out, _ = under_wasmpy("files.wasm", ["files"], preopens={"/data": data})
    assert (data / "out.txt").read_text() == "ABC XYZ\n"
    assert not (data / "tmpdir").exists()


def test_cpp_libcxx():
    words = b"pear apple pear fig apple pear"
    assert both("sort.wasm", ["sort", "a", "b"], stdin=words) == (
        0,
        b"apple 2\nfig 1\npear 3\nlongest: apple (2 arguments)\n",
        b"",
    )
    assert both("sort.wasm", ["sort"], stdin=b"")[0] == 1


def test_rust_std(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    for n in ("b", "a", "c.txt"):
        (data / n).write_text(n)
    stdin = b"name = wasmpy\nlang=python\nbad line\n"
    code, out, err = both(
        "env.wasm", ["env", "fail", "x y"], env={"B": "2", "A": "1"}, preopens={"/data": data}, stdin=stdin
    )
    assert code == 7 and err == b"done\n"
    assert out.decode().splitlines() == [
        'args: ["fail", "x y"]',
        'env: [("A", "1"), ("B", "2")]',
        '{"lang": "python", "name": "wasmpy"}',
        'dir: ["a", "b", "c.txt"]',
    ]


def test_escape_attempts_fail_and_touch_nothing(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    secret = tmp_path / "secret"
    secret.write_text("secret")
    os.symlink(secret, box / "abs")
    os.symlink("../secret", box / "rel")
    os.symlink(tmp_path, box / "up")
    attempts = ["/box/../secret", "/secret", "/etc/passwd", "/box/abs", "/box/rel", "/box/up/secret", "../secret"]
    before = sorted(os.listdir(tmp_path))
    code, out, _ = under_wasmpy("escape.wasm", ["escape"] + attempts, preopens={"/box": box})
    assert code == 0
    lines = out.decode().splitlines()
    assert len(lines) == len(attempts)
    for line in lines:
        assert "OPENED" not in line, line
    assert secret.read_text() == "secret"
    assert sorted(os.listdir(tmp_path)) == before
    # wasmtime refuses the same attempts (its messages may differ).
    _, theirs, _ = under_wasmtime("escape.wasm", ["escape"] + attempts, preopens={"/box": box})
    assert "OPENED" not in theirs.decode()
