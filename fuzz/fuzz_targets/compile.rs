//! Arbitrary bytes into `Module::new`: it must return `Ok` or `Err`, never
//! panic, hang or crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let engine = wasmjit::Engine::default();
    let _ = wasmjit::Module::new(&engine, data);
});
