"""WASI preview1 (wasmpy.wasi): stdio into Python objects, args and environ,
exit codes, reactors, the import hook, explicit overrides, the sandbox of
preopened directories, and hostile calls.

Most tests drive WASI through a small module that re-exports WASI functions
as wasm functions (``call.<name>``): the test writes arguments into the
instance's memory, calls the wrapper (so the WASI function sees a wasm
caller, as in a real program) and checks the errno and memory.
"""

import io
import os
import struct
import subprocess
import sys
import textwrap

import pytest

import wasmpy
import wasmpy.wasi as wasi

# Preview1 errno values (wasi_snapshot_preview1.witx, `errno`).
SUCCESS, BADF, FAULT, INVAL, NOTCAPABLE, PERM = 0, 8, 21, 28, 76, 63

# Functions the driver re-exports: name -> (params, has_result).
FUNCS = {
    "args_get": ("i32 i32", True),
    "args_sizes_get": ("i32 i32", True),
    "environ_get": ("i32 i32", True),
    "environ_sizes_get": ("i32 i32", True),
    "clock_time_get": ("i32 i64 i32", True),
    "fd_write": ("i32 i32 i32 i32", True),
    "fd_read": ("i32 i32 i32 i32", True),
    "fd_close": ("i32", True),
    "fd_seek": ("i32 i64 i32 i32", True),
    "fd_renumber": ("i32 i32", True),
    "fd_fdstat_set_flags": ("i32 i32", True),
    "fd_fdstat_set_rights": ("i32 i64 i64", True),
    "fd_prestat_get": ("i32 i32", True),
    "fd_prestat_dir_name": ("i32 i32 i32", True),
    "path_open": ("i32 i32 i32 i32 i32 i64 i64 i32 i32", True),
    "path_symlink": ("i32 i32 i32 i32 i32", True),
    "path_filestat_get": ("i32 i32 i32 i32 i32", True),
    "random_get": ("i32 i32", True),
    "poll_oneoff": ("i32 i32 i32 i32", True),
    "sched_yield": ("", True),
    "proc_exit": ("i32", False),
}


def driver_wat(extra: str = "") -> str:
    imports, exports = [], []
    for name, (params, result) in FUNCS.items():
        n = len(params.split())
        res = " (result i32)" if result else ""
        p = f" (param {params})" if params else ""
        imports.append(f'(import "wasi_snapshot_preview1" "{name}" (func ${name}{p}{res}))')
        gets = " ".join(f"local.get {i}" for i in range(n))
        exports.append(f'(func (export "call.{name}"){p}{res} {gets} call ${name})')
    return "(module\n" + "\n".join(imports) + '\n(memory (export "memory") 1)\n' + extra + "\n".join(exports) + ")"


DRIVER = wasmpy.Module(driver_wat())


def instance(config: wasi.WasiConfig):
    inst = wasmpy.Instance(DRIVER, {}, wasi=config)
    return inst, dict(inst.exports)


def put_iovec(mem, at: int, pairs):
    """Writes ciovec/iovec structs (buf, len) at ``at``."""
    mem.write(at, b"".join(struct.pack("<II", p, n) for p, n in pairs))


def write_through(ex, fd: int, data: bytes) -> int:
    mem = ex["memory"]
    mem.write(1024, data)
    put_iovec(mem, 0, [(1024, len(data))])
    return ex["call.fd_write"](fd, 0, 1, 16)


HELLO = textwrap.dedent(
    """\
    (module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "hello\\n")
      (func (export "_start")
        (i32.store (i32.const 0) (i32.const 16))
        (i32.store (i32.const 4) (i32.const 6))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
      (func (export "quit") (param i32) local.get 0 call $proc_exit))
    """
)


# -- stdio -----------------------------------------------------------------


def test_stdout_into_bytesio_and_stringio():
    out = io.BytesIO()
    assert wasi.run(wasmpy.Module(HELLO), stdout=out) == 0
    assert out.getvalue() == b"hello\n"
    text = io.StringIO()
    assert wasi.run(wasmpy.Module(HELLO), stdout=text) == 0
    assert text.getvalue() == "hello\n"


def test_text_output_decodes_utf8_across_writes_and_replaces_invalid_bytes():
    text = io.StringIO()
    _inst, ex = instance(wasi.WasiConfig(stdout=text))
    euro = "€".encode()
    assert write_through(ex, 1, euro[:1]) == SUCCESS
    assert write_through(ex, 1, euro[1:] + b"!") == SUCCESS
    assert write_through(ex, 1, b"a\xffb") == SUCCESS
    assert text.getvalue() == "€!a\ufffdb"


def test_stderr_separate_and_discarded_by_default():
    err = io.BytesIO()
    _inst, ex = instance(wasi.WasiConfig(stderr=err))
    assert write_through(ex, 2, b"oops") == SUCCESS
    assert write_through(ex, 1, b"gone") == SUCCESS  # stdout None: discarded
    assert err.getvalue() == b"oops"
    assert struct.unpack("<I", ex["memory"].read(16, 4))[0] == 4


def test_stdin_from_bytes_and_file_like_and_empty():
    for stdin, want in ((b"abc", b"abc"), (io.BytesIO(b"xyz"), b"xyz"), (None, b"")):
        _inst, ex = instance(wasi.WasiConfig(stdin=stdin))
        mem = ex["memory"]
        put_iovec(mem, 0, [(1024, 100)])
        assert ex["call.fd_read"](0, 0, 1, 16) == SUCCESS
        n = struct.unpack("<I", mem.read(16, 4))[0]
        assert mem.read(1024, n) == want


def test_a_python_writer_runs_with_the_gil_and_sees_every_iovec():
    chunks = []

    class Sink:
        def write(self, b):
            chunks.append(bytes(b))
            return len(b)

    _inst, ex = instance(wasi.WasiConfig(stdout=Sink()))
    mem = ex["memory"]
    mem.write(1024, b"ab")
    mem.write(2048, b"cd")
    put_iovec(mem, 0, [(1024, 2), (2048, 2)])
    assert ex["call.fd_write"](1, 0, 2, 16) == SUCCESS
    assert b"".join(chunks) == b"abcd"
    assert struct.unpack("<I", mem.read(16, 4))[0] == 4


def test_an_exception_of_a_python_stdio_object_comes_out_of_the_call():
    """The exception a stdio object raises ends the WASI call and leaves
    the wasm call unchanged (not an errno the program could ignore), with
    a note naming the stream; the instance stays usable."""
    raised = ValueError("disk full")

    class Failing:
        def write(self, b):
            raise raised

        def read(self, n):
            raise OSError(5, "device gone")

    with pytest.raises(ValueError) as e:
        wasi.run(wasmpy.Module(HELLO), stdout=Failing())
    assert e.value is raised
    if sys.version_info >= (3, 11):
        assert e.value.__notes__ == ["raised by stdout.write() in a WASI call"]
    out = io.BytesIO()
    _inst, ex = instance(wasi.WasiConfig(stdin=Failing(), stderr=Failing(), stdout=out))
    with pytest.raises(ValueError):
        write_through(ex, 2, b"err")
    put_iovec(ex["memory"], 0, [(1024, 100)])
    with pytest.raises(OSError, match="device gone"):
        ex["call.fd_read"](0, 0, 1, 16)
    assert write_through(ex, 1, b"still fine") == SUCCESS and out.getvalue() == b"still fine"

    class Text:
        def read(self, n):
            return "not bytes"

    _inst, ex = instance(wasi.WasiConfig(stdin=Text()))
    put_iovec(ex["memory"], 0, [(1024, 100)])
    with pytest.raises(TypeError, match="must return bytes, not str"):
        ex["call.fd_read"](0, 0, 1, 16)


def test_a_python_stdio_object_may_reach_the_store_of_the_call():
    """A stdio object's write/read runs with the store lent (as a host
    function does): it may read the caller's memory and call its exports,
    even ones that make WASI calls themselves."""
    seen = []
    ex = {}

    class Peek:
        def write(self, b):
            seen.append((bytes(b), ex["memory"].read(1024, 2), len(ex["memory"])))
            if len(seen) == 1:  # a nested WASI call, once
                assert write_through(ex, 2, b"nested") == SUCCESS
            return len(b)

        def read(self, n):
            seen.append(("read", n, ex["memory"].read(1024, 2)))
            return b"in"

    err = io.BytesIO()
    _inst, got = instance(wasi.WasiConfig(stdout=Peek(), stdin=Peek(), stderr=err))
    ex.update(got)
    assert write_through(ex, 1, b"hi") == SUCCESS
    assert seen == [(b"hi", b"hi", 65536)] and err.getvalue() == b"nested"
    put_iovec(ex["memory"], 0, [(1024, 10)])
    assert ex["call.fd_read"](0, 0, 1, 16) == SUCCESS
    assert seen[-1] == ("read", 10, b"ne") and ex["memory"].read(1024, 2) == b"in"


# -- args, environ, clocks, random, sched ------------------------------------


def test_args_and_environ():
    _inst, ex = instance(wasi.WasiConfig(argv=["prog", "a b", "ü"], env={"K": "V", "X": ""}))
    mem = ex["memory"]
    assert ex["call.args_sizes_get"](0, 4) == SUCCESS
    argc, size = struct.unpack("<II", mem.read(0, 8))
    assert argc == 3 and size == len("prog\0a b\0ü\0".encode())
    assert ex["call.args_get"](100, 200) == SUCCESS
    assert mem.read(200, size) == "prog\0a b\0ü\0".encode()
    ptrs = struct.unpack("<III", mem.read(100, 12))
    assert ptrs == (200, 205, 209)
    assert ex["call.environ_sizes_get"](0, 4) == SUCCESS
    count, size = struct.unpack("<II", mem.read(0, 8))
    assert count == 2
    assert ex["call.environ_get"](100, 300) == SUCCESS
    assert mem.read(300, size) == b"K=V\0X=\0"


def test_no_host_environment_unless_given():
    os.environ["WASMPY_SECRET"] = "1"
    _inst, ex = instance(wasi.WasiConfig())
    assert ex["call.environ_sizes_get"](0, 4) == SUCCESS
    assert struct.unpack("<II", ex["memory"].read(0, 8)) == (0, 0)
    _inst, ex = instance(wasi.WasiConfig(env=os.environ))
    assert ex["call.environ_sizes_get"](0, 4) == SUCCESS
    assert struct.unpack("<I", ex["memory"].read(0, 4))[0] == len(os.environ)


def test_clocks_random_and_sched_yield():
    import time

    _inst, ex = instance(wasi.WasiConfig())
    mem = ex["memory"]
    assert ex["call.clock_time_get"](0, 1, 0) == SUCCESS  # realtime
    ns = struct.unpack("<Q", mem.read(0, 8))[0]
    assert abs(ns / 1e9 - time.time()) < 5
    # An invalid clock id is an invalid enum value: wiggle traps (as in
    # wasmtime), the instance stays usable.
    with pytest.raises(wasmpy.Trap, match="Clockid"):
        ex["call.clock_time_get"](99, 1, 0)
    assert ex["call.random_get"](1000, 64) == SUCCESS
    assert mem.read(1000, 64) != bytes(64)
    assert ex["call.sched_yield"]() == SUCCESS


# -- exit, reactors, overrides, import hook ----------------------------------


def test_run_returns_the_exit_code_and_exports_raise_exit():
    assert wasi.run(wasmpy.Module(HELLO), stdout=None) == 0
    inst = wasmpy.Instance(wasmpy.Module(HELLO), {}, wasi=wasi.WasiConfig())
    quit_ = dict(inst.exports)["quit"]
    with pytest.raises(wasi.Exit) as e:
        quit_(7)
    assert e.value.code == 7
    assert not isinstance(e.value, SystemExit)
    # The instance stays usable.
    assert dict(inst.exports)["memory"].read(16, 5) == b"hello"
    exiting = HELLO.replace('(func (export "_start")', '(func (export "_start") i32.const 3 call $proc_exit')
    assert wasi.run(wasmpy.Module(exiting), stdout=None) == 3


def test_reactor_initialize_runs_once(tmp_path):
    wat = """(module
      (import "wasi_snapshot_preview1" "sched_yield" (func $y (result i32)))
      (global $n (export "n") (mut i32) (i32.const 0))
      (func (export "_initialize") (global.set $n (i32.add (global.get $n) (i32.const 1)))))"""
    (tmp_path / "reactor.wat").write_text(wat)
    m = wasmpy.load(tmp_path / "reactor.wat", wasi=wasi.WasiConfig())
    assert m.n.value == 1
    inst = wasmpy.Instance(wasmpy.Module(wat), {}, wasi=wasi.WasiConfig())
    assert dict(inst.exports)["n"].value == 1


def test_explicit_imports_override_wasi():
    seen = []

    def fd_write(fd, iovs, n, nw):
        seen.append(fd)
        return 0

    out = io.BytesIO()
    inst = wasmpy.Instance(
        wasmpy.Module(HELLO), {"wasi_snapshot_preview1": {"fd_write": fd_write}},
        wasi=wasi.WasiConfig(stdout=out),
    )
    dict(inst.exports)["_start"]()
    assert seen == [1] and out.getvalue() == b""


def test_import_hook_uses_the_default_config(tmp_path, monkeypatch):
    (tmp_path / "wasihello.wat").write_text(HELLO)
    monkeypatch.syspath_prepend(str(tmp_path))
    out = io.BytesIO()
    wasi.set_default_config(wasi.WasiConfig(stdout=out))
    try:
        import wasihello

        wasihello._start()
    finally:
        wasi.set_default_config(None)
        sys.modules.pop("wasihello", None)
    assert out.getvalue() == b"hello\n"
    assert wasi.default_config("m").argv == ["m"]
    assert wasi.default_config().stdout is wasi.INHERIT


def test_inherited_stdout_and_the_cli(tmp_path):
    prog = tmp_path / "hello.wat"
    prog.write_text(HELLO.replace("i32.const 1) (i32.const 0)", "i32.const 1) (i32.const 0)"))
    r = subprocess.run([sys.executable, "-m", "wasmpy", "run", str(prog)], capture_output=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"hello\n"
    exiting = HELLO.replace('(func (export "_start")', '(func (export "_start") i32.const 5 call $proc_exit')
    prog.write_text(exiting)
    r = subprocess.run([sys.executable, "-m", "wasmpy", "run", str(prog), "--", "x"], capture_output=True)
    assert r.returncode == 5, r.stderr


# -- the sandbox -------------------------------------------------------------


@pytest.fixture
def sandbox(tmp_path):
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "ok.txt").write_text("inside")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    os.symlink(secret, inside / "link_abs")
    os.symlink("../secret.txt", inside / "link_rel")
    os.symlink(tmp_path, inside / "dir_out")
    inst, ex = instance(wasi.WasiConfig(preopens={"/sandbox": inside}))
    return tmp_path, inside, secret, ex


def path_open(ex, path: str, *, create=False, write=False, follow=True, fdflags=0) -> int:
    mem = ex["memory"]
    raw = path.encode()
    mem.write(2000, raw)
    oflags = (1 | 8) if create else 0  # CREAT | TRUNC
    rights = (1 << 6) | (1 << 1) if write else (1 << 1)  # FD_WRITE, FD_READ
    return ex["call.path_open"](3, 1 if follow else 0, 2000, len(raw), oflags, rights, 0, fdflags, 16)


def open_fd(ex, path: str, **kw) -> int:
    """``path_open`` that must succeed; returns the new descriptor."""
    assert path_open(ex, path, **kw) == SUCCESS
    return struct.unpack("<I", ex["memory"].read(16, 4))[0]


def test_preopen_is_listed(sandbox):
    _tmp, _inside, _secret, ex = sandbox
    mem = ex["memory"]
    assert ex["call.fd_prestat_get"](3, 0) == SUCCESS
    tag, length = struct.unpack("<II", mem.read(0, 8))
    assert tag == 0 and length == len("/sandbox")
    assert ex["call.fd_prestat_dir_name"](3, 100, length) == SUCCESS
    assert mem.read(100, length) == b"/sandbox"
    assert ex["call.fd_prestat_get"](4, 0) == BADF


def test_inside_the_preopen_works(sandbox):
    _tmp, inside, _secret, ex = sandbox
    assert path_open(ex, "ok.txt") == SUCCESS
    assert path_open(ex, "new.txt", create=True, write=True) == SUCCESS
    assert (inside / "new.txt").exists()


@pytest.mark.parametrize(
    "path",
    ["../secret.txt", "/etc/passwd", "link_abs", "link_rel", "dir_out/secret.txt", "ok.txt/../../secret.txt"],
)
def test_escapes_get_a_wasi_error_and_touch_nothing(sandbox, path):
    tmp, _inside, secret, ex = sandbox
    before = sorted(os.listdir(tmp))
    for create in (False, True):
        errno = path_open(ex, path, create=create, write=create)
        assert errno not in (SUCCESS, FAULT), (path, errno)
    assert secret.read_text() == "secret"
    assert sorted(os.listdir(tmp)) == before


def test_a_symlink_made_by_the_guest_cannot_escape(sandbox):
    tmp, inside, secret, ex = sandbox
    mem = ex["memory"]
    target, name = str(tmp).encode(), b"mine"
    mem.write(3000, target)
    mem.write(3500, name)
    ex["call.path_symlink"](3000, len(target), 3, 3500, len(name))
    assert path_open(ex, "mine/secret.txt", create=True, write=True) not in (SUCCESS, FAULT)
    assert secret.read_text() == "secret"


# -- hostile calls -----------------------------------------------------------


def outcome(fn, *args):
    """The errno ``fn`` returns, or ``"trap"``: a pointer or length out of
    bounds or misaligned traps (a wiggle ``GuestError``, as under wasmtime)."""
    try:
        return fn(*args)
    except wasmpy.Trap as e:
        assert any(w in str(e).lower() for w in ("out of bounds", "overflow", "not aligned")), e
        return "trap"


def test_hostile_pointers_lengths_and_fds_return_errnos_or_trap():
    out = io.BytesIO()
    _inst, ex = instance(wasi.WasiConfig(stdout=out, stdin=b"data"))
    mem = ex["memory"]
    end = len(mem)
    call = ex["call.fd_write"]
    put_iovec(mem, 0, [(1024, 4)])
    assert outcome(call, 1, end - 4, 1, 16) == "trap"  # iovec straddles the end
    assert outcome(call, 1, 0, 0x7FFFFFFF, 16) in ("trap", FAULT, INVAL, 48)  # huge count
    assert outcome(call, 1, 0, 0xFFFFFFFF, 16) in ("trap", FAULT, INVAL, 48)
    put_iovec(mem, 0, [(end - 2, 100)])
    assert outcome(call, 1, 0, 1, 16) == "trap"  # buffer past the end
    put_iovec(mem, 0, [(0xFFFFFF00, 0x1000)])
    assert outcome(call, 1, 0, 1, 16) == "trap"  # wraps around 2^32
    put_iovec(mem, 0, [(1024, 4)])
    assert outcome(call, 1, 0, 1, end - 2) == "trap"  # result pointer out of bounds
    assert outcome(call, 99, 0, 1, 16) == BADF
    assert outcome(call, -1, 0, 1, 16) == BADF
    assert outcome(ex["call.random_get"], end - 10, 100) == "trap"
    assert outcome(ex["call.args_sizes_get"], end - 2, 0) == "trap"
    assert outcome(ex["call.path_open"], 3, 0, 0, 0x7FFFFFFF, 0, 0, 0, 0, 16) in ("trap", BADF)
    assert outcome(ex["call.poll_oneoff"], 0, 1024, 0x7FFFFFFF, 16) in ("trap", INVAL)
    put_iovec(mem, 0, [(end - 1, 100)])
    assert outcome(ex["call.fd_read"], 0, 0, 1, 16) == "trap"  # read into past the end
    assert outcome(ex["call.fd_read"], 0, 0, 0x7FFFFFFF, 16) in ("trap", INVAL, 48)
    assert outcome(ex["call.fd_close"], 12345) == BADF
    # Only the call with the bad result pointer wrote (its 4 bytes, then it
    # trapped storing the count, as under wasmtime).
    assert out.getvalue() == bytes(4)
    # The instance still works after all that.
    assert write_through(ex, 1, b"ok") == SUCCESS and out.getvalue() == bytes(4) + b"ok"


def test_rights_are_enforced(sandbox):
    _tmp, _inside, _secret, ex = sandbox
    mem = ex["memory"]
    assert path_open(ex, "ok.txt") == SUCCESS  # read-only
    fd = struct.unpack("<I", mem.read(16, 4))[0]
    assert write_through(ex, fd, b"x") in (BADF, NOTCAPABLE, PERM)
    assert (_inside / "ok.txt").read_text() == "inside"


# -- writing files (the fast fd_write path, crates/wasi/src/fast.rs) ---------

APPEND = 1  # fdflags


def nwritten(ex) -> int:
    return struct.unpack("<I", ex["memory"].read(16, 4))[0]


def test_fd_write_to_a_file_gathers_iovecs_and_follows_the_offset(sandbox):
    _tmp, inside, _secret, ex = sandbox
    mem = ex["memory"]
    fd = open_fd(ex, "f.txt", create=True, write=True)
    mem.write(1024, b"abcdef")
    put_iovec(mem, 0, [(1024, 2), (1028, 2), (1024, 0)])
    assert ex["call.fd_write"](fd, 0, 3, 16) == SUCCESS and nwritten(ex) == 4
    assert ex["call.fd_seek"](fd, 1, 0, 24) == SUCCESS  # whence SET
    assert write_through(ex, fd, b"X") == SUCCESS and nwritten(ex) == 1
    assert (inside / "f.txt").read_bytes() == b"aXef"
    # More iovecs than the fast path gathers, and none at all.
    mem.write(1024, bytes(range(65, 65 + 20)))
    put_iovec(mem, 0, [(1024 + i, 1) for i in range(20)])
    assert ex["call.fd_write"](fd, 0, 20, 16) == SUCCESS and nwritten(ex) == 20
    assert ex["call.fd_write"](fd, 0, 0, 16) == SUCCESS and nwritten(ex) == 0
    assert (inside / "f.txt").read_bytes() == b"aX" + bytes(range(65, 85))


def test_fd_write_appends_when_the_file_is_in_append_mode(sandbox):
    _tmp, inside, _secret, ex = sandbox
    fd = open_fd(ex, "log.txt", create=True, write=True, fdflags=APPEND)
    assert write_through(ex, fd, b"one ") == SUCCESS
    assert ex["call.fd_seek"](fd, 0, 0, 24) == SUCCESS
    assert write_through(ex, fd, b"two") == SUCCESS
    assert (inside / "log.txt").read_bytes() == b"one two"
    # Append set later, through fd_fdstat_set_flags.
    fd = open_fd(ex, "ok.txt", write=True)
    assert ex["call.fd_fdstat_set_flags"](fd, APPEND) == SUCCESS
    assert write_through(ex, fd, b"!") == SUCCESS
    assert (inside / "ok.txt").read_bytes() == b"inside!"


def test_fd_write_rights_close_and_renumber(sandbox):
    _tmp, inside, _secret, ex = sandbox
    a = open_fd(ex, "a.txt", create=True, write=True)
    b = open_fd(ex, "b.txt", create=True, write=True)
    assert ex["call.fd_renumber"](a, b) == SUCCESS
    assert write_through(ex, b, b"to a") == SUCCESS
    assert write_through(ex, a, b"gone") == BADF
    assert (inside / "a.txt").read_bytes() == b"to a" and (inside / "b.txt").read_bytes() == b""
    assert ex["call.fd_close"](b) == SUCCESS
    assert write_through(ex, b, b"closed") == BADF
    c = open_fd(ex, "c.txt", create=True, write=True)
    assert ex["call.fd_fdstat_set_rights"](c, 1 << 1, 0) == SUCCESS  # FD_READ only
    assert write_through(ex, c, b"x") == NOTCAPABLE
    assert (inside / "a.txt").read_bytes() == b"to a" and (inside / "c.txt").read_bytes() == b""


def test_preview0_close_and_renumber_are_seen_by_preview1_fd_write(sandbox):
    _tmp, inside, _secret, _ = sandbox
    p1, p0 = "wasi_snapshot_preview1", "wasi_unstable"
    funcs = [(p1, "path_open", FUNCS["path_open"][0]), (p1, "fd_write", FUNCS["fd_write"][0]),
             (p0, "fd_renumber", "i32 i32"), (p0, "fd_close", "i32")]
    imports = "".join(f'(import "{m}" "{n}" (func ${n} (param {p}) (result i32)))' for m, n, p in funcs)
    exports = "".join(
        f'(func (export "call.{n}") (param {p}) (result i32) '
        + " ".join(f"local.get {i}" for i in range(len(p.split())))
        + f" call ${n})"
        for _m, n, p in funcs
    )
    wat = f'(module {imports} (memory (export "memory") 1) {exports})'
    inst = wasmpy.Instance(wasmpy.Module(wat), {}, wasi=wasi.WasiConfig(preopens={"/": inside}))
    ex = dict(inst.exports)
    a = open_fd(ex, "a.txt", create=True, write=True)
    b = open_fd(ex, "b.txt", create=True, write=True)
    assert ex["call.fd_renumber"](a, b) == SUCCESS
    assert write_through(ex, b, b"to a") == SUCCESS and write_through(ex, a, b"x") == BADF
    assert ex["call.fd_close"](b) == SUCCESS and write_through(ex, b, b"x") == BADF
    assert (inside / "a.txt").read_bytes() == b"to a" and (inside / "b.txt").read_bytes() == b""


def test_hostile_fd_write_to_a_file_matches_the_general_path(sandbox):
    """The same hostile calls on a file (fast path) and on a Python stdout
    (wasi-common's path): the same errno or trap, the same bytes written."""
    _tmp, inside, _secret, _ = sandbox
    out = io.BytesIO()
    _inst, ex = instance(wasi.WasiConfig(preopens={"/": inside}, stdout=out))
    mem = ex["memory"]
    end = len(mem)
    fd = open_fd(ex, "h.bin", create=True, write=True)
    mem.write(1024, b"data")
    cases = [
        ([(1024, 4)], end - 4, 1, 16),  # iovec array straddles the end
        ([(1024, 4)], 0, 0x7FFFFFFF, 16),  # huge count
        ([(end - 2, 100)], 0, 1, 16),  # buffer past the end
        ([(0xFFFFFF00, 0x1000)], 0, 1, 16),  # wraps around 2^32
        ([(1024, 4)], 0, 1, end - 2),  # result pointer out of bounds
        ([(1024, 4)], 0, 1, 17),  # result pointer misaligned
        ([(1024, 4)], 2, 1, 16),  # iovec array misaligned
        ([(1024, 2), (1026, 2)], 0, 2, 16),
    ]
    for iovs, at, n, result in cases:
        put_iovec(mem, 0, iovs)
        if 0 < at <= end - 8 * len(iovs):
            put_iovec(mem, at, iovs)
        got = [outcome(ex["call.fd_write"], f, at, n, result) for f in (fd, 1)]
        assert got[0] == got[1], (iovs, at, n, result, got)
    assert (inside / "h.bin").read_bytes() == out.getvalue()


def test_without_memory_only_memoryless_calls_succeed():
    """No memory: calls that touch none work, the others trap."""
    wat = """(module
      (import "wasi_snapshot_preview1" "sched_yield" (func $y (result i32)))
      (import "wasi_snapshot_preview1" "random_get" (func $r (param i32 i32) (result i32)))
      (func (export "y") (result i32) call $y)
      (func (export "r") (result i32) i32.const 0 i32.const 4 call $r))"""
    inst = wasmpy.Instance(wasmpy.Module(wat), {}, wasi=wasi.WasiConfig())
    ex = dict(inst.exports)
    assert ex["y"]() == SUCCESS
    assert outcome(ex["r"]) == "trap"


def test_a_wrongly_typed_wasi_import_is_a_link_error():
    wat = '(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))))'
    with pytest.raises(wasmpy.LinkError, match="fd_write"):
        wasmpy.Instance(wasmpy.Module(wat), {}, wasi=wasi.WasiConfig())
    wat = '(module (import "wasi_snapshot_preview1" "no_such" (func)))'
    with pytest.raises(wasmpy.LinkError, match="no_such"):
        wasmpy.Instance(wasmpy.Module(wat), {}, wasi=wasi.WasiConfig())


# -- AssemblyScript ----------------------------------------------------------

AS_CONSOLE = os.path.join(os.path.dirname(__file__), "..", "..", "asm-tests", "build", "0.19.23")


@pytest.mark.parametrize("profile", ["release", "debug"])
def test_assemblyscript_019_console_log_prints_to_stdout_by_default(profile, capfd):
    from wasmpy.assemblyscript import ASModule

    path = os.path.join(AS_CONSOLE, profile, "console.wasm")
    assert ("wasi_snapshot_preview1", "fd_write", "func") in wasmpy.Module(open(path, "rb").read()).imports
    m = ASModule(path)
    m.greet(m.new_string("Python"))
    assert capfd.readouterr().out == "Hello, Python!\nünïcödé ✓\n"
    out = io.StringIO()
    m = ASModule(path, wasi=wasi.WasiConfig(stdout=out))
    m.greet(m.new_string("you"))
    assert out.getvalue() == "Hello, you!\nünïcödé ✓\n"
    assert m.add(2, 3) == 5


def test_preview0_wasi_unstable():
    wat = HELLO.replace("wasi_snapshot_preview1", "wasi_unstable")
    out = io.BytesIO()
    assert wasi.run(wasmpy.Module(wat), stdout=out) == 0
    assert out.getvalue() == b"hello\n"
    exiting = wat.replace('(func (export "_start")', '(func (export "_start") i32.const 4 call $proc_exit')
    assert wasi.run(wasmpy.Module(exiting), stdout=None) == 4
    both = HELLO.replace(
        '(import "wasi_snapshot_preview1" "proc_exit"', '(import "wasi_unstable" "proc_exit"'
    )
    assert wasi.run(wasmpy.Module(both), stdout=out) == 0
