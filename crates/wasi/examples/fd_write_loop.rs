//! Profiling aid: a wasm loop of `n` 1-byte `fd_write`s to a file in a
//! preopened directory (`cargo run --release --example fd_write_loop -- DIR N`),
//! timed per call, beside the same loop of native 1-byte `writev`s to a file
//! in DIR. The Python comparison with wasmtime is benches/wasi.py.

use wasmjit::{Engine, Instance, Module, Store, Val};

const WAT: &str = r#"(module
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
    (local.get $r)))"#;

fn main() {
    let mut a = std::env::args().skip(1);
    let dir = a
        .next()
        .unwrap_or_else(|| std::env::temp_dir().display().to_string());
    let n: i32 = a.next().map_or(1_000_000, |s| s.parse().unwrap());
    let engine = Engine::default();
    let module = Module::from_wat(&engine, WAT).unwrap();
    let mut store = Store::new(&engine);
    let ctx = wasmjit_wasi::builder(&[], &[]).unwrap().build();
    let wasi = wasmjit_wasi::Wasi::new(ctx, &[(dir.clone().into(), "/".into())]).unwrap();
    let imports =
        wasmjit_wasi::imports(&mut store, &wasi, &module, |_, i| Err(i.name.clone())).unwrap();
    let inst = Instance::new(&mut store, &module, &imports).unwrap();
    let bench = inst.get_func(&store, "bench").unwrap();
    let t = std::time::Instant::now();
    let r = bench.call(&mut store, &[Val::I32(n)]).unwrap();
    println!(
        "{:?}: {:.0} ns per fd_write",
        r,
        t.elapsed().as_nanos() as f64 / n as f64
    );
    let mut native = std::fs::File::create(std::path::Path::new(&dir).join("native.bin")).unwrap();
    let t = std::time::Instant::now();
    for _ in 0..n {
        use std::io::Write;
        assert_eq!(
            native
                .write_vectored(&[std::io::IoSlice::new(b"x")])
                .unwrap(),
            1
        );
    }
    println!(
        "native writev: {:.0} ns per call",
        t.elapsed().as_nanos() as f64 / n as f64
    );
}
