//! `WASMJIT_PERF_MAP=1` makes every compiled module append its functions
//! to `/tmp/perf-PID.map` (`runtime/perf_map.rs`). This binary holds one
//! test, so the variable is set before anything in the process compiles.

#![cfg(target_os = "linux")]

use wasmjit::{Engine, Module};

#[test]
fn compiled_functions_are_listed_for_perf() {
    std::env::set_var("WASMJIT_PERF_MAP", "1");
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let _ = std::fs::remove_file(&path);
    let engine = Engine::default();
    let wat = r#"(module
        (import "env" "f" (func))
        (func $first (export "a") (result i32) i32.const 1)
        (func (export "b") (param i32) (result i32) local.get 0)
        (func $third (export "c") call 0))"#;
    let m = Module::from_wat(&engine, wat).unwrap();
    let map = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);

    let base = m.code().as_ptr() as usize;
    let offsets = m.function_offsets();
    let ends = offsets.iter().skip(1).copied().chain([m.code().len()]);
    let mut expected = vec![format!("{base:x} {:x} wasm::trap_exit", offsets[0])];
    for ((&off, end), name) in
        offsets
            .iter()
            .zip(ends)
            .zip(["wasm::first", "wasm::function[2]", "wasm::third"])
    {
        expected.push(format!("{:x} {:x} {name}", base + off, end - off));
    }
    assert_eq!(map.lines().collect::<Vec<_>>(), expected);
}
