//! Shrinks a diverging module while it still diverges (optionally: with a
//! message containing a given text), writes `<FILE>.shrunk.wasm` and prints
//! it as text.
//!
//! `cargo run --release --features tools --example shrink -- FILE.wasm ["differs: wasmjit Err(Unreachable)"]`

fn diverges(wasm: &[u8], needle: &Option<String>) -> bool {
    match wasmjit_fuzz::diff::check(
        wasm,
        &mut arbitrary::Unstructured::new(&[]),
        bounds_checks(),
    ) {
        Err(msg) => needle.as_ref().is_none_or(|n| msg.contains(n.as_str())),
        Ok(_) => false,
    }
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .expect("usage: shrink FILE.wasm [TEXT]");
    let needle = std::env::args().nth(2);
    let wasm = std::fs::read(&path)?;
    assert!(diverges(&wasm, &needle), "the input does not diverge");
    let info = wasm_shrink::WasmShrink::default()
        .attempts(std::env::var("SHRINK_ATTEMPTS").map_or(2000, |a| a.parse().expect("a number")))
        .run(wasm, |w| Ok(diverges(w, &needle)))?;
    let out = format!("{path}.shrunk.wasm");
    std::fs::write(&out, &info.output)?;
    println!("{}", wasmprinter::print_bytes(&info.output)?);
    println!(
        "{} -> {} bytes, written to {out}",
        info.input_size, info.output_size
    );
    let msg = wasmjit_fuzz::diff::check(
        &info.output,
        &mut arbitrary::Unstructured::new(&[]),
        bounds_checks(),
    );
    println!("{msg:?}");
    Ok(())
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

