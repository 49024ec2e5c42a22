//! Compile-time scaling check: builds modules of N small functions and
//! prints how long `Module::new` takes for each N (release build:
//! `cargo run --release -p wasmjit --example compile_many`). With file
//! arguments, compiles each given `.wasm` 20 times instead (for profiling).

use std::fmt::Write;
use std::time::Instant;

use wasmjit::{Engine, Module};

fn module_text(n: usize) -> String {
    let mut s = String::from("(module (memory 1)\n");
    for i in 0..n {
        let _ = writeln!(
            s,
            "(func (export \"f{i}\") (param i32 i32) (result i32) (local i32)
               local.get 0 local.get 1 i32.add local.set 2
               block loop local.get 2 i32.const 1 i32.sub local.tee 2 i32.eqz br_if 1
               local.get 2 i32.load offset={i} local.get 1 i32.xor local.set 1 br 0 end end
               local.get 1 local.get 2 i32.mul)"
        );
    }
    s.push(')');
    s
}

fn main() {
    let engine = Engine::default();
    let files: Vec<String> = std::env::args().skip(1).collect();
    if !files.is_empty() {
        for f in files {
            let bytes = std::fs::read(&f).expect("input file readable");
            let mut best = f64::MAX;
            for _ in 0..20 {
                let t = Instant::now();
                let m = Module::new(&engine, &bytes).expect("module compiles");
                best = best.min(t.elapsed().as_secs_f64());
                drop(m);
            }
            println!(
                "{f}: {} bytes, best {:.2} ms, {:.1} MB/s",
                bytes.len(),
                best * 1e3,
                bytes.len() as f64 / best / 1e6
            );
        }
        return;
    }
    for n in [1000, 5000, 20000] {
        let bytes = wat::parse_str(module_text(n)).expect("generated text parses");
        let t = Instant::now();
        let m = Module::new(&engine, &bytes).expect("module compiles");
        let dt = t.elapsed();
        println!(
            "{n:6} functions, {:8} bytes of wasm -> {:8} bytes of code in {:7.2} ms ({:.1} MB/s)",
            bytes.len(),
            m.code_size(),
            dt.as_secs_f64() * 1e3,
            bytes.len() as f64 / dt.as_secs_f64() / 1e6
        );
    }
}
