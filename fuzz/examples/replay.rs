//! Replays a saved module: prints it as text and runs the differential
//! check on it with all-zero call arguments.
//!
//! `cargo run --release --features tools --example replay -- target/tmp/divergence-1039.wasm`

fn main() {
    let path = std::env::args().nth(1).expect("usage: replay FILE.wasm");
    let wasm = std::fs::read(&path).expect("read the module");
    println!(
        "{}",
        wasmprinter::print_bytes(&wasm).expect("print the module")
    );
    let verdict = wasmjit_fuzz::diff::check(&wasm, &mut arbitrary::Unstructured::new(&[]));
    println!("{verdict:?}");
}
