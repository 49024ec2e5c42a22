"""WASI call costs, wasmpy against the `wasmtime` PyPI package in the same run.

    pip install wasmtime && python benches/wasi.py [HELLO.wasm]

1. `fd_write` of 1 byte to a file (a preopened directory's file opened by
   the guest with `path_open`): a wasm loop makes N calls; CPU time per call
   (time.process_time over the loop, best of 5). Beside them, native: a C
   loop of N 1-byte `writev`s to a file (compiled with `cc -O2` when a C
   compiler is on PATH), CPU time per call (clock(), best of 5).
2. `wasi.run` of a compiled hello-world command (default:
   wasi-tests/build/hello.wasm, C with wasi-libc, built by
   wasi-tests/build.sh): compile + instantiate + `_start` + exit, stdout
   into a BytesIO; CPU time per run (time.process_time, median of 50, after
   one warm-up run; wall time printed too). For wasmtime the same steps: Module(...), a Linker with
   WASI, instantiate, `_start`.

The bars (issue 11): fd_write <= 1 us per call; wasi.run(hello) <= 5 ms.
"""

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import wasmpy
import wasmpy.wasi as wasi

HERE = Path(__file__).resolve().parent

# bench(n): opens "out.bin" in preopen fd 3 (create, truncate, write rights),
# then writes 1 byte n times; returns the last errno.
WRITE_WAT = """(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "out.bin")
  (data (i32.const 200) "x")
  (func (export "bench") (param $n i32) (result i32)
    (local $fd i32) (local $r i32)
    (local.set $r (call $path_open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 7)
      (i32.const 9) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 16)))
    (if (local.get $r) (then (return (local.get $r))))
    (local.set $fd (i32.load (i32.const 16)))
    (i32.store (i32.const 0) (i32.const 200))
    (i32.store (i32.const 4) (i32.const 1))
    (block $done (loop $l
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $r (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $l)))
    (local.get $r)))
"""

N = 200_000


def best_cpu(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def fd_write_wasmpy(tmp: str) -> float:
    inst = wasmpy.Instance(wasmpy.Module(WRITE_WAT), {}, wasi=wasi.WasiConfig(preopens={"/": tmp}))
    bench = dict(inst.exports)["bench"]
    assert bench(1) == 0
    return best_cpu(lambda: bench(N)) / N


def fd_write_wasmtime(tmp: str) -> float:
    import wasmtime

    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    cfg = wasmtime.WasiConfig()
    cfg.preopen_dir(tmp, "/")
    store.set_wasi(cfg)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    inst = linker.instantiate(store, wasmtime.Module(engine, WRITE_WAT))
    bench = inst.exports(store)["bench"]
    assert bench(store, 1) == 0
    return best_cpu(lambda: bench(store, N)) / N


NATIVE_C = r"""#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
    long n = atol(argv[2]);
    double best = 1e9;
    for (int r = 0; r < 5; r++) {
        int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        struct iovec iov = {"x", 1};
        clock_t t = clock();
        for (long i = 0; i < n; i++)
            if (writev(fd, &iov, 1) != 1) return 1;
        double s = (double)(clock() - t) / CLOCKS_PER_SEC;
        if (s < best) best = s;
        close(fd);
    }
    printf("%.9f\n", best / n);
    return 0;
}
"""


def fd_write_native(tmp: str):
    """CPU seconds per native 1-byte ``writev`` to a file, or ``None``
    without a C compiler."""
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        return None
    src, exe = os.path.join(tmp, "writev.c"), os.path.join(tmp, "writev")
    Path(src).write_text(NATIVE_C)
    subprocess.run([cc, "-O2", src, "-o", exe], check=True)
    out = subprocess.run([exe, os.path.join(tmp, "native.bin"), str(N)], check=True, capture_output=True, text=True)
    return float(out.stdout)


def median_times(fn, repeat=50):
    """Median CPU time and median wall time of ``fn()`` (seconds)."""
    fn()
    cpu, wall = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
    return statistics.median(cpu), statistics.median(wall)


def run_wasmpy(data: bytes) -> float:
    def once():
        out = io.BytesIO()
        assert wasi.run(data, argv=["hello"], stdout=out) == 0
        assert out.getvalue().startswith(b"Hello")

    return median_times(once)


def run_wasmtime(data: bytes) -> float:
    import wasmtime

    engine = wasmtime.Engine()

    def once():
        store = wasmtime.Store(engine)
        cfg = wasmtime.WasiConfig()
        cfg.argv = ["hello"]
        with tempfile.NamedTemporaryFile() as f:
            cfg.stdout_file = f.name
            store.set_wasi(cfg)
            linker = wasmtime.Linker(engine)
            linker.define_wasi()
            inst = linker.instantiate(store, wasmtime.Module(engine, data))
            try:
                inst.exports(store)["_start"](store)
            except wasmtime.ExitTrap as e:
                assert e.code == 0
            assert Path(f.name).read_bytes().startswith(b"Hello")

    return median_times(once)


def main() -> int:
    hello = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "wasi-tests" / "build" / "hello.wasm"
    try:
        import wasmtime  # noqa: F401
    except ImportError:
        wasmtime = None
    with tempfile.TemporaryDirectory() as tmp:
        ours = fd_write_wasmpy(tmp)
        print(f"fd_write 1 byte to a file: wasmpy {ours * 1e9:7.0f} ns/call", end="")
        if wasmtime:
            theirs = fd_write_wasmtime(tmp)
            print(f"   wasmtime {theirs * 1e9:7.0f} ns/call   ratio {ours / theirs:.2f}", end="")
        native = fd_write_native(tmp)
        if native is not None:
            print(f"   native writev {native * 1e9:5.0f} ns/call", end="")
        print(f"   (bar 1000 ns: {'met' if ours <= 1e-6 else 'NOT met'})")
    data = hello.read_bytes()
    ours, ours_wall = run_wasmpy(data)
    print(
        f"wasi.run({hello.name}, {len(data)} bytes): wasmpy {ours * 1e3:6.2f} ms CPU"
        f" ({ours_wall * 1e3:.2f} wall)",
        end="",
    )
    if wasmtime:
        theirs, theirs_wall = run_wasmtime(data)
        print(
            f"   wasmtime {theirs * 1e3:6.2f} ms CPU ({theirs_wall * 1e3:.2f} wall)"
            f"   ratio {ours / theirs:.2f}",
            end="",
        )
    print(f"   (bar 5 ms: {'met' if ours <= 5e-3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
