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
/// the bounded run's odd iteration pairs use), else guard pages.
fn bounds_checks() -> wasmjit::BoundsChecks {
    match std::env::var("WASMJIT_FUZZ_BOUNDS").as_deref() {
        Ok("explicit") => wasmjit::BoundsChecks::Explicit,
        _ => wasmjit::BoundsChecks::GuardPages,
    }
}
