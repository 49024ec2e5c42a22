//! Runs the differential check on a `.wat` file (for hand-minimized cases).
//!
//! `cargo run --release --features tools --example wat -- FILE.wat`

fn main() {
    let path = std::env::args().nth(1).expect("usage: wat FILE.wat");
    let wasm = wat::parse_file(&path).expect("parse the module");
    let verdict = wasmjit_fuzz::diff::check(
        &wasm,
        &mut arbitrary::Unstructured::new(&[]),
        bounds_checks(),
    );
    println!("{verdict:?}");
}

/// `WASMJIT_FUZZ_BOUNDS=explicit` replays with explicit bounds checks (as
/// the bounded run's odd iteration pairs use), else guard pages;
/// `WASMJIT_FUZZ_SIMD=sse4.1` with SSE4.1 `v128` code (as half the SIMD
/// inputs use), else the CPU's best.
fn bounds_checks() -> wasmjit_fuzz::diff::Setup {
    let checks = match std::env::var("WASMJIT_FUZZ_BOUNDS").as_deref() {
        Ok("explicit") => wasmjit::BoundsChecks::Explicit,
        _ => wasmjit::BoundsChecks::GuardPages,
    };
    let simd_isa = match std::env::var("WASMJIT_FUZZ_SIMD").as_deref() {
        Ok("sse4.1") => wasmjit::SimdIsa::Sse41,
        _ => wasmjit::SimdIsa::host(),
    };
    wasmjit_fuzz::diff::Setup { checks, simd_isa }
}

