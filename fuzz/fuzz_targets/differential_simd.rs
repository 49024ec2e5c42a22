//! wasm-smith modules with fixed-width SIMD (`Profile::Simd`) on wasmjit and wasmi; any divergence
//! panics with both outcomes and writes nothing else (libFuzzer saves the
//! input; `cargo fuzz run differential_simd <artifact>` replays it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmjit_fuzz::{differential, simd_setup, smith::Profile};

fuzz_target!(|data: &[u8]| {
    if let Err((msg, wasm)) = differential(data, Profile::Simd, simd_setup(data)) {
        let _ = std::fs::write("divergence.wasm", &wasm);
        panic!("divergence (module written to divergence.wasm): {msg}");
    }
});
