//! Runs the differential check on a `.wat` file (for hand-minimized cases).
//!
//! `cargo run --release --features tools --example wat -- FILE.wat`

fn main() {
    let path = std::env::args().nth(1).expect("usage: wat FILE.wat");
    let wasm = wat::parse_file(&path).expect("parse the module");
    let verdict = wasmjit_fuzz::diff::check(&wasm, &mut arbitrary::Unstructured::new(&[]));
    println!("{verdict:?}");
}
