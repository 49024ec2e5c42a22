//! Fuzzing and differential testing for wasmjit.
//!
//! [`smith`] generates modules in the feature set the engine supports;
//! [`diff`] runs one module on wasmjit and on the `wasmi` interpreter and
//! compares every observable result. The `cargo fuzz` targets in
//! `fuzz_targets/` and the bounded run in `tests/bounded.rs` are thin
//! drivers over these two. See `README.md` for the commands.

pub mod diff;
pub mod smith;

use arbitrary::Unstructured;

/// One differential iteration from raw fuzzer input: generates a module with
/// `profile` from `data`, then runs [`diff::check`] (wasmjit's engine made
/// as `setup` says) with call arguments taken from the rest of `data`.
///
/// Returns the verdict, or `Err` with a description (and the module bytes)
/// on a divergence. Input too short to build a module gives
/// `Ok(Verdict::Skipped)`.
pub fn differential(
    data: &[u8],
    profile: smith::Profile,
    setup: impl Into<diff::Setup>,
) -> Result<diff::Verdict, (String, Vec<u8>)> {
    let biased;
    let data = if profile == smith::Profile::Registers {
        biased = smith::bias(data);
        &biased[..]
    } else {
        data
    };
    let mut u = Unstructured::new(data);
    let wasm = match smith::generate(&mut u, profile) {
        Ok(w) => w,
        Err(e) => return Ok(diff::Verdict::Skipped(format!("generation: {e}"))),
    };
    diff::check(&wasm, &mut u, setup).map_err(|msg| (msg, wasm))
}

/// The bounds-check strategy a fuzz input runs with: explicit checks for
/// inputs of odd length, guard pages for the others, so that a corpus
/// covers both.
pub fn checks(data: &[u8]) -> wasmjit::BoundsChecks {
    if data.len() % 2 == 1 {
        wasmjit::BoundsChecks::Explicit
    } else {
        wasmjit::BoundsChecks::GuardPages
    }
}

/// The engine a SIMD fuzz input runs on: bounds checks as [`checks`], and
/// SSE4.1 code for inputs whose length is 2 or 3 modulo 4, the CPU's best
/// (AVX where it has it) for the others, so that a corpus covers both
/// instruction sets with both strategies.
pub fn simd_setup(data: &[u8]) -> diff::Setup {
    let simd_isa = if data.len() % 4 >= 2 {
        wasmjit::SimdIsa::Sse41
    } else {
        wasmjit::SimdIsa::host()
    };
    diff::Setup {
        checks: checks(data),
        simd_isa,
    }
}
