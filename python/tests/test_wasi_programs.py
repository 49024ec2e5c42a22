"""Real WASI programs give the expected stdout, stderr and exit code, the
same as under the ``wasmtime`` PyPI package's WASI:

- ours (C with wasi-libc, C++ with libc++, Rust std; built by
  wasi-tests/build.sh, committed in wasi-tests/build/); a program that tries
  to leave its preopened directory gets errors and touches nothing outside;
- programs nobody here wrote, built by wasi-tests/build-real.sh (which the
  test command runs first) from sources fetched from crates.io and Debian:
  jaq (a jq clone, Rust) reading JSON from stdin and files, ripgrep (Rust)
  listing and searching a preopened directory, zlib's minigzip compressing
  stdin (C), and a Go 1.23 wasip1 program (the Go runtime's WASI use)."""

import functools
import gzip
import io
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest

import wasmpy
import wasmpy.wasi as wasi
from conftest import import_wasmtime

wasmtime = import_wasmtime()

BUILD = Path(__file__).resolve().parents[2] / "wasi-tests" / "build"


@functools.lru_cache(maxsize=None)
def compiled(prog):
    """``prog`` compiled once per test session by each runtime (the real
    programs are megabytes of code)."""
    return wasmpy.Module(open(BUILD / prog, "rb").read()), wasmtime.Module.from_file(ENGINE, str(BUILD / prog))


ENGINE = wasmtime.Engine()


def under_wasmpy(prog, argv, env=None, preopens=None, stdin=b""):
    out, err = io.BytesIO(), io.BytesIO()
    code = wasi.run(compiled(prog)[0], argv=argv, env=env, preopens=preopens, stdin=stdin, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def under_wasmtime(prog, argv, env=None, preopens=None, stdin=b""):
    engine = ENGINE
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
        inst = linker.instantiate(store, compiled(prog)[1])
        code = 0
        try:
            inst.exports(store)["_start"](store)
        except wasmtime.ExitTrap as e:
            code = e.code
        return code, Path(files["out"]).read_bytes(), Path(files["err"]).read_bytes()


def both(prog, argv, same_stderr=True, **kw):
    """Runs ``prog`` under both runtimes (directories in ``kw["preopens"]``
    are copied afresh for each) and checks they agree (on the exit code and
    stdout only, without ``same_stderr``); returns ours."""
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
    agree = results[0] == results[1] if same_stderr else results[0][:2] == results[1][:2]
    assert agree, f"wasmpy {results[0]!r} != wasmtime {results[1]!r}"
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


# -- real programs nobody here wrote (wasi-tests/build-real.sh) ----------------

REAL = BUILD.parent / "target"


def real(name):
    """The program ``name`` built by wasi-tests/build-real.sh (which the
    test command runs first). Outside CI a missing one skips its test, with
    the command that builds it; in CI it fails."""
    path = REAL / name
    if not path.exists():
        msg = f"{path} is missing: run wasi-tests/build-real.sh"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return path


JSON = b'{"users": [{"name": "ada", "age": 36, "langs": ["en", "fr"]}, {"name": "alan", "age": 41}], "n": [3, 1, 2]}'


def test_jaq_reads_json_from_stdin(tmp_path):
    jaq = real("jaq.wasm")
    assert both(jaq, ["jaq", ".users[] | select(.age > 40) | .name"], stdin=JSON) == (0, b'"alan"\n', b"")
    assert both(jaq, ["jaq", "-c", "[.n[] * 2] | sort"], stdin=JSON) == (0, b"[2,4,6]\n", b"")
    assert both(jaq, ["jaq", "-r", ".users[0].langs | join(\",\")"], stdin=JSON) == (0, b"en,fr\n", b"")
    code, out, err = both(jaq, ["jaq", "-e", ".missing"], stdin=JSON)
    assert (code, out) == (1, b"null\n")
    # A syntax error: the message lists the expected tokens in the order of
    # a HashSet (seeded from random_get), which differs from run to run.
    code, out, err = both(jaq, ["jaq", ".users |"], stdin=JSON, same_stderr=False)
    assert code == 3 and out == b"" and b"Error" in err
    code, out, err = both(jaq, ["jaq", "."], stdin=b'{"unterminated": ')  # bad input
    assert code == 5 and out == b"" and err
    # Files from a preopened directory, and a larger document.
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.json").write_bytes(JSON)
    (data / "big.json").write_text("[" + ",".join(f'{{"i": {i}, "s": "{i * "x"}"}}' for i in range(2000)) + "]")
    code, out, err = both(jaq, ["jaq", "-c", "map(.i) | add", "/data/big.json"], preopens={"/data": data})
    assert (code, out, err) == (0, str(sum(range(2000))).encode() + b"\n", b"")
    code, out, _ = both(jaq, ["jaq", ".n | length", "/data/a.json", "/data/nope.json"], preopens={"/data": data})
    assert code != 0 and out == b"3\n"


def test_ripgrep_lists_and_searches_a_preopened_directory(tmp_path):
    rg = real("rg.wasm")
    data = tmp_path / "data"
    (data / "src" / "deep").mkdir(parents=True)
    (data / "README.md").write_text("wasmpy runs WebAssembly\nfrom Python\n")
    (data / "src" / "lib.rs").write_text("fn main() {\n    println!(\"wasm\");\n}\n")
    (data / "src" / "deep" / "notes.txt").write_text("nothing here\nWASM again\n")
    (data / ".hidden").write_text("wasm hidden\n")
    pre = {"/data": data}
    code, out, err = both(rg, ["rg", "--files", "--sort", "path", "/data"], preopens=pre)
    assert (code, err) == (0, b"")
    assert out.decode().splitlines() == ["/data/README.md", "/data/src/deep/notes.txt", "/data/src/lib.rs"]
    code, out, err = both(rg, ["rg", "-n", "-i", "--sort", "path", "wasm", "/data"], preopens=pre)
    assert (code, err) == (0, b"")
    assert out.decode().splitlines() == [
        "/data/README.md:1:wasmpy runs WebAssembly",
        "/data/src/deep/notes.txt:2:WASM again",
        '/data/src/lib.rs:2:    println!("wasm");',
    ]
    assert both(rg, ["rg", "-c", "--hidden", "--sort", "path", "hidden", "/data"], preopens=pre) == (
        0,
        b"/data/.hidden:1\n",
        b"",
    )
    assert both(rg, ["rg", "no such text", "/data"], preopens=pre) == (1, b"", b"")
    code, out, err = both(rg, ["rg", "x", "/elsewhere"], preopens=pre)
    assert code == 2 and out == b"" and b"/elsewhere" in err


@pytest.mark.parametrize("prog", ["minigzip.wasm", "minigzip-simd.wasm"])
def test_zlib_minigzip_compresses_stdin(prog):
    """Also built with -O3 -msimd128: SIMD code from LLVM's autovectorizer
    in a real library gives the same results as under wasmtime."""
    minigzip = real(prog)
    if prog == "minigzip-simd.wasm":
        no_simd = wasmtime.Config()
        no_simd.wasm_simd = False
        no_simd.wasm_relaxed_simd = False
        with pytest.raises(wasmtime.WasmtimeError):
            wasmtime.Module.validate(wasmtime.Engine(no_simd), open(REAL / prog, "rb").read())
    text = b"".join(b"line %d of a text that zlib compresses well\n" % (i % 97) for i in range(20000))
    code, packed, err = both(minigzip, ["minigzip"], stdin=text)
    assert (code, err) == (0, b"") and len(packed) < len(text) // 10
    assert gzip.decompress(packed) == text
    assert both(minigzip, ["minigzip", "-d"], stdin=packed) == (0, text, b"")
    code, fast, _ = both(minigzip, ["minigzip", "-1"], stdin=text)
    assert code == 0 and gzip.decompress(fast) == text and fast != packed
    noise = random.Random(11).randbytes(300_000)
    code, packed, _ = both(minigzip, ["minigzip"], stdin=noise)
    assert code == 0 and gzip.decompress(packed) == noise
    # Input that is not gzip is copied as it is (zlib's transparent read);
    # a truncated stream is an error.
    assert both(minigzip, ["minigzip", "-d"], stdin=b"not gzip data") == (0, b"not gzip data", b"")
    code, _, err = both(minigzip, ["minigzip", "-d"], stdin=packed[: len(packed) // 2])
    assert code == 1 and err


def test_go_wasip1(tmp_path):
    go = real("go.wasm")
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "a.txt").write_text("hello")
    pre = {"/data": data}
    assert both(go, ["main", "cat"], stdin=b"go reads stdin\n") == (0, b"GO READS STDIN\n", b"")
    assert both(go, ["main", "ls", "/data"], preopens=pre) == (0, b"a.txt 5\nsub/\n", b"")
    assert both(go, ["main", "write", "/data/sub/new.txt", "from go"], preopens=pre) == (0, b'wrote "from go"\n', b"")
    assert both(go, ["main", "env", "LANG"], env={"LANG": "C.UTF-8"}) == (0, b"C.UTF-8\n", b"")
    assert both(go, ["main", "exit", "42"]) == (42, b"", b"[main exit 42]\n")
    code, out, err = both(go, ["main", "ls", "/nowhere"], preopens=pre)
    assert code == 1 and out == b"" and err.startswith(b"error: ")
