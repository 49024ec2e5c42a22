//! Compile-time benchmarks: [`Module::new`] (validation and code generation,
//! no instantiation) on the modules of the benchmark suite in
//! `benches/wasm/` at the repository root: the large `sqlite.wasm` and a few
//! kernels, and for reference wasmparser's validation alone on `sqlite.wasm`.
//! Throughput is reported in bytes of wasm per second.
//!
//! Run with `cargo bench -p wasmjit --bench compile`.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wasmjit::{Engine, Module};

/// The bytes of `benches/wasm/{name}.wasm`.
fn suite_module(name: &str) -> Vec<u8> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../benches/wasm/{name}.wasm"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn compile(c: &mut Criterion) {
    let engine = Engine::default();
    let mut group = c.benchmark_group("compile");
    for name in ["sqlite", "nbody", "sha256", "interp", "sort"] {
        let bytes = suite_module(name);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        if name == "sqlite" {
            group.sample_size(10);
        } else {
            group.sample_size(50);
        }
        group.bench_function(name, |b| {
            b.iter(|| Module::new(&engine, &bytes).expect("suite module compiles"))
        });
    }
    group.finish();

    // For reference: validation alone (wasmparser, which Module::new also
    // runs), to tell how much of the compile time is code generation.
    let bytes = suite_module("sqlite");
    let mut group = c.benchmark_group("validate_only");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(10);
    group.bench_function("sqlite", |b| {
        b.iter(|| {
            wasmparser::Validator::new()
                .validate_all(&bytes)
                .expect("sqlite validates")
        })
    });
    group.finish();
}

criterion_group!(benches, compile);
criterion_main!(benches);
